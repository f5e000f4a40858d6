// A request's timeline: its status, due date and every message about it, at hub time.
(function () {
  'use strict';
  const hub = window.CoopHub;
  const id = new URLSearchParams(window.location.search).get('id') || '';
  const url = '/api/requests/' + encodeURIComponent(id);
  const COURT = ['REQUEST', 'CLARIFICATION', 'SUPPLEMENT', 'REMINDER', 'WITHDRAWAL'];

  hub.setText('request-id', id || '(none given)');
  document.title = 'CoopHub — request ' + id;
  document.getElementById('json').href = url;
  document.getElementById('json').textContent = url;

  function put(fieldId, value) {
    const element = document.getElementById(fieldId);
    element.replaceChildren();
    if (value instanceof Node) element.appendChild(value); else element.textContent = value;
  }

  function show(request) {
    document.getElementById('not-found').hidden = true;
    document.getElementById('request').hidden = false;
    const state = document.getElementById('status');
    state.textContent = request.open ? hub.sentence(request.status) : hub.sentence(request.status) + ' (closed)';
    state.className = 'state' + (request.overdue ? ' alert' : '');
    put('overdue-flag', request.overdue ? 'overdue' : '');
    put('party', hub.partyLink(request.party));
    // under seal, the API withholds the type: the page shows none
    put('type', request.underSeal || !request.requestType ? 'Under seal (type withheld)' : hub.typeLabel(request.requestType));
    put('dispatchedAt', hub.instant(request.dispatchedAt));
    put('acknowledgedAt', hub.instant(request.acknowledgedAt));
    put('executedAt', hub.instant(request.executedAt));
    put('firstResponseAt', hub.instant(request.firstResponseAt));
    put('closedAt', hub.instant(request.closedAt));
    put('dueBy', request.dueBy ? hub.date(request.dueBy) : 'none set');
    put('revision', hub.number(request.revision));
    const events = (request.timeline || []).map(function (event, i) { return Object.assign({ n: i + 1 }, event); });
    hub.fill('timeline', events, [
      { value: function (e) { return hub.number(e.n); }, className: 'num' },
      { value: function (e) { return hub.instant(e.at); } },
      { value: function (e) { return hub.sentence(e.kind); } },
      { value: function (e) { return COURT.includes(e.kind) ? 'Court' : request.party; } },
      { value: function (e) { return hub.number(e.revision); }, className: 'num' },
      { value: function (e) { return e.status ? hub.sentence(e.status) : ''; } }
    ], { empty: 'No message yet' });
  }

  async function refresh() {
    if (!id) {
      document.getElementById('request').hidden = true;
      put('not-found', 'No request id given: open this page as request.html?id=<request id>.');
      document.getElementById('not-found').hidden = false;
      return;
    }
    try {
      const request = await hub.json(url);
      show(request);
      hub.asOf(request.asOf);
      hub.problem(null);
    } catch (e) {
      if (e.status === 404) {
        document.getElementById('request').hidden = true;
        put('not-found', 'No request ' + id + ' is known to the hub.');
        document.getElementById('not-found').hidden = false;
        hub.problem(null);
      } else {
        hub.problem(e);
      }
    }
  }

  hub.poll(refresh);
})();
