/* kg report: the page's app. A classic script (no modules, no fetch: both
   are blocked from file://), run once after the data and the drawing
   library. docs/report.md describes the page and its window.kg API. */
(function () {
  'use strict';

  var D = JSON.parse(document.getElementById('kg-data').textContent);
  var I18N = window.KG_I18N;
  var started = performance.now();

  // ---------------------------------------------------------------- indexes
  function index(list, key) {
    var m = Object.create(null);
    list.forEach(function (x) { m[x[key || 'id']] = x; });
    return m;
  }
  var actorBy = index(D.actors), typeBy = index(D.types), eraBy = index(D.eras), docBy = index(D.documents);
  var claimBy = index(D.claims, 'key');
  var modalityRank = {}; D.modalities.forEach(function (m, i) { modalityRank[m] = i + 1; });
  var confRank = {}; D.confidences.forEach(function (c, i) { confRank[c] = i + 1; });
  var SIGNS = ['+', '-', '0'];
  var METRICS = ['degree', 'positive_degree', 'negative_degree', 'betweenness', 'closeness', 'harmonic', 'eigenvector', 'pagerank'];

  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }
  function uniq(xs) { return xs.filter(function (x, i) { return xs.indexOf(x) === i; }); }
  function pairKey(a, b) { return a < b ? a + '\u0000' + b : b + '\u0000' + a; }

  // ------------------------------------------------------------------ dates
  // Partial ISO dates as yyyymmdd numbers: the first and last day they cover.
  function daysIn(y, m) {
    if (m === 2) return (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 29 : 28;
    return [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31;
  }
  function dfirst(s) {
    if (!s) return 0;
    var p = s.split('-');
    return +p[0] * 10000 + (p[1] ? +p[1] : 1) * 100 + (p[2] ? +p[2] : 1);
  }
  function dlast(s) {
    if (!s) return 99999999;
    var p = s.split('-'), y = +p[0], m = p[1] ? +p[1] : 12;
    return y * 10000 + m * 100 + (p[2] ? +p[2] : daysIn(y, m));
  }
  function bounds(iv) { return [dfirst(iv.start), dlast(iv.end)]; }
  function overlaps(a, b) { return a[0] <= b[1] && b[0] <= a[1]; }
  D.claims.forEach(function (c) { c._t = bounds(c.time); });
  D.eras.forEach(function (e) { e._t = bounds(e.period); });
  function fmtPeriod(p) { return (p.start || '…') + ' – ' + (p.end || '…'); }

  // ---------------------------------------------------------------- filters
  // A view in the CLI's names. normalizeFilters checks the values as the
  // CLI's view flags do and throws on an unknown one.
  function list(v) {
    if (v === undefined || v === null || v === '') return [];
    return (Array.isArray(v) ? v : String(v).split(',')).map(function (x) { return String(x).trim(); }).filter(Boolean);
  }
  function unknown(what, v, known) {
    var e = new Error('unknown ' + what + ' ' + JSON.stringify(v) + (known.length ? ' (want ' + known.join(', ') + ')' : ''));
    e.kgUsage = true;
    return e;
  }
  function normalizeFilters(f) {
    f = f || {};
    var out = {doc: list(f.doc), era: f.era || '', at: f.at ? String(f.at) : '', type: list(f.type), category: list(f.category),
      sign: list(f.sign), modality: null, minConfidence: f.minConfidence || 'low'};
    out.doc.forEach(function (d) { if (!docBy[d]) throw unknown('document', d, Object.keys(docBy)); });
    if (out.era && !eraBy[out.era]) throw unknown('era', out.era, Object.keys(eraBy));
    if (out.at && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(out.at)) throw new Error('invalid date ' + JSON.stringify(out.at) + ' (want YYYY, YYYY-MM or YYYY-MM-DD)');
    out.type.forEach(function (t) { if (!typeBy[t]) throw unknown('relation type', t, Object.keys(typeBy)); });
    out.category.forEach(function (c) { if (D.categories.indexOf(c) < 0) throw unknown('category', c, D.categories); });
    out.sign.forEach(function (s) { if (SIGNS.indexOf(s) < 0) throw unknown('sign', s, SIGNS); });
    if (!confRank[out.minConfidence]) throw unknown('confidence', out.minConfidence, D.confidences);
    var m = f.modality === undefined || f.modality === null ? ['asserted'] : f.modality;
    if (m === 'all' || (Array.isArray(m) && m.length === 1 && m[0] === 'all')) out.modality = 'all';
    else {
      out.modality = list(m);
      if (!out.modality.length) out.modality = ['asserted'];
      out.modality.forEach(function (x) { if (!modalityRank[x]) throw unknown('modality', x, D.modalities); });
    }
    out.doc.sort(cmp); out.type.sort(cmp); out.category.sort(cmp); out.sign.sort(cmp);
    if (out.modality !== 'all') out.modality.sort(function (a, b) { return modalityRank[a] - modalityRank[b]; });
    return out;
  }
  function sameFilters(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

  // select is graph.KB.Select: the claims of a view, in key order.
  function select(F) {
    var eraT = F.era ? eraBy[F.era]._t : null, atT = F.at ? [dfirst(F.at), dlast(F.at)] : null;
    var minC = confRank[F.minConfidence] || 1, out = [];
    for (var i = 0; i < D.claims.length; i++) {
      var c = D.claims[i], t = typeBy[c.type];
      if (!t) continue;
      if (F.doc.length && F.doc.indexOf(c.document) < 0) continue;
      if (F.type.length && F.type.indexOf(c.type) < 0) continue;
      if (F.category.length && F.category.indexOf(t.category) < 0) continue;
      if (F.sign.length && F.sign.indexOf(c.sign) < 0) continue;
      if (F.modality !== 'all' && F.modality.indexOf(c.modality) < 0) continue;
      if (confRank[c.confidence] < minC) continue;
      if (eraT && c.era !== F.era && !overlaps(c._t, eraT)) continue;
      if (atT && !overlaps(c._t, atT)) continue;
      out.push(c);
    }
    return out;
  }

  var CONF_FACTOR = {high: 1, medium: 0.6, low: 0.3};
  function strength(claims) {
    if (claims.length === 1) return claims[0].weight * CONF_FACTOR[claims[0].confidence];
    var best = {};
    claims.forEach(function (c) { best[c.document] = Math.max(best[c.document] || 0, c.weight * CONF_FACTOR[c.confidence]); });
    var s = 0;
    Object.keys(best).sort(cmp).forEach(function (d) { s += best[d]; });
    return s;
  }
  // kg orders a pair's ties of one type and modality positive, neutral,
  // negative (graph.compareTies)
  var signRank = {'+': 0, '0': 1, '-': 2};
  function tieKey(s, t, type, modality, sign) { return s + '\u0000' + t + '\u0000' + type + '\u0000' + modality + '\u0000' + sign; }
  function counts(t) { return t.modality !== 'negated'; }

  // network is graph.KB.Network: claims merged into ties (pair, type,
  // modality, sign; undirected types with source < target), the actors of
  // the ties, and contested pairs.
  function network(claims) {
    var by = Object.create(null), ties = [];
    claims.forEach(function (c) {
      var typ = typeBy[c.type], s = c.source, t = c.target;
      if (!typ.directed && t < s) { var x = s; s = t; t = x; }
      var k = tieKey(s, t, c.type, c.modality, c.sign);
      var tie = by[k];
      if (!tie) {
        tie = by[k] = {key: k, source: s, target: t, type: c.type, modality: c.modality, sign: c.sign, directed: typ.directed, claims: [], contested: false};
        ties.push(tie);
      }
      tie.claims.push(c);
    });
    var actors = Object.create(null), signs = Object.create(null);
    ties.forEach(function (t) {
      t.claims.sort(function (a, b) { return cmp(a.key, b.key); });
      t.strength = strength(t.claims);
      actors[t.source] = actors[t.target] = true;
      if (t.sign !== '0' && counts(t)) {
        var p = pairKey(t.source, t.target);
        (signs[p] = signs[p] || {})[t.sign] = true;
      }
    });
    // contested pairs: only the pairs with both signs are checked, each on
    // its own ties
    var byPair = Object.create(null);
    ties.forEach(function (t) {
      var p = pairKey(t.source, t.target), s = signs[p];
      if (s && s['+'] && s['-']) (byPair[p] = byPair[p] || []).push(t);
    });
    Object.keys(byPair).forEach(function (p) {
      var c = isContested(byPair[p]);
      byPair[p].forEach(function (t) { t.contested = c; });
    });
    ties.sort(function (a, b) {
      return cmp(a.source, b.source) || cmp(a.target, b.target) || cmp(a.type, b.type) ||
        (modalityRank[a.modality] - modalityRank[b.modality]) || (signRank[a.sign] - signRank[b.sign]);
    });
    var ids = Object.keys(actors).sort(cmp);
    var idx = Object.create(null);
    ids.forEach(function (id, i) { idx[id] = i; });
    return {actors: ids, index: idx, ties: ties, claims: claims};
  }
  function isContested(ties) {
    var pos = [], neg = [];
    ties.forEach(function (t) {
      if (!counts(t)) return;
      if (t.sign === '+') pos = pos.concat(t.claims);
      if (t.sign === '-') neg = neg.concat(t.claims);
    });
    for (var i = 0; i < pos.length; i++) for (var j = 0; j < neg.length; j++)
      if (pos[i].document !== neg[j].document && overlaps(pos[i]._t, neg[j]._t)) return true;
    return false;
  }

  // ---------------------------------------------------------------- metrics
  // As kg metrics computes them by default (graph/metrics, NetworkX's
  // conventions): degree over all ties that count; betweenness, closeness,
  // harmonic, eigenvector and PageRank on the undirected simple graph of
  // positive ties, unweighted, every actor of the view a node.
  function adjacency(net, sel) {
    var n = net.actors.length, adj = [], seen = [];
    for (var i = 0; i < n; i++) { adj.push([]); seen.push(Object.create(null)); }
    net.ties.forEach(function (t) {
      if (!sel(t)) return;
      var a = net.index[t.source], b = net.index[t.target];
      if (a === b || seen[a][b]) return;
      seen[a][b] = seen[b][a] = true;
      adj[a].push(b); adj[b].push(a);
    });
    adj.forEach(function (l) { l.sort(function (x, y) { return x - y; }); });
    return adj;
  }
  function computeMetrics(net) {
    var n = net.actors.length;
    var all = adjacency(net, counts);
    var pos = adjacency(net, function (t) { return counts(t) && t.sign === '+'; });
    var neg = adjacency(net, function (t) { return counts(t) && t.sign === '-'; });
    var bc = new Float64Array(n), clo = new Float64Array(n), har = new Float64Array(n);
    var dist = new Int32Array(n), sigma = new Float64Array(n), delta = new Float64Array(n), order = new Int32Array(n);
    var compSize = componentSizes(pos);
    for (var s = 0; s < n; s++) {
      dist.fill(-1); sigma.fill(0); delta.fill(0);
      dist[s] = 0; sigma[s] = 1;
      var head = 0, tail = 0; order[tail++] = s;
      var sumd = 0;
      while (head < tail) {
        var v = order[head++], dv = dist[v] + 1, nb = pos[v];
        for (var k = 0; k < nb.length; k++) {
          var w = nb[k];
          if (dist[w] < 0) { dist[w] = dv; order[tail++] = w; }
          if (dist[w] === dv) sigma[w] += sigma[v];
        }
      }
      for (var q = 1; q < tail; q++) { sumd += dist[order[q]]; har[s] += 1 / dist[order[q]]; }
      var r = compSize[s];
      clo[s] = sumd > 0 && n > 1 ? ((r - 1) / sumd) * ((r - 1) / (n - 1)) : 0;
      for (var q2 = tail - 1; q2 > 0; q2--) {
        var x = order[q2], nx = pos[x];
        for (var k2 = 0; k2 < nx.length; k2++) {
          var u = nx[k2];
          if (dist[u] === dist[x] - 1) delta[u] += sigma[u] / sigma[x] * (1 + delta[x]);
        }
        bc[x] += delta[x];
      }
    }
    var scale = n > 2 ? 1 / ((n - 1) * (n - 2)) : 1;
    var eig = eigenvector(pos), pr = pagerank(pos);
    var out = [];
    for (var i = 0; i < n; i++) {
      out.push({id: net.actors[i], degree: all[i].length, positive_degree: pos[i].length, negative_degree: neg[i].length,
        betweenness: bc[i] * scale, closeness: clo[i], harmonic: har[i], eigenvector: eig[i], pagerank: pr[i]});
    }
    return out;
  }
  function componentSizes(adj) {
    var n = adj.length, comp = new Int32Array(n).fill(-1), sizes = [];
    for (var s = 0; s < n; s++) {
      if (comp[s] >= 0) continue;
      var stack = [s], c = sizes.length, size = 0;
      comp[s] = c;
      while (stack.length) {
        var v = stack.pop(); size++;
        adj[v].forEach(function (w) { if (comp[w] < 0) { comp[w] = c; stack.push(w); } });
      }
      sizes.push(size);
    }
    var out = new Int32Array(n);
    for (var i = 0; i < n; i++) out[i] = sizes[comp[i]];
    return out;
  }
  // The limit of x <- (A+I)x from the uniform vector, at unit norm.
  function eigenvector(adj) {
    var n = adj.length, x = new Float64Array(n).fill(n ? 1 / Math.sqrt(n) : 0), y = new Float64Array(n);
    for (var it = 0; it < 10000; it++) {
      var norm = 0;
      for (var v = 0; v < n; v++) {
        var s = x[v], nb = adj[v];
        for (var k = 0; k < nb.length; k++) s += x[nb[k]];
        y[v] = s; norm += s * s;
      }
      norm = Math.sqrt(norm) || 1;
      var moved = 0;
      for (var v2 = 0; v2 < n; v2++) { var z = y[v2] / norm; moved = Math.max(moved, Math.abs(z - x[v2])); x[v2] = z; }
      if (moved < 1e-13) break;
    }
    return Array.prototype.slice.call(x);
  }
  function pagerank(adj) {
    var n = adj.length, x = new Float64Array(n).fill(1 / n), y = new Float64Array(n), alpha = 0.85;
    for (var it = 0; it < 1000 && n; it++) {
      var dangling = 0;
      y.fill(0);
      for (var v = 0; v < n; v++) {
        var nb = adj[v];
        if (!nb.length) { dangling += x[v]; continue; }
        var share = alpha * x[v] / nb.length;
        for (var k = 0; k < nb.length; k++) y[nb[k]] += share;
      }
      var add = (alpha * dangling + (1 - alpha)) / n, moved = 0;
      for (var v2 = 0; v2 < n; v2++) { var z = y[v2] + add; moved += Math.abs(z - x[v2]); x[v2] = z; }
      if (moved < 1e-15 * n) break;
    }
    return Array.prototype.slice.call(x);
  }

  // ---------------------------------------------------------------- balance
  // graph.Network.Signed: one signed edge per pair, the sign of the net
  // strength of its positive and negative ties; then the triangle census.
  function signedPairs(net) {
    var by = Object.create(null), out = [];
    net.ties.forEach(function (t) {
      if (t.sign === '0' || !counts(t)) return;
      var p = pairKey(t.source, t.target);
      var e = by[p];
      if (!e) { e = by[p] = {a: t.source < t.target ? t.source : t.target, b: t.source < t.target ? t.target : t.source, net: 0, ties: []}; out.push(e); }
      e.net += (t.sign === '+' ? 1 : -1) * t.strength;
      e.ties.push(t);
    });
    return out.filter(function (e) { return e.net !== 0; }).map(function (e) { e.sign = e.net > 0 ? '+' : '-'; return e; });
  }
  function computeBalance(net) {
    var pairs = signedPairs(net), nb = Object.create(null), sign = Object.create(null);
    pairs.forEach(function (e) {
      (nb[e.a] = nb[e.a] || []).push(e.b); (nb[e.b] = nb[e.b] || []).push(e.a);
      sign[pairKey(e.a, e.b)] = e;
    });
    var census = {'+++': 0, '++-': 0, '+--': 0, '---': 0}, unbalanced = [];
    Object.keys(nb).sort(cmp).forEach(function (a) {
      var na = nb[a].filter(function (x) { return x > a; }).sort(cmp);
      for (var i = 0; i < na.length; i++) for (var j = i + 1; j < na.length; j++) {
        var b = na[i], c = na[j], bc = sign[pairKey(b, c)];
        if (!bc) continue;
        var es = [sign[pairKey(a, b)], sign[pairKey(a, c)], bc];
        var negs = es.filter(function (e) { return e.sign === '-'; }).length;
        var k = ['+++', '++-', '+--', '---'][negs];
        census[k]++;
        if (negs === 1 || negs === 3) unbalanced.push({actors: [a, b, c], signs: negs === 1 ? '++-' : '---', pairs: es});
      }
    });
    var total = census['+++'] + census['++-'] + census['+--'] + census['---'];
    return {pairs: pairs, triangles: census, unbalanced: unbalanced,
      strong: total ? (census['+++'] + census['+--']) / total : 1,
      weak: total ? (census['+++'] + census['+--'] + census['---']) / total : 1};
  }
  function precomputedBalance(F) {
    for (var i = 0; i < D.balance.length; i++) {
      if (sameFilters(normalizeFilters(D.balance[i].filters), F)) return D.balance[i];
    }
    return null;
  }

  // ------------------------------------------------------------ text, i18n
  var LANG = 'en';
  function tr(k) { var t = I18N[LANG] || I18N.en; return t[k] !== undefined ? t[k] : I18N.en[k]; }
  function trIn(group, k) { var g = tr(group) || {}; return g[k] || (I18N.en[group] || {})[k] || k; }
  function pick(m, fallbackId) {
    if (!m) return fallbackId || '';
    return m[LANG] || m.en || m[Object.keys(m).sort(cmp)[0]] || fallbackId || '';
  }
  function actorName(id) { var a = actorBy[id]; return a ? pick(a.names, id) : id; }
  function typeLabel(id) { var t = typeBy[id]; return t ? pick(t.label, id) : id; }
  function eraLabel(id) { var e = eraBy[id]; return e ? pick(e.label, id) : id; }
  function docTitle(id) { var d = docBy[id]; return d ? pick(d.title, id) : id; }
  var NUM = {fa: '۰۱۲۳۴۵۶۷۸۹', ar: '٠١٢٣٤٥٦٧٨٩'};
  function num(x) {
    var s = String(x);
    var digits = NUM[LANG];
    return digits ? s.replace(/[0-9]/g, function (d) { return digits[+d]; }) : s;
  }

  // Search keys: the folding extract.Normalize does (docs/extraction.md),
  // so a query in any spelling of Persian or Arabic finds the actor.
  var FOLD = {};
  function fold(to, from) { from.forEach(function (c) { FOLD[typeof c === 'number' ? String.fromCharCode(c) : c] = to; }); }
  fold('ی', ['ي', 'ى', 'ئ', 0x0620, 0x063D, 0x063E, 0x063F, 0x0678, 0x06CD, 0x06CE, 0x06D0, 0x06D1, 0x06D2, 0x06D3]);
  fold('ک', ['ك', 0x063B, 0x063C, 0x06AA]);
  fold('ه', ['ة', 'ۀ', 0x06C1, 0x06C2, 0x06C3, 'ھ', 'ە']);
  fold('ا', ['أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673, 0x0675]);
  fold('و', ['ؤ', 0x0676]);
  fold('', ['ـ', 0x061C, 0x0670, 0x200B, 0x200D, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xFEFF, 0x00AD, 0x034F,
    0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069]);
  (function () {
    var r;
    for (r = 0x0610; r <= 0x061A; r++) fold('', [r]);
    for (r = 0x064B; r <= 0x065F; r++) fold('', [r]);
    for (r = 0x06D6; r <= 0x06ED; r++) fold('', [r]);
    for (r = 0; r < 10; r++) fold(String(r), [0x0660 + r, 0x06F0 + r]);
  })();
  fold('.', [0x066B]); fold(',', [0x066C]); fold(' ', [0x200C]);
  fold("'", ['‘', '’', '‚', '‛']); fold('"', ['“', '”', '„', '‟']);
  function normalize(s) {
    s = String(s).replace(/[\uFB00-\uFB06\uFB50-\uFDFF\uFE70-\uFEFF]/g, function (c) { return c.normalize('NFKC'); });
    var out = '';
    for (var i = 0; i < s.length; i++) { var c = s[i]; out += c in FOLD ? FOLD[c] : c; }
    return out.toLowerCase().replace(/\s+/g, ' ').trim();
  }
  var searchKeys = D.actors.map(function (a) {
    var forms = [a.id];
    Object.keys(a.names).forEach(function (l) { forms.push(a.names[l]); });
    Object.keys(a.aliases).forEach(function (l) { forms = forms.concat(a.aliases[l]); });
    return {id: a.id, forms: uniq(forms.map(normalize))};
  });
  function search(q) {
    q = normalize(q);
    if (!q) return [];
    var hits = [];
    searchKeys.forEach(function (k) {
      var best = 99;
      k.forms.forEach(function (f) {
        var i = f.indexOf(q);
        if (i < 0) return;
        best = Math.min(best, f === q ? 0 : i === 0 ? 1 : (f[i - 1] === ' ' ? 2 : 3));
      });
      if (best < 99) hits.push([best, k.id]);
    });
    hits.sort(function (a, b) { return a[0] - b[0] || cmp(a[1], b[1]); });
    return hits.map(function (h) { return h[1]; });
  }

  // ----------------------------------------------------------------- state
  var S = {
    F: normalizeFilters(D.view), net: null, metrics: null, balance: null, panel: null,
    sizeBy: 'degree', tieLabels: false, blocs: false, tab: 'graph', sort: {key: 'degree', desc: true},
    compare: {a: '', b: ''}, playing: null
  };
  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) {
      var v = attrs[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'text') e.textContent = v;
      else if (k === 'on') Object.keys(v).forEach(function (ev) { e.addEventListener(ev, v[ev]); });
      else if (k === 'cls') e.className = v;
      else e.setAttribute(k, v === true ? '' : v);
    });
    (kids || []).forEach(function (c) { if (c !== null && c !== undefined) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); return e; }

  // ---------------------------------------------------------------- layout
  // Positions: kg's own (neato, inches, y up) where given, else fCoSE with
  // a seeded random source, so the same data always gives the same page.
  var P = Object.create(null);
  function seeded(seed, fn) {
    var saved = Math.random, s = seed >>> 0;
    Math.random = function () {
      s = (s + 0x6D2B79F5) >>> 0;
      var t = s;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    try { return fn(); } finally { Math.random = saved; }
  }
  function runLayout(cy, eles, fixed) {
    var constraints = [];
    if (fixed) eles.nodes().forEach(function (n) {
      if (fixed[n.id()]) constraints.push({nodeId: n.id(), position: {x: fixed[n.id()].x, y: fixed[n.id()].y}});
    });
    // past a few thousand ties fCoSE's force phase takes minutes; its
    // spectral phase alone ("draft") takes a second
    var big = eles.edges().length > 3000;
    seeded(1, function () {
      eles.layout({name: 'fcose', quality: big ? 'draft' : 'default', randomize: true, animate: false, fit: false,
        nodeDimensionsIncludeLabels: !big, packComponents: true, nodeRepulsion: 9000, idealEdgeLength: 90,
        edgeElasticity: 0.3, nodeSeparation: 90, numIter: 2500,
        fixedNodeConstraint: constraints.length ? constraints : undefined}).run();
    });
    // a layout of its own (nothing fixed) is scaled to kg's spacing
    var nodes = eles.nodes(), k = 1;
    if (!constraints.length) {
      var med = medianNearest(nodes.map(function (n) { var p = n.position(); return [p.x, p.y]; }));
      if (med > 0) k = 70 / med;
    }
    nodes.forEach(function (n) { var p = n.position(); P[n.id()] = {x: p.x * k, y: p.y * k}; if (k !== 1) n.position(P[n.id()]); });
  }

  // kg's positions are in inches for Graphviz's nodes, which hold their
  // labels; the page's nodes are small with labels below, so the plane is
  // scaled to put the median nearest neighbour about 70 pixels away.
  function positionScale(ids) {
    var pts = ids.map(function (id) { return D.positions[id]; });
    var med = medianNearest(pts);
    return med > 0 ? 70 / med : 72;
  }
  // medianNearest is the median distance from a point to its nearest
  // other point (a sample of 400 points beyond that many).
  function medianNearest(pts) {
    if (pts.length < 2) return 0;
    var step = Math.max(1, Math.floor(pts.length / 400)), nn = [];
    for (var i = 0; i < pts.length; i += step) {
      var best = Infinity;
      for (var j = 0; j < pts.length; j++) {
        if (i === j) continue;
        var dx = pts[i][0] - pts[j][0], dy = pts[i][1] - pts[j][1];
        best = Math.min(best, dx * dx + dy * dy);
      }
      nn.push(Math.sqrt(best));
    }
    nn.sort(function (x, y) { return x - y; });
    return nn[Math.floor(nn.length / 2)];
  }

  // ----------------------------------------------------------------- style
  var KIND_STYLE = {
    state: ['ellipse', '#cfe2f3'], 'armed-group': ['rectangle', '#f4cccc'], party: ['hexagon', '#fce5cd'],
    person: ['barrel', '#fff2cc'], organization: ['cut-rectangle', '#d9ead3'], bloc: ['octagon', '#d9d2e9'],
    region: ['tag', '#eeeeee'], other: ['ellipse', '#ffffff']
  };
  var SIGN_COLOR = {'+': '#1a7f37', '-': '#cf222e', '0': '#6e7781'};
  var FONT = '"DejaVu Sans", "Noto Sans Arabic", "Noto Naskh Arabic", Vazirmatn, Tahoma, sans-serif';
  function cyStyle() {
    return [
      {selector: 'node', style: {
        'shape': 'data(shape)', 'background-color': 'data(fill)', 'border-width': 1, 'border-color': '#57606a',
        'width': 'data(size)', 'height': 'data(size)', 'label': 'data(label)', 'font-family': FONT, 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 3, 'color': '#1f2328', 'text-background-color': '#ffffff',
        'text-background-opacity': 0.75, 'text-background-padding': 1, 'min-zoomed-font-size': 6}},
      {selector: 'node[kind = "bloc"]', style: {'border-style': 'double', 'border-width': 3}},
      {selector: 'node:parent', style: {'shape': 'round-rectangle', 'background-color': '#f6f8fa', 'background-opacity': 0.5,
        'border-style': 'dashed', 'border-color': '#8c959f', 'border-width': 1.5, 'label': 'data(label)', 'text-valign': 'top',
        'text-halign': 'center', 'font-size': 13, 'color': '#57606a', 'padding': 18}},
      {selector: 'edge', style: {
        'curve-style': 'data(curve)', 'line-color': 'data(color)', 'width': 'data(width)', 'line-style': 'data(line)',
        'target-arrow-shape': 'data(arrow)', 'target-arrow-color': 'data(color)', 'arrow-scale': 0.9,
        'label': 'data(label)', 'font-size': 10, 'font-family': FONT, 'color': 'data(color)',
        'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 1,
        'text-rotation': 'none', 'min-zoomed-font-size': 7, 'opacity': 0.85, 'control-point-step-size': 9}},
      {selector: 'edge[?contested]', style: {'line-outline-width': 1.5, 'line-outline-color': 'data(color)', 'line-color': '#ffffff'}},
      {selector: '.hidden', style: {'display': 'none'}},
      {selector: '.faded', style: {'opacity': 0.15}},
      {selector: 'node.hit', style: {'border-width': 4, 'border-color': '#0969da'}},
      {selector: 'edge.hit', style: {'underlay-color': '#0969da', 'underlay-padding': 4, 'underlay-opacity': 0.35, 'opacity': 1}},
      {selector: 'edge.frustrated', style: {'underlay-color': '#bf8700', 'underlay-padding': 5, 'underlay-opacity': 0.45, 'opacity': 1}},
      {selector: 'edge.added', style: {'underlay-color': '#1f6feb', 'underlay-padding': 3, 'underlay-opacity': 0.35, 'opacity': 1}},
      {selector: 'edge.removed', style: {'underlay-color': '#fb8f44', 'underlay-padding': 3, 'underlay-opacity': 0.4, 'opacity': 1}},
      {selector: 'edge.changed', style: {'underlay-color': '#8250df', 'underlay-padding': 6, 'underlay-opacity': 0.5, 'opacity': 1}},
      {selector: 'node.absent', style: {'opacity': 0.2}}
    ];
  }
  function edgeWidth(t, typ) {
    var w = 1.2 + Math.min(t.strength, 3) * 0.8;
    return typ.style === 'bold' ? w + 2.5 : w;
  }
  function edgeData(t) {
    var typ = typeBy[t.type];
    var label = t.claims.length > 1 ? num(t.claims.length) : '';
    if (S.tieLabels) {
      label = typeLabel(t.type) + (t.modality !== 'asserted' ? ' (' + trIn('modalityNames', t.modality) + ')' : '') + (t.claims.length > 1 ? ' ×' + num(t.claims.length) : '');
    }
    if (t.contested) label = '⚑' + (label ? ' ' + label : '');
    return {color: SIGN_COLOR[t.sign] || SIGN_COLOR['0'], width: edgeWidth(t, typ),
      line: t.modality !== 'asserted' ? 'dotted' : typ.style === 'dashed' ? 'dashed' : 'solid',
      arrow: typ.directed ? 'triangle' : 'none', label: label, contested: t.contested, count: t.claims.length};
  }

  // ------------------------------------------------------------ the graph
  var cy = null, allTies = null, edgeOf = Object.create(null);
  // Every tie any filter can show: the claims of all modalities merged by
  // the same key; the graph holds one edge for each, shown or hidden.
  function universe() {
    var net = network(D.claims.slice());
    return net;
  }
  function nodeData(id) {
    var a = actorBy[id], st = KIND_STYLE[a ? a.kind : 'other'] || KIND_STYLE.other;
    return {id: id, label: actorName(id), shape: st[0], fill: st[1], kind: a ? a.kind : 'other', size: 22};
  }
  var many = false; // a large graph: straight edges, fixed looks, a quick layout
  function buildGraph(container) {
    allTies = universe();
    many = allTies.ties.length > 3000;
    var elements = [];
    allTies.actors.forEach(function (id) { elements.push({group: 'nodes', data: nodeData(id)}); });
    allTies.ties.forEach(function (t, i) {
      var d = edgeData(t);
      d.id = 'e' + i; d.source = t.source; d.target = t.target; d.key = t.key;
      d.curve = many ? 'straight' : 'bezier';
      edgeOf[t.key] = d.id;
      elements.push({group: 'edges', data: d});
    });
    var known = allTies.actors.filter(function (id) { return D.positions[id]; });
    var k = positionScale(known);
    known.forEach(function (id) { var p = D.positions[id]; P[id] = {x: p[0] * k, y: -p[1] * k}; });
    cy = cytoscape({container: container, elements: elements, style: cyStyle(),
      minZoom: 0.05, maxZoom: 6, boxSelectionEnabled: false, textureOnViewport: many, hideEdgesOnViewport: many,
      pixelRatio: many ? 1 : 'auto',
      layout: {name: 'preset', positions: function (n) { return P[n.id()] || {x: 0, y: 0}; }, fit: false}});
    if (known.length < allTies.actors.length) {
      runLayout(cy, cy.elements(), known.length ? P : null);
    }
    cy.on('tap', 'edge', function (ev) { var t = tieByEdge(ev.target); if (t) openTie(t.source, t.target, t.key); });
    cy.on('tap', 'node', function (ev) { if (!ev.target.isParent()) openActor(ev.target.id()); });
    cy.on('mouseover', 'edge', function (ev) { hover(ev, describeEdge(ev.target)); });
    cy.on('mouseover', 'node', function (ev) { if (!ev.target.isParent()) hover(ev, actorName(ev.target.id()) + ' · ' + trIn('kinds', (actorBy[ev.target.id()] || {}).kind)); });
    cy.on('mouseout', function () { tip.style.display = 'none'; });
    cy.on('pan zoom', function () { tip.style.display = 'none'; });
  }
  var current = Object.create(null); // tie key -> tie of the current view
  function tieByEdge(e) { return current[e.data('key')]; }
  function describeEdge(e) {
    var t = tieByEdge(e);
    if (!t) return '';
    return actorName(t.source) + (t.directed ? ' → ' : ' — ') + actorName(t.target) + ': ' + typeLabel(t.type) +
      ' (' + t.sign + ', ' + num(t.claims.length) + ' ' + tr('claims') + ')' + (t.contested ? ' ⚑ ' + tr('contested') : '');
  }
  var tip;
  function hover(ev, text) {
    if (!text) return;
    tip.textContent = text;
    var r = ev.cy.container().getBoundingClientRect(), p = ev.renderedPosition;
    tip.style.left = (r.left + p.x + 12 + window.scrollX) + 'px';
    tip.style.top = (r.top + p.y + 12 + window.scrollY) + 'px';
    tip.style.display = 'block';
  }

  // apply computes the view of the filters and shows it.
  function apply(F) {
    S.F = F;
    S.net = network(select(F));
    S.metrics = null;
    S.balance = null;
    current = Object.create(null);
    S.net.ties.forEach(function (t) { current[t.key] = t; });
    if (cy) refreshGraph();
    renderCounts();
    if (S.tab === 'metrics') renderMetrics();
    if (S.tab === 'balance') renderBalance();
    if (S.tab === 'compare') renderCompare();
    if (S.panel) reopenPanel();
    syncControls();
    writeHash();
  }
  function metricsNow() {
    if (!S.metrics) S.metrics = computeMetrics(S.net);
    return S.metrics;
  }
  // refreshGraph shows the current view: only the elements whose
  // visibility or look changed are touched, so that a filter change
  // restyles a few elements rather than all.
  var shownEdge = Object.create(null), edgeSig = Object.create(null), shownNode = Object.create(null);
  function refreshGraph() {
    var shown = Object.create(null);
    S.net.actors.forEach(function (id) { shown[id] = true; });
    var sizes = sizeOf();
    var show = [], hide = [];
    cy.batch(function () {
      if (S.blocs) unsetBlocs();
      cy.edges('.frustrated, .hit').removeClass('frustrated hit');
      cy.nodes('.hit').removeClass('hit');
      cy.edges().forEach(function (e) {
        var k = e.data('key'), t = current[k];
        if (t) {
          // a large graph keeps each tie's look from the whole knowledge
          // base (restyling thousands of edges per change costs seconds);
          // the panel gives the view's counts
          if (!many || S.tieLabels) {
            var d = edgeData(t), sig = d.color + d.width + d.line + d.arrow + d.label + d.contested;
            if (edgeSig[k] !== sig) { e.data(d); edgeSig[k] = sig; }
          }
          if (!shownEdge[k]) { show.push(e); shownEdge[k] = true; }
        } else if (shownEdge[k] !== false) { hide.push(e); shownEdge[k] = false; }
      });
      cy.nodes().forEach(function (n) {
        if (n.isParent()) return;
        var id = n.id();
        if (shown[id]) {
          var size = sizes[id] || 22;
          if (n.data('size') !== size) n.data('size', size);
          if (!shownNode[id]) { show.push(n); shownNode[id] = true; }
        } else if (shownNode[id] !== false) { hide.push(n); shownNode[id] = false; }
      });
      cy.collection(show).removeClass('hidden');
      cy.collection(hide).addClass('hidden');
    });
    if (S.blocs) setBlocs();
  }
  function sizeOf() {
    var out = Object.create(null), ms = S.net.actors.length <= 2000 || S.sizeBy === 'degree' ? null : null;
    var values;
    if (S.sizeBy === 'degree') {
      var deg = adjacency(S.net, counts);
      values = S.net.actors.map(function (id, i) { return deg[i].length; });
    } else {
      ms = metricsNow();
      values = ms.map(function (m) { return m[S.sizeBy]; });
    }
    var mx = Math.max.apply(null, values.concat([0]));
    S.net.actors.forEach(function (id, i) { out[id] = 16 + 40 * (mx > 0 ? Math.sqrt(values[i] / mx) : 0); });
    return out;
  }
  function relabel() {
    if (!cy) return;
    cy.batch(function () {
      cy.nodes().forEach(function (n) { if (!n.isParent()) n.data('label', actorName(n.id())); });
      cy.edges().forEach(function (e) { var t = current[e.data('key')]; if (t) e.data(edgeData(t)); });
    });
    edgeSig = Object.create(null);
    if (S.blocs) { unsetBlocs(); setBlocs(); }
  }
  // fitNodes fits the view to the nodes' positions: like cy.fit, but
  // without measuring every label first, which costs most of a second on
  // the combined view.
  function fitNodes(c, nodes, pad) {
    if (!nodes.length) return;
    var x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    nodes.forEach(function (n) {
      var p = n.position(), r = (n.data('size') || 22) / 2 + 14;
      x1 = Math.min(x1, p.x - r); x2 = Math.max(x2, p.x + r); y1 = Math.min(y1, p.y - r); y2 = Math.max(y2, p.y + r + 14);
    });
    var w = c.width(), h = c.height();
    var z = Math.min((w - 2 * pad) / Math.max(x2 - x1, 1), (h - 2 * pad) / Math.max(y2 - y1, 1));
    z = Math.max(c.minZoom(), Math.min(z, 2));
    c.viewport({zoom: z, pan: {x: w / 2 - z * (x1 + x2) / 2, y: h / 2 - z * (y1 + y2) / 2}});
  }
  function relayout() {
    if (!cy) return;
    var eles = cy.elements(':visible');
    runLayout(cy, eles, null);
    fitNodes(cy, eles.nodes(), 30);
  }

  // Blocs: the two-bloc split kg balance found for this view, drawn as
  // compound nodes; the ties it contradicts get a halo.
  var savedPos = null;
  function setBlocs() {
    var b = precomputedBalance(S.F);
    if (!b) return;
    savedPos = {};
    cy.nodes().forEach(function (n) { if (!n.isParent()) savedPos[n.id()] = Object.assign({}, n.position()); });
    var blocs = b.report.frustration.blocs;
    cy.batch(function () {
      blocs.forEach(function (members, i) {
        var id = 'bloc:' + (i + 1);
        cy.add({group: 'nodes', data: {id: id, label: tr('bloc') + ' ' + num(i + 1), shape: 'round-rectangle', fill: '#f6f8fa', size: 10, kind: 'group'}});
        members.forEach(function (m) { var n = cy.getElementById(m); if (n.nonempty() && !n.hasClass('hidden')) n.move({parent: id}); });
      });
    });
    b.report.frustration.flips.forEach(function (f) {
      cy.edges(':visible').forEach(function (e) {
        var t = current[e.data('key')];
        if (t && pairKey(t.source, t.target) === pairKey(f.source, f.target)) e.addClass('frustrated');
      });
    });
    var eles = cy.elements(':visible');
    seeded(1, function () {
      eles.layout({name: 'fcose', quality: 'default', randomize: false, animate: false, fit: false,
        nodeDimensionsIncludeLabels: true, nodeRepulsion: 9000, idealEdgeLength: 90, nestingFactor: 0.1,
        gravityCompound: 1.5, gravityRangeCompound: 1.2, tilingPaddingVertical: 20, tilingPaddingHorizontal: 20}).run();
    });
    cy.fit(eles, 30);
  }
  function unsetBlocs() {
    cy.nodes().forEach(function (n) { if (!n.isParent() && n.parent().nonempty()) n.move({parent: null}); });
    cy.remove(cy.nodes().filter(function (n) { return n.id().indexOf('bloc:') === 0; }));
    if (savedPos) cy.nodes().forEach(function (n) { if (savedPos[n.id()]) n.position(savedPos[n.id()]); });
    savedPos = null;
    cy.edges().removeClass('frustrated');
  }

  // ---------------------------------------------------------------- panel
  function pairTies(net, a, b) {
    var p = pairKey(a, b);
    return net.ties.filter(function (t) { return pairKey(t.source, t.target) === p; });
  }
  function panelClaims(ties) {
    var out = [], seen = {};
    ties.forEach(function (t) { t.claims.forEach(function (c) { if (!seen[c.key]) { seen[c.key] = true; out.push(c); } }); });
    out.sort(function (a, b) { return cmp(a.key, b.key); });
    return out.map(function (c) {
      return {key: c.key, document: c.document, lines: c.evidence.map(function (e) { return e.lines; }), cue: c.evidence.map(function (e) { return e.cue; })};
    });
  }
  function openTie(source, target, focusKey, net) {
    net = net || S.net;
    if (!actorBy[source]) throw unknown('actor', source, []);
    if (!actorBy[target]) throw unknown('actor', target, []);
    var ties = pairTies(net, source, target);
    var a = source < target ? source : target, b = source < target ? target : source;
    S.panel = {kind: 'tie', id: a + '--' + b, a: a, b: b, focus: focusKey || null, net: net === S.net ? null : net, claims: panelClaims(ties)};
    renderPanel();
    highlight(ties.map(function (t) { return t.key; }), [a, b]);
    return publicPanel();
  }
  function openActor(id) {
    if (!actorBy[id]) throw unknown('actor', id, []);
    var ties = S.net.ties.filter(function (t) { return t.source === id || t.target === id; });
    S.panel = {kind: 'actor', id: id, claims: panelClaims(ties)};
    renderPanel();
    highlight(ties.map(function (t) { return t.key; }), [id]);
    if (cy) { var n = cy.getElementById(id); if (n.nonempty() && n.visible()) cy.animate({center: {eles: n}, duration: 0}); }
    return publicPanel();
  }
  function reopenPanel() {
    var p = S.panel;
    if (p.kind === 'tie') openTie(p.a, p.b, p.focus, p.net || undefined); else openActor(p.id);
  }
  function publicPanel() {
    if (!S.panel) return null;
    return {kind: S.panel.kind, id: S.panel.id, claims: S.panel.claims.map(function (c) { return {key: c.key, document: c.document, lines: c.lines.slice(), cue: c.cue.slice()}; })};
  }
  function highlight(keys, nodes) {
    if (!cy) return;
    cy.batch(function () {
      cy.elements().removeClass('hit');
      keys.forEach(function (k) { if (edgeOf[k]) cy.getElementById(edgeOf[k]).addClass('hit'); });
      nodes.forEach(function (id) { cy.getElementById(id).addClass('hit'); });
    });
  }
  var panelEl;
  function renderPanel() {
    clear(panelEl);
    var p = S.panel;
    if (!p) { panelEl.appendChild(el('p', {cls: 'hint', text: tr('hint')})); return; }
    panelEl.appendChild(el('button', {cls: 'close', text: '× ' + tr('close'), on: {click: function () { S.panel = null; highlight([], []); renderPanel(); writeHash(); }}}));
    if (p.kind === 'tie') renderTiePanel(p); else renderActorPanel(p);
    writeHash();
  }
  function claimBlock(c) {
    var box = el('div', {cls: 'claim', id: 'claim-' + c.key});
    var doc = docBy[c.document];
    box.appendChild(el('div', {cls: 'claim-doc'}, [el('span', {dir: 'auto', text: docTitle(c.document)}),
      el('span', {cls: 'muted', text: ' · ' + (doc ? doc.published : '')})]));
    box.appendChild(el('div', {cls: 'claim-key', dir: 'ltr', text: c.key}));
    // dates and line spans are isolated left to right: next to Persian or
    // Arabic words, the bidi algorithm would otherwise read "106-110" as
    // Arabic numbers and show "110-106"
    box.appendChild(el('div', {cls: 'claim-meta'}, [trIn('modalityNames', c.modality) + ' · ' + tr('confidence') + ': ' +
      trIn('confidenceNames', c.confidence) + ' · ' + tr('dates') + ': ', el('bdi', {dir: 'ltr', cls: 'period', text: fmtPeriod(c.time)}),
      c.era ? ' (' + eraLabel(c.era) + ')' : '']));
    var ev = el('ul', {cls: 'evidence'});
    c.evidence.forEach(function (e) {
      var li = el('li', null, [tr('lines') + ' ', el('bdi', {cls: 'lines', dir: 'ltr', text: e.lines}), ' ',
        el('q', {dir: 'auto', lang: doc ? doc.language : null, text: e.cue})]);
      var text = D.texts[c.document];
      if (text) {
        var pre = el('div', {cls: 'source-text', dir: 'auto', lang: doc ? doc.language : null});
        for (var l = e.start; l <= e.end; l++) if (text[l] !== undefined) pre.appendChild(el('div', null, [el('span', {cls: 'ln', dir: 'ltr', text: String(l)}), ' ', el('span', {text: text[l]})]));
        li.appendChild(pre);
      }
      ev.appendChild(li);
    });
    box.appendChild(ev);
    if (c.attributed_to) {
      // a reported view: whose it is, by the actor's name when it is one
      box.appendChild(el('div', {cls: 'attributed', dir: 'auto', text: '\u2190 ' + actorName(c.attributed_to)}));
    }
    if (c.note) box.appendChild(el('div', {cls: 'note', lang: 'en', dir: 'ltr', text: c.note}));
    return box;
  }
  function renderTiePanel(p) {
    var net = p.net || S.net, ties = pairTies(net, p.a, p.b);
    panelEl.appendChild(el('h2', null, [el('bdi', {text: actorName(p.a)}), ' — ', el('bdi', {text: actorName(p.b)})]));
    if (!ties.length) panelEl.appendChild(el('p', {cls: 'muted', text: tr('emptyView')}));
    if (p.focus) ties = ties.slice().sort(function (x, y) { return (y.key === p.focus) - (x.key === p.focus); });
    ties.forEach(function (t) {
      var h = el('h3', {cls: 'tie-head sign-' + (t.sign === '+' ? 'pos' : t.sign === '-' ? 'neg' : 'neu')}, [
        el('bdi', {text: actorName(t.source)}), t.directed ? ' → ' : ' — ', el('bdi', {text: actorName(t.target)}), ': ',
        el('bdi', {text: typeLabel(t.type)}), ' (' + t.sign + (t.modality !== 'asserted' ? ', ' + trIn('modalityNames', t.modality) : '') + ')']);
      panelEl.appendChild(h);
      panelEl.appendChild(el('div', {cls: 'muted', text: num(t.claims.length) + ' ' + tr('claims') + ' · ' + tr('strength') + ' ' + num(t.strength.toFixed(2)) +
        ' · ' + trIn('categories', typeBy[t.type].category) + (t.contested ? ' · ⚑ ' + tr('contested') : '')}));
      t.claims.forEach(function (c) { panelEl.appendChild(claimBlock(c)); });
    });
  }
  function renderActorPanel(p) {
    var a = actorBy[p.id];
    panelEl.appendChild(el('h2', {dir: 'auto', text: actorName(a.id)}));
    var dl = el('dl');
    function row(k, v) { dl.appendChild(el('dt', {text: k})); dl.appendChild(el('dd', null, [v])); }
    row(tr('kind'), document.createTextNode(trIn('kinds', a.kind)));
    var names = el('div');
    ['en', 'fa', 'ar'].forEach(function (l) { if (a.names[l]) names.appendChild(el('div', {lang: l, dir: l === 'en' ? 'ltr' : 'rtl', text: a.names[l]})); });
    row(tr('names'), names);
    var als = [];
    Object.keys(a.aliases).sort(cmp).forEach(function (l) { a.aliases[l].forEach(function (x) { als.push(el('span', {cls: 'alias', lang: l, dir: 'auto', text: x})); }); });
    if (als.length) row(tr('aliases'), el('div', null, als));
    var codes = el('div');
    Object.keys(a.codes).sort(cmp).forEach(function (k) {
      var v = a.codes[k];
      if (k === 'wikidata') codes.appendChild(el('div', null, [k + ': ', el('a', {href: 'https://www.wikidata.org/wiki/' + encodeURIComponent(v), target: '_blank', rel: 'noopener noreferrer', text: v})]));
      else codes.appendChild(el('div', {text: k + ': ' + v}));
    });
    if (Object.keys(a.codes).length) row(tr('codes'), codes);
    if (a.part_of) row(tr('partOf'), el('a', {href: '#', text: actorName(a.part_of), on: {click: function (e) { e.preventDefault(); openActor(a.part_of); }}}));
    if (a.active.start || a.active.end) row(tr('active'), el('bdi', {dir: 'ltr', text: fmtPeriod(a.active)}));
    panelEl.appendChild(dl);
    var i = S.net.index[a.id];
    if (i !== undefined) {
      var m = metricsNow()[i], mt = el('table', {cls: 'mini'});
      METRICS.forEach(function (k) { mt.appendChild(el('tr', null, [el('td', {text: trIn('metricNames', k)}), el('td', {cls: 'num', text: fmtNum(m[k])})])); });
      panelEl.appendChild(mt);
    }
    var ties = S.net.ties.filter(function (t) { return t.source === a.id || t.target === a.id; });
    panelEl.appendChild(el('h3', {text: tr('ties') + ' (' + num(ties.length) + ')'}));
    var ul = el('ul', {cls: 'tie-list'});
    ties.forEach(function (t) {
      var other = t.source === a.id ? t.target : t.source;
      ul.appendChild(el('li', {cls: 'sign-' + (t.sign === '+' ? 'pos' : t.sign === '-' ? 'neg' : 'neu')}, [
        el('a', {href: '#', on: {click: function (e) { e.preventDefault(); openTie(t.source, t.target, t.key); }}}, [
          el('bdi', {text: typeLabel(t.type)}), ' ', t.directed ? (t.source === a.id ? '→ ' : '← ') : '— ', el('bdi', {text: actorName(other)})]),
        ' (' + num(t.claims.length) + ')' + (t.contested ? ' ⚑' : '')]));
    });
    panelEl.appendChild(ul);
  }
  function fmtNum(x) { return typeof x === 'number' ? num(Number.isInteger(x) ? String(x) : x.toFixed(3)) : String(x); }

  // ------------------------------------------------------------- metrics tab
  var tabEls = {};
  function renderMetrics() {
    var box = clear(tabEls.metrics), ms = metricsNow().slice();
    var k = S.sort.key, desc = S.sort.desc;
    ms.sort(function (a, b) {
      var r = k === 'id' ? cmp(actorName(a.id), actorName(b.id)) : k === 'kind' ? cmp(actorBy[a.id].kind, actorBy[b.id].kind) : a[k] - b[k];
      return (desc ? -r : r) || cmp(a.id, b.id);
    });
    box.appendChild(el('p', {cls: 'muted', text: tr('metricsNote')}));
    var t = el('table', {cls: 'metrics', id: 'metrics-table'}), head = el('tr');
    ['id', 'kind'].concat(METRICS).forEach(function (c) {
      var name = c === 'id' ? tr('actor') : c === 'kind' ? tr('kind') : trIn('metricNames', c);
      head.appendChild(el('th', {'data-key': c, cls: c === k ? (desc ? 'sorted desc' : 'sorted asc') : null, on: {click: function () {
        S.sort = {key: c, desc: S.sort.key === c ? !S.sort.desc : c !== 'id' && c !== 'kind'};
        renderMetrics();
      }}, text: name + (c === k ? (desc ? ' ▼' : ' ▲') : '')}));
    });
    t.appendChild(el('thead', null, [head]));
    var body = el('tbody');
    ms.forEach(function (m) {
      var r = el('tr', {'data-id': m.id, on: {click: function () { openActor(m.id); }}});
      r.appendChild(el('td', {dir: 'auto', text: actorName(m.id)}));
      r.appendChild(el('td', {text: trIn('kinds', actorBy[m.id].kind)}));
      METRICS.forEach(function (c) { r.appendChild(el('td', {cls: 'num', text: fmtNum(m[c])})); });
      body.appendChild(r);
    });
    t.appendChild(body);
    box.appendChild(t);
  }

  // ------------------------------------------------------------- balance tab
  function balanceNow() { if (!S.balance) S.balance = computeBalance(S.net); return S.balance; }
  function renderBalance() {
    var box = clear(tabEls.balance), b = balanceNow(), pre = precomputedBalance(S.F);
    var tri = b.triangles;
    box.appendChild(el('h3', {text: tr('triangles')}));
    box.appendChild(el('p', {cls: 'census'}, ['+++', '+--', '++-', '---'].map(function (k) {
      return el('span', {cls: 'chip', dir: 'ltr', text: k + ' ' + tri[k]});
    })));
    box.appendChild(el('p', {text: tr('strongBalance') + ' ' + num(b.strong.toFixed(3)) + ' · ' + tr('weakBalance') + ' ' + num(b.weak.toFixed(3))}));
    box.appendChild(el('h3', {text: tr('blocs')}));
    if (pre) {
      var f = pre.report.frustration;
      box.appendChild(el('p', {text: tr('frustration') + ' ' + num(f.index) + ' (' + (f.exact ? tr('exact') : tr('bounded') + ' ' + num(f.lower_bound)) + ')'}));
      f.blocs.forEach(function (members, i) {
        box.appendChild(el('div', {cls: 'bloc'}, [el('strong', {text: tr('bloc') + ' ' + num(i + 1) + ': '})].concat(members.map(function (m) {
          return el('a', {href: '#', cls: 'chip', on: {click: function (e) { e.preventDefault(); openActor(m); }}}, [el('bdi', {text: actorName(m)})]);
        }))));
      });
      if (f.flips.length) {
        box.appendChild(el('h4', {text: tr('flips') + ' (' + num(f.flips.length) + ')'}));
        var ul = el('ul');
        f.flips.forEach(function (fl) { ul.appendChild(pairItem(fl.source, fl.target, fl.sign, fl.claims)); });
        box.appendChild(ul);
      }
    } else box.appendChild(el('p', {cls: 'muted', text: tr('noBlocs')}));
    box.appendChild(el('h3', {text: tr('unbalanced') + ' (' + num(b.unbalanced.length) + ')'}));
    var ol = el('ol', {cls: 'triangles'});
    b.unbalanced.forEach(function (u) {
      var li = el('li', null, [el('a', {href: '#', on: {click: function (e) {
        e.preventDefault();
        var keys = [];
        u.pairs.forEach(function (p) { p.ties.forEach(function (t) { keys.push(t.key); }); });
        showTab('graph');
        highlight(keys, u.actors);
      }}}, [el('bdi', {text: u.actors.map(actorName).join(' · ')})]), ' ' + u.signs]);
      var sub = el('ul');
      u.pairs.forEach(function (p) {
        var refs = [];
        p.ties.forEach(function (t) { t.claims.forEach(function (c) { refs.push(c.key + ':' + c.evidence.map(function (e) { return e.lines; }).join(',')); }); });
        sub.appendChild(pairItem(p.a, p.b, p.sign, refs));
      });
      li.appendChild(sub);
      ol.appendChild(li);
    });
    box.appendChild(ol);
  }
  function pairItem(a, b, sign, refs) {
    return el('li', {cls: sign === '+' ? 'sign-pos' : 'sign-neg'}, [
      el('a', {href: '#', on: {click: function (e) { e.preventDefault(); openTie(a, b); }}}, [el('bdi', {text: actorName(a)}), ' ' + sign + ' ', el('bdi', {text: actorName(b)})]),
      el('div', {cls: 'refs', dir: 'ltr', text: refs.join('; ')})]);
  }

  // ------------------------------------------------------------- compare tab
  // Two views side by side on the same positions: the current filters with
  // the document or era of each side.
  var cmpCy = [null, null];
  function sideFilters(spec) {
    var F = JSON.parse(JSON.stringify(S.F));
    if (!spec) return F;
    var i = spec.indexOf(':'), kind = spec.slice(0, i), id = spec.slice(i + 1);
    if (kind === 'doc') { if (!docBy[id]) throw unknown('document', id, Object.keys(docBy)); F.doc = [id]; }
    else if (kind === 'era') { if (!eraBy[id]) throw unknown('era', id, Object.keys(eraBy)); F.era = id; }
    else throw new Error('unknown comparison side ' + JSON.stringify(spec) + ' (want doc:ID or era:ID)');
    return F;
  }
  function pairSigns(net) {
    var out = Object.create(null);
    signedPairs(net).forEach(function (e) { out[pairKey(e.a, e.b)] = e.sign; });
    return out;
  }
  function diffViews(na, nb) {
    var ka = Object.create(null), kb = Object.create(null);
    na.ties.forEach(function (t) { ka[t.key] = t; });
    nb.ties.forEach(function (t) { kb[t.key] = t; });
    var sa = pairSigns(na), sb = pairSigns(nb), changed = [];
    Object.keys(sa).forEach(function (p) { if (sb[p] && sb[p] !== sa[p]) changed.push(p); });
    function tiesOf(ks, other) {
      return Object.keys(ks).filter(function (k) { return !other[k]; }).sort(cmp).map(function (k) {
        var t = ks[k]; return {source: t.source, target: t.target, type: t.type, sign: t.sign};
      });
    }
    return {removed: tiesOf(ka, kb), added: tiesOf(kb, ka), signChanged: changed.sort(cmp).map(function (p) {
      var x = p.split('\u0000'); return {source: x[0], target: x[1], a: sa[p], b: sb[p]};
    }), _changed: changed, _ka: ka, _kb: kb};
  }
  function compare(a, b) {
    var na = network(select(sideFilters(a))), nb = network(select(sideFilters(b)));
    return {a: na, b: nb, diff: diffViews(na, nb)};
  }
  function defaultSides() {
    if (S.compare.a && S.compare.b) return;
    var docs = D.documents.filter(function (d) { return d.claims > 0; });
    if (docs.length >= 2) { S.compare.a = S.compare.a || 'doc:' + docs[0].id; S.compare.b = S.compare.b || 'doc:' + docs[1].id; }
    else if (D.eras.length >= 2) { S.compare.a = S.compare.a || 'era:' + D.eras[0].id; S.compare.b = S.compare.b || 'era:' + D.eras[1].id; }
  }
  function sideOptions(sel, value) {
    clear(sel);
    D.documents.forEach(function (d) { sel.appendChild(el('option', {value: 'doc:' + d.id, selected: value === 'doc:' + d.id, text: tr('document') + ': ' + docTitle(d.id)})); });
    D.eras.forEach(function (e) { sel.appendChild(el('option', {value: 'era:' + e.id, selected: value === 'era:' + e.id, text: tr('era_') + ': ' + eraLabel(e.id)})); });
  }
  function renderCompare() {
    defaultSides();
    var box = clear(tabEls.compare);
    if (!S.compare.a || !S.compare.b) return;
    var r = compare(S.compare.a, S.compare.b), d = r.diff;
    var selA = el('select', {id: 'compare-a', on: {change: function () { S.compare.a = selA.value; renderCompare(); writeHash(); }}});
    var selB = el('select', {id: 'compare-b', on: {change: function () { S.compare.b = selB.value; renderCompare(); writeHash(); }}});
    sideOptions(selA, S.compare.a); sideOptions(selB, S.compare.b);
    box.appendChild(el('div', {cls: 'compare-bar'}, [el('label', null, [tr('left') + ' ', selA]), el('label', null, [tr('right') + ' ', selB])]));
    box.appendChild(el('p', {cls: 'muted', text: tr('compareNote')}));
    var panes = el('div', {cls: 'panes', dir: 'ltr'});
    var pa = el('div', {cls: 'pane', id: 'compare-left'}), pb = el('div', {cls: 'pane', id: 'compare-right'});
    panes.appendChild(pa); panes.appendChild(pb);
    box.appendChild(panes);
    var summary = el('div', {cls: 'compare-summary'});
    box.appendChild(summary);
    var union = Object.create(null);
    r.a.actors.concat(r.b.actors).forEach(function (id) { union[id] = true; });
    [[pa, r.a, r.diff._kb, 'removed', 0], [pb, r.b, r.diff._ka, 'added', 1]].forEach(function (side) {
      var pane = side[0], net = side[1], other = side[2], mark = side[3], i = side[4];
      if (cmpCy[i]) cmpCy[i].destroy();
      var els = [], inView = Object.create(null);
      net.actors.forEach(function (id) { inView[id] = true; });
      Object.keys(union).sort(cmp).forEach(function (id) {
        var nd = nodeData(id);
        els.push({group: 'nodes', data: nd, classes: inView[id] ? '' : 'absent', position: P[id] ? {x: P[id].x, y: P[id].y} : {x: 0, y: 0}});
      });
      net.ties.forEach(function (t, j) {
        var dd = edgeData(t);
        dd.id = 'c' + j; dd.source = t.source; dd.target = t.target; dd.key = t.key; dd.curve = 'bezier';
        var cls = [];
        if (!other[t.key]) cls.push(mark);
        if (d._changed.indexOf(pairKey(t.source, t.target)) >= 0) cls.push('changed');
        els.push({group: 'edges', data: dd, classes: cls.join(' ')});
      });
      var c = cmpCy[i] = cytoscape({container: pane, elements: els, style: cyStyle(), layout: {name: 'preset', fit: true, padding: 20},
        boxSelectionEnabled: false});
      c.on('tap', 'edge', function (ev) { openTie(ev.target.data('source'), ev.target.data('target'), ev.target.data('key'), net); });
      c.on('tap', 'node', function (ev) { openActor(ev.target.id()); });
      c.on('mouseover', 'edge', function (ev) { hover(ev, actorName(ev.target.data('source')) + ' — ' + actorName(ev.target.data('target'))); });
      c.on('mouseout', function () { tip.style.display = 'none'; });
    });
    // both panes show the same region of the plane
    var bb = cmpCy[0].nodes().union(cmpCy[1].nodes()).boundingBox();
    cmpCy.forEach(function (c) {
      var w = c.width(), h = c.height(), z = Math.min((w - 40) / Math.max(bb.w, 1), (h - 40) / Math.max(bb.h, 1));
      c.zoom(z); c.pan({x: w / 2 - z * (bb.x1 + bb.w / 2), y: h / 2 - z * (bb.y1 + bb.h / 2)});
    });
    function items(title, cls, xs, fmt) {
      summary.appendChild(el('h4', {cls: cls, text: title + ' (' + num(xs.length) + ')'}));
      var ul = el('ul', {cls: 'changes'});
      xs.forEach(function (x) {
        ul.appendChild(el('li', null, [el('a', {href: '#', on: {click: function (e) { e.preventDefault(); openTie(x.source, x.target, null, cls === 'added' ? r.b : r.a); }}}, fmt(x))]));
      });
      summary.appendChild(ul);
    }
    function tieText(x) { return [el('bdi', {text: actorName(x.source)}), ' — ', el('bdi', {text: actorName(x.target)}), ': ', el('bdi', {text: typeLabel(x.type)}), ' (' + x.sign + ')']; }
    items(tr('removed'), 'removed', d.removed, tieText);
    items(tr('added'), 'added', d.added, tieText);
    items(tr('signChanged'), 'changed', d.signChanged, function (x) { return [el('bdi', {text: actorName(x.source)}), ' — ', el('bdi', {text: actorName(x.target)}), ': ' + x.a + ' → ' + x.b]; });
  }

  // ------------------------------------------------------------- controls
  var ctl = {};
  var countsEl, titleEl, viewEl;
  // describe says the filters in words, in the page's language.
  function describe(F) {
    var parts = [];
    parts.push(F.doc.length ? tr('documents') + ': ' + F.doc.map(docTitle).join('; ') : tr('allDocuments'));
    if (F.era) parts.push(tr('era') + ': ' + eraLabel(F.era));
    if (F.at) parts.push(tr('date') + ': ' + F.at);
    if (F.sign.length) parts.push(tr('sign') + ': ' + F.sign.join(' '));
    if (F.category.length) parts.push(tr('category') + ': ' + F.category.map(function (c) { return trIn('categories', c); }).join(', '));
    if (F.type.length) parts.push(tr('type') + ': ' + F.type.map(typeLabel).join(', '));
    parts.push(tr('modality') + ': ' + (F.modality === 'all' ? tr('allModalities') : F.modality.map(function (m) { return trIn('modalityNames', m); }).join(', ')));
    if (F.minConfidence !== 'low') parts.push(tr('minConfidence') + ': ' + trIn('confidenceNames', F.minConfidence));
    return parts.join(' · ');
  }
  function renderCounts() {
    viewEl.textContent = describe(S.F);
    var n = S.net;
    clear(countsEl).appendChild(document.createTextNode(n.claims.length ? num(n.actors.length) + ' ' + tr('actors') + ' · ' + num(n.ties.length) + ' ' + tr('ties') + ' · ' + num(n.claims.length) + ' ' + tr('claims') : tr('emptyView')));
  }
  function yearRange() {
    var lo = 9999, hi = 0;
    D.claims.forEach(function (c) {
      if (c.time.start) lo = Math.min(lo, +c.time.start.slice(0, 4));
      if (c.time.end) hi = Math.max(hi, +c.time.end.slice(0, 4));
      if (c.time.start) hi = Math.max(hi, +c.time.start.slice(0, 4));
    });
    if (lo > hi) { lo = 1900; hi = 2025; }
    return [lo, hi];
  }
  function checkboxes(name, values, label, onchange) {
    var box = el('div', {cls: 'checks', id: 'f-' + name});
    values.forEach(function (v) {
      box.appendChild(el('label', {dir: 'auto'}, [el('input', {type: 'checkbox', value: v, 'data-f': name, on: {change: onchange}}), ' ', el('span', {'data-label': name, 'data-v': v, text: label(v)})]));
    });
    return box;
  }
  function checked(name) {
    return Array.prototype.slice.call(document.querySelectorAll('input[data-f="' + name + '"]:checked')).map(function (i) { return i.value; });
  }
  function fromControls() {
    var F = {doc: checked('doc'), era: ctl.era.value, at: ctl.atOn.checked ? String(ctl.at.value) : '', type: Array.prototype.slice.call(ctl.type.selectedOptions).map(function (o) { return o.value; }),
      category: checked('category'), sign: checked('sign'), modality: ctl.allMod.checked ? 'all' : checked('modality'), minConfidence: ctl.conf.value};
    return normalizeFilters(F);
  }
  function onFilter() { stopPlay(); apply(fromControls()); }
  function syncControls() {
    var F = S.F;
    function setChecks(name, vals) {
      document.querySelectorAll('input[data-f="' + name + '"]').forEach(function (i) { i.checked = vals.indexOf(i.value) >= 0; });
    }
    setChecks('doc', F.doc); setChecks('category', F.category); setChecks('sign', F.sign);
    setChecks('modality', F.modality === 'all' ? [] : F.modality);
    ctl.allMod.checked = F.modality === 'all';
    ctl.era.value = F.era;
    Array.prototype.forEach.call(ctl.type.options, function (o) { o.selected = F.type.indexOf(o.value) >= 0; });
    ctl.conf.value = F.minConfidence;
    ctl.atOn.checked = !!F.at;
    if (F.at) ctl.at.value = +F.at.slice(0, 4);
    ctl.atLabel.textContent = num(ctl.at.value);
  }
  function stopPlay() {
    if (S.playing) { clearInterval(S.playing); S.playing = null; ctl.play.textContent = tr('play'); }
  }
  function togglePlay() {
    if (S.playing) { stopPlay(); return; }
    var yr = yearRange();
    if (!ctl.atOn.checked || +ctl.at.value >= yr[1]) ctl.at.value = yr[0];
    ctl.atOn.checked = true;
    ctl.play.textContent = tr('pause');
    apply(fromControls());
    S.playing = setInterval(function () {
      var y = +ctl.at.value + 1;
      if (y > yr[1]) { stopPlay(); return; }
      ctl.at.value = y;
      apply(fromControls());
    }, 700);
  }
  function buildControls(side) {
    var yr = yearRange();
    var usedTypes = uniq(D.claims.map(function (c) { return c.type; })).sort(cmp);
    var usedCats = D.categories.filter(function (c) { return usedTypes.some(function (t) { return typeBy[t].category === c; }); });
    var usedMods = D.modalities.filter(function (m) { return D.claims.some(function (c) { return c.modality === m; }); });
    side.appendChild(el('h2', {'data-t': 'filters'}));
    side.appendChild(el('h3', {'data-t': 'documents'}));
    side.appendChild(checkboxes('doc', D.documents.map(function (d) { return d.id; }), docTitle, onFilter));
    side.appendChild(el('h3', {'data-t': 'era'}));
    ctl.era = el('select', {id: 'f-era', on: {change: onFilter}});
    side.appendChild(ctl.era);
    side.appendChild(el('h3', {'data-t': 'date'}));
    ctl.atOn = el('input', {type: 'checkbox', id: 'f-at-on', on: {change: onFilter}});
    ctl.at = el('input', {type: 'range', id: 'f-at', min: yr[0], max: yr[1], value: yr[0], step: 1, on: {input: function () { ctl.atLabel.textContent = num(ctl.at.value); if (ctl.atOn.checked) onFilter(); }}});
    ctl.atLabel = el('span', {cls: 'at-label', dir: 'ltr'});
    ctl.play = el('button', {id: 'f-play', on: {click: togglePlay}});
    side.appendChild(el('label', null, [ctl.atOn, ' ', el('span', {'data-t': 'atDate'}), ' ', ctl.atLabel]));
    side.appendChild(el('div', {cls: 'slider', dir: 'ltr'}, [ctl.at, ctl.play]));
    side.appendChild(el('h3', {'data-t': 'sign'}));
    side.appendChild(checkboxes('sign', SIGNS, function (s) { return s === '+' ? tr('cooperative') : s === '-' ? tr('hostile') : tr('neutralSign'); }, onFilter));
    side.appendChild(el('h3', {'data-t': 'modality'}));
    ctl.allMod = el('input', {type: 'checkbox', id: 'f-modality-all', on: {change: onFilter}});
    var mods = checkboxes('modality', usedMods, function (m) { return trIn('modalityNames', m); }, onFilter);
    mods.appendChild(el('label', null, [ctl.allMod, ' ', el('span', {'data-t': 'allModalities'})]));
    side.appendChild(mods);
    side.appendChild(el('h3', {'data-t': 'minConfidence'}));
    ctl.conf = el('select', {id: 'f-confidence', on: {change: onFilter}});
    side.appendChild(ctl.conf);
    side.appendChild(el('h3', {'data-t': 'category'}));
    side.appendChild(checkboxes('category', usedCats, function (c) { return trIn('categories', c); }, onFilter));
    side.appendChild(el('h3', {'data-t': 'type'}));
    ctl.type = el('select', {id: 'f-type', multiple: true, size: Math.min(8, usedTypes.length), on: {change: onFilter}});
    ctl.usedTypes = usedTypes;
    side.appendChild(ctl.type);
    side.appendChild(el('div', {cls: 'buttons'}, [el('button', {id: 'f-reset', 'data-t': 'reset', on: {click: function () { stopPlay(); apply(normalizeFilters(D.view)); }}})]));
  }
  function fillSelects() {
    var era = ctl.era.value;
    clear(ctl.era).appendChild(el('option', {value: '', text: tr('anyEra')}));
    D.eras.forEach(function (e) { ctl.era.appendChild(el('option', {value: e.id, text: eraLabel(e.id) + ' (\u2066' + fmtPeriod(e.period) + '\u2069)'})); });
    ctl.era.value = era;
    var conf = ctl.conf.value || S.F.minConfidence;
    clear(ctl.conf);
    D.confidences.forEach(function (c) { ctl.conf.appendChild(el('option', {value: c, text: trIn('confidenceNames', c)})); });
    ctl.conf.value = conf;
    var sel = Array.prototype.slice.call(ctl.type.selectedOptions).map(function (o) { return o.value; });
    clear(ctl.type);
    ctl.usedTypes.forEach(function (t) { ctl.type.appendChild(el('option', {value: t, selected: sel.indexOf(t) >= 0, text: typeLabel(t)})); });
    var sz = ctl.size.value || S.sizeBy;
    clear(ctl.size);
    METRICS.forEach(function (m) { ctl.size.appendChild(el('option', {value: m, text: trIn('metricNames', m)})); });
    ctl.size.value = sz;
  }
  function relabelUI() {
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = tr(e.getAttribute('data-t')); });
    document.querySelectorAll('[data-label]').forEach(function (e) {
      var g = e.getAttribute('data-label'), v = e.getAttribute('data-v');
      e.textContent = g === 'doc' ? docTitle(v) : g === 'category' ? trIn('categories', v) : g === 'modality' ? trIn('modalityNames', v) :
        g === 'sign' ? (v === '+' ? tr('cooperative') : v === '-' ? tr('hostile') : tr('neutralSign')) : v;
    });
    ctl.search.placeholder = tr('search');
    ctl.play.textContent = S.playing ? tr('pause') : tr('play');
    titleEl.textContent = D.title;
    fillSelects();
    renderLegend();
  }
  var legendEl;
  function renderLegend() {
    clear(legendEl);
    legendEl.appendChild(el('h3', {text: tr('legend')}));
    var kinds = uniq(D.actors.filter(function (a) { return allTies && allTies.index[a.id] !== undefined; }).map(function (a) { return a.kind; }));
    var ul = el('ul');
    D.kinds.forEach(function (k) {
      if (kinds.indexOf(k) < 0) return;
      var st = KIND_STYLE[k] || KIND_STYLE.other;
      ul.appendChild(el('li', null, [el('span', {cls: 'swatch shape-' + st[0], 'data-fill': st[1]}), ' ' + trIn('kinds', k)]));
    });
    [['+', 'cooperative'], ['-', 'hostile'], ['0', 'neutralSign']].forEach(function (x) {
      ul.appendChild(el('li', null, [el('span', {cls: 'line lc-' + (x[0] === '+' ? 'pos' : x[0] === '-' ? 'neg' : 'neu')}), ' ' + tr(x[1])]));
    });
    ['solid', 'dashed', 'bold', 'dotted'].forEach(function (s) { ul.appendChild(el('li', null, [el('span', {cls: 'line style-' + s}), ' ' + tr(s)])); });
    ['arrow', 'contestedLegend', 'countLegend', 'blocLegend', 'frustratedLegend'].forEach(function (k) { ul.appendChild(el('li', {cls: 'legend-' + k, text: tr(k)})); });
    ul.appendChild(el('li', {text: tr('sizeLegend') + trIn('metricNames', S.sizeBy)}));
    legendEl.appendChild(ul);
    legendEl.querySelectorAll('[data-fill]').forEach(function (s) { s.style.backgroundColor = s.getAttribute('data-fill'); });
  }
  function setLang(code) {
    if (!I18N[code]) throw unknown('language', code, Object.keys(I18N));
    LANG = code;
    document.documentElement.lang = code;
    document.documentElement.dir = I18N[code].dir;
    document.querySelectorAll('.lang-switch button').forEach(function (b) { b.setAttribute('aria-pressed', b.value === code ? 'true' : 'false'); });
    relabelUI();
    relabel();
    syncControls();
    renderCounts();
    if (S.panel) renderPanel(); else renderPanel();
    if (S.tab === 'metrics') renderMetrics();
    if (S.tab === 'balance') renderBalance();
    if (S.tab === 'compare') renderCompare();
    writeHash();
  }
  function showTab(name) {
    S.tab = name;
    Object.keys(tabEls).forEach(function (k) { tabEls[k].hidden = k !== name; });
    document.querySelectorAll('.tabs button').forEach(function (b) { b.setAttribute('aria-selected', b.value === name ? 'true' : 'false'); });
    if (name === 'graph' && cy) cy.resize();
    if (name === 'metrics') renderMetrics();
    if (name === 'balance') renderBalance();
    if (name === 'compare') renderCompare();
    writeHash();
  }

  function buildPage() {
    var app = document.getElementById('app');
    titleEl = el('h1', {dir: 'auto'});
    viewEl = el('div', {cls: 'view muted', id: 'view-text'});
    countsEl = el('div', {cls: 'counts', id: 'counts'});
    ctl.search = el('input', {type: 'search', id: 'search', autocomplete: 'off', dir: 'auto', on: {input: function () {
      var hits = search(ctl.search.value).slice(0, 12);
      clear(ctl.results);
      if (ctl.search.value && !hits.length) ctl.results.appendChild(el('li', {cls: 'muted', text: tr('noMatch')}));
      hits.forEach(function (id) {
        ctl.results.appendChild(el('li', null, [el('a', {href: '#', on: {click: function (e) { e.preventDefault(); openActor(id); }}}, [el('bdi', {text: actorName(id)}), ' ', el('span', {cls: 'muted', text: '(' + id + ')'})])]));
      });
    }}});
    ctl.results = el('ul', {cls: 'results', id: 'search-results'});
    var langs = el('div', {cls: 'lang-switch', role: 'group'});
    Object.keys(I18N).forEach(function (l) { langs.appendChild(el('button', {value: l, lang: l, text: I18N[l].name, on: {click: function () { setLang(l); }}})); });
    var tabs = el('div', {cls: 'tabs', role: 'tablist'});
    [['graph', 'tabGraph'], ['metrics', 'tabMetrics'], ['balance', 'tabBalance'], ['compare', 'tabCompare']].forEach(function (t) {
      tabs.appendChild(el('button', {value: t[0], role: 'tab', 'data-t': t[1], on: {click: function () { showTab(t[0]); }}}));
    });
    ctl.size = el('select', {id: 'size-by', on: {change: function () { S.sizeBy = ctl.size.value; refreshGraph(); renderLegend(); }}});
    var tools = el('div', {cls: 'tools'}, [
      el('button', {id: 'relayout', 'data-t': 'relayout', on: {click: relayout}}),
      el('label', null, [el('span', {'data-t': 'sizeBy'}), ' ', ctl.size]),
      el('label', null, [el('input', {type: 'checkbox', id: 'tie-labels', on: {change: function (e) { S.tieLabels = e.target.checked; relabel(); }}}), ' ', el('span', {'data-t': 'tieLabels'})]),
      el('label', null, [el('input', {type: 'checkbox', id: 'show-blocs', on: {change: function (e) {
        S.blocs = e.target.checked;
        if (S.blocs) setBlocs(); else { unsetBlocs(); }
        writeHash();
      }}}), ' ', el('span', {'data-t': 'showBlocs'})])
    ]);
    var header = el('header', null, [el('div', {cls: 'titles'}, [titleEl, viewEl, countsEl]), el('div', {cls: 'search'}, [ctl.search, ctl.results]), langs]);
    var side = el('aside', {cls: 'filters'});
    buildControls(side);
    legendEl = el('div', {cls: 'legend'});
    side.appendChild(legendEl);
    var graphBox = el('div', {cls: 'graph', id: 'graph'});
    tabEls.graph = el('section', {cls: 'tab-graph'}, [tools, graphBox]);
    tabEls.metrics = el('section', {cls: 'tab-metrics', hidden: true});
    tabEls.balance = el('section', {cls: 'tab-balance', hidden: true});
    tabEls.compare = el('section', {cls: 'tab-compare', hidden: true});
    var main = el('main', null, [tabs, tabEls.graph, tabEls.metrics, tabEls.balance, tabEls.compare]);
    panelEl = el('aside', {cls: 'panel', id: 'panel', 'aria-live': 'polite'});
    tip = el('div', {cls: 'tip', id: 'tip'});
    app.appendChild(header);
    app.appendChild(el('div', {cls: 'body'}, [side, main, panelEl]));
    document.body.appendChild(tip);
    return graphBox;
  }

  // ------------------------------------------------------------------ hash
  // The URL's fragment holds the page's state, so a view can be linked:
  // #doc=a,b&era=x&at=2003&sign=-&modality=all&lang=fa&tab=compare&a=doc:x&b=doc:y&tie=iran,iraq
  var writingHash = false, hashReady = false;
  function writeHash() {
    if (!hashReady || selftestMode) return;
    var F = S.F, parts = [];
    function add(k, v) { if (v && v.length) parts.push(k + '=' + encodeURIComponent(Array.isArray(v) ? v.join(',') : v)); }
    var D0 = normalizeFilters(D.view);
    if (!sameFilters(F, D0)) {
      add('doc', F.doc); add('era', F.era); add('at', F.at); add('type', F.type); add('category', F.category); add('sign', F.sign);
      add('modality', F.modality === 'all' ? 'all' : F.modality); if (F.minConfidence !== 'low') add('minConfidence', F.minConfidence);
    }
    if (LANG !== 'en') add('lang', LANG);
    if (S.tab !== 'graph') add('tab', S.tab);
    if (S.tab === 'compare') { add('a', S.compare.a); add('b', S.compare.b); }
    if (S.panel) add(S.panel.kind, S.panel.kind === 'tie' ? S.panel.a + ',' + S.panel.b : S.panel.id);
    if (S.blocs) add('blocs', '1');
    writingHash = true;
    history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    writingHash = false;
  }
  function readHash() {
    var h = location.hash.replace(/^#/, ''), q = {};
    h.split('&').forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf('='), k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? '' : decodeURIComponent(kv.slice(i + 1));
      q[k] = v;
    });
    return q;
  }
  var selftestMode = false;

  // ---------------------------------------------------------------- the API
  function state() {
    return {
      nodes: S.net.actors.slice(),
      ties: S.net.ties.map(function (t) {
        return {source: t.source, target: t.target, type: t.type, sign: t.sign, modality: t.modality, contested: t.contested,
          claims: t.claims.map(function (c) { return c.key; })};
      }),
      panel: publicPanel()
    };
  }
  var api = {
    version: D.version,
    view: function (filters) { stopPlay(); apply(normalizeFilters(filters)); return state(); },
    filters: function () { return JSON.parse(JSON.stringify(S.F)); },
    state: state,
    openTie: function (s, t) { return openTie(s, t); },
    openActor: function (id) { return openActor(id); },
    closePanel: function () { S.panel = null; highlight([], []); renderPanel(); },
    lang: function (code) { setLang(code); return LANG; },
    metrics: function () { return metricsNow().map(function (m) { return Object.assign({}, m); }); },
    balance: function () {
      var b = balanceNow(), pre = precomputedBalance(S.F);
      return {triangles: Object.assign({}, b.triangles), strong: b.strong, weak: b.weak,
        unbalanced: b.unbalanced.map(function (u) { return {actors: u.actors.slice(), signs: u.signs}; }),
        blocs: pre ? pre.report.frustration.blocs : null, frustration: pre ? pre.report.frustration.index : null};
    },
    compare: function (a, b) {
      var r = compare(a, b).diff;
      return {added: r.added, removed: r.removed, signChanged: r.signChanged};
    },
    search: search,
    normalize: normalize,
    tab: function (name) { showTab(name); },
    relayout: relayout,
    drawn: function () {
      return new Promise(function (resolve) {
        var done = false;
        function fin() { if (!done) { done = true; resolve(performance.now()); } }
        cy.one('render', fin);
        cy.forceRender();
        setTimeout(fin, 5000);
      });
    },
    positions: function () {
      var out = {};
      Object.keys(P).sort(cmp).forEach(function (id) { out[id] = [P[id].x, P[id].y]; });
      return out;
    }
  };

  // --------------------------------------------------------------- selftest
  // #selftest=<base64url of a JSON plan>: run the plan through window.kg
  // and write the results into <pre id="kg-selftest"> (read by the Go tests
  // with headless Chromium's --dump-dom).
  var violations = [], errors = [];
  document.addEventListener('securitypolicyviolation', function (e) { violations.push(e.violatedDirective + ' ' + e.blockedURI); });
  window.addEventListener('error', function (e) { errors.push(String(e.message)); });
  function b64json(s) {
    s = s.replace(/-/g, '+').replace(/_/g, '/');
    var bin = atob(s), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return JSON.parse(new TextDecoder().decode(bytes));
  }
  function runSelftest(plan, timing) {
    var out = {views: [], ties: [], actors: [], langs: [], normalize: [], search: [], compare: [], errors: [], timing: timing};
    function guard(fn) { try { return fn(); } catch (e) { out.errors.push(String(e && e.message || e)); return null; } }
    out.initial = guard(function () { return {state: state(), metrics: api.metrics(), balance: api.balance()}; });
    (plan.views || []).forEach(function (f) {
      out.views.push(guard(function () {
        var t0 = performance.now();
        var st = api.view(f);
        return {filters: api.filters(), state: st, metrics: api.metrics(), balance: api.balance(), ms: performance.now() - t0};
      }));
    });
    api.view(D.view);
    (plan.ties || []).forEach(function (p) { out.ties.push(guard(function () { if (p.view) api.view(p.view); var r = api.openTie(p.source, p.target); if (p.view) api.view(D.view); return r; })); });
    (plan.actors || []).forEach(function (id) { out.actors.push(guard(function () { return api.openActor(id); })); });
    (plan.normalize || []).forEach(function (s) { out.normalize.push(normalize(s)); });
    (plan.search || []).forEach(function (q) { out.search.push(search(q)); });
    (plan.compare || []).forEach(function (c) { out.compare.push(guard(function () { return api.compare(c[0], c[1]); })); });
    (plan.langs || []).forEach(function (l) {
      out.langs.push(guard(function () {
        api.lang(l);
        return {lang: document.documentElement.lang, dir: document.documentElement.dir,
          nodeLabels: cy ? cy.nodes(':visible').map(function (n) { return [n.id(), n.data('label')]; }) : [],
          tabs: Array.prototype.map.call(document.querySelectorAll('.tabs button'), function (b) { return b.textContent; }),
          legend: legendEl.textContent, counts: countsEl.textContent, filtersTitle: document.querySelector('aside.filters h2').textContent};
      }));
    });
    // filter changes, each timed from the call to the next frame drawn
    var steps = (plan.filterTiming || []).slice(), times = [];
    function next() {
      if (!steps.length) { finish(); return; }
      var f = steps.shift(), t0 = performance.now(), done = false;
      function record() { if (done) return; done = true; times.push(performance.now() - t0); setTimeout(next, 0); }
      api.view(f);
      cy.one('render', record);
      cy.forceRender();
      setTimeout(record, 3000);
    }
    function finish() {
      if (plan.filterTiming) { out.filterTimes = times; api.view(D.view); }
      if (plan.finalLang) api.lang(plan.finalLang);
      out.csp = violations.slice();
      out.pageErrors = errors.slice();
      document.body.appendChild(el('pre', {id: 'kg-selftest', 'data-done': '1', text: JSON.stringify(out)}));
    }
    next();
  }

  // ------------------------------------------------------------------ start
  function start() {
    var q = readHash();
    selftestMode = 'selftest' in q;
    var marks = {};
    function mark(k) { marks[k] = performance.now(); }
    var graphBox = buildPage();
    mark('page');
    if (q.lang && I18N[q.lang]) { LANG = q.lang; document.documentElement.lang = LANG; document.documentElement.dir = I18N[LANG].dir; }
    var F0 = S.F;
    var fq = {};
    ['doc', 'era', 'at', 'type', 'category', 'sign', 'modality', 'minConfidence'].forEach(function (k) { if (q[k] !== undefined) fq[k] = q[k]; });
    if (Object.keys(fq).length) {
      try { F0 = normalizeFilters(Object.assign({}, D.view, fq)); } catch (e) { errors.push(String(e.message)); }
    }
    buildGraph(graphBox);
    mark('graph');
    relabelUI();
    S.net = null;
    apply(F0);
    mark('apply');
    fitNodes(cy, cy.nodes(':visible'), 30);
    mark('fit');
    var ready = performance.now();
    window.kg = api;
    if (q.a) S.compare.a = q.a;
    if (q.b) S.compare.b = q.b;
    setLang(LANG);
    mark('setLang');
    showTab(q.tab && tabEls[q.tab] ? q.tab : 'graph');
    if (q.tie) { var pr = q.tie.split(','); try { openTie(pr[0], pr[1]); } catch (e) { errors.push(String(e.message)); } }
    if (q.actor) { try { openActor(q.actor); } catch (e) { errors.push(String(e.message)); } }
    if (q.blocs === '1') { S.blocs = true; document.getElementById('show-blocs').checked = true; setBlocs(); }
    hashReady = true;
    mark('lang');
    var timing = {scriptStart: started, ready: ready, marks: marks};
    document.documentElement.setAttribute('data-ready', ready.toFixed(1));
    var tested = false;
    function afterRender() {
      if (tested) return;
      tested = true;
      timing.rendered = performance.now();
      document.documentElement.setAttribute('data-rendered', timing.rendered.toFixed(1));
      if (selftestMode) {
        var plan = {};
        try { plan = q.selftest ? b64json(q.selftest) : {}; } catch (e) { errors.push('selftest plan: ' + e.message); }
        runSelftest(plan, timing);
      }
    }
    // the first frame drawn is the time to first render; the selftest
    // runs after it (or after 5 s if no frame comes, as in a hidden tab)
    cy.one('render', function () { setTimeout(afterRender, 0); });
    setTimeout(afterRender, 5000);
    cy.forceRender();
    window.addEventListener('hashchange', function () {
      if (writingHash) return;
      var h = readHash();
      if (h.lang && I18N[h.lang] && h.lang !== LANG) setLang(h.lang);
    });
  }
  start();
})();
