// Polls the JSON API every few seconds and fills the tiles and the two tables.
(function () {
  'use strict';
  const POLL_MS = 5000;
  const integer = new Intl.NumberFormat(undefined, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(undefined, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  function text(id, value) {
    const element = document.getElementById(id);
    if (element) element.textContent = value;
  }

  function cell(row, value, className) {
    const td = row.insertCell();
    td.textContent = value === null || value === undefined || value === '' ? '—' : value;
    if (className) td.className = className;
  }

  function fill(tableId, rows, columns) {
    const body = document.querySelector('#' + tableId + ' tbody');
    body.replaceChildren();
    if (rows.length === 0) {
      const row = body.insertRow();
      row.className = 'empty';
      const td = row.insertCell();
      td.colSpan = columns.length;
      td.textContent = 'None';
      return;
    }
    rows.forEach(function (item) {
      const row = body.insertRow();
      columns.forEach(function (column) { cell(row, column.value(item), column.className); });
    });
  }

  async function json(url) {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(url + ': ' + response.status);
    return response.json();
  }

  async function refresh() {
    try {
      const [summary, overdue, warrants] = await Promise.all([
        json('/api/summary'), json('/api/overdue'), json('/api/warrants?status=outstanding')]);
      text('parties', integer.format(summary.parties));
      text('openRequests', integer.format(summary.openRequests));
      text('overdueRequests', integer.format(summary.overdueRequests));
      text('outstandingWarrants', integer.format(summary.outstandingWarrants));
      text('medianHoursToAcknowledge', decimal.format(summary.medianHoursToAcknowledge));
      text('medianDaysToExecute', decimal.format(summary.medianDaysToExecute));
      text('acknowledgedRequests', '(' + integer.format(summary.acknowledgedRequests) + ' requests)');
      text('executedRequests', '(' + integer.format(summary.executedRequests) + ' requests)');
      fill('overdue', overdue, [
        { value: function (r) { return r.requestId; } },
        { value: function (r) { return r.party; } },
        { value: function (r) { return r.requestType ? r.requestType.replaceAll('_', ' ').toLowerCase() : 'under seal'; } },
        { value: function (r) { return r.status.replaceAll('_', ' ').toLowerCase(); } },
        { value: function (r) { return r.dueBy; } },
        { value: function (r) { return integer.format(r.daysOverdue); }, className: 'num' }]);
      fill('warrants', warrants, [
        { value: function (w) { return w.warrantId; } },
        { value: function (w) { return w.personName || w.personReference; } },
        { value: function (w) { return w.issuedAt.substring(0, 10); } },
        { value: function (w) { return integer.format(w.daysSinceIssue); }, className: 'num' },
        { value: function (w) { return w.partiesAsked.join(', '); } },
        { value: function (w) { return w.lastEvent ? w.lastEvent.replaceAll('_', ' ').toLowerCase() : ''; } }]);
      text('updated', new Date().toLocaleTimeString());
      document.getElementById('problem').hidden = true;
    } catch (e) {
      const problem = document.getElementById('problem');
      problem.textContent = '(figures not available: ' + e.message + ')';
      problem.hidden = false;
    }
  }

  refresh();
  setInterval(refresh, POLL_MS);
})();
