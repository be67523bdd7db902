#!/usr/bin/python3
"""Times igraph's or NetworkX's centralities on an edge list, for
bench/compare-centrality.sh. Run with Debian's /usr/bin/python3.

usage: centrality.py igraph|networkx FILE.edges [REPEAT]
Prints one JSON object: median seconds of betweenness alone and of every
centrality kg computes (betweenness, closeness, harmonic, eigenvector,
PageRank, HITS)."""
import json, statistics, sys, time

tool, path = sys.argv[1], sys.argv[2]
repeat = int(sys.argv[3]) if len(sys.argv) > 3 else 3
edges = [tuple(map(int, l.split()[:2])) for l in open(path) if l.strip()]

if tool == "igraph":
    import igraph
    n = max(max(e) for e in edges) + 1
    g = igraph.Graph(n=n, edges=edges, directed=False)
    def betweenness():
        g.betweenness()
    def everything():
        g.betweenness(); g.closeness(); g.harmonic_centrality()
        g.eigenvector_centrality(); g.pagerank(); g.hub_score(); g.authority_score()
    nodes, m = g.vcount(), g.ecount()
else:
    import networkx as nx
    g = nx.Graph(); g.add_edges_from(edges)
    def betweenness():
        nx.betweenness_centrality(g)
    def everything():
        nx.betweenness_centrality(g); nx.closeness_centrality(g); nx.harmonic_centrality(g)
        nx.eigenvector_centrality(g, max_iter=1000); nx.pagerank(g); nx.hits(g, max_iter=1000)
    nodes, m = g.number_of_nodes(), g.number_of_edges()

def timed(f):
    runs = []
    for _ in range(repeat):
        t = time.perf_counter(); f(); runs.append(time.perf_counter() - t)
    return statistics.median(runs), runs

b, bruns = timed(betweenness)
a, aruns = timed(everything)
print(json.dumps({"tool": tool, "nodes": nodes, "edges": m, "betweenness": b, "all": a,
                  "betweenness_runs": bruns, "all_runs": aruns}))
