#!/usr/bin/env bash
# kg build on the repository's data: median of REPEAT runs (default 5) with
# go-graphviz's compilation cache warm, and with it cold (a fresh private
# cache folder, so kg-render compiles the WebAssembly again); `kg help` with
# a cold cache; then, per diagram, kg's SVG render (kg-render: go-graphviz,
# Graphviz compiled to WebAssembly) against Debian's native dot on the same
# DOT files, side by side, with the ratio.
#
#   bash bench/build.sh [REPEAT]
#   bash bench/build.sh --generated [REPEAT]   # kg build on generated
#       knowledge bases of 1k, 10k and 100k claims (bench/kbgen): time, user
#       CPU time (kg's and its render children's) and peak RSS
#       (/usr/bin/time -f '%e %U %M'), median of REPEAT (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
generated=
if [ "${1:-}" = --generated ]; then generated=1; shift; fi
repeat="${1:-5}"
[ -n "$generated" ] && repeat="${1:-3}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/kg" .
go build -o "$tmp/kg-render" ./export/diagram/kg-render # found beside kg
export XDG_CACHE_HOME="$tmp/cache" KG_RENDER=
# XDG_CACHE_HOME also moves Go's build cache: keep the current one
GOCACHE=$(go env GOCACHE)
export GOCACHE

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

if [ -n "$generated" ]; then
	# actors, claims, documents
	for size in "100 1000 10" "1000 10000 20" "10000 100000 100"; do
		set -- $size
		kb="$tmp/kb-$2"
		go run ./bench/kbgen/cmd/kbgen -o "$kb" -actors "$1" -claims "$2" -files "$3"
		for _ in $(seq "$repeat"); do
			/usr/bin/time -f "%e %U %M" "$tmp/kg" --data "$kb/data" --seeds "$kb/seeds" build -o "$tmp/out-$2" 2>&1 >/dev/null | tail -1
		done >"$tmp/times"
		t=$(cut -d' ' -f1 "$tmp/times" | median)
		u=$(cut -d' ' -f2 "$tmp/times" | median)
		m=$(cut -d' ' -f3 "$tmp/times" | median)
		echo "kg build, $1 actors, $2 claims, $3 documents (median of $repeat): ${t} s, ${u} s user CPU, peak RSS $((m / 1024)) MB"
	done
	exit 0
fi
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
