#!/usr/bin/python3
"""Run SPARQL queries on kg's RDF export with rdflib.

Usage: /usr/bin/python3 rdf_check.py FILE.ttl FILE.nt QUERIES.json

Loads the Turtle and the N-Triples file into two rdflib graphs, which must
hold the same triples, runs each query of QUERIES.json ({name: query}) on
the Turtle graph, and prints {name: rows} as JSON, each row a list of the
values' lexical forms (IRIs as strings), in the query's order. Exit 1 when
the two files differ, 3 when rdflib cannot be imported (Debian's
python3-rdflib installs it for /usr/bin/python3).
"""
import json
import sys

try:
    import rdflib
except ImportError:  # pragma: no cover
    print("rdf_check: cannot import rdflib; install python3-rdflib and run with /usr/bin/python3", file=sys.stderr)
    sys.exit(3)


def main(ttl, nt, queries):
    g = rdflib.Graph()
    g.parse(ttl, format="turtle")
    g2 = rdflib.Graph()
    g2.parse(nt, format="nt")
    if set(g) != set(g2):  # kg writes no blank nodes
        print(f"rdf_check: the Turtle file has {len(g)} triples, the N-Triples file {len(g2)}, and they differ", file=sys.stderr)
        return 1
    with open(queries, encoding="utf-8") as f:
        qs = json.load(f)
    out = {"triples": len(g)}
    for name, q in qs.items():
        out[name] = [[str(v) if v is not None else None for v in row] for row in g.query(q)]
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__.splitlines()[2], file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
