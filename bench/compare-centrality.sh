#!/usr/bin/env bash
# Side-by-side centrality timings on the same generated edge lists in one
# run: kg (graph/metrics, Brandes in parallel over the cores) against
# python3-igraph on 10,000 nodes / 100,000 edges and against
# python3-networkx on 2,000 nodes / 10,000 edges, betweenness against
# betweenness and every centrality against every centrality; then kg alone,
# sampled from 256 pivots, on 100,000 nodes / 1,000,000 edges. Medians of
# REPEAT runs (default 3), and the ratios. Needs Debian's python3-igraph and
# python3-networkx (apt-get install python3-igraph python3-networkx).
#
#   bash bench/compare-centrality.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
repeat="${1:-3}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/centrality" ./bench/centrality

field() { /usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))[sys.argv[2]])" "$1" "$2"; }
ratio() { /usr/bin/python3 -c "import sys; print('%.1f' % (float(sys.argv[1]) / float(sys.argv[2])))" "$1" "$2"; }

compare() { # nodes edges other-tool
	local n=$1 m=$2 other=$3
	"$tmp/centrality" -gen -n "$n" -m "$m" -seed 1 > "$tmp/g-$n.edges"
	"$tmp/centrality" -edges "$tmp/g-$n.edges" -repeat "$repeat" > "$tmp/kg-$n.json"
	/usr/bin/python3 bench/centrality.py "$other" "$tmp/g-$n.edges" "$repeat" > "$tmp/$other-$n.json"
	local kg_b kg_all other_b other_all
	kg_b=$(field "$tmp/kg-$n.json" betweenness)
	kg_all=$(field "$tmp/kg-$n.json" all)
	other_b=$(field "$tmp/$other-$n.json" betweenness)
	other_all=$(field "$tmp/$other-$n.json" all)
	printf '%s nodes, %s edges:\n' "$n" "$m"
	printf '  kg: betweenness %.3f s; all centralities (betweenness, closeness, harmonic, eigenvector, PageRank, HITS) %.3f s\n' "$kg_b" "$kg_all"
	printf '  %s: betweenness %.3f s; all centralities %.3f s\n' "$other" "$other_b" "$other_all"
	printf '  %s/kg: betweenness vs betweenness %sx; all vs all %sx\n' "$other" "$(ratio "$other_b" "$kg_b")" "$(ratio "$other_all" "$kg_all")"
}

sampled() { # nodes edges pivots
	local n=$1 m=$2 k=$3
	"$tmp/centrality" -gen -n "$n" -m "$m" -seed 1 > "$tmp/g-$n.edges"
	"$tmp/centrality" -edges "$tmp/g-$n.edges" -samples "$k" -repeat "$repeat" > "$tmp/kg-$n.json"
	# Exact betweenness costs O(nm): 100 times the 10,000-node graph's time,
	# 5,000 times the 2,000-node graph's.
	local igraph_h nx_h
	igraph_h=$(/usr/bin/python3 -c "import sys; print('%.1f' % (100 * float(sys.argv[1]) / 3600))" "$(field "$tmp/igraph-10000.json" betweenness)")
	nx_h=$(/usr/bin/python3 -c "import sys; print('%.0f' % (5000 * float(sys.argv[1]) / 3600))" "$(field "$tmp/networkx-2000.json" betweenness)")
	printf '%s nodes, %s edges, kg sampled from %s pivots:\n' "$n" "$m" "$k"
	printf '  (kg only: exact betweenness, O(nm), would take about %s h in igraph and %s h in NetworkX by\n' "$igraph_h" "$nx_h"
	printf '  the times above; igraph has no sampled betweenness, only a path-length cutoff, another measure)\n'
	printf '  kg: betweenness %.3f s; all centralities %.3f s; peak memory %.0f MB, the gonum graph included\n' \
		"$(field "$tmp/kg-$n.json" betweenness)" "$(field "$tmp/kg-$n.json" all)" "$(field "$tmp/kg-$n.json" peak_rss_mb)"
	printf '  error bound: every betweenness within %.3f with probability 0.999 (metrics.SamplingError)\n' \
		"$(field "$tmp/kg-$n.json" sampling_error)"
}

echo "median of $repeat runs, GOMAXPROCS=$(nproc); load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
compare 10000 100000 igraph
compare 2000 10000 networkx
sampled 100000 1000000 256
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
