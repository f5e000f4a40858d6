// The dashboard's charts, drawn by Apache ECharts (served from the jar as a WebJar, no CDN).
(function () {
  'use strict';
  const hub = window.CoopHub;
  const fmt = hub.format;
  const INK = '#1d2733';
  const MUTED = '#5b6876';
  const LINE = '#dde3ea';
  const P50 = '#0b5394';
  const P90 = '#8fb3d9';
  const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
  const charts = {};

  const UNITS = {
    acknowledge: { unit: 'hours', axis: 'hours', name: 'time to acknowledge' },
    firstResponse: { unit: 'days', axis: 'days', name: 'time to first substantive response' },
    closure: { unit: 'days', axis: 'days', name: 'time to closure' }
  };

  function available() {
    return typeof window.echarts !== 'undefined';
  }

  /** The chart in a container, created once (its size fixed by the CSS: no jump on update). */
  function chart(id) {
    if (!charts[id]) {
      charts[id] = window.echarts.init(document.getElementById(id), null, { renderer: 'svg' });
    }
    return charts[id];
  }

  /** Whether the chart already shows this (then it is not redrawn: no flicker, hover kept). */
  function same(id, what) {
    const key = JSON.stringify(what);
    const container = document.getElementById(id);
    if (container.dataset.drawn === key && charts[id] && !container.hidden) return true;
    container.dataset.drawn = key;
    return false;
  }

  /** Shows the chart, or hides it with a note saying why. */
  function show(id, note) {
    const container = document.getElementById(id);
    const message = container.parentElement.querySelector('.unavailable');
    container.hidden = Boolean(note);
    if (message) {
      message.hidden = !note;
      message.textContent = note || '';
    }
    if (!note && charts[id]) charts[id].resize();
  }

  function unavailable(id, note) {
    document.getElementById(id).dataset.drawn = '';
    show(id, note);
  }

  function base() {
    return {
      animation: false,
      textStyle: { fontFamily: FONT, color: INK },
      grid: { left: 8, right: 56, top: 36, bottom: 36, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true }
    };
  }

  function empty(text) {
    return {
      title: {
        text: text || 'No data for this view',
        left: 'center', top: 'middle',
        textStyle: { color: MUTED, fontSize: 14, fontWeight: 'normal', fontFamily: FONT }
      },
      xAxis: { show: false }, yAxis: { show: false }, series: []
    };
  }

  function format(value, unit) {
    return hub.duration(value, unit);
  }

  /**
   * p50 and p90 bars, one row per key (request type, regional group), the slowest on top.
   * rows: the API's turnaround rows; measure: acknowledge | firstResponse | closure.
   */
  function turnaround(id, rows, measure, label, longLabel) {
    if (!available()) return unavailable(id, 'The charting library did not load.');
    if (same(id, [rows, measure])) return;
    show(id, null);
    const spec = UNITS[measure];
    const data = (rows || [])
      .filter(function (row) { return row[measure] && row[measure].count > 0; })
      .sort(function (a, b) { return b[measure].p50 - a[measure].p50 || b[measure].p90 - a[measure].p90; });
    const option = base();
    if (data.length === 0) {
      chart(id).setOption(Object.assign(option, empty()), true);
      return;
    }
    // two bars a row: beyond about eight rows the chart grows rather than overlapping its labels
    const container = document.getElementById(id);
    const height = Math.max(300, data.length * 30 + 70) + 'px';
    if (container.style.height !== height) {
      container.style.height = height;
      chart(id).resize();
    }
    const categories = data.map(function (row) { return label(row.key); });
    const byCategory = {};
    data.forEach(function (row, i) { byCategory[categories[i]] = row[measure]; });
    Object.assign(option, {
      legend: { top: 0, right: 8, textStyle: { color: INK }, data: ['p50 (median)', 'p90'] },
      tooltip: Object.assign(option.tooltip, {
        formatter: function (items) {
          const d = byCategory[items[0].name];
          const key = data[items[0].dataIndex].key;
          return '<b>' + (longLabel ? longLabel(key) : items[0].name) + '</b><br>median ' + format(d.p50, spec.unit)
            + '<br>90th percentile ' + format(d.p90, spec.unit)
            + '<br>longest ' + format(d.max, spec.unit)
            + '<br>' + fmt.integer.format(d.count) + ' requests'
            + (d.implausible ? ', ' + fmt.integer.format(d.implausible) + ' implausible left out' : '');
        }
      }),
      xAxis: {
        type: 'value', name: spec.axis, nameLocation: 'middle', nameGap: 24,
        nameTextStyle: { color: MUTED },
        axisLabel: { color: MUTED, formatter: function (v) { return fmt.compact.format(v); } },
        splitLine: { lineStyle: { color: LINE } }
      },
      yAxis: {
        type: 'category', inverse: true, data: categories,
        axisLabel: { color: INK, width: 170, overflow: 'break', lineHeight: 13 },
        axisLine: { lineStyle: { color: LINE } }, axisTick: { show: false }
      },
      series: [
        bars('p50 (median)', data.map(function (row) { return row[measure].p50; }), P50, spec.unit),
        bars('p90', data.map(function (row) { return row[measure].p90; }), P90, spec.unit)
      ]
    });
    chart(id).setOption(option, true);
  }

  function bars(name, values, color, unit) {
    return {
      name: name, type: 'bar', data: values, barMaxWidth: 14, barGap: '20%',
      itemStyle: { color: color },
      label: {
        show: true, position: 'right', color: INK, fontSize: 11,
        formatter: function (p) { return format(p.value, unit); }
      }
    };
  }

  /** Dispatched, closed and open at the end of each period. */
  function backlog(id, rows) {
    if (!available()) return unavailable(id, 'The charting library did not load.');
    if (same(id, rows)) return;
    show(id, null);
    const option = base();
    if (!rows || rows.length === 0) {
      chart(id).setOption(Object.assign(option, empty()), true);
      return;
    }
    const line = function (name, key, color, area) {
      return {
        name: name, type: 'line', data: rows.map(function (r) { return r[key]; }),
        symbol: 'circle', symbolSize: 6, itemStyle: { color: color }, lineStyle: { color: color, width: 2 },
        areaStyle: area ? { color: color, opacity: 0.08 } : undefined,
        label: { show: rows.length <= 12 && key === 'openAtEnd', position: 'top', color: INK, fontSize: 11,
          formatter: function (p) { return fmt.integer.format(p.value); } }
      };
    };
    Object.assign(option, {
      grid: { left: 8, right: 36, top: 36, bottom: 28, containLabel: true },
      legend: { top: 0, right: 8, textStyle: { color: INK } },
      tooltip: Object.assign(option.tooltip, {
        axisPointer: { type: 'line' },
        valueFormatter: function (v) { return fmt.integer.format(v) + ' requests'; }
      }),
      xAxis: {
        type: 'category', data: rows.map(function (r) { return r.period; }), boundaryGap: true,
        axisLabel: { color: MUTED }, axisLine: { lineStyle: { color: LINE } }
      },
      yAxis: {
        type: 'value', name: 'requests', nameTextStyle: { color: MUTED, align: 'left' }, minInterval: 1,
        axisLabel: { color: MUTED, formatter: function (v) { return fmt.integer.format(v); } },
        splitLine: { lineStyle: { color: LINE } }
      },
      series: [
        line('Dispatched', 'dispatched', '#0b5394'),
        line('Closed', 'closed', '#2e7d32'),
        line('Open at end', 'openAtEnd', '#b3261e', true)
      ]
    });
    chart(id).setOption(option, true);
  }

  /** The ten parties with the highest median hours to acknowledge; a bar opens the party's page. */
  function slowest(id, rows, names) {
    if (!available()) return unavailable(id, 'The charting library did not load.');
    if (same(id, [rows, names])) return;
    show(id, null);
    const data = (rows || [])
      .filter(function (row) { return row.acknowledge && row.acknowledge.count > 0; })
      .sort(function (a, b) { return b.acknowledge.p50 - a.acknowledge.p50; })
      .slice(0, 10);
    const option = base();
    if (data.length === 0) {
      chart(id).setOption(Object.assign(option, empty('No acknowledged request in this view')), true);
      return;
    }
    const categories = data.map(function (row) {
      return names[row.key] ? row.key + ' · ' + names[row.key] : row.key;
    });
    Object.assign(option, {
      tooltip: Object.assign(option.tooltip, {
        formatter: function (items) {
          const row = data[items[0].dataIndex];
          return '<b>' + items[0].name + '</b><br>median ' + format(row.acknowledge.p50, 'hours')
            + '<br>90th percentile ' + format(row.acknowledge.p90, 'hours')
            + '<br>' + fmt.integer.format(row.acknowledge.count) + ' requests acknowledged';
        }
      }),
      xAxis: {
        type: 'value', name: 'hours to acknowledge (median)', nameLocation: 'middle', nameGap: 24,
        nameTextStyle: { color: MUTED },
        axisLabel: { color: MUTED, formatter: function (v) { return fmt.compact.format(v); } },
        splitLine: { lineStyle: { color: LINE } }
      },
      yAxis: {
        type: 'category', inverse: true, data: categories,
        axisLabel: { color: INK, width: 170, overflow: 'break', lineHeight: 13 },
        axisLine: { lineStyle: { color: LINE } }, axisTick: { show: false }
      },
      series: [Object.assign(bars('median', data.map(function (row) { return row.acknowledge.p50; }), '#b3261e', 'hours'),
        { cursor: 'pointer' })]
    });
    const instance = chart(id);
    instance.setOption(option, true);
    instance.off('click');
    instance.on('click', function (params) {
      const row = data[params.dataIndex];
      if (row) window.location.href = 'party.html?code=' + encodeURIComponent(row.key);
    });
  }

  window.addEventListener('resize', function () {
    Object.keys(charts).forEach(function (id) { charts[id].resize(); });
  });

  window.CoopHubCharts = {
    available: available,
    turnaround: turnaround,
    backlog: backlog,
    slowest: slowest,
    unavailable: unavailable,
    units: UNITS
  };
})();
