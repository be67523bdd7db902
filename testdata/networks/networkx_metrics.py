#!/usr/bin/python3
"""Reference values for kg/graph/metrics, computed by NetworkX.

Usage:
    /usr/bin/python3 networkx_metrics.py [-o DIR] [FILE.edges ...]
    /usr/bin/python3 networkx_metrics.py --write-edges

Reads each edge list (by default every *.edges file next to this script)
and writes NAME.expected.json to DIR (by default the script's directory)
with NetworkX's values of every measure kg/graph/metrics computes.
--write-edges regenerates the edge lists taken from NetworkX's own graphs
(florentine, karate, lesmis); the others are written by hand.

Edge list format, one item a line:
    # comment               ("# graph: directed" makes the graph directed)
    a b                     an edge (an arc a -> b in a directed graph)
    a b 2.5                 an edge with weight 2.5 (default 1)
    a                       a node, possibly isolated
Nodes are numbered in order of first appearance; the Go tests give them
increasing gonum IDs in that order.

Output: {"graph": {...}, "nodes": {name: {...}}} with sorted keys and
Python's shortest round-trip float repr. Per node, the measures are
NetworkX's defaults; eigenvector_converged and pagerank_converged are the
same NetworkX functions run to a tolerance of 1e-15, because at their
default tolerance of 1e-6 they stop up to about 2e-5 away from the limit.

Needs Debian's python3-networkx (2.8.8), which imports under /usr/bin/python3.
"""

import argparse
import json
import os
import sys
import warnings

import networkx as nx
import numpy

HERE = os.path.dirname(os.path.abspath(__file__))


def read_edges(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    directed = any(line.strip() == "# graph: directed" for line in lines)
    G = nx.DiGraph() if directed else nx.Graph()
    for lineno, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        f = s.split()
        if len(f) == 1:
            G.add_node(f[0])
        elif len(f) == 2:
            G.add_edge(f[0], f[1])
        elif len(f) == 3:
            G.add_edge(f[0], f[1], weight=float(f[2]))
        else:
            sys.exit(f"{path}:{lineno}: want 1 to 3 fields, got {len(f)}")
    return G


def largest_component(G):
    """The largest (weakly) connected component, the one whose first node
    comes first among equally large ones, as kg/graph/metrics chooses."""
    order = {v: i for i, v in enumerate(G)}
    if G.is_directed():
        comps = nx.weakly_connected_components(G)
    else:
        comps = nx.connected_components(G)
    return max(comps, key=lambda c: (len(c), -min(order[v] for v in c)))


def diameter(H):
    """nx.diameter of H; for a digraph that is not strongly connected, where
    NetworkX raises, the longest finite directed distance."""
    if len(H) == 0:
        return 0
    if not H.is_directed() or nx.is_strongly_connected(H):
        return nx.diameter(H)
    return max(max(d.values()) for _, d in nx.shortest_path_length(H))


def or_none(f, *args, **kwargs):
    try:
        return f(*args, **kwargs)
    except nx.PowerIterationFailedConvergence:
        return None


def measures(G):
    directed = G.is_directed()
    n = len(G)
    comps = (
        nx.number_weakly_connected_components(G)
        if directed
        else nx.number_connected_components(G)
    )
    H = G.subgraph(largest_component(G)) if n else G
    summary = {
        "directed": directed,
        "nodes": n,
        "edges": G.number_of_edges(),
        "density": float(nx.density(G)),
        "components": comps,
        "diameter": diameter(H),
        "avg_path_length": float(nx.average_shortest_path_length(H)) if n else 0.0,
        "transitivity": float(nx.transitivity(G)),
        "reciprocity": (
            float(nx.overall_reciprocity(G))
            if directed and G.number_of_edges()
            else 0.0
        ),
    }

    bc = nx.betweenness_centrality(G)
    cc = nx.closeness_centrality(G)
    hc = nx.harmonic_centrality(G)
    ev = or_none(nx.eigenvector_centrality, G)
    evc = or_none(nx.eigenvector_centrality, G, max_iter=100000, tol=1e-15)
    pr = nx.pagerank(G)
    prc = nx.pagerank(G, tol=1e-15, max_iter=10000)
    # nx.hits calls scipy's svds, which starts ARPACK from a vector drawn
    # from numpy's global random state; fix it so reruns give the same bits.
    numpy.random.seed(0)
    hubs, auths = nx.hits(G)

    nodes = {}
    for v in G:
        if directed:
            # kg counts distinct neighbours; G.degree(v) would count a
            # reciprocal pair twice.
            degree = len(set(G.predecessors(v)) | set(G.successors(v)))
            ind, outd = G.in_degree(v), G.out_degree(v)
        else:
            degree = ind = outd = G.degree(v)
        nodes[v] = {
            "degree": degree,
            "in_degree": ind,
            "out_degree": outd,
            "weighted_degree": float(G.degree(v, weight="weight")),
            "betweenness": float(bc[v]),
            "closeness": float(cc[v]),
            "harmonic": float(hc[v]),
            "eigenvector": None if ev is None else float(ev[v]),
            "eigenvector_converged": None if evc is None else float(evc[v]),
            "pagerank": float(pr[v]),
            "pagerank_converged": float(prc[v]),
            "hub": float(hubs[v]),
            "authority": float(auths[v]),
        }
    return {"graph": summary, "nodes": nodes}


def write_edges():
    """Writes the edge lists of NetworkX's built-in graphs."""
    graphs = [
        (
            "florentine",
            nx.florentine_families_graph(),
            [
                "Florentine families marriage network (Padgett and Ansell 1993),",
                "as networkx.florentine_families_graph() gives it: 15 families,",
                "20 marriages.",
            ],
            False,
        ),
        (
            "karate",
            nx.karate_club_graph(),
            [
                "Zachary's karate club (Zachary 1977), as",
                "networkx.karate_club_graph() gives it: 34 members, 78 ties.",
                "NetworkX's edge weights (interaction counts) are left out: this",
                "is the unweighted graph of the published centralities.",
            ],
            False,
        ),
        (
            "lesmis",
            nx.les_miserables_graph(),
            [
                "Co-appearance of characters in Les Miserables (Knuth 1993), as",
                "networkx.les_miserables_graph() gives it: 77 characters,",
                "254 edges weighted by the number of shared chapters.",
            ],
            True,
        ),
    ]
    for name, G, about, weighted in graphs:
        lines = [f"# {line}" for line in about]
        lines.append(f"# Written by networkx_metrics.py --write-edges (networkx {nx.__version__}).")
        lines.append("# graph: undirected")
        for u, v, d in G.edges(data=True):
            if weighted:
                w = d["weight"]
                w = int(w) if float(w).is_integer() else w
                lines.append(f"{u} {v} {w}")
            else:
                lines.append(f"{u} {v}")
        path = os.path.join(HERE, name + ".edges")
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-o", dest="out", default=HERE, help="output directory")
    ap.add_argument("--write-edges", action="store_true")
    ap.add_argument("files", nargs="*")
    args = ap.parse_args()
    if args.write_edges:
        write_edges()
        return
    files = args.files or sorted(
        os.path.join(HERE, f) for f in os.listdir(HERE) if f.endswith(".edges")
    )
    warnings.simplefilter("ignore", FutureWarning)  # nx.hits' adjacency_matrix
    for path in files:
        name = os.path.basename(path)[: -len(".edges")]
        result = measures(read_edges(path))
        out = os.path.join(args.out, name + ".expected.json")
        with open(out, "w", encoding="utf-8") as f:
            f.write(json.dumps(result, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
