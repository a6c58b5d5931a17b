// Draws the Parallax report's charts with uPlot from the JSON in <script id="chart-data">, and pages
// the trade list. Plain JavaScript, no framework; everything it needs is inline in the page.
(function () {
  'use strict';
  var started = performance.now();
  var data = JSON.parse(document.getElementById('chart-data').textContent);

  function fmt(kind, v) {
    if (v == null || isNaN(v)) return 'n/a';
    var s;
    if (kind === 'pct') s = (v * 100).toFixed(2) + '%';
    else if (kind === 'money') s = v.toLocaleString('en-US', {minimumFractionDigits: 2, maximumFractionDigits: 2});
    else if (kind === 'bps') s = v.toFixed(1) + ' bps';
    else if (kind === 'int') s = Math.round(v).toString();
    else s = v.toFixed(2);
    return /^-[0.,%a-z ]*$/.test(s) ? s.substring(1) : s;   // never print -0.00
  }

  // an axis's tick labels: money without cents once the steps are whole
  function ticks(kind, splits) {
    var whole = kind === 'money' && splits.every(function (v) { return Math.abs(v) >= 1000 || v === 0; });
    return splits.map(function (v) { return whole ? fmt('int', v).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : fmt(kind, v); });
  }

  // room for the widest tick label
  function axisSize(u, values) {
    var longest = (values || []).reduce(function (n, v) { return Math.max(n, String(v).length); }, 4);
    return 24 + longest * 7;
  }

  function dayText(sec) {
    return new Date(sec * 1000).toISOString().substring(0, 16).replace('T', ' ');
  }

  // vertical and horizontal marker lines with labels, drawn over the series
  function markers(c) {
    return function (u) {
      var ctx = u.ctx;
      ctx.save();
      ctx.font = 'bold ' + Math.round(11 * devicePixelRatio) + 'px sans-serif';
      (c.hlines || []).forEach(function (m) {
        var y = u.valToPos(m.y, m.scale || 'y', true);
        if (y < u.bbox.top || y > u.bbox.top + u.bbox.height) return;
        ctx.strokeStyle = m.color; ctx.fillStyle = m.color; ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash([6 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.beginPath(); ctx.moveTo(u.bbox.left, y); ctx.lineTo(u.bbox.left + u.bbox.width, y); ctx.stroke();
        ctx.fillText(m.label, u.bbox.left + u.bbox.width - ctx.measureText(m.label).width - 4 * devicePixelRatio,
            y - 3 * devicePixelRatio);
      });
      (c.vlines || []).forEach(function (m, k) {
        var x = u.valToPos(m.x, 'x', true);
        if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
        ctx.strokeStyle = m.color; ctx.fillStyle = m.color; ctx.lineWidth = 2 * devicePixelRatio;
        ctx.setLineDash(m.solid ? [] : [6 * devicePixelRatio, 4 * devicePixelRatio]);
        ctx.beginPath(); ctx.moveTo(x, u.bbox.top); ctx.lineTo(x, u.bbox.top + u.bbox.height); ctx.stroke();
        var wide = ctx.measureText(m.label).width + 4 * devicePixelRatio;
        var lx = x + wide > u.bbox.left + u.bbox.width ? x - wide : x + 4 * devicePixelRatio;
        ctx.fillText(m.label, lx, u.bbox.top + (14 + 14 * k) * devicePixelRatio);
      });
      ctx.restore();
    };
  }

  function options(c, width) {
    var bars = c.kind === 'bars';
    var xVal = c.time ? function (u, v) { return v == null ? '' : dayText(v); }
        : c.labels ? function (u, v) { return v == null ? '' : (c.labels[Math.round(v)] || ''); }
        : function (u, v) { return fmt(c.xFormat, v); };
    var series = [{label: c.xLabel, value: xVal}];
    c.series.forEach(function (s) {
      var o = {label: s.label, stroke: s.color, width: 1.5, scale: s.scale || 'y',
               value: function (u, v) { return fmt(s.format, v); }, points: {show: false}};
      if (s.fill) o.fill = s.fill;
      if (bars) {
        o.paths = uPlot.paths.bars({size: [c.align ? 0.98 : 0.8, 60], align: c.align || 0});
        o.fill = s.color;
        o.width = 0;
        if (s.colors) {
          o.fill = function () { return s.color; };
          o.paths = uPlot.paths.bars({size: [0.8, 60], align: c.align || 0, disp: {fill: {unit: 3, values: function () {
            return s.colors; }}}});
        }
      }
      series.push(o);
    });
    var axes = [{label: c.xLabel, space: 90}];
    if (c.labels) {
      axes[0].splits = function () { return c.labels.map(function (l, i) { return i; }); };
      axes[0].values = function (u, splits) { return splits.map(function (v) { return c.labels[v] || ''; }); };
      axes[0].rotate = c.labels.length > 12 ? -45 : 0;
      axes[0].size = c.labels.length > 12 ? 70 : 40;
    } else if (!c.time) {
      axes[0].values = function (u, splits) { return splits.map(function (v) { return fmt(c.xFormat, v); }); };
    }
    axes.push({label: c.yLabel, size: axisSize, values: function (u, splits) { return ticks(c.yFormat, splits); }});
    var scales = {x: {time: !!c.time}};
    if (c.labels) {
      scales.x.range = function () { return [-0.5, c.labels.length - 0.5]; };
    } else if (c.xRange) {
      scales.x.range = function () { return c.xRange; };
    }
    if (c.y2Label) {
      axes.push({label: c.y2Label, scale: 'y2', side: 1, size: axisSize, grid: {show: false},
                 values: function (u, splits) { return ticks(c.y2Format, splits); }});
      scales.y2 = {};
    }
    if (c.yRange) {
      scales.y = {range: function (u, min, max) {
        return [Math.min(min, c.yRange[0]), Math.max(max, c.yRange[1])]; }};
    }
    return {title: c.title, width: width, tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1e3), 'Etc/UTC'); }, height: c.height, series: series, axes: axes, scales: scales,
            cursor: {drag: {x: true, y: false}, focus: {prox: 30}}, legend: {live: true},
            hooks: {draw: [markers(c)]}};
  }

  var charts = [];
  data.charts.forEach(function (c) {
    var el = document.getElementById(c.id);
    var width = Math.max(320, Math.min(1100, el.clientWidth || 1100));
    var columns = [c.x].concat(c.series.map(function (s) { return s.values; }));
    charts.push(new uPlot(options(c, width), columns, el));
  });
  window.parallaxCharts = charts;

  // the trade list, paged
  var trades = data.trades;
  var table = document.getElementById('trades');
  if (table && trades) {
    var size = 25;
    var page = 0;
    var pages = Math.max(1, Math.ceil(trades.rows.length / size));
    var body = table.querySelector('tbody');
    var info = document.getElementById('trades-page');
    var show = function () {
      var html = '';
      trades.rows.slice(page * size, page * size + size).forEach(function (r) {
        html += '<tr><td>' + r[0] + '</td><td>' + r[1] + '</td><td>' + r[2] + '</td><td>' + r[3] + '</td><td>'
            + r[4] + '</td><td>' + fmt('money', r[5]) + '</td><td>' + fmt('money', r[6]) + '</td><td>'
            + fmt('num', r[7]) + '</td><td>' + fmt('money', r[8]) + '</td><td class="'
            + (r[9] < 0 ? 'neg' : 'pos') + '">' + fmt('money', r[9]) + '</td><td>' + r[10] + '</td></tr>';
      });
      body.innerHTML = html;
      info.textContent = 'page ' + (page + 1) + ' of ' + pages;
    };
    document.getElementById('trades-prev').onclick = function () { if (page > 0) { page--; show(); } };
    document.getElementById('trades-next').onclick = function () { if (page < pages - 1) { page++; show(); } };
    show();
  }
  document.body.setAttribute('data-render-ms', (performance.now() - started).toFixed(1));
})();
