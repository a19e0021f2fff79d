/* newsgraph dyad chart: progressive enhancement of
 * <figure class="chart" data-chart="dyads"> with an embedded JSON object
 * {by, periods, types, table: [{period, counts: {TYPE: n}, total}], undated}.
 * The page already shows the counts as a table; this adds bars stacked by PLOVER type. */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  // Cooperation in greens and blues, conflict in oranges and reds (PLOVER's order).
  var COLORS = {
    AGREE: '#2e8b57', CONSULT: '#1f77b4', SUPPORT: '#17becf', CONCEDE: '#98df8a',
    COOPERATE: '#2ca02c', AID: '#9467bd', RETREAT: '#c5b0d5', REQUEST: '#bcbd22',
    ACCUSE: '#ff7f0e', REJECT: '#ffbb78', THREATEN: '#e377c2', PROTEST: '#8c564b',
    SANCTION: '#d62728', MOBILIZE: '#7f7f7f', COERCE: '#ad494a', ASSAULT: '#843c39',
    CRIME: '#393b79', OTHER: '#c7c7c7'
  };
  var HEIGHT = 180, LEFT = 30, RIGHT = 8, TOP = 8, AXIS_H = 34, LEGEND_ROW = 16;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  function niceStep(max) {
    var steps = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];
    for (var i = 0; i < steps.length; i++) if (max / steps[i] <= 5) return steps[i];
    return Math.ceil(max / 5);
  }

  function draw(figure, data) {
    var rows = data && Array.isArray(data.table) ? data.table : [];
    var types = data && Array.isArray(data.types) ? data.types : [];
    if (!rows.length || !types.length) return;

    var width = Math.max(280, Math.round(figure.getBoundingClientRect().width) || 480);
    var plotW = width - LEFT - RIGHT;
    var max = 1;
    rows.forEach(function (r) { max = Math.max(max, +r.total || 0); });
    var step = niceStep(max), top = Math.ceil(max / step) * step;
    var perRow = Math.max(1, Math.floor(width / 95));
    var legendH = Math.ceil(types.length / perRow) * LEGEND_ROW + 6;
    var height = TOP + HEIGHT + AXIS_H + legendH;
    function y(v) { return TOP + HEIGHT - v / top * HEIGHT; }

    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%',
                          'class': 'dy-svg', role: 'img',
                          'aria-label': 'Reported events by ' + (data.by || 'period') + ' and type' });
    var axis = el('g', { 'font-size': '10', fill: '#555' }, svg);
    for (var v = 0; v <= top; v += step) {
      el('line', { x1: LEFT, x2: width - RIGHT, y1: y(v), y2: y(v), stroke: v ? '#eee' : '#888' }, axis);
      el('text', { x: LEFT - 4, y: y(v) + 3, 'text-anchor': 'end' }, axis).textContent = String(v);
    }

    var band = plotW / rows.length, barW = Math.max(2, Math.min(40, band * 0.7));
    var every = Math.max(1, Math.ceil(rows.length / Math.max(1, Math.floor(plotW / 58))));
    rows.forEach(function (r, i) {
      var x = LEFT + i * band + (band - barW) / 2, base = 0;
      var bar = el('g', { 'class': 'dy-bar' }, svg);
      types.forEach(function (t) {
        var n = r.counts && +r.counts[t] || 0;
        if (!n) return;
        var rect = el('rect', { x: x, y: y(base + n), width: barW, height: y(base) - y(base + n),
                                fill: COLORS[t] || '#999', 'class': 'dy-seg' }, bar);
        el('title', {}, rect).textContent = r.period + ' \u2014 ' + t + ': ' + n +
          (n === 1 ? ' event' : ' events');
        base += n;
      });
      if (i % every === 0) {
        el('text', { x: LEFT + i * band + band / 2, y: TOP + HEIGHT + 14, 'text-anchor': 'middle',
                     'font-size': '10', fill: '#555' }, svg).textContent = String(r.period);
      }
    });

    var legend = el('g', { 'class': 'dy-legend' }, svg);
    types.forEach(function (t, i) {
      var lx = 4 + (i % perRow) * 95, ly = TOP + HEIGHT + AXIS_H + Math.floor(i / perRow) * LEGEND_ROW;
      el('rect', { x: lx, y: ly - 9, width: 10, height: 10, fill: COLORS[t] || '#999' }, legend);
      el('text', { x: lx + 14, y: ly }, legend).textContent = t;
    });

    var anchor = null;
    for (var c = figure.firstElementChild; c; c = c.nextElementSibling) {
      if (!c.classList.contains('chart-data')) { anchor = c; break; }
    }
    figure.insertBefore(svg, anchor);
  }

  function init() {
    var figs = document.querySelectorAll('figure.chart[data-chart="dyads"]');
    Array.prototype.forEach.call(figs, function (fig) {
      if (fig.hasAttribute('data-chart-drawn')) return;
      var script = fig.querySelector('script.chart-data[type="application/json"]');
      if (!script) return;
      var data;
      try { data = JSON.parse(script.textContent); } catch (e) { return; }
      fig.setAttribute('data-chart-drawn', '');
      draw(fig, data);
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
