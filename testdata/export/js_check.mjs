// Conformance of kg's exports with the JavaScript readers that Gephi Lite,
// graphology users and Cytoscape.js users open them with.
//
// Usage: node js_check.mjs NODE_MODULES DIR
//
// DIR holds one view exported by kg as kg.json (the reference), kg.gexf,
// kg.graphml and kg.cyjs. NODE_MODULES is a node_modules folder with
// graphology, graphology-gexf, graphology-graphml and cytoscape (the
// versions .ci/run pins). Checked:
//
// - graphology-gexf reads kg.gexf with its default options and with Gephi
//   Lite's ({allowUndeclaredAttributes: true, addMissingNodes: true}), and
//   finds every actor and claim of the JSON with their attributes and their
//   types (numbers as numbers, booleans as booleans);
// - graphology-graphml reads kg.graphml the same way;
// - Cytoscape.js (headless) takes kg.cyjs's elements, and every element is
//   found by the selector cy.$('#' + id) and by cy.getElementById(id), with
//   the JSON's attributes.
//
// Prints one line per reader and each mismatch; exits 1 on a mismatch.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [modules, dir] = process.argv.slice(2);
if (!modules || !dir) {
  console.error("usage: node js_check.mjs NODE_MODULES DIR");
  process.exit(2);
}
const require = createRequire(join(modules, "noop.js"));
const Graph = require("graphology");
const gexf = require("graphology-gexf");
const graphml = require("graphology-graphml");
const cytoscape = require("cytoscape");

const data = JSON.parse(readFileSync(join(dir, "kg.json"), "utf8"));
const problems = [];
const XML_INVALID = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu;
const xmlText = (v) => (typeof v === "string" ? v.replace(XML_INVALID, "\ufffd") : v);

function eq(where, got, want) {
  const same = Array.isArray(want)
    ? JSON.stringify(got) === JSON.stringify(want)
    : got === want;
  if (!same) problems.push(`${where}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
}

// The node attributes every format carries, as the JSON has them.
function nodeWant(n) {
  const want = {};
  for (const [k, v] of Object.entries(n)) if (k !== "id" && k !== "names") want[k] = v;
  for (const [lang, name] of Object.entries(n.names)) want["name_" + lang] = name;
  return want;
}

// The claim attributes, as the JSON has them; lists become text joined
// with sep in the XML formats.
function linkWant(l, sep) {
  const want = {};
  for (const [k, v] of Object.entries(l)) {
    if (k === "source" || k === "target" || k === "key") continue;
    if (k === "cues" && sep !== null) want[k] = v.map((c) => c.replaceAll("\\", "\\\\").replaceAll("|", "\\|")).join("|");
    else want[k] = Array.isArray(v) && sep !== null ? v.join(sep) : v;
  }
  return want;
}

function checkGraph(what, g, { xml, moved = [], renamed = {} }) {
  eq(`${what} order`, g.order, data.nodes.length);
  eq(`${what} size`, g.size, data.links.length);
  for (const n of data.nodes) {
    if (!g.hasNode(n.id)) {
      problems.push(`${what}: no node ${n.id}`);
      continue;
    }
    const got = g.getNodeAttributes(n.id);
    for (const [k, v] of Object.entries(nodeWant(n))) eq(`${what} node ${n.id} ${k}`, got[k], xml ? xmlText(v) : v);
  }
  for (const l of data.links) {
    if (!g.hasEdge(l.key)) {
      problems.push(`${what}: no edge ${l.key}`);
      continue;
    }
    eq(`${what} edge ${l.key} ends`, [g.source(l.key), g.target(l.key)], [l.source, l.target]);
    const got = g.getEdgeAttributes(l.key);
    for (const [k, v] of Object.entries(linkWant(l, ", "))) {
      if (moved.includes(k)) continue;
      eq(`${what} edge ${l.key} ${renamed[k] || k}`, got[renamed[k] || k], xml ? xmlText(v) : v);
    }
  }
  return `${what}: ${g.order} nodes, ${g.size} edges`;
}

const report = [];
const gexfText = readFileSync(join(dir, "kg.gexf"), "utf8");
for (const [name, options] of [
  ["graphology-gexf (default options)", undefined],
  ["graphology-gexf (Gephi Lite's options)", { allowUndeclaredAttributes: true, addMissingNodes: true }],
]) {
  try {
    const g = gexf.parse(Graph, gexfText, options);
    // GEXF holds start, end as spells and the type id as the edge's kind;
    // label and weight are XML attributes graphology reads as such.
    report.push(checkGraph(name, g, { xml: true, moved: ["start", "end"] }));
    for (const l of data.links) {
      if (g.hasEdge(l.key)) eq(`${name} edge ${l.key} kind`, g.getEdgeAttribute(l.key, "kind"), l.type);
    }
  } catch (err) {
    problems.push(`${name}: ${err.message}`);
  }
}
try {
  const g = graphml.parse(Graph, readFileSync(join(dir, "kg.graphml"), "utf8"));
  report.push(checkGraph("graphology-graphml", g, { xml: true }));
} catch (err) {
  problems.push(`graphology-graphml: ${err.message}`);
}

// Cytoscape.js: the ids must work as selectors.
const cyjs = JSON.parse(readFileSync(join(dir, "kg.cyjs"), "utf8"));
const warn = console.warn;
console.warn = (...args) => problems.push("cytoscape warns: " + args.join(" "));
const cy = cytoscape({ headless: true, elements: cyjs.elements });
eq("cytoscape nodes", cy.nodes().length, data.nodes.length);
eq("cytoscape edges", cy.edges().length, data.links.length);
for (const n of data.nodes) {
  let sel;
  try {
    sel = cy.$("#" + n.id);
  } catch (err) {
    problems.push(`cytoscape: selector #${n.id}: ${err.message}`);
    continue;
  }
  eq(`cytoscape node ${n.id} by selector`, sel.length, 1);
  const got = cy.getElementById(n.id).data();
  for (const [k, v] of Object.entries(nodeWant(n))) eq(`cytoscape node ${n.id} ${k}`, got[k], v);
}
// An edge's key is its claim's key, or with kg export --ties its tie's id.
const edgeIDs = new Map(cyjs.elements.edges.map((e) => [e.data.claim ?? e.data.tie, e.data.id]));
for (const l of data.links) {
  const id = edgeIDs.get(l.key);
  if (id === undefined) {
    problems.push(`cytoscape: no edge for claim ${l.key}`);
    continue;
  }
  let sel;
  try {
    sel = cy.$("#" + id);
  } catch (err) {
    problems.push(`cytoscape: selector #${id}: ${err.message}`);
    continue;
  }
  eq(`cytoscape edge ${id} by selector`, sel.length, 1);
  const e = cy.getElementById(id);
  eq(`cytoscape edge ${id} ends`, [e.source().id(), e.target().id()], [l.source, l.target]);
  const got = e.data();
  for (const [k, v] of Object.entries(linkWant(l, null))) eq(`cytoscape edge ${id} ${k}`, got[k], v);
}
console.warn = warn;
report.push(`cytoscape.js: ${cy.nodes().length} nodes, ${cy.edges().length} edges, every id a selector`);

for (const line of report) console.log(line);
for (const p of problems.slice(0, 50)) console.log("mismatch:", p);
if (problems.length) {
  console.log(`js conformance: ${problems.length} mismatches`);
  process.exit(1);
}
console.log("js conformance: ok");
