#!/usr/bin/python3
"""Conformance of kg's graph exports with the real readers.

Usage: /usr/bin/python3 conformance.py DIR

DIR holds one view of a knowledge base exported three ways by kg:
kg.json (kg export --format json), kg.graphml and kg.gexf. The node-link
JSON is the reference. NetworkX must read all three and find the same
actors, ties (one edge per claim, keyed by the claim's key) and attributes;
igraph must read the GraphML with the same counts, node ids and typed
edges. The rules that relate the formats are those of docs/formats.md:

- attributes: kind, name_<lang> per language (the JSON's names), part_of;
  per claim the JSON's link attributes, evidence lines joined with ", ",
  cues with "|" (a backslash before a backslash or "|" inside a cue);
- XML cannot hold some characters (most C0 controls): they become U+FFFD;
- GEXF: an edge spans its claim's time with partial dates expanded to days
  (start to the first day of its period, end to the last), a node spans
  its claims' times, "period" holds the time as written, and the dynamic
  attribute "eras" names the eras in effect.

Exit status: 0 when everything matches, 1 on a mismatch (each is printed),
2 on a usage error, 3 when NetworkX or igraph cannot be imported (the
Debian packages python3-networkx and python3-igraph install them for
/usr/bin/python3).
"""

import calendar
import collections
import json
import os
import re
import sys

try:
    import networkx as nx
    from networkx.readwrite import json_graph
    from networkx.readwrite.gexf import GEXF
    import igraph
except ImportError as err:  # pragma: no cover
    print(f"conformance: cannot import {err.name}; install python3-networkx and "
          "python3-igraph and run with /usr/bin/python3", file=sys.stderr)
    sys.exit(3)

XML_INVALID = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_text(v):
    """What an XML document can hold of a value."""
    return XML_INVALID.sub("\ufffd", v) if isinstance(v, str) else v


def register_gexf_13():
    """Teach NetworkX GEXF 1.3: NetworkX 3.6 knows it (networkx PR #8196);
    older releases read only 1.1draft and 1.2draft, whose structure 1.3
    keeps, under another namespace."""
    if "1.3" not in GEXF.versions:
        GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }


def first_day(d):
    if d is None:
        return None
    parts = d.split("-")
    while len(parts) < 3:
        parts.append("01")
    return "-".join(parts)


def last_day(d):
    if d is None:
        return None
    parts = d.split("-")
    if len(parts) == 1:
        return f"{parts[0]}-12-31"
    if len(parts) == 2:
        y, m = int(parts[0]), int(parts[1])
        return f"{parts[0]}-{parts[1]}-{calendar.monthrange(y, m)[1]:02d}"
    return d


def number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


class Checker:
    def __init__(self):
        self.problems = []

    def eq(self, where, got, want):
        """Equal values of the same type; an int and a float are both
        numbers (JSON writes 1.0 as 1), but a bool is not a number."""
        if number(got) and number(want):
            same = got == want
        else:
            same = got == want and type(got) is type(want)
        if not same:
            self.problems.append(f"{where}: got {got!r}, want {want!r}")

    def true(self, where, cond, msg):
        if not cond:
            self.problems.append(f"{where}: {msg}")


def expected_node(n):
    """A node's attributes as the JSON has them: names per language, and
    every other member (kg export --with-metrics adds centralities)."""
    want = {k: v for k, v in n.items() if k not in ("id", "names")}
    for lang, name in n["names"].items():
        want["name_" + lang] = name
    return want


def expected_link(link):
    want = {}
    for k, v in link.items():
        if k in ("source", "target", "key") or v is None:
            continue
        if k == "cues":
            want[k] = join_cues(v)
        else:
            want[k] = ", ".join(v) if isinstance(v, list) else v
    return want


def join_cues(cues):
    """Cues as the text formats write them: "|" between cues, a backslash
    before each backslash or "|" inside one (docs/formats.md)."""
    return "|".join(c.replace("\\", "\\\\").replace("|", "\\|") for c in cues)


def check_attrs(c, where, got, want, xml):
    for k, v in want.items():
        c.eq(f"{where} {k}", got.get(k), xml_text(v) if xml else v)


def node_link_graph_36(data):
    """NetworkX 3.6's node_link_graph(data), reproduced on an older
    NetworkX: 3.6 reads the claims under "edges" by default (edges="edges"),
    no longer "links", and has dropped the link= and attrs= arguments; the
    rest of its reading (directed, multigraph, graph, nodes by "id", edge
    ends "source"/"target", multigraph keys under "key", every other member
    an attribute) is 2.8's. So: refuse a file without "edges" as 3.6 does
    (KeyError), and read "edges" with 2.8's reader told link="edges"."""
    if "edges" not in data:
        raise KeyError("edges")
    if tuple(int(x) for x in nx.__version__.split(".")[:2]) >= (3, 6):
        return json_graph.node_link_graph(data)
    return json_graph.node_link_graph(data, link="edges")


def check_json(c, data, path):
    """NetworkX reads the node-link JSON into the same graph the file
    holds, with its default call as NetworkX 2.8 to 3.5 make it (claims
    under "links") and as 3.6 and later make it (claims under "edges")."""
    c.eq(f"{path} edges = links", data.get("edges"), data.get("links"))
    for k in ("links", "edges"):
        for link in data.get(k, []):
            nulls = [a for a, v in link.items() if v is None]
            c.true(f"{path} {k} {link.get('key')}", not nulls, f"null values (absent values are left out): {nulls}")
    lines = [check_json_graph(c, data, path, json_graph.node_link_graph(data), "networkx json (links)")]
    try:
        g36 = node_link_graph_36(data)
    except KeyError as err:
        c.problems.append(f"{path}: NetworkX 3.6's node_link_graph(data) fails: KeyError {err}")
    else:
        lines.append(check_json_graph(c, data, path, g36, "networkx 3.6 json (edges)"))
    return "\n".join(lines)


def check_json_graph(c, data, path, g, what):
    c.true(path, g.is_directed() and g.is_multigraph(), "not a directed multigraph")
    c.eq(f"{path} nodes", sorted(g.nodes), sorted(n["id"] for n in data["nodes"]))
    for n in data["nodes"]:
        for k in ("label", "kind", "names"):
            c.eq(f"{path} node {n['id']} {k}", g.nodes[n["id"]].get(k), n[k])
    links = {link["key"]: link for link in data["links"]}
    c.eq(f"{path} edges", g.number_of_edges(), len(links))
    for u, v, k, d in g.edges(keys=True, data=True):
        link = links.get(k)
        if link is None:
            c.problems.append(f"{path}: unexpected edge {k!r}")
            continue
        c.eq(f"{path} edge {k} ends", (u, v), (link["source"], link["target"]))
        check_attrs(c, f"{path} edge {k}", d, {x: y for x, y in link.items() if x not in ("source", "target", "key")}, False)
    return f"{what}: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"


def check_graphml(c, data, path):
    g = nx.read_graphml(path, force_multigraph=True, edge_key_type=str)
    c.true(path, g.is_directed() and g.is_multigraph(), "not a directed multigraph")
    nodes = {n["id"]: n for n in data["nodes"]}
    c.eq(f"{path} nodes", sorted(g.nodes), sorted(nodes))
    for nid, n in nodes.items():
        if nid not in g:
            continue
        got = g.nodes[nid]
        want = expected_node(n)
        check_attrs(c, f"{path} node {nid}", got, want, True)
        extra = [k for k in got if k.startswith("name_") and k not in want]
        c.true(f"{path} node {nid}", not extra, f"names the JSON lacks: {extra}")
    links = {link["key"]: link for link in data["links"]}
    c.eq(f"{path} edges", g.number_of_edges(), len(links))
    labels = {}
    for u, v, k, d in g.edges(keys=True, data=True):
        link = links.get(k)
        if link is None:
            c.problems.append(f"{path}: unexpected edge {k!r}")
            continue
        c.eq(f"{path} edge {k} ends", (u, v), (link["source"], link["target"]))
        own = "tie" if "tie" in link else "claim"  # kg export --ties
        c.eq(f"{path} edge {k} {own}", d.get(own), k)
        check_attrs(c, f"{path} edge {k}", d, expected_link(link), True)
        labels[k] = d.get("label")
    return labels, f"networkx graphml: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"


def gexf_values(c, where, d):
    """kg declares one dynamic <attributes> block per class (graphology-gexf
    keeps only the last block of a class), so NetworkX reads every attribute
    as a list of (value, start, end); all but eras hold one value without a
    spell. Returns the attributes with those unwrapped."""
    out = {}
    for k, v in d.items():
        if k == "eras" or not isinstance(v, list):
            out[k] = v
            continue
        if len(v) == 1 and v[0][1:] == ("None", "None"):
            out[k] = v[0][0]
        else:
            c.problems.append(f"{where} {k}: a static value with spells: {v!r}")
    return out


def check_gexf(c, data, path, labels):
    register_gexf_13()
    g = nx.read_gexf(path, version="1.3")
    c.true(path, g.is_directed(), "not directed")
    nodes = {n["id"]: n for n in data["nodes"]}
    c.eq(f"{path} nodes", sorted(g.nodes), sorted(nodes))
    spans = {}
    for link in data["links"]:
        for nid in (link["source"], link["target"]):
            lo, hi = first_day(link.get("start")), last_day(link.get("end"))
            if nid in spans:
                plo, phi = spans[nid]
                lo = None if lo is None or plo is None else min(lo, plo)
                hi = None if hi is None or phi is None else max(hi, phi)
            spans[nid] = (lo, hi)
    for nid, n in nodes.items():
        if nid not in g:
            continue
        got = gexf_values(c, f"{path} node {nid}", g.nodes[nid])
        check_attrs(c, f"{path} node {nid}", got, expected_node(n), True)
        lo, hi = spans[nid]
        c.eq(f"{path} node {nid} start", got.get("start"), lo)
        c.eq(f"{path} node {nid} end", got.get("end"), hi)
    links = {link["key"]: link for link in data["links"]}
    c.eq(f"{path} edges", g.number_of_edges(), len(links))
    for u, v, d in g.edges(data=True):
        k = d.get("id")
        d = gexf_values(c, f"{path} edge {k}", d)
        link = links.get(k)
        if link is None:
            c.problems.append(f"{path}: unexpected edge {k!r}")
            continue
        c.eq(f"{path} edge {k} ends", (u, v), (link["source"], link["target"]))
        want = expected_link(link)
        for moved in ("start", "end", "weight"):
            want.pop(moved, None)
        check_attrs(c, f"{path} edge {k}", d, want, True)
        c.eq(f"{path} edge {k} weight", d.get("weight"), float(link["weight"]))
        c.eq(f"{path} edge {k} label", d.get("label"), labels.get(k))
        c.eq(f"{path} edge {k} start", d.get("start"), first_day(link.get("start")))
        c.eq(f"{path} edge {k} end", d.get("end"), last_day(link.get("end")))
        c.eq(f"{path} edge {k} period", d.get("period"), f"{link.get('start') or '..'}/{link.get('end') or '..'}")
        eras = d.get("eras", [])
        if link.get("era"):
            c.true(f"{path} edge {k}", any(link["era"] in e[0].split("|") for e in eras),
                   f"era {link['era']} not among its eras {eras}")
        bounds = [(s, e) for _, s, e in eras]
        for (s1, e1), (s2, e2) in zip(bounds, bounds[1:]):
            c.true(f"{path} edge {k}", e1 != "None" and s2 != "None" and e1 < s2, f"era spans overlap: {eras}")
    return f"networkx gexf 1.3: {g.number_of_nodes()} nodes, {g.number_of_edges()} edges"


def check_igraph(c, data, path):
    g = igraph.Graph.Read_GraphML(path)
    c.true(path, g.is_directed(), "igraph: not directed")
    c.eq(f"{path} igraph vertices", g.vcount(), len(data["nodes"]))
    c.eq(f"{path} igraph edges", g.ecount(), len(data["links"]))
    c.eq(f"{path} igraph vertex ids", sorted(g.vs["id"]), sorted(n["id"] for n in data["nodes"]))
    got = collections.Counter(
        (g.vs[e.source]["id"], g.vs[e.target]["id"], e["type"], int(e["sign"]), bool(e["directed"])) for e in g.es)
    want = collections.Counter(
        (link["source"], link["target"], link["type"], link["sign"], link["directed"]) for link in data["links"])
    c.eq(f"{path} igraph typed edges", got, want)
    return f"igraph graphml: {g.vcount()} vertices, {g.ecount()} edges"


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print(__doc__.splitlines()[2], file=sys.stderr)
        return 2
    d = argv[1]
    paths = {name: os.path.join(d, "kg." + name) for name in ("json", "graphml", "gexf")}
    with open(paths["json"], encoding="utf-8") as f:
        data = json.load(f)
    c = Checker()
    report = [check_json(c, data, paths["json"])]
    labels, line = check_graphml(c, data, paths["graphml"])
    report.append(line)
    report.append(check_gexf(c, data, paths["gexf"], labels))
    report.append(check_igraph(c, data, paths["graphml"]))
    for line in report:
        print(line)
    if c.problems:
        for p in c.problems:
            print("mismatch:", p)
        print(f"conformance: {len(c.problems)} mismatches")
        return 1
    print("conformance: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
