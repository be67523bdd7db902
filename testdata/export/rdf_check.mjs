// Run SPARQL queries on kg's RDF export with Oxigraph (npm).
//
// Usage: node rdf_check.mjs NODE_MODULES FILE.ttl FILE.nt QUERIES.json
//
// Loads the Turtle file and the N-Triples file into two Oxigraph stores,
// which must hold the same number of triples, runs each query of
// QUERIES.json ({name: query}) on the Turtle store and prints
// {name: rows} as JSON, each row the values' lexical forms (IRIs as
// strings) in the order of the query's variables.
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

const [modules, ttl, nt, queries] = process.argv.slice(2);
if (!queries) {
  console.error("usage: node rdf_check.mjs NODE_MODULES FILE.ttl FILE.nt QUERIES.json");
  process.exit(2);
}
const ox = createRequire(join(modules, "noop.js"))("oxigraph");
const store = new ox.Store();
store.load(readFileSync(ttl, "utf8"), { format: "text/turtle" });
const store2 = new ox.Store();
store2.load(readFileSync(nt, "utf8"), { format: "application/n-triples" });
if (store.size !== store2.size) {
  console.error(`rdf_check: the Turtle file has ${store.size} triples, the N-Triples file ${store2.size}`);
  process.exit(1);
}
const out = { triples: store.size };
for (const [name, q] of Object.entries(JSON.parse(readFileSync(queries, "utf8")))) {
  // The projected variables, in order: ?x, or the name after AS in
  // "(COUNT(?c) AS ?n)".
  const head = q.match(/SELECT\s+(?:DISTINCT\s+)?([^{]*?)\s*WHERE/is)[1];
  const names = [];
  for (const m of head.matchAll(/\((?:[^()]|\([^()]*\))*\bAS\s+\?(\w+)\s*\)|\?(\w+)/gi)) names.push(m[1] || m[2]);
  out[name] = [];
  for (const b of store.query(q)) out[name].push(names.map((v) => (b.get(v) ? b.get(v).value : null)));
}
console.log(JSON.stringify(out));
