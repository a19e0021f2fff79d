/* newsgraph timeline chart: progressive enhancement of
 * <figure class="chart" data-chart="timeline"> with an embedded JSON array.
 * The page already lists the items as HTML; this only adds an SVG view. */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var DAY = 86400000;
  var MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  var LANES = [
    { kind: 'event', name: 'Events', cls: 'tl-event', color: '#c0392b' },
    { kind: 'quote', name: 'Quotes', cls: 'tl-quote', color: '#1f5fbf' }
  ];
  var ROW_H = 12, MIN_ROWS = 3, MAX_ROWS = 8, LANE_GAP = 14, AXIS_H = 30;
  var LEFT = 56, RIGHT = 14, TOP = 6;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  // ISO prefix -> [start, end) in UTC milliseconds, or null when unparseable.
  function interval(s) {
    if (typeof s !== 'string') return null;
    var m, y, start;
    if ((m = /^(\d{4})-W(\d{2})$/.exec(s))) {
      y = +m[1];
      // ISO week 1 is the week containing 4 January; weeks start on Monday.
      var jan4 = Date.UTC(y, 0, 4);
      var monday1 = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY;
      start = monday1 + (+m[2] - 1) * 7 * DAY;
      return [start, start + 7 * DAY];
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s))) {
      start = Date.UTC(+m[1], +m[2] - 1, +m[3]);
      return [start, start + DAY];
    }
    if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
      return [Date.UTC(+m[1], +m[2] - 1, 1), Date.UTC(+m[1], +m[2], 1)];
    }
    if ((m = /^(\d{4})$/.exec(s))) {
      return [Date.UTC(+m[1], 0, 1), Date.UTC(+m[1] + 1, 0, 1)];
    }
    return null;
  }

  function pickStep(raw, steps) {
    for (var i = 0; i < steps.length; i++) if (steps[i] >= raw) return steps[i];
    return steps[steps.length - 1] * Math.ceil(raw / steps[steps.length - 1]);
  }

  // Calendar-aligned ticks: years for long spans, months, else days/weeks.
  function makeTicks(t0, t1, width) {
    // Tick density follows the typical label width of each granularity.
    function maxTicks(labelW) { return Math.max(2, Math.floor(width / labelW)); }
    var span = t1 - t0, out = [], t, d, i, step;
    var a = new Date(t0), b = new Date(t1);
    if (span > 3 * 365 * DAY) {
      step = pickStep((b.getUTCFullYear() - a.getUTCFullYear() + 1) / maxTicks(50), [1, 2, 5, 10, 20, 50]);
      for (var y = Math.ceil(a.getUTCFullYear() / step) * step; y <= b.getUTCFullYear(); y += step) {
        t = Date.UTC(y, 0, 1);
        if (t >= t0 && t <= t1) out.push([t, String(y)]);
      }
    } else if (span > 62 * DAY) {
      var m0 = a.getUTCFullYear() * 12 + a.getUTCMonth(), m1 = b.getUTCFullYear() * 12 + b.getUTCMonth();
      step = pickStep((m1 - m0 + 1) / maxTicks(60), [1, 2, 3, 6, 12]);
      for (i = Math.ceil(m0 / step) * step; i <= m1; i += step) {
        t = Date.UTC(Math.floor(i / 12), i % 12, 1);
        if (t < t0 || t > t1) continue;
        // Show the year on January and on the first tick so labels stay unambiguous.
        var label = (i % 12 === 0 || !out.length) ? MONTHS[i % 12] + ' ' + Math.floor(i / 12) : MONTHS[i % 12];
        out.push([t, label]);
      }
    } else {
      step = pickStep(span / DAY / maxTicks(75), [1, 2, 7, 14, 28]);
      t = Math.ceil(t0 / DAY) * DAY;
      // Week-multiple steps start on a Monday.
      if (step % 7 === 0) t += ((8 - new Date(t).getUTCDay()) % 7) * DAY;
      for (; t <= t1; t += step * DAY) {
        d = new Date(t);
        out.push([t, d.getUTCDate() + ' ' + MONTHS[d.getUTCMonth()] +
                  (!out.length || (d.getUTCMonth() === 0 && d.getUTCDate() === 1) ? ' ' + d.getUTCFullYear() : '')]);
      }
    }
    return out;
  }

  function safeHref(h) {
    return typeof h === 'string' && h && !/^\s*(javascript|data|vbscript):/i.test(h) ? h : null;
  }

  function draw(figure, data) {
    var items = [];
    (Array.isArray(data) ? data : []).forEach(function (d) {
      var iv = d && interval(d.date);
      if (iv) items.push({ d: d, t0: iv[0], t1: iv[1], lane: d.kind === 'quote' ? 1 : 0 });
    });
    if (!items.length) return;

    var width = Math.max(320, Math.round(figure.getBoundingClientRect().width) || 800);
    var plotW = width - LEFT - RIGHT;
    var lo = Infinity, hi = -Infinity;
    items.forEach(function (it) { lo = Math.min(lo, it.t0); hi = Math.max(hi, it.t1); });
    var pad = Math.max((hi - lo) * 0.03, DAY);
    lo -= pad; hi += pad;
    function x(t) { return LEFT + (t - lo) / (hi - lo) * plotW; }

    // Greedy row packing per lane so marks that overlap horizontally stack.
    var rowEnds = [[], []];
    items.sort(function (p, q) { return (p.t0 + p.t1) - (q.t0 + q.t1); });
    items.forEach(function (it) {
      it.x0 = x(it.t0); it.x1 = x(it.t1); it.xm = (it.x0 + it.x1) / 2;
      var a = Math.min(it.x0, it.xm - 7), b = Math.max(it.x1, it.xm + 7);
      var ends = rowEnds[it.lane], r = 0;
      while (r < ends.length && ends[r] > a) r++;
      if (r >= MAX_ROWS) {  // lane full: overlap in the row that frees up first rather than grow forever
        r = 0;
        for (var k = 1; k < ends.length; k++) if (ends[k] < ends[r]) r = k;
      }
      it.row = r;
      ends[r] = Math.max(ends[r] || -Infinity, b);
    });

    // Only lanes that have items are drawn; compute their vertical extent.
    var y = TOP, lanes = [];
    LANES.forEach(function (lane, i) {
      if (!rowEnds[i].length) return;
      var rows = Math.max(MIN_ROWS, rowEnds[i].length);
      lanes[i] = { top: y, rows: rows };
      y += rows * ROW_H + LANE_GAP;
    });
    var axisY = y - LANE_GAP / 2, height = axisY + AXIS_H;

    var svg = el('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%',
                          'class': 'tl-svg', role: 'group', 'aria-label': 'Timeline' });
    svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');

    // Axis, gridlines and tick labels.
    var axis = el('g', { 'class': 'tl-axis', 'font-size': '11', fill: '#555' }, svg);
    makeTicks(lo, hi, plotW).forEach(function (tk) {
      var tx = x(tk[0]);
      el('line', { x1: tx, x2: tx, y1: TOP, y2: axisY + 4, stroke: '#ddd' }, axis);
      // Keep edge labels inside the viewBox (approximate text width).
      var half = tk[1].length * 3.2;
      var ta = tx - half < 0 ? 'start' : tx + half > width ? 'end' : 'middle';
      el('text', { x: tx, y: axisY + 17, 'text-anchor': ta }, axis).textContent = tk[1];
    });
    el('line', { x1: LEFT, x2: width - RIGHT, y1: axisY, y2: axisY, stroke: '#888' }, axis);

    LANES.forEach(function (lane, i) {
      var L = lanes[i];
      if (!L) return;
      el('text', { x: 4, y: L.top + L.rows * ROW_H / 2 + 4, 'font-size': '11', fill: '#333',
                   'class': 'tl-lane-label' }, svg).textContent = lane.name;
      if (i > 0) el('line', { x1: 0, x2: width, y1: L.top - LANE_GAP / 2, y2: L.top - LANE_GAP / 2,
                              stroke: '#eee' }, svg);
    });

    var marks = el('g', { 'class': 'tl-marks' }, svg);
    items.forEach(function (it) {
      var lane = LANES[it.lane], cy = lanes[it.lane].top + it.row * ROW_H + ROW_H / 2;
      var href = safeHref(it.d.href);
      var a = el(href ? 'a' : 'g', { 'class': 'tl-mark ' + lane.cls }, marks);
      if (href) a.setAttribute('href', href);
      var parts = [it.d.date, it.d.type || it.d.kind, it.d.label].filter(function (p) { return p; });
      el('title', {}, a).textContent = parts.join(' \u2014 ');
      // The bar shows the uncertainty of coarse dates (month, year) when visible.
      if (it.x1 - it.x0 > 4) {
        el('rect', { x: it.x0, y: cy - 2, width: it.x1 - it.x0, height: 4, rx: 2,
                     fill: lane.color, 'fill-opacity': '0.3', 'class': 'tl-span' }, a);
      }
      var shape = it.lane === 1
        ? el('path', { d: 'M' + it.xm + ',' + (cy - 5) + 'l5,5l-5,5l-5,-5z' }, a)
        : el('circle', { cx: it.xm, cy: cy, r: 4.5 }, a);
      shape.setAttribute('fill', lane.color);
      shape.setAttribute('stroke', '#fff');
      shape.setAttribute('class', 'tl-dot');
      // Visible focus indicator for keyboard users (no stylesheet is assumed).
      a.addEventListener('focus', function () { shape.setAttribute('stroke', '#000'); shape.setAttribute('stroke-width', '2'); });
      a.addEventListener('blur', function () { shape.setAttribute('stroke', '#fff'); shape.setAttribute('stroke-width', '1'); });
    });

    var anchor = null;
    for (var c = figure.firstElementChild; c; c = c.nextElementSibling) {
      if (!c.classList.contains('chart-data')) { anchor = c; break; }
    }
    figure.insertBefore(svg, anchor);
  }

  function init() {
    var figs = document.querySelectorAll('figure.chart[data-chart="timeline"]');
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
