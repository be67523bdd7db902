package text

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"kg/graph"
	"kg/graph/diff"
	"kg/graph/golden"
)

// The diff reports are compared with golden files in testdata/diff/golden,
// one per case and format; KG_UPDATE_GOLDEN=1 go test rewrites them. The
// fixtures are two revisions, v1 and v2, of a small knowledge base of two
// documents under testdata/diff; the case real-docs is a snapshot of the
// real data, to update after curating.

var diffGoldenDir = filepath.Join("..", "..", "testdata", "diff", "golden")

// diffKB loads a fixture revision of testdata/diff, or the real data for
// "real".
func diffKB(t *testing.T, name string) *graph.KB {
	t.Helper()
	opt := graph.Options{DataDir: filepath.Join("..", "..", "testdata", "diff", name, "data"), SeedsDir: filepath.Join("..", "..", "testdata", "diff", name, "seeds")}
	if name == "real" {
		opt = graph.Options{DataDir: filepath.Join("..", "..", "data"), SeedsDir: filepath.Join("..", "..", "seeds")}
	}
	kb, err := graph.Load(opt)
	if err != nil {
		t.Fatalf("loading %s: %v", name, err)
	}
	return kb
}

type diffCase struct {
	name         string
	dataA, dataB string // "v1", "v2" or "real"
	a, b         string // view specs
	match        string
}

var diffCases = []diffCase{
	{"docs", "v1", "v1", "doc=doc-a", "doc=doc-b", "type"},
	{"docs-category", "v1", "v1", "doc=doc-a", "doc=doc-b", "category"},
	{"docs-sign", "v1", "v1", "doc=doc-a", "doc=doc-b", "sign"},
	{"eras", "v1", "v1", "era=iran-iraq-war", "era=post-saddam", "category"},
	{"versions", "v1", "v2", "modality=all", "modality=all", "type"},
	{"same", "v1", "v1", "doc=doc-b,sign=-", "doc=doc-b,sign=-", "type"},
	{"real-docs", "real", "real", "doc=pourhassan-seifi-soft-alliance", "doc=mehr-iran-iraq-regional-balance", "type"},
}

// diffReport computes a case's report as kg diff will: parse the specs,
// check them against each side's knowledge base, compare.
func diffReport(t *testing.T, tc diffCase) *diff.Report {
	t.Helper()
	kbA, kbB := diffKB(t, tc.dataA), diffKB(t, tc.dataB)
	va, err := diff.ParseSpec(tc.a)
	if err != nil {
		t.Fatal(err)
	}
	vb, err := diff.ParseSpec(tc.b)
	if err != nil {
		t.Fatal(err)
	}
	if err := kbA.Check(va); err != nil {
		t.Fatal(err)
	}
	if err := kbB.Check(vb); err != nil {
		t.Fatal(err)
	}
	match, err := diff.ParseMatch(tc.match)
	if err != nil {
		t.Fatal(err)
	}
	return diff.Compare(kbA.Network(va), kbB.Network(vb), diff.Options{Match: match, Seed: 1, KBA: kbA, KBB: kbB})
}

var diffFormats = map[string]string{"text": ".txt", "markdown": ".md", "json": ".json"}

func TestDiffGolden(t *testing.T) {
	for _, tc := range diffCases {
		r := diffReport(t, tc)
		for format, ext := range diffFormats {
			t.Run(tc.name+ext, func(t *testing.T) {
				var buf bytes.Buffer
				if err := Diff(&buf, r, format); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join(diffGoldenDir, tc.name+ext), buf.Bytes())
			})
		}
	}
}

// diffFirstLine shows the first line where got and want differ.
func diffFirstLine(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got: " + gl + "\nwant: " + wl
		}
	}
	return ""
}

// TestDiffClaims: in every format, every added, removed or changed tie
// lists each claim behind it on each side, as document/claim:lines.
func TestDiffClaims(t *testing.T) {
	for _, tc := range diffCases {
		r := diffReport(t, tc)
		var refs []string
		for _, list := range [][]diff.TieDiff{r.Ties.Added, r.Ties.Removed, r.Ties.Changed} {
			for _, d := range list {
				for _, s := range []*diff.Side{d.A, d.B} {
					if s == nil {
						continue
					}
					if len(s.Claims) == 0 {
						t.Errorf("%s: tie %s has a side without claims", tc.name, d.Key)
					}
					for _, c := range s.Claims {
						refs = append(refs, c.Ref())
					}
				}
			}
		}
		for _, format := range []string{"text", "markdown", "json"} {
			var buf bytes.Buffer
			if err := Diff(&buf, r, format); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			for _, ref := range refs {
				if format == "json" {
					key, _, _ := strings.Cut(ref, ":")
					ref = `"key": "` + key + `"`
				}
				if !strings.Contains(out, ref) {
					t.Errorf("%s, %s: claim %s is not listed", tc.name, format, ref)
				}
			}
		}
	}
}

// TestDiffJSON: the JSON output decodes into a Report that encodes to the
// same JSON, and has the keys docs/diff.md documents.
func TestDiffJSON(t *testing.T) {
	r := diffReport(t, diffCases[0])
	var buf bytes.Buffer
	if err := Diff(&buf, r, "json"); err != nil {
		t.Fatal(err)
	}
	var back diff.Report
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatal(err)
	}
	var again bytes.Buffer
	if err := Diff(&again, &back, "json"); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Errorf("the JSON does not round-trip:\n%s", diffFirstLine(again.String(), buf.String()))
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"match", "a", "b", "similarity", "actors", "ties", "metrics", "blocs", "balance"} {
		if _, ok := top[k]; !ok {
			t.Errorf("no %q in the JSON report", k)
		}
	}
	if len(top) != 9 {
		t.Errorf("%d top-level keys in the JSON report, docs/diff.md documents 9", len(top))
	}
}

func TestDiffFormat(t *testing.T) {
	r := diffReport(t, diffCases[0])
	var text, dflt bytes.Buffer
	if err := Diff(&text, r, "text"); err != nil {
		t.Fatal(err)
	}
	if err := Diff(&dflt, r, ""); err != nil {
		t.Fatal(err)
	}
	if text.String() != dflt.String() {
		t.Errorf("the default format is not text")
	}
	err := Diff(&text, r, "pdf")
	if err == nil || err.Error() != `unknown format "pdf" (want text, markdown, json)` {
		t.Errorf("Diff with format pdf: %v", err)
	}
}

// TestDiffSkipped: a diff that compared ties only says so in place of its
// metrics, blocs and balance.
func TestDiffSkipped(t *testing.T) {
	r := diffReport(t, diffCases[0])
	r.Metrics, r.Skipped = nil, "too large for the build"
	for _, format := range []string{"text", "markdown", "json"} {
		var buf bytes.Buffer
		if err := Diff(&buf, r, format); err != nil {
			t.Fatal(err)
		}
		out := buf.String()
		if !strings.Contains(out, "too large for the build") {
			t.Errorf("%s: the reason is not given:\n%s", format, out)
		}
		if format != "json" && (strings.Contains(out, "frustration") || strings.Contains(strings.ToLower(out), "bloc 1")) {
			t.Errorf("%s: balance or blocs shown though not compared:\n%s", format, out)
		}
	}
}
