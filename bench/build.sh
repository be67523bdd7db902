#!/usr/bin/env bash
# kg build on the repository's data: median of REPEAT runs (default 5) with
# go-graphviz's compilation cache warm, and with it cold (a fresh private
# cache folder, so kg-render compiles the WebAssembly again); `kg help` with
# a cold cache; then, per diagram, kg's SVG render (kg-render: go-graphviz,
# Graphviz compiled to WebAssembly) against Debian's native dot on the same
# DOT files, side by side, with the ratio.
#
#   bash bench/build.sh [REPEAT]
set -euo pipefail
cd "$(dirname "$0")/.."
repeat="${1:-5}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" .
go build -o "$tmp/kg-render" ./export/diagram/kg-render # found beside kg
export XDG_CACHE_HOME="$tmp/cache" KG_RENDER=
# XDG_CACHE_HOME also moves Go's build cache: keep the current one
GOCACHE=$(go env GOCACHE)
export GOCACHE

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
seconds() { /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1; }

"$tmp/kg" build -o "$tmp/out" >/dev/null # warm the cache
warm=$(for _ in $(seq "$repeat"); do seconds "$tmp/kg" build -o "$tmp/out"; done | median)
cold=$(for i in $(seq "$repeat"); do XDG_CACHE_HOME="$tmp/cold$i" seconds "$tmp/kg" build -o "$tmp/out"; done | median)
echo "kg build, all documents and eras (median of $repeat): warm cache ${warm} s, cold cache ${cold} s"
help=$(for i in $(seq "$repeat"); do mkdir -p "$tmp/help$i"; TMPDIR="$tmp/help$i" XDG_CACHE_HOME="$tmp/help$i" seconds "$tmp/kg" help; done | median)
echo "kg help, cold cache (median of $repeat): ${help} s"

if ! command -v dot >/dev/null; then
	echo "native dot not installed (apt-get install graphviz): no side-by-side"
	exit 0
fi
echo "per diagram, median of $repeat: kg-render (go-graphviz) vs native dot -Tsvg"
printf '%-55s %8s %8s %7s\n' view kg dot ratio
for f in $(cd "$tmp/out" && find . -name graph.dot | sort); do
	d=$(dirname "$f")
	kgt=$(for _ in $(seq "$repeat"); do TMPDIR="$tmp/cache/kg/render-tmp" seconds "$tmp/kg-render" svg < "$tmp/out/$f"; done | median)
	dott=$(for _ in $(seq "$repeat"); do seconds dot -Tsvg -o /dev/null "$tmp/out/$f"; done | median)
	ratio=$(awk -v a="$kgt" -v b="$dott" 'BEGIN { if (b > 0) printf "%.1f", a / b; else print "-" }')
	printf '%-55s %8s %8s %7s\n' "${d#./}" "$kgt" "$dott" "$ratio"
done
