// Shared by the dashboard's pages: calling the JSON API, formatting numbers and times, the error
// banner, tables, labels. Plain browser JavaScript, no build step.
(function () {
  'use strict';

  /** Query parameters every figure endpoint understands (docs/dashboard-contracts.md). */
  const FILTERS = ['party', 'group', 'type', 'from', 'to', 'period'];
  const POLL_MS = 5000;

  const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const compact = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  const hours = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'hour', unitDisplay: 'short', maximumFractionDigits: 1 });
  const days = new Intl.NumberFormat(undefined, { style: 'unit', unit: 'day', unitDisplay: 'short', maximumFractionDigits: 1 });
  const hubTime = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    hour12: false, timeZone: 'UTC', timeZoneName: 'short' });
  const hubDate = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: '2-digit', timeZone: 'UTC' });
  const clock = new Intl.DateTimeFormat(undefined, {
    hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false, timeZone: 'UTC', timeZoneName: 'short' });

  const TYPE_LABELS = {
    ARREST_AND_SURRENDER: 'Arrest and surrender',
    PROVISIONAL_ARREST: 'Provisional arrest',
    UNDER_SEAL: 'Under seal',
    ENFORCEMENT_OF_SENTENCE: 'Enforcement of sentence'
  };
  const GROUP_LABELS = {
    AFRICAN: 'African States',
    ASIA_PACIFIC: 'Asia-Pacific States',
    EASTERN_EUROPEAN: 'Eastern European States',
    GRULAC: 'Latin American & Caribbean (GRULAC)',
    WEOG: 'Western European & other (WEOG)',
    OTHER: 'Other'
  };

  function sentence(value) {
    if (value === null || value === undefined || value === '') return '';
    const words = String(value).replaceAll('_', ' ').toLowerCase();
    return words.charAt(0).toUpperCase() + words.substring(1);
  }

  /** A request type for people: art. 93 assistance without its prefix; no type under seal. */
  function typeLabel(type) {
    if (!type) return 'Under seal';
    if (TYPE_LABELS[type]) return TYPE_LABELS[type];
    if (type.startsWith('ASSISTANCE_')) return 'Assistance: ' + sentence(type.substring('ASSISTANCE_'.length)).toLowerCase();
    return sentence(type);
  }

  /** A request type as short as a chart's axis needs it (the tooltip has the long one). */
  function shortTypeLabel(type) {
    // "Other" alone would name both OTHER and ASSISTANCE_OTHER (art. 93(1)(l))
    if (type === 'ASSISTANCE_OTHER') return 'Other assistance';
    if (type === 'OTHER') return 'Other request';
    if (type && type.startsWith('ASSISTANCE_')) return sentence(type.substring('ASSISTANCE_'.length));
    return typeLabel(type);
  }

  const SHORT_GROUPS = { AFRICAN: 'African', ASIA_PACIFIC: 'Asia-Pacific', EASTERN_EUROPEAN: 'Eastern European',
    GRULAC: 'GRULAC', WEOG: 'WEOG', OTHER: 'Other' };

  function shortGroupLabel(group) {
    return group ? (SHORT_GROUPS[group] || sentence(group)) : '—';
  }

  function groupLabel(group) {
    return group ? (GROUP_LABELS[group] || sentence(group)) : '—';
  }

  /** The filters in the page's URL, the shareable state of a view. */
  function filtersFromUrl() {
    const params = new URLSearchParams(window.location.search);
    const filters = {};
    FILTERS.forEach(function (name) {
      const value = params.get(name);
      if (value) filters[name] = value;
    });
    return filters;
  }

  /** "?a=1&b=2" from an object, leaving out empty values; "" when nothing is left. */
  function query(params) {
    const search = new URLSearchParams();
    Object.keys(params).forEach(function (name) {
      const value = params[name];
      if (value !== undefined && value !== null && value !== '') search.set(name, value);
    });
    const text = search.toString();
    return text ? '?' + text : '';
  }

  /** An answer other than 2xx, or no answer at all (status 0). */
  class ApiError extends Error {
    constructor(url, status, detail) {
      super(detail || (status ? url + ' answered ' + status : url + ': no answer'));
      this.url = url;
      this.status = status;
    }
  }

  async function json(url) {
    let response;
    try {
      response = await fetch(url, { headers: { Accept: 'application/json' }, cache: 'no-store' });
    } catch (e) {
      throw new ApiError(url, 0, 'the dashboard API is unreachable');
    }
    if (!response.ok) {
      let detail = null;
      try {
        const problem = await response.json();
        detail = problem && (problem.detail || problem.title);
      } catch (ignored) { /* not a problem+json */ }
      throw new ApiError(url, response.status, detail);
    }
    return response.json();
  }

  /** Like json(url), but null when the server does not offer that endpoint (404, 405). */
  async function optional(url) {
    try {
      return await json(url);
    } catch (e) {
      if (e instanceof ApiError && (e.status === 404 || e.status === 405)) return null;
      throw e;
    }
  }

  /** The banner over the page (fixed: showing it moves nothing). */
  function problem(error) {
    const banner = document.getElementById('problem');
    if (!banner) return;
    if (!error) {
      banner.hidden = true;
      banner.textContent = '';
      return;
    }
    let message;
    if (error.status === 503) {
      message = 'The figures are not ready yet: the dashboard is still starting. Retrying every '
        + POLL_MS / 1000 + ' s; the figures shown are the last ones received.';
    } else if (error.status === 0 || error.status === undefined) {
      message = 'The dashboard API is unreachable. Retrying every ' + POLL_MS / 1000
        + ' s; the figures shown are the last ones received.';
    } else if (error.status === 400) {
      message = 'The API refused this view: ' + error.message;
    } else {
      message = 'The figures are not available: ' + error.message;
    }
    banner.textContent = message;
    banner.hidden = false;
  }

  function setText(id, value) {
    const element = typeof id === 'string' ? document.getElementById(id) : id;
    if (element) element.textContent = value;
  }

  /** "as of" from the API's asOf (the snapshot's time), or the time of the answer. */
  function asOf(value) {
    const at = value ? new Date(value) : new Date();
    setText('updated', clock.format(at));
    const element = document.getElementById('updated');
    if (element) element.setAttribute('datetime', at.toISOString());
  }

  function link(href, label) {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = label;
    return a;
  }

  function requestLink(id) {
    return link('request.html?id=' + encodeURIComponent(id), id);
  }

  function partyLink(code, label) {
    return code ? link('party.html?code=' + encodeURIComponent(code), label || code) : '—';
  }

  /**
   * Fills the body of a table: columns are {value: row => string | Node, className}; a row's
   * class from options.rowClass. Shows at most options.limit rows and says so in options.note.
   * Redraws only when the rows (or options.version, for what else the cells show) changed.
   */
  function fill(table, rows, columns, options) {
    options = options || {};
    const element = typeof table === 'string' ? document.getElementById(table) : table;
    const body = element.tBodies[0];
    const shown = options.limit ? rows.slice(0, options.limit) : rows;
    // unchanged since the last refresh: leave the rows alone (a reader's selection, the focus)
    const drawn = JSON.stringify([shown, rows.length, options.version || '']);
    if (element.dataset.drawn === drawn) return;
    element.dataset.drawn = drawn;
    body.replaceChildren();
    if (shown.length === 0) {
      const row = body.insertRow();
      row.className = 'empty';
      const td = row.insertCell();
      td.colSpan = columns.length;
      td.textContent = options.empty || 'None';
    }
    shown.forEach(function (item) {
      const row = body.insertRow();
      const rowClass = options.rowClass ? options.rowClass(item) : '';
      if (rowClass) row.className = rowClass;
      columns.forEach(function (column) {
        const td = row.insertCell();
        const value = column.value(item);
        if (value instanceof Node) {
          td.appendChild(value);
        } else {
          td.textContent = value === null || value === undefined || value === '' ? '—' : value;
        }
        if (column.className) td.className = column.className;
      });
    });
    if (options.note) {
      setText(options.note, rows.length > shown.length
        ? 'Showing ' + integer.format(shown.length) + ' of ' + integer.format(rows.length) + ' rows; the CSV has them all.'
        : '');
    }
  }

  /** Points each CSV link (data-csv="/api/overdue") at its table's data, in this view. */
  function csvLinks(filters, root) {
    (root || document).querySelectorAll('a[data-csv]').forEach(function (a) {
      const base = a.getAttribute('data-csv');
      const [path, fixed] = base.split('?');
      const params = Object.assign(Object.fromEntries(new URLSearchParams(fixed || '')), filters, { format: 'csv' });
      a.href = path + query(params);
    });
  }

  function number(value) {
    return value === null || value === undefined ? '—' : integer.format(value);
  }

  function instant(value) {
    return value ? hubTime.format(new Date(value)) : '—';
  }

  function date(value) {
    if (!value) return '—';
    return hubDate.format(new Date(String(value).length === 10 ? value + 'T00:00:00Z' : value));
  }

  /** A duration with its unit: "12.5 h", "3 days". */
  function duration(value, unit) {
    if (value === null || value === undefined) return '—';
    return unit === 'days' ? days.format(value) : hours.format(value);
  }

  /**
   * Calls refresh now and then every POLL_MS after each answer, never two at once; the function
   * returned asks for a refresh now (after the one under way, if any).
   */
  function poll(refresh) {
    let timer = null;
    let running = false;
    let again = false;
    async function tick() {
      clearTimeout(timer);
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        await refresh();
      } catch (e) {
        problem(e);
      } finally {
        running = false;
        if (again) {
          again = false;
          timer = setTimeout(tick, 0);
        } else {
          timer = setTimeout(tick, POLL_MS);
        }
      }
    }
    tick();
    return tick;
  }

  window.CoopHub = {
    FILTERS: FILTERS,
    POLL_MS: POLL_MS,
    format: { integer: integer, decimal: decimal, compact: compact, hours: hours, days: days },
    ApiError: ApiError,
    json: json,
    optional: optional,
    query: query,
    filtersFromUrl: filtersFromUrl,
    problem: problem,
    setText: setText,
    asOf: asOf,
    fill: fill,
    csvLinks: csvLinks,
    link: link,
    requestLink: requestLink,
    partyLink: partyLink,
    typeLabel: typeLabel,
    shortTypeLabel: shortTypeLabel,
    shortGroupLabel: shortGroupLabel,
    groupLabel: groupLabel,
    sentence: sentence,
    number: number,
    instant: instant,
    date: date,
    duration: duration,
    poll: poll
  };
})();
