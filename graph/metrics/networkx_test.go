package metrics

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"kg/graph/conformance"
)

// TestNetworkXScript reruns networkx_metrics.py with the real NetworkX and
// checks that it writes the committed expected files, so that the
// reference values cannot drift from the library they claim to come from.
// Numbers are compared within tolExact, relative and absolute, not byte for
// byte: HITS goes through SciPy's ARPACK and the BLAS kernel the CPU gets,
// whose last digits differ between CPUs (0.0 on one is -1.6e-16 on another).
// It needs networkx 2.8.8 and SciPy under /usr/bin/python3 (conformance
// package: skipped without them unless KG_REQUIRE_CONFORMANCE=1).
func TestNetworkXScript(t *testing.T) {
	python := conformance.Python(t, "networkx", "scipy")
	out, err := exec.Command(python, "-c", "import networkx; print(networkx.__version__)").Output()
	if err != nil {
		t.Fatalf("%s: networkx version: %v", python, err)
	}
	if v := strings.TrimSpace(string(out)); v != "2.8.8" {
		conformance.Missing(t, "the expected files come from networkx 2.8.8; %s has %s", python, v)
	}

	dir := t.TempDir()
	cmd := exec.Command(python, filepath.Join(networksDir, "networkx_metrics.py"), "-o", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("networkx_metrics.py: %v\n%s", err, out)
	}
	for _, name := range networks(t) {
		file := name + ".expected.json"
		want := readJSON(t, filepath.Join(networksDir, file))
		got := readJSON(t, filepath.Join(dir, file))
		if diffs := jsonDiff("", got, want, tolExact); len(diffs) > 0 {
			t.Errorf("%s: NetworkX now writes something else; rerun networkx_metrics.py and review the change:\n\t%s",
				file, strings.Join(diffs, "\n\t"))
		}
	}
}

func readJSON(t *testing.T, path string) any {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(data, &v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return v
}

// jsonDiff lists where got and want (decoded JSON) differ, each at its
// path: in structure, keys, strings, booleans and nulls exactly, in
// numbers by more than tol·(1 + max(|got|, |want|)), a tolerance that is
// absolute near zero and relative for large values.
func jsonDiff(path string, got, want any, tol float64) []string {
	switch w := want.(type) {
	case map[string]any:
		g, ok := got.(map[string]any)
		if !ok {
			return []string{fmt.Sprintf("%s: %v, committed an object", path, got)}
		}
		var diffs []string
		keys := make([]string, 0, len(w)+len(g))
		for k := range w {
			keys = append(keys, k)
		}
		for k := range g {
			if _, ok := w[k]; !ok {
				keys = append(keys, k)
			}
		}
		slices.Sort(keys)
		for _, k := range keys {
			gv, gok := g[k]
			wv, wok := w[k]
			switch {
			case !gok:
				diffs = append(diffs, fmt.Sprintf("%s.%s: missing", path, k))
			case !wok:
				diffs = append(diffs, fmt.Sprintf("%s.%s: not in the committed file", path, k))
			default:
				diffs = append(diffs, jsonDiff(path+"."+k, gv, wv, tol)...)
			}
		}
		return diffs
	case []any:
		g, ok := got.([]any)
		if !ok || len(g) != len(w) {
			return []string{fmt.Sprintf("%s: %v, committed %v", path, got, want)}
		}
		var diffs []string
		for i := range w {
			diffs = append(diffs, jsonDiff(fmt.Sprintf("%s[%d]", path, i), g[i], w[i], tol)...)
		}
		return diffs
	case float64:
		g, ok := got.(float64)
		if !ok || math.Abs(g-w) > tol*(1+max(math.Abs(g), math.Abs(w))) {
			return []string{fmt.Sprintf("%s: %v, committed %v", path, got, want)}
		}
		return nil
	default: // string, bool, nil
		if got != want {
			return []string{fmt.Sprintf("%s: %v, committed %v", path, got, want)}
		}
		return nil
	}
}

func TestJSONDiff(t *testing.T) {
	parse := func(s string) any {
		var v any
		if err := json.Unmarshal([]byte(s), &v); err != nil {
			t.Fatal(err)
		}
		return v
	}
	want := parse(`{"graph": {"n": 5, "directed": true}, "nodes": {"a": {"hub": 0.0, "authority": 0.15517519595464968, "big": 1e6}}, "l": [1, null, "x"]}`)
	for _, c := range []struct {
		got   string
		diffs int
	}{
		{`{"graph": {"n": 5, "directed": true}, "nodes": {"a": {"hub": -1.6e-16, "authority": 0.1551751959546496, "big": 1000000.0000001}}, "l": [1, null, "x"]}`, 0},
		{`{"graph": {"n": 5, "directed": true}, "nodes": {"a": {"hub": 2e-9, "authority": 0.155175198, "big": 1000000.01}}, "l": [1, null, "x"]}`, 3},
		{`{"graph": {"n": 5, "directed": false}, "nodes": {"a": {"hub": 0, "big": 1e6, "new": 1}}, "l": [1, 0, "y"]}`, 5},
		{`{"graph": {"n": 5, "directed": true}, "nodes": {}, "l": [1, null]}`, 2},
	} {
		if diffs := jsonDiff("", parse(c.got), want, tolExact); len(diffs) != c.diffs {
			t.Errorf("%s: %d differences, want %d: %q", c.got, len(diffs), c.diffs, diffs)
		}
	}
}
