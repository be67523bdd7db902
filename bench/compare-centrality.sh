#!/usr/bin/env bash
# Side-by-side centrality timings: kg (graph/metrics, Brandes in parallel
# over the cores) against python3-igraph on 10,000 nodes / 100,000 edges,
# and against python3-networkx on 2,000 nodes / 10,000 edges, on the same
# generated edge lists in one run; medians of REPEAT runs (default 3), and
# the ratios. Needs Debian's python3-igraph and python3-networkx
# (apt-get install python3-igraph python3-networkx).
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
	local kg_all other_b other_all
	kg_all=$(field "$tmp/kg-$n.json" all)
	other_b=$(field "$tmp/$other-$n.json" betweenness)
	other_all=$(field "$tmp/$other-$n.json" all)
	printf '%s nodes, %s edges:\n' "$n" "$m"
	printf '  kg, all centralities (betweenness, closeness, harmonic, eigenvector, PageRank, HITS): %.3f s\n' "$kg_all"
	printf '  %s, betweenness alone: %.3f s; all centralities: %.3f s\n' "$other" "$other_b" "$other_all"
	printf '  ratio %s/kg: betweenness alone vs kg all %sx, all vs all %sx\n' "$other" "$(ratio "$other_b" "$kg_all")" "$(ratio "$other_all" "$kg_all")"
}

echo "median of $repeat runs, GOMAXPROCS=$(nproc)"
compare 10000 100000 igraph
compare 2000 10000 networkx
