// The managers' page: filters kept in the URL, tiles, charts and tables from the JSON API,
// refreshed every 5 s.
(function () {
  'use strict';
  const hub = window.CoopHub;
  const charts = window.CoopHubCharts;
  const fmt = hub.format;
  const form = document.getElementById('filters');
  const measure = document.getElementById('measure');
  const BREAKDOWN_ROWS = 30;

  let filters = hub.filtersFromUrl();
  let generation = 0;
  let partyNames = {};

  // ---- filters and the URL -------------------------------------------------------------------

  /** Filters for the figure endpoints; period only where it means something (breakdown, backlog). */
  function apiFilters(withPeriod) {
    const params = {};
    ['party', 'group', 'type', 'from', 'to'].forEach(function (name) {
      if (filters[name]) params[name] = filters[name];
    });
    if (withPeriod && filters.period) params.period = filters.period;
    return params;
  }

  function pageUrl() {
    const params = Object.assign({}, filters);
    if (measure.value !== 'acknowledge') params.measure = measure.value;
    return window.location.pathname + hub.query(params);
  }

  function fromForm() {
    const next = {};
    hub.FILTERS.forEach(function (name) {
      const select = form.elements[name];
      if (select && select.value) next[name] = select.value;
    });
    return next;
  }

  function toForm() {
    hub.FILTERS.forEach(function (name) {
      const select = form.elements[name];
      if (!select) return;
      const value = filters[name] || '';
      if (value && !Array.from(select.options).some(function (o) { return o.value === value; })) {
        // a shared link may name what the menus do not offer (yet): keep it selectable
        select.add(new Option(value, value));
      }
      select.value = value;
    });
    const params = new URLSearchParams(window.location.search);
    const wanted = params.get('measure');
    if (wanted && charts.units[wanted]) measure.value = wanted;
    const partyPage = document.getElementById('party-page');
    partyPage.hidden = !filters.party;
    if (filters.party) {
      partyPage.href = 'party.html?code=' + encodeURIComponent(filters.party);
      partyPage.textContent = 'Open ' + (partyNames[filters.party] || filters.party) + '’s page';
    }
    hub.setText('breakdown-period', filters.period || 'month');
    document.querySelectorAll('a[data-csv]').forEach(function (a) {
      const path = a.getAttribute('data-csv').split('?')[0];
      const withPeriod = path === '/api/breakdown' || path === '/api/backlog';
      const base = a.getAttribute('data-csv');
      const params = Object.assign(Object.fromEntries(new URLSearchParams(base.split('?')[1] || '')),
        apiFilters(withPeriod), { format: 'csv' });
      a.href = path + hub.query(params);
    });
  }

  function changed(push) {
    filters = fromForm();
    if (push) window.history.pushState(null, '', pageUrl());
    toForm();
    refreshNow();
  }

  form.addEventListener('change', function () { changed(true); });
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    hub.FILTERS.forEach(function (name) { if (form.elements[name]) form.elements[name].value = ''; });
    changed(true);
  });
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  measure.addEventListener('change', function () {
    window.history.replaceState(null, '', pageUrl());
    refreshNow();
  });
  window.addEventListener('popstate', function () {
    filters = hub.filtersFromUrl();
    toForm();
    refreshNow();
  });

  /** Fills a select's options, keeping its selection; untouched when the offer has not changed. */
  function options(select, values, label, first) {
    const key = JSON.stringify(values);
    if (select.dataset.offer === key) return;
    select.dataset.offer = key;
    const selected = select.value;
    select.replaceChildren(new Option(first, ''));
    values.forEach(function (value) { select.add(new Option(label(value), value)); });
    if (selected && !values.includes(selected)) select.add(new Option(selected, selected));
    select.value = selected;
  }

  function offer(menu) {
    if (!menu) return;
    partyNames = {};
    (menu.parties || []).forEach(function (p) { partyNames[p.code] = p.name; });
    const parties = (menu.parties || []).slice().sort(function (a, b) {
      return (a.name || a.code).localeCompare(b.name || b.code);
    });
    options(form.elements.party, parties.map(function (p) { return p.code; }),
      function (code) { return partyNames[code] && partyNames[code] !== code ? partyNames[code] + ' (' + code + ')' : code; }, 'All parties');
    options(form.elements.group, menu.groups || [], hub.groupLabel, 'All groups');
    options(form.elements.type, (menu.types || []).slice().sort(function (a, b) {
      return hub.typeLabel(a).localeCompare(hub.typeLabel(b));
    }), hub.typeLabel, 'All types');
    options(form.elements.from, menu.months || [], String, 'First month');
    options(form.elements.to, menu.months || [], String, 'Last month');
    toForm();
  }

  const GROUPS = ['AFRICAN', 'ASIA_PACIFIC', 'EASTERN_EUROPEAN', 'GRULAC', 'WEOG', 'OTHER'];
  const TYPES = ['ARREST_AND_SURRENDER', 'PROVISIONAL_ARREST', 'ASSISTANCE_IDENTIFICATION_AND_WHEREABOUTS',
    'ASSISTANCE_TAKING_OF_EVIDENCE', 'ASSISTANCE_QUESTIONING_OF_PERSONS', 'ASSISTANCE_SERVICE_OF_DOCUMENTS',
    'ASSISTANCE_VOLUNTARY_APPEARANCE', 'ASSISTANCE_TEMPORARY_TRANSFER', 'ASSISTANCE_EXAMINATION_OF_PLACES',
    'ASSISTANCE_SEARCHES_AND_SEIZURES', 'ASSISTANCE_RECORDS_AND_DOCUMENTS',
    'ASSISTANCE_PROTECTION_OF_VICTIMS_AND_WITNESSES', 'ASSISTANCE_ASSETS_TRACING_AND_FREEZING', 'ASSISTANCE_OTHER',
    'WITNESS_RELOCATION', 'ENFORCEMENT_OF_SENTENCE', 'INTERIM_RELEASE', 'FINAL_RELEASE', 'OTHER'];
  const seenParties = new Set();

  /** Menus when the server has no /api/filters: the parties seen so far, the last three years. */
  function fallbackMenu(answer) {
    (answer.overdue || []).forEach(function (r) { if (r.party) seenParties.add(r.party); });
    (answer.warrants || []).forEach(function (w) { (w.partiesAsked || []).forEach(function (p) { seenParties.add(p); }); });
    const months = [];
    const now = new Date();
    for (let i = 35; i >= 0; i--) {
      const month = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - i, 1));
      months.push(month.toISOString().substring(0, 7));
    }
    return {
      parties: Array.from(seenParties).sort().map(function (code) { return { code: code, name: code }; }),
      groups: GROUPS,
      types: TYPES,
      months: months
    };
  }

  // ---- the figures ---------------------------------------------------------------------------

  function tiles(summary) {
    hub.setText('parties', fmt.integer.format(summary.parties));
    hub.setText('openRequests', fmt.integer.format(summary.openRequests));
    hub.setText('overdueRequests', fmt.integer.format(summary.overdueRequests));
    hub.setText('outstandingWarrants', fmt.integer.format(summary.outstandingWarrants));
    hub.setText('medianHoursToAcknowledge', fmt.decimal.format(summary.medianHoursToAcknowledge));
    hub.setText('medianDaysToExecute', fmt.decimal.format(summary.medianDaysToExecute));
    hub.setText('acknowledgedRequests', '(' + fmt.integer.format(summary.acknowledgedRequests) + ' requests)');
    hub.setText('executedRequests', '(' + fmt.integer.format(summary.executedRequests) + ' requests)');
  }

  function status(value) {
    return value ? hub.sentence(value) : '—';
  }

  function overdueTable(rows) {
    hub.fill('overdue', rows, [
      { value: function (r) { return hub.requestLink(r.requestId); } },
      { value: function (r) { return hub.partyLink(r.party, partyNames[r.party] ? r.party + ' · ' + partyNames[r.party] : r.party); } },
      { value: function (r) { return hub.typeLabel(r.requestType); } },
      { value: function (r) { return status(r.status); } },
      { value: function (r) { return hub.date(r.dueBy); } },
      { value: function (r) { return fmt.integer.format(r.daysOverdue); }, className: 'num' }
    ], { empty: 'No request is overdue in this view', limit: 200, note: 'overdue-note', version: partyNames });
  }

  function warrantsTable(rows) {
    hub.fill('warrants', rows, [
      { value: function (w) { return w.warrantId; } },
      { value: function (w) { return w.personName || w.personReference; } },
      { value: function (w) { return hub.date(w.issuedAt); } },
      { value: function (w) { return fmt.integer.format(w.daysSinceIssue); }, className: 'num' },
      { value: function (w) {
        const span = document.createElement('span');
        (w.partiesAsked || []).forEach(function (code, i) {
          if (i > 0) span.append(', ');
          span.append(hub.partyLink(code));
        });
        return (w.partiesAsked || []).length ? span : '—';
      } },
      { value: function (w) { return w.lastEvent ? hub.sentence(w.lastEvent) : ''; } }
    ], { empty: 'No outstanding warrant', limit: 200, note: 'warrants-note' });
  }

  function daysToDue(days) {
    if (days === null || days === undefined) return '—';
    if (days < 0) return fmt.integer.format(-days) + ' past due';
    return fmt.integer.format(days);
  }

  function responsivenessTables(answer) {
    // /api/responsiveness is not filtered by the server: the page narrows it to the party or group
    const groups = {};
    (answer.parties || []).forEach(function (p) { groups[p.party] = p.regionalGroup; });
    const inView = function (party) {
      return (!filters.party || party === filters.party) && (!filters.group || groups[party] === filters.group);
    };
    hub.setText('responsiveness-scope', filters.type || filters.from || filters.to
      ? 'These tables follow the party and group filters only, not the request type or the period.' : '');
    const parties = (answer.parties || [])
      .filter(function (p) { return inView(p.party); })
      .filter(function (p) { return p.unacknowledged > 0 || p.notYetReceived > 0 || p.alerts > 0; })
      .sort(function (a, b) { return b.alerts - a.alerts || b.unacknowledged - a.unacknowledged; });
    hub.fill('responsiveness', parties, [
      { value: function (p) { return hub.partyLink(p.party, p.name ? p.party + ' · ' + p.name : p.party); } },
      { value: function (p) { return hub.groupLabel(p.regionalGroup); } },
      { value: function (p) { return hub.number(p.openRequests); }, className: 'num' },
      { value: function (p) { return hub.number(p.unacknowledged); }, className: 'num' },
      { value: function (p) { return hub.instant(p.oldestUnacknowledgedSince); } },
      { value: function (p) { return hub.number(p.notYetReceived); }, className: 'num' },
      { value: function (p) {
        return p.gatewayGroupFound ? hub.number(p.gatewayOffsetLag) : 'no gateway seen';
      }, className: 'num' }
    ], {
      empty: 'Every party has acknowledged its requests',
      rowClass: function (p) { return p.alerts > 0 ? 'alert' : ''; }
    });
    hub.fill('not-received', (answer.notYetReceived || []).filter(function (r) { return inView(r.party); }), [
      { value: function (r) { return hub.requestLink(r.requestId); } },
      { value: function (r) { return hub.partyLink(r.party); } },
      { value: function (r) { return hub.instant(r.dispatchedAt); } },
      { value: function (r) { return hub.date(r.dueBy); } },
      { value: function (r) {
        const span = document.createElement('span');
        span.textContent = daysToDue(r.daysToDue);
        if (r.alert) {
          const badge = document.createElement('span');
          badge.className = 'badge';
          badge.textContent = r.daysToDue < 0 ? 'overdue' : 'due soon';
          span.append(' ', badge);
        }
        return span;
      }, className: 'num' }
    ], {
      empty: 'Every party’s gateway has received its requests',
      rowClass: function (r) { return r.alert ? 'alert' : ''; },
      limit: 100,
      note: 'not-received-note'
    });
  }

  const COUNTS = ['dispatched', 'acknowledged', 'inProgress', 'inConsultation', 'executed', 'partlyExecuted',
    'postponed', 'refused', 'withdrawn', 'open', 'overdue'];

  function breakdownTable(answer) {
    const rows = (answer.rows || []).slice().sort(function (a, b) {
      return String(b.period).localeCompare(String(a.period))
        || String(a.party).localeCompare(String(b.party))
        || String(a.requestType).localeCompare(String(b.requestType));
    });
    const columns = [
      { value: function (r) { return r.period; }, className: 'nowrap' },
      { value: function (r) { return hub.partyLink(r.party); } },
      { value: function (r) { return hub.shortTypeLabel(r.requestType === 'UNDER_SEAL' ? null : r.requestType); }, className: 'nowrap' }
    ].concat(COUNTS.map(function (key) {
      return { value: function (r) { return hub.number(r[key]); }, className: 'num' };
    }));
    hub.fill('breakdown', rows, columns, {
      empty: 'No request dispatched in this view', limit: BREAKDOWN_ROWS, note: 'breakdown-note',
      rowClass: function (r) { return r.overdue > 0 ? 'alert' : ''; }
    });
  }

  function section(id, note) {
    const element = document.getElementById(id);
    const message = element.querySelector(':scope > .unavailable');
    element.querySelectorAll(':scope > .scroll, :scope > .pair, :scope > .note').forEach(function (e) {
      e.hidden = Boolean(note);
    });
    if (message) {
      message.hidden = !note;
      message.textContent = note || '';
    }
  }

  function missing(path) {
    return 'Not available: this server does not offer ' + path + ' yet.';
  }

  function settled(result) {
    return result.status === 'fulfilled' ? result.value : undefined;
  }

  async function refresh() {
    const mine = ++generation;
    const plain = hub.query(apiFilters(false));
    const periodic = hub.query(apiFilters(true));
    const filtered = function (extra) { return hub.query(Object.assign(apiFilters(false), extra)); };
    const calls = {
      summary: hub.json('/api/summary' + plain),
      overdue: hub.json('/api/overdue' + plain),
      warrants: hub.json('/api/warrants' + filtered({ status: 'outstanding' })),
      byType: hub.optional('/api/turnaround' + filtered({ by: 'type' })),
      byGroup: hub.optional('/api/turnaround' + filtered({ by: 'group' })),
      byParty: hub.optional('/api/turnaround' + filtered({ by: 'party' })),
      backlog: hub.optional('/api/backlog' + periodic),
      breakdown: hub.optional('/api/breakdown' + periodic),
      responsiveness: hub.optional('/api/responsiveness' + plain),
      filters: hub.optional('/api/filters')
    };
    const names = Object.keys(calls);
    const results = await Promise.allSettled(names.map(function (name) { return calls[name]; }));
    if (mine !== generation) return; // the filters changed meanwhile: a newer refresh draws
    const answer = {};
    const errors = [];
    results.forEach(function (result, i) {
      answer[names[i]] = settled(result);
      if (result.status === 'rejected') errors.push(result.reason);
    });

    if (answer.filters) offer(answer.filters);
    else if (answer.filters === null) offer(fallbackMenu(answer));
    if (answer.summary) {
      tiles(answer.summary);
      hub.asOf(answer.summary.asOf);
    }
    if (answer.overdue) overdueTable(answer.overdue);
    if (answer.warrants) warrantsTable(answer.warrants);

    const unit = measure.value;
    draw('chart-type', answer.byType, '/api/turnaround', function () {
      charts.turnaround('chart-type', answer.byType.rows, unit, hub.shortTypeLabel, hub.typeLabel);
    });
    draw('chart-group', answer.byGroup, '/api/turnaround', function () {
      charts.turnaround('chart-group', answer.byGroup.rows, unit, hub.shortGroupLabel, hub.groupLabel);
    });
    draw('chart-slowest', answer.byParty, '/api/turnaround', function () {
      charts.slowest('chart-slowest', answer.byParty.rows, partyNames);
    });
    draw('chart-backlog', answer.backlog, '/api/backlog', function () {
      charts.backlog('chart-backlog', answer.backlog.rows);
    });

    if (answer.breakdown === null) {
      section('breakdown-section', missing('/api/breakdown'));
    } else if (answer.breakdown) {
      section('breakdown-section', null);
      breakdownTable(answer.breakdown);
    }
    if (answer.responsiveness === null) {
      section('responsiveness-section', missing('/api/responsiveness'));
    } else if (answer.responsiveness) {
      section('responsiveness-section', null);
      responsivenessTables(answer.responsiveness);
    }

    const worst = errors.find(function (e) { return e.status === 0 || e.status === 503; }) || errors[0];
    hub.problem(worst || null);
    document.body.dataset.refreshed = String(mine);
  }

  /** Draws a chart from an answer; null: the endpoint is missing; undefined: the call failed. */
  function draw(id, answer, path, render) {
    if (answer === null) {
      charts.unavailable(id, missing(path));
    } else if (answer) {
      try {
        render();
      } catch (e) {
        charts.unavailable(id, 'This chart could not be drawn: ' + e.message);
      }
    }
  }

  toForm();
  const refreshNow = hub.poll(refresh);
})();
