// measure.js: times kg's HTML report in headless Chromium, on the real
// clock (the tests' --dump-dom runs on virtual time). It drives Chromium
// through the DevTools protocol over a pipe (--remote-debugging-pipe), so
// it needs nothing but node and Debian's chromium.
//
//   node bench/reportpage/measure.js PAGE.html RUNS 'FILTERS JSON LIST'
//
// For each run: a fresh browser loads the page with a #selftest plan that
// applies each filter and waits for the next frame; the page reports the
// time from navigation start to its first frame (performance.now) and
// each filter change. Prints one JSON line per run.
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
      const plan = Buffer.from(JSON.stringify({filterTiming: filters})).toString('base64url');
      const {result: {targetId}} = await send('Target.createTarget', {url: 'about:blank'});
      const {result: {sessionId}} = await send('Target.attachToTarget', {targetId, flatten: true});
      await send('Page.enable', {}, sessionId);
      await send('Page.navigate', {url: 'file://' + path.resolve(page) + '#selftest=' + plan}, sessionId);
      const deadline = Date.now() + 300000;
      for (;;) {
        const r = await send('Runtime.evaluate', {expression: "(function(){var p=document.getElementById('kg-selftest');return p?p.textContent:''})()", returnByValue: true}, sessionId);
        const v = r.result && r.result.result && r.result.result.value;
        if (v) { const d = JSON.parse(v); return {rendered: d.timing.rendered, ready: d.timing.ready, filters: d.filterTimes, errors: d.errors.concat(d.pageErrors, d.csp)}; }
        if (Date.now() > deadline) throw new Error('no result in 300 s');
        await new Promise((r) => setTimeout(r, 200));
      }
    })().then((v) => finish(v), (e) => finish(null, e));
  });
}

(async () => {
  for (let i = 0; i < runs; i++) console.log(JSON.stringify(await run()));
})().catch((e) => { console.error('measure:', e.message); process.exit(1); });
