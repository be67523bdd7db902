#!/usr/bin/env bash
# Time kg's HTML report in headless Chromium: the repository's combined
# view and a generated view of 1,000 actors and about 10,000 ties (with
# sfdp positions, and without, when the page lays it out itself with
# fCoSE). Per page, RUNS fresh browsers (default 3): time to the first
# frame, and filter changes each timed to the next frame; medians last.
#
#   bash bench/reportpage/run.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs="${1:-3}"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./bench/reportpage -o "$tmp"
repo='[{"sign":"-"},{},{"doc":"kadhimi-foreign-policy-report"},{},{"era":"post-saddam"},{},{"modality":"all"},{}]'
gen='[{"sign":"-"},{},{"doc":"doc-003"},{},{"era":"era-5"},{},{"at":"1950"},{}]'
node bench/reportpage/measure.js "$tmp/repo.html" "$runs" "$repo"
node bench/reportpage/measure.js "$tmp/generated.html" "$runs" "$gen"
node bench/reportpage/measure.js "$tmp/generated-nopos.html" "$runs" "$gen"
