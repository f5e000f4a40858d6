// A party's page: its directory entry, its figures, its turnaround, its backlog and breakdown, and
// its open requests that need attention.
(function () {
  'use strict';
  const hub = window.CoopHub;
  const charts = window.CoopHubCharts;
  const fmt = hub.format;
  const code = (new URLSearchParams(window.location.search).get('code') || '').toUpperCase();
  const url = '/api/parties/' + encodeURIComponent(code);
  const only = hub.query({ party: code });
  const MEASURES = [
    { key: 'acknowledge', label: 'To acknowledge', unit: 'hours' },
    { key: 'firstResponse', label: 'To first response', unit: 'days' },
    { key: 'closure', label: 'To closure', unit: 'days' }
  ];
  const COUNTS = ['dispatched', 'acknowledged', 'inProgress', 'inConsultation', 'executed', 'partlyExecuted',
    'postponed', 'refused', 'withdrawn', 'open', 'overdue'];

  hub.setText('code', code ? '(' + code + ')' : '');
  document.getElementById('json').href = url;
  document.getElementById('json').textContent = url;
  document.getElementById('filtered').href = '/' + only;
  document.querySelectorAll('a[data-csv]').forEach(function (a) {
    a.href = a.getAttribute('data-csv') + hub.query({ party: code, format: 'csv' });
  });

  function section(id, note) {
    const element = document.getElementById(id);
    const message = element.querySelector(':scope > .unavailable');
    element.querySelectorAll(':scope > .scroll, :scope > .note').forEach(function (e) { e.hidden = Boolean(note); });
    message.hidden = !note;
    message.textContent = note || '';
  }

  function facts(party) {
    hub.setText('name', party.name || code);
    document.title = 'CoopHub — ' + (party.name || code);
    hub.setText('kind', hub.sentence(party.kind));
    hub.setText('regionalGroup', hub.groupLabel(party.regionalGroup));
    hub.setText('active', party.active ? 'Yes' : 'No');
    hub.setText('agreements', (party.agreements || []).length
      ? party.agreements.map(hub.sentence).join(', ') : 'None');
    hub.setText('requests', fmt.integer.format(party.requests));
    hub.setText('openRequests', fmt.integer.format(party.openRequests));
    hub.setText('overdueRequests', fmt.integer.format(party.overdueRequests));
    hub.setText('medianHoursToAcknowledge', fmt.decimal.format(party.medianHoursToAcknowledge));
    hub.setText('medianDaysToExecute', fmt.decimal.format(party.medianDaysToExecute));
    hub.setText('acknowledgedRequests', '(' + fmt.integer.format(party.acknowledgedRequests) + ' requests)');
    hub.setText('executedRequests', '(' + fmt.integer.format(party.executedRequests) + ' requests)');
  }

  function turnaround(figures) {
    if (!figures) {
      section('turnaround-section', 'Not available: this server does not give a party’s turnaround yet.');
      return;
    }
    section('turnaround-section', null);
    const rows = MEASURES.map(function (m) { return Object.assign({ measure: m }, figures[m.key] || {}); });
    hub.fill('turnaround', rows, [
      { value: function (r) { return r.measure.label + ' (' + r.measure.unit + ')'; }, className: 'nowrap' },
      { value: function (r) { return hub.number(r.count); }, className: 'num' },
      { value: function (r) { return r.count ? hub.duration(r.p50, r.measure.unit) : '—'; }, className: 'num' },
      { value: function (r) { return r.count ? hub.duration(r.p90, r.measure.unit) : '—'; }, className: 'num' },
      { value: function (r) { return r.count ? hub.duration(r.max, r.measure.unit) : '—'; }, className: 'num' },
      { value: function (r) { return hub.number(r.implausible); }, className: 'num' }
    ]);
  }

  function breakdown(rows) {
    if (!rows) {
      section('breakdown-section', 'Not available: this server does not give a party’s breakdown yet.');
      return;
    }
    section('breakdown-section', null);
    const sorted = rows.slice().sort(function (a, b) {
      return String(b.period).localeCompare(String(a.period))
        || String(a.requestType).localeCompare(String(b.requestType));
    });
    hub.fill('breakdown', sorted, [
      { value: function (r) { return r.period; }, className: 'nowrap' },
      { value: function (r) { return hub.shortTypeLabel(r.requestType === 'UNDER_SEAL' ? null : r.requestType); }, className: 'nowrap' }
    ].concat(COUNTS.map(function (key) {
      return { value: function (r) { return hub.number(r[key]); }, className: 'num' };
    })), {
      empty: 'No request dispatched to this party', limit: 36, note: 'breakdown-note',
      rowClass: function (r) { return r.overdue > 0 ? 'alert' : ''; }
    });
  }

  function openRequests(overdue, responsiveness) {
    hub.fill('overdue', overdue || [], [
      { value: function (r) { return hub.requestLink(r.requestId); } },
      { value: function (r) { return hub.typeLabel(r.requestType); } },
      { value: function (r) { return hub.sentence(r.status); } },
      { value: function (r) { return hub.date(r.dueBy); } },
      { value: function (r) { return fmt.integer.format(r.daysOverdue); }, className: 'num' }
    ], { empty: 'No overdue request' });
    const pending = responsiveness
      ? (responsiveness.notYetReceived || []).filter(function (r) { return r.party === code; }) : [];
    hub.fill('not-received', pending, [
      { value: function (r) { return hub.requestLink(r.requestId); } },
      { value: function (r) { return hub.instant(r.dispatchedAt); } },
      { value: function (r) { return hub.date(r.dueBy); } },
      { value: function (r) {
        return r.daysToDue < 0 ? fmt.integer.format(-r.daysToDue) + ' past due' : hub.number(r.daysToDue);
      }, className: 'num' }
    ], {
      empty: responsiveness ? 'Its gateway has received every request' : 'Not available from this server yet',
      rowClass: function (r) { return r.alert ? 'alert' : ''; },
      limit: 100, note: 'not-received-note'
    });
  }

  async function refresh() {
    if (!code) {
      document.getElementById('party').hidden = true;
      hub.setText('not-found', 'No party code given: open this page as party.html?code=<code>.');
      document.getElementById('not-found').hidden = false;
      return;
    }
    const calls = [
      hub.json(url),
      hub.json('/api/overdue' + only),
      hub.optional('/api/responsiveness' + only),
      hub.optional('/api/backlog' + only),
      hub.optional('/api/breakdown' + only)
    ];
    const [party, overdue, responsiveness, backlog, fallback] = await Promise.allSettled(calls);
    if (party.status === 'rejected' && party.reason.status === 404) {
      document.getElementById('party').hidden = true;
      hub.setText('not-found', 'No party ' + code + ' in the directory.');
      document.getElementById('not-found').hidden = false;
      hub.problem(null);
      return;
    }
    const errors = [party, overdue, responsiveness, backlog, fallback]
      .filter(function (r) { return r.status === 'rejected'; })
      .map(function (r) { return r.reason; });
    if (party.status === 'fulfilled') {
      const view = party.value;
      document.getElementById('not-found').hidden = true;
      document.getElementById('party').hidden = false;
      facts(view);
      turnaround(view.turnaround);
      const rows = view.breakdown ? (view.breakdown.rows || view.breakdown)
        : fallback.status === 'fulfilled' && fallback.value ? fallback.value.rows : null;
      breakdown(rows);
      hub.asOf(view.asOf);
    }
    if (overdue.status === 'fulfilled') {
      openRequests(overdue.value, responsiveness.status === 'fulfilled' ? responsiveness.value : null);
    }
    if (backlog.status === 'fulfilled') {
      if (backlog.value === null) charts.unavailable('chart-backlog', 'Not available: this server does not offer /api/backlog yet.');
      else charts.backlog('chart-backlog', backlog.value.rows);
    }
    const worst = errors.find(function (e) { return e.status === 0 || e.status === 503; }) || errors[0];
    hub.problem(worst || null);
  }

  hub.poll(refresh);
})();
