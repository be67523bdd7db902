// Parse kg's Mermaid flowcharts with Mermaid itself and print what it
// reads: for each file, the nodes (id, shape, label text) and the links
// (from, to, label text, arrow type, stroke), as one JSON object a line.
//
// Usage: node mermaid_check.mjs MODULES FILE...
//
// MODULES is a node_modules folder holding mermaid (11) and jsdom, e.g. from
// "npm install mermaid@11 jsdom" in a scratch folder. Label text is what a
// browser would show: Mermaid's entity codes decoded as Mermaid decodes
// them, the HTML parsed, <br> as a newline. Exit status 1 when a file does
// not parse. export/mermaid_test.go runs it when KG_MERMAID_MODULES is set.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const [modules, ...files] = process.argv.slice(2);
if (!modules || files.length === 0) {
  console.error('usage: node mermaid_check.mjs MODULES FILE...');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(modules), 'noop.js'));
const { JSDOM } = require('jsdom');
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
globalThis.DOMParser = dom.window.DOMParser;
globalThis.Element = dom.window.Element;
globalThis.HTMLElement = dom.window.HTMLElement;
const { default: mermaid } = await import(pathToFileURL(require.resolve('mermaid')).href);
mermaid.initialize({ startOnLoad: false });

// shown is the text a label shows: Mermaid's entity placeholders turned
// into character references (as its decodeEntities does), then the HTML
// read as a browser would.
function shown(label) {
  const html = label.replace(/ﬂ°°/g, '&#').replace(/ﬂ°/g, '&').replace(/¶ß/g, ';');
  const div = document.createElement('div');
  div.innerHTML = html.replace(/<br\s*\/?>/gi, '\n');
  return div.textContent;
}

let failed = 0;
for (const f of files) {
  const text = fs.readFileSync(f, 'utf8');
  try {
    await mermaid.parse(text);
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    const out = { file: f, nodes: [], links: [] };
    for (const [id, v] of db.getVertices()) out.nodes.push([id, v.type, shown(v.text)]);
    for (const e of db.getEdges()) out.links.push([e.start, e.end, shown(e.text), e.type, e.stroke]);
    console.log(JSON.stringify(out));
  } catch (err) {
    failed++;
    console.log(JSON.stringify({ file: f, error: String(err && err.message || err) }));
  }
}
process.exit(failed ? 1 : 0);
