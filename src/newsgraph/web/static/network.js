/* newsgraph actor network chart: progressive enhancement of
 * <figure class="chart" data-chart="network"> with embedded {nodes, links} JSON.
 * The layout is computed up front (deterministic, static); nodes can be dragged. */
(function () {
  'use strict';

  var SVG_NS = 'http://www.w3.org/2000/svg';
  var HEIGHT = 420, PAD = 6, R_MIN = 5, R_MAX = 18, FONT = 11, CHAR_W = 6.2;
  var COLORS = { PERSON: '#2b6cb0', ORG: '#2f855a', GPE: '#c05621', LOC: '#805ad5',
                 NORP: '#b83280', FAC: '#975a16', EVENT: '#c53030' };

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    for (var k in attrs) {
      if (Object.prototype.hasOwnProperty.call(attrs, k)) node.setAttribute(k, attrs[k]);
    }
    if (parent) parent.appendChild(node);
    return node;
  }

  function num(v, dflt) { v = Number(v); return isFinite(v) && v > 0 ? v : dflt; }
  function clamp(v, lo, hi) { return v < lo ? lo : v > hi ? hi : v; }
  function safeHref(h) {
    return typeof h === 'string' && h && !/^\s*(javascript|data|vbscript):/i.test(h) ? h : null;
  }

  // Velocity-Verlet style simulation (like d3-force, much simplified): O(n^2) repulsion,
  // link springs, gentle gravity, collision; alpha cools so the result settles.
  function simulate(nodes, links, W, H) {
    var n = nodes.length, cx = W / 2, cy = H / 2;
    var spacing = Math.min(Math.sqrt(W * H / Math.max(n, 1)), 130);  // small graphs stay compact
    var linkLen = clamp(spacing * 0.6, 40, 110), charge = -spacing * spacing * 0.12;
    var iters = n > 400 ? 80 : 300, alpha = 1, decay = 1 - Math.pow(0.001, 1 / iters);
    var degree = nodes.map(function () { return 0; });
    links.forEach(function (l) { degree[l.s]++; degree[l.t]++; });
    // Deterministic start: phyllotaxis spiral by index (no randomness, no symmetry lock).
    nodes.forEach(function (d, i) {
      var rad = 12 * Math.sqrt(i + 0.5), ang = i * Math.PI * (3 - Math.sqrt(5));
      d.x = d.fixed ? cx : cx + rad * Math.cos(ang);
      d.y = d.fixed ? cy : cy + rad * Math.sin(ang);
      d.vx = d.vy = 0;
    });
    for (var it = 0; it < iters; it++) {
      var i, j, a, b, dx, dy, l2, f;
      for (i = 0; i < n; i++) {
        a = nodes[i];
        for (j = i + 1; j < n; j++) {
          b = nodes[j]; dx = b.x - a.x; dy = b.y - a.y;
          l2 = Math.max(dx * dx + dy * dy, 1);
          f = charge * alpha / l2;
          a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
        }
      }
      links.forEach(function (l) {
        var s = nodes[l.s], t = nodes[l.t];
        var ddx = t.x + t.vx - s.x - s.vx, ddy = t.y + t.vy - s.y - s.vy;
        var len = Math.sqrt(ddx * ddx + ddy * ddy) || 1;
        var k = (len - linkLen) / len * alpha / Math.min(degree[l.s], degree[l.t]) * 0.5;
        var bias = degree[l.s] / (degree[l.s] + degree[l.t]);
        t.vx -= ddx * k * bias; t.vy -= ddy * k * bias;
        s.vx += ddx * k * (1 - bias); s.vy += ddy * k * (1 - bias);
      });
      for (i = 0; i < n; i++) {
        a = nodes[i];
        // Stronger vertical pull because the canvas is wider than tall.
        a.vx += (cx - a.x) * 0.02 * alpha; a.vy += (cy - a.y) * 0.05 * alpha;
        a.x += (a.vx *= 0.6); a.y += (a.vy *= 0.6);
      }
      // Collision: push overlapping circles apart (with room for a label line).
      for (i = 0; i < n; i++) {
        for (j = i + 1; j < n; j++) {
          a = nodes[i]; b = nodes[j]; dx = b.x - a.x; dy = b.y - a.y;
          var min = a.r + b.r + 10, d = Math.sqrt(dx * dx + dy * dy);
          if (d < min) {
            if (d < 1e-6) { dx = 1; dy = 0; d = 1; }
            f = (min - d) / d * 0.5;
            if (!a.fixed) { a.x -= dx * f; a.y -= dy * f; }
            if (!b.fixed) { b.x += dx * f; b.y += dy * f; }
          }
        }
      }
      nodes.forEach(function (d) { if (d.fixed) { d.x = cx; d.y = cy; d.vx = d.vy = 0; } });
      alpha -= alpha * decay;
    }
    fit(nodes, W, H);
  }

  // The simulation runs unbounded (walls would pile nodes along the edges); afterwards
  // scale each axis around the centre so everything fits (shrink only, never stretch).
  function fit(nodes, W, H) {
    var cx = W / 2, cy = H / 2, sx = 1, sy = 1;
    nodes.forEach(function (d) {
      var ex = Math.abs(d.x - cx), ey = Math.abs(d.y - cy);
      if (ex > 0.5) sx = Math.min(sx, Math.max(cx - d.r - PAD, 0) / ex);
      if (ey > 0.5) sy = Math.min(sy, Math.max(cy - d.r - PAD, 0) / ey);
    });
    nodes.forEach(function (d) {
      d.x = clamp(cx + (d.x - cx) * sx, d.r + PAD, W - d.r - PAD);
      d.y = clamp(cy + (d.y - cy) * sy, d.r + PAD, H - d.r - PAD);
    });
  }

  // Greedy label placement: important nodes first; try right, left, below, above;
  // a label that fits nowhere is hidden and only shown on hover/focus.
  function placeLabels(nodes, W, H) {
    var boxes = nodes.map(function (d) { return [d.x - d.r, d.y - d.r, d.x + d.r, d.y + d.r]; });
    var order = nodes.slice().sort(function (p, q) { return (q.fixed - p.fixed) || (q.w - p.w); });
    order.forEach(function (d) {
      var w = d.short.length * CHAR_W, r = d.r, best = null;
      var cands = [[r + 3, 4, 'start'], [-r - 3, 4, 'end'], [0, r + FONT + 1, 'middle'], [0, -r - 4, 'middle']];
      for (var c = 0; c < cands.length && !best; c++) {
        var ox = cands[c][0], oy = cands[c][1], anc = cands[c][2];
        var x0 = d.x + ox - (anc === 'end' ? w : anc === 'middle' ? w / 2 : 0), y0 = d.y + oy - FONT + 2;
        var box = [x0, y0, x0 + w, y0 + FONT];
        if (box[0] < 0 || box[2] > W || box[1] < 0 || box[3] > H) continue;
        var hit = boxes.some(function (o, k) {
          return o !== boxes[d.i] && box[0] < o[2] && box[2] > o[0] && box[1] < o[3] && box[3] > o[1];
        });
        if (!hit) { best = cands[c]; boxes.push(box); }
      }
      d.label = best;
      var t = d.text;
      t.setAttribute('visibility', best ? 'visible' : 'hidden');
      best = best || cands[0];
      t.setAttribute('x', best[0]); t.setAttribute('y', best[1]); t.setAttribute('text-anchor', best[2]);
    });
  }

  function draw(figure, data) {
    var raw = data && Array.isArray(data.nodes) ? data.nodes : [];
    var nodes = [], byId = Object.create(null);
    raw.forEach(function (d) {
      if (!d || d.id === undefined || d.id === null || String(d.id) in byId) return;
      byId[d.id] = nodes.length;
      var name = String(d.name || d.id);
      nodes.push({ i: nodes.length, src: d, w: num(d.weight, 1), fixed: d.center === true,
                   name: name, short: name.length > 24 ? name.slice(0, 22) + '\u2026' : name,
                   type: String(d.type || 'OTHER').replace(/[^A-Za-z0-9_-]/g, '') || 'OTHER' });
    });
    if (!nodes.length) return;
    // Only the first center node is pinned; unknown ids and self-links are ignored.
    var pinned = false;
    nodes.forEach(function (d) { if (d.fixed && pinned) d.fixed = false; pinned = pinned || d.fixed; });
    var links = [];
    (data && Array.isArray(data.links) ? data.links : []).forEach(function (l) {
      if (!l || !(String(l.source) in byId) || !(String(l.target) in byId)) return;
      var s = byId[l.source], t = byId[l.target];
      if (s !== t) links.push({ s: s, t: t, w: num(l.weight, 1) });
    });

    var W = Math.max(320, Math.round(figure.getBoundingClientRect().width) || 800), H = HEIGHT;
    var maxW = Math.max.apply(null, nodes.map(function (d) { return d.w; }));
    var maxL = Math.max.apply(null, links.map(function (l) { return l.w; }).concat([1]));
    nodes.forEach(function (d) { d.r = R_MIN + (R_MAX - R_MIN) * Math.sqrt(d.w / maxW); });
    simulate(nodes, links, W, H);

    var svg = el('svg', { viewBox: '0 0 ' + W + ' ' + H, width: '100%', 'class': 'nw-svg',
                          role: 'group', 'aria-label': 'Actor network' });
    var gl = el('g', { 'class': 'nw-links', stroke: '#999', 'stroke-opacity': '0.6' }, svg);
    var gn = el('g', { 'class': 'nw-nodes', 'font-size': FONT }, svg);
    nodes.forEach(function (d) { d.lines = []; });
    links.forEach(function (l) {
      l.el = el('line', { 'class': 'nw-link', 'stroke-width': (1 + 4 * Math.sqrt(l.w / maxL)).toFixed(2) }, gl);
      nodes[l.s].lines.push(l); nodes[l.t].lines.push(l);
    });
    function placeLink(l) {
      var s = nodes[l.s], t = nodes[l.t];
      l.el.setAttribute('x1', s.x.toFixed(1)); l.el.setAttribute('y1', s.y.toFixed(1));
      l.el.setAttribute('x2', t.x.toFixed(1)); l.el.setAttribute('y2', t.y.toFixed(1));
    }
    function placeNode(d) { d.g.setAttribute('transform', 'translate(' + d.x.toFixed(1) + ',' + d.y.toFixed(1) + ')'); }
    links.forEach(placeLink);

    nodes.forEach(function (d) {
      var href = safeHref(d.src.href);
      var g = d.g = el(href ? 'a' : 'g', { 'class': 'nw-node nw-' + d.type + (d.fixed ? ' nw-center' : ''),
                                          'data-i': d.i }, gn);
      if (href) g.setAttribute('href', href);
      el('title', {}, g).textContent = d.name + ' (' + d.type + ', weight ' + d.w + ')';
      var circle = el('circle', { r: d.r.toFixed(1), fill: COLORS[d.type] || '#718096',
                                  stroke: d.fixed ? '#1a202c' : '#fff', 'stroke-width': d.fixed ? 3 : 1.5 }, g);
      // White halo keeps labels legible where they cross links.
      d.text = el('text', { fill: '#1a202c', stroke: '#fff', 'stroke-width': 3, 'paint-order': 'stroke',
                            'font-weight': d.fixed ? 'bold' : 'normal' }, g);
      d.text.textContent = d.short;
      g.style.touchAction = 'none';  // let touch drags move the node instead of scrolling
      g.style.cursor = 'grab';
      function show() { d.text.setAttribute('visibility', 'visible'); circle.setAttribute('stroke', '#000'); }
      function hide() {
        if (!d.label) d.text.setAttribute('visibility', 'hidden');
        circle.setAttribute('stroke', d.fixed ? '#1a202c' : '#fff');
      }
      g.addEventListener('pointerenter', show); g.addEventListener('focus', show);
      g.addEventListener('pointerleave', hide); g.addEventListener('blur', hide);
      placeNode(d);
    });
    placeLabels(nodes, W, H);

    // Dragging: only after the pointer moved a few pixels, so a plain click still navigates.
    var drag = null, justDragged = false;
    svg.addEventListener('pointerdown', function (e) {
      justDragged = false;
      var g = e.button === 0 && e.target.closest ? e.target.closest('.nw-node') : null;
      if (!g) return;
      drag = { d: nodes[+g.getAttribute('data-i')], id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
    });
    svg.addEventListener('pointermove', function (e) {
      if (!drag || e.pointerId !== drag.id) return;
      if (!drag.moved) {
        if (Math.abs(e.clientX - drag.x) + Math.abs(e.clientY - drag.y) < 4) return;
        drag.moved = true;
        svg.setPointerCapture(e.pointerId);
      }
      var m = svg.getScreenCTM();
      if (!m) return;
      var p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse()), d = drag.d;
      d.x = clamp(p.x, d.r + PAD, W - d.r - PAD); d.y = clamp(p.y, d.r + PAD, H - d.r - PAD);
      placeNode(d); d.lines.forEach(placeLink);
      e.preventDefault();
    });
    function end(e) {
      if (!drag || e.pointerId !== drag.id) return;
      if (drag.moved) {
        justDragged = true;
        if (svg.hasPointerCapture(e.pointerId)) svg.releasePointerCapture(e.pointerId);
        placeLabels(nodes, W, H);
      }
      drag = null;
    }
    svg.addEventListener('pointerup', end);
    svg.addEventListener('pointercancel', end);
    // Swallow the click that ends a drag; keyboard clicks (detail 0) always pass.
    svg.addEventListener('click', function (e) {
      if (justDragged && e.detail > 0) { e.preventDefault(); e.stopPropagation(); }
      justDragged = false;
    }, true);
    svg.addEventListener('dragstart', function (e) { e.preventDefault(); });

    var anchor = null;
    for (var c = figure.firstElementChild; c; c = c.nextElementSibling) {
      if (!c.classList.contains('chart-data')) { anchor = c; break; }
    }
    figure.insertBefore(svg, anchor);
  }

  function init() {
    var figs = document.querySelectorAll('figure.chart[data-chart="network"]');
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
