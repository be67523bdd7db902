// measure.js: times kg's HTML report in headless Chromium, on the real
// clock (the tests' --dump-dom runs on virtual time). It drives Chromium
// through the DevTools protocol over a pipe (--remote-debugging-pipe), so
// it needs nothing but node and Debian's chromium.
//
//   node bench/reportpage/measure.js PAGE.html RUNS 'FILTERS JSON LIST'
//
// For each run: a fresh browser loads the page (#selftest, an empty plan);
// the page reports the time from navigation start to its first frame
// (performance.now, ms); then each filter is applied through window.kg
// and timed to the next frame drawn (kg.drawn()). Beside each wall-clock
// time, the renderer main thread's CPU time (DevTools' ThreadTime), which
// other load on the machine does not inflate. Prints one JSON line a run.
'use strict';
const {spawn} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const [page, runsArg, filtersArg] = process.argv.slice(2);
const runs = +(runsArg || 3);
const filters = JSON.parse(filtersArg || '[]');

function run() {
  return new Promise((resolve, reject) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-measure-'));
    const exe = process.env.CHROMIUM || 'chromium';
    const child = spawn(exe, ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions',
      '--disable-background-networking', '--disable-component-update', '--window-size=1600,1000',
      '--user-data-dir=' + dir, '--remote-debugging-pipe', 'about:blank'],
      {stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe']});
    const out = child.stdio[3], inp = child.stdio[4];
    let id = 0, buf = '';
    const waiting = new Map();
    inp.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      let i;
      while ((i = buf.indexOf('\0')) >= 0) {
        const msg = JSON.parse(buf.slice(0, i));
        buf = buf.slice(i + 1);
        if (msg.id && waiting.has(msg.id)) { waiting.get(msg.id)(msg); waiting.delete(msg.id); }
      }
    });
    function send(method, params, sessionId) {
      return new Promise((res) => {
        const m = {id: ++id, method, params: params || {}};
        if (sessionId) m.sessionId = sessionId;
        waiting.set(m.id, res);
        out.write(JSON.stringify(m) + '\0');
      });
    }
    const finish = (v, e) => {
      child.once('exit', () => { setTimeout(() => { try { fs.rmSync(dir, {recursive: true, force: true}); } catch (_) { /* a helper process may still write; the OS cleans tmp */ } e ? reject(e) : resolve(v); }, 300); });
      child.kill();
    };
    (async () => {
      const {result: {targetId}} = await send('Target.createTarget', {url: 'about:blank'});
      const {result: {sessionId}} = await send('Target.attachToTarget', {targetId, flatten: true});
      await send('Page.enable', {}, sessionId);
      await send('Performance.enable', {}, sessionId);
      const cpu = async () => {
        const r = await send('Performance.getMetrics', {}, sessionId);
        return 1000 * r.result.metrics.find((m) => m.name === 'ThreadTime').value;
      };
      const evaluate = async (expression) => {
        const r = await send('Runtime.evaluate', {expression, returnByValue: true, awaitPromise: true}, sessionId);
        if (r.result.exceptionDetails) throw new Error(JSON.stringify(r.result.exceptionDetails));
        return r.result.result.value;
      };
      const cpu0 = await cpu();
      await send('Page.navigate', {url: 'file://' + path.resolve(page) + '#selftest'}, sessionId);
      const deadline = Date.now() + 300000;
      let d;
      for (;;) {
        const v = await evaluate("(function(){var p=document.getElementById('kg-selftest');return p?p.textContent:''})()");
        if (v) { d = JSON.parse(v); break; }
        if (Date.now() > deadline) throw new Error('no result in 300 s');
        await new Promise((r) => setTimeout(r, 100));
      }
      const res = {rendered: d.timing.rendered, ready: d.timing.ready, loadCPU: await cpu() - cpu0, filters: [], filtersCPU: [],
        errors: d.errors.concat(d.pageErrors, d.csp)};
      for (const f of filters) {
        const c0 = await cpu();
        const ms = await evaluate('(function(){var t0=performance.now();kg.view(' + JSON.stringify(f) + ');return kg.drawn().then(function(t){return t-t0;});})()');
        res.filters.push(Math.round(ms));
        res.filtersCPU.push(Math.round(await cpu() - c0));
      }
      res.rendered = Math.round(res.rendered);
      res.ready = Math.round(res.ready);
      res.loadCPU = Math.round(res.loadCPU);
      return res;
    })().then((v) => finish(v), (e) => finish(null, e));
  });
}

const median = (xs) => { const s = xs.slice().sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)]; };

(async () => {
  const all = [];
  for (let i = 0; i < runs; i++) {
    const r = await run();
    all.push(r);
    console.log(JSON.stringify(r));
  }
  const flat = (k) => [].concat(...all.map((r) => r[k]));
  console.log(JSON.stringify({page: path.basename(page), runs,
    medianFirstFrameMs: median(all.map((r) => r.rendered)), medianLoadCPUms: median(all.map((r) => r.loadCPU)),
    medianFilterMs: median(flat('filters')), maxFilterMs: Math.max(...flat('filters')),
    medianFilterCPUms: median(flat('filtersCPU')), maxFilterCPUms: Math.max(...flat('filtersCPU'))}));
})().catch((e) => { console.error('measure:', e.message); process.exit(1); });
