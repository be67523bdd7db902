#!/usr/bin/env bash
# Rebuilds vendor.js, the drawing library of the HTML report, from npm:
# Cytoscape.js and the fCoSE layout with its two helper packages, at the
# exact versions below, concatenated as their UMD builds (each defines a
# global: cytoscape, layoutBase, coseBase, cytoscapeFcose) with each
# package's license above its code. The page embeds the result with
# //go:embed, so go build and go test never need npm.
#
#   bash export/report/assets/build-vendor.sh          # rewrite vendor.js
#   bash export/report/assets/build-vendor.sh --check  # fail if it differs
#
# Prints the sha256 of the bundle. CI runs --check when npm is present.
# Exit status: 0 done (or equal), 1 the committed file differs, 3 npm
# could not install the packages.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

# name@version and the file of its UMD build, in load order.
packages=(
	"cytoscape@3.35.0 dist/cytoscape.min.js"
	"layout-base@2.0.1 layout-base.js"
	"cose-base@2.2.0 cose-base.js"
	"cytoscape-fcose@2.2.0 cytoscape-fcose.js"
)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
specs=()
for p in "${packages[@]}"; do
	specs+=("${p%% *}")
done
# --ignore-scripts: nothing runs at install time; --no-package-lock keeps
# the temporary folder clean. Each version is exact, and each package's
# own dependency is one of the list, so npm resolves nothing else.
if ! npm install --prefix "$tmp" --no-audit --no-fund --ignore-scripts --no-package-lock --silent "${specs[@]}" >/dev/null; then
	echo "build-vendor: npm could not install ${specs[*]}" >&2
	exit 3 # not a mismatch: CI skips the check
fi

out="$tmp/vendor.js"
{
	echo "/* vendor.js: the drawing library of kg's HTML report, built by"
	echo "   export/report/assets/build-vendor.sh from npm; do not edit. */"
	for p in "${packages[@]}"; do
		spec=${p%% *} file=${p#* }
		name=${spec%@*} version=${spec##*@}
		got=$(node -p "require('$tmp/node_modules/$name/package.json').version")
		if [[ "$got" != "$version" ]]; then
			echo "build-vendor: npm installed $name $got, want $version" >&2
			exit 1
		fi
		echo
		echo "/*! $name $version ($file), license:"
		sed 's/\*\//* \//g' "$tmp/node_modules/$name/LICENSE"
		echo "*/"
		# CR LF to LF: the HTML parser does it to inline scripts before the
		# browser hashes them for the Content-Security-Policy
		tr -d '\r' <"$tmp/node_modules/$name/$file"
		echo
	done
} >"$out"

if [[ "${1:-}" == "--check" ]]; then
	if ! cmp -s "$out" "$here/vendor.js"; then
		echo "build-vendor: export/report/assets/vendor.js differs from the rebuild" >&2
		echo "	hint: run bash export/report/assets/build-vendor.sh and commit the result" >&2
		exit 1
	fi
	echo "build-vendor: vendor.js matches the rebuild"
else
	cp "$out" "$here/vendor.js"
fi
sha256sum "$here/vendor.js" | cut -d' ' -f1
