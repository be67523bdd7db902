package report_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"kg/export/report"
	"kg/graph"
)

// fixture loads the report's test knowledge base: two documents (English
// and Persian), five actors, a contested pair, a negated claim and two
// directed types.
func fixture(t testing.TB) *graph.KB {
	t.Helper()
	return load(t, "testdata/data", "testdata/seeds")
}

func load(t testing.TB, data, seeds string) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: data, SeedsDir: seeds})
	if err != nil {
		t.Fatal(err)
	}
	return kb
}

// views are the views the tests compare with graph.Network, in the CLI's
// terms.
func views(kb *graph.KB) []graph.View {
	vs := []graph.View{{}, {AllModalities: true}, {Signs: []graph.Sign{graph.Negative}},
		{Modalities: []graph.Modality{graph.Negated}}, {MinConfidence: graph.High},
		{Categories: []graph.Category{graph.Rivalry, graph.Alliance}}}
	for _, d := range kb.Documents {
		vs = append(vs, graph.View{Documents: []string{d.ID}}, graph.View{Documents: []string{d.ID}, Signs: []graph.Sign{graph.Positive}})
	}
	for _, e := range kb.Eras {
		vs = append(vs, graph.View{Era: e.ID})
	}
	at, _ := graph.ParseDate("2005")
	return append(vs, graph.View{At: at})
}

func TestBuildTiesAreTheNetworks(t *testing.T) {
	for _, name := range []string{"fixture", "repository"} {
		kb := fixture(t)
		if name == "repository" {
			kb = load(t, "../../data", "../../seeds")
		}
		for _, v := range views(kb) {
			d, err := report.Build(kb, v, report.Options{})
			if err != nil {
				t.Fatal(err)
			}
			n := kb.Network(v)
			if d.Network.Actors != len(n.Actors) || d.Network.Ties != len(n.Ties) || len(d.Ties) != len(n.Ties) {
				t.Errorf("%s, %s: %d actors, %d ties; the network has %d and %d", name, v, d.Network.Actors, len(d.Ties), len(n.Actors), len(n.Ties))
				continue
			}
			for i, tie := range n.Ties {
				got := d.Ties[i]
				var keys []string
				for _, c := range tie.Claims {
					keys = append(keys, c.Key())
				}
				slices.Sort(keys)
				if got.Source != tie.Source || got.Target != tie.Target || got.Type != tie.Type.ID || got.Sign != tie.Sign().String() ||
					got.Contested != tie.Contested || !slices.Equal(got.Claims, keys) {
					t.Errorf("%s, %s: tie %d is %+v, want %s %s %s with %v", name, v, i, got, tie.Source, tie.Target, tie.Type.ID, keys)
				}
			}
			if len(d.Claims) != len(kb.Claims) || len(d.Actors) != len(kb.Actors) {
				t.Errorf("%s: %d claims and %d actors in the data, want all %d and %d", name, len(d.Claims), len(d.Actors), len(kb.Claims), len(kb.Actors))
			}
			if len(d.Metrics.Actors) != len(n.Actors) {
				t.Errorf("%s, %s: metrics of %d actors, want %d", name, v, len(d.Metrics.Actors), len(n.Actors))
			}
		}
	}
}

func TestBuildClaims(t *testing.T) {
	kb := fixture(t)
	d, err := report.Build(kb, graph.View{}, report.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var c *report.Claim
	for i := range d.Claims {
		if d.Claims[i].Key == "doc-a/iran-iraq-alliance" {
			c = &d.Claims[i]
		}
	}
	if c == nil {
		t.Fatal("claim doc-a/iran-iraq-alliance is missing")
	}
	want := report.Claim{Key: "doc-a/iran-iraq-alliance", ID: "iran-iraq-alliance", Document: "doc-a", Source: "iran", Target: "iraq",
		Type: "alliance", Sign: "+", Modality: "asserted", Confidence: "medium", Weight: 1, Own: report.Period{Start: "2003"},
		Time: report.Period{Start: "2003", End: "2024"}, Note: "A close partnership after 2003.",
		Evidence: []report.Evidence{{Lines: "3", Start: 3, End: 3, Cue: "close partner"}, {Lines: "4", Start: 4, End: 4, Cue: "allies today"}}}
	if fmt.Sprintf("%+v", *c) != fmt.Sprintf("%+v", want) {
		t.Errorf("claim\n%+v\nwant\n%+v", *c, want)
	}
	// an era claim takes the era's period
	for _, c := range d.Claims {
		if c.Key == "doc-a/iran-iraq-war" && (c.Time != report.Period{Start: "1980-09-22", End: "1988-08-20"} || c.Era != "iran-iraq-war") {
			t.Errorf("era claim time %+v era %q", c.Time, c.Era)
		}
	}
	// blocs are precomputed for the opening view, each document and each
	// era that selects claims
	var keys []string
	for _, b := range d.Balance {
		keys = append(keys, b.Key)
	}
	if want := []string{"view", "doc:doc-a", "doc:doc-b", "era:iran-iraq-war", "era:post-saddam"}; !slices.Equal(keys, want) {
		t.Errorf("balance views %v, want %v", keys, want)
	}
	if d.View.Modality.([]string)[0] != "asserted" || d.View.MinConfidence != "low" {
		t.Errorf("opening filters %+v", d.View)
	}
}

func TestBuildErrors(t *testing.T) {
	kb := fixture(t)
	if _, err := report.Build(kb, graph.View{Documents: []string{"doc-c"}}, report.Options{}); err == nil || !strings.Contains(err.Error(), `unknown document "doc-c"`) {
		t.Errorf("unknown document: %v", err)
	}
	_, err := report.Build(kb, graph.View{}, report.Options{Positions: map[string][2]float64{"atlantis": {1, 2}}})
	if err == nil || !strings.Contains(err.Error(), `"atlantis"`) {
		t.Errorf("position of an unknown actor: %v", err)
	}
}

func TestBuildTexts(t *testing.T) {
	kb := fixture(t)
	d, _ := report.Build(kb, graph.View{}, report.Options{})
	if len(d.Texts) != 0 {
		t.Fatalf("texts without Options.Texts: %v", d.Texts)
	}
	texts := map[string][]string{}
	for _, doc := range []string{"doc-a", "doc-b"} {
		b, err := os.ReadFile(filepath.Join("testdata/corpus", doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		texts[doc] = strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	}
	d, _ = report.Build(kb, graph.View{}, report.Options{Texts: texts})
	// doc-a cites lines 2-8, not line 1; doc-b cites 2-6
	if _, ok := d.Texts["doc-a"]["1"]; ok || d.Texts["doc-a"]["2"] != "Tehran and Baghdad fought a long war in the 1980s." || len(d.Texts["doc-a"]) != 7 {
		t.Errorf("doc-a texts %q", d.Texts["doc-a"])
	}
	if d.Texts["doc-b"]["3"] != "آمریکا ایران را تحریم کرد." || len(d.Texts["doc-b"]) != 5 {
		t.Errorf("doc-b texts %q", d.Texts["doc-b"])
	}
}

func page(t testing.TB, kb *graph.KB, v graph.View, opts report.Options) []byte {
	t.Helper()
	d, err := report.Build(kb, v, opts)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := report.Write(&b, d); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWriteDeterministic(t *testing.T) {
	kb := load(t, "../../data", "../../seeds")
	a := page(t, kb, graph.View{}, report.Options{Title: "all"})
	b := page(t, load(t, "../../data", "../../seeds"), graph.View{}, report.Options{Title: "all"})
	if !bytes.Equal(a, b) {
		t.Error("two pages of the same data differ")
	}
}

var (
	scriptRE = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	styleRE  = regexp.MustCompile(`(?s)<style[^>]*>(.*?)</style>`)
	cspRE    = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
)

func TestWritePolicy(t *testing.T) {
	b := page(t, fixture(t), graph.View{}, report.Options{})
	m := cspRE.FindSubmatch(b)
	if m == nil {
		t.Fatal("no Content-Security-Policy meta")
	}
	csp := html.UnescapeString(string(m[1]))
	for _, want := range []string{"default-src 'none'", "connect-src 'none'", "img-src data: blob:", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("policy %q lacks %q", csp, want)
		}
	}
	if strings.Contains(csp, "unsafe") {
		t.Errorf("policy %q allows unsafe sources", csp)
	}
	sha := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	scripts := scriptRE.FindAllSubmatch(b, -1)
	if len(scripts) != 3 {
		t.Fatalf("%d inline scripts, want 3 (library, words, app)", len(scripts))
	}
	for _, s := range scripts {
		if !strings.Contains(csp, sha(string(s[1]))) {
			t.Errorf("the policy does not allow the script starting %.60q", s[1])
		}
	}
	st := styleRE.FindSubmatch(b)
	if st == nil || !strings.Contains(csp, "style-src "+sha(string(st[1]))) {
		t.Error("the policy does not allow the page's style")
	}
	// The CSP goes before anything that loads.
	if i, j := bytes.Index(b, []byte("Content-Security-Policy")), bytes.Index(b, []byte("<script")); i < 0 || j < i {
		t.Error("the policy comes after a script")
	}
	// No markup points outside the page.
	if m := regexp.MustCompile(`(?i)\b(src|href|action)\s*=\s*"(https?:)?//`).Find(b); m != nil {
		t.Errorf("markup loads from the network: %s", m)
	}
}

func TestWriteEscapesData(t *testing.T) {
	kb := fixture(t)
	kb.Claims[0].Note = `</script><script>alert(1)</script><!-- x`
	kb.Actors[0].Names["en"] = `Iran</title><script>alert(2)</script>`
	b := page(t, kb, graph.View{}, report.Options{Title: `a </title> & <b>`})
	if n := bytes.Count(b, []byte("</script>")); n != 4 {
		t.Errorf("%d </script> tags, want 4: data, library, words, app", n)
	}
	for _, bad := range []string{"<script>alert", "<!-- x", "</title> &"} {
		if bytes.Contains(b, []byte(bad)) {
			t.Errorf("page holds %q unescaped", bad)
		}
	}
	// and the data still reads back
	m := regexp.MustCompile(`(?s)<script type="application/json" id="kg-data">(.*?)</script>`).FindSubmatch(b)
	var d report.Data
	if err := json.Unmarshal(m[1], &d); err != nil {
		t.Fatal(err)
	}
	if d.Claims[0].Note != kb.Claims[0].Note {
		t.Errorf("note read back as %q", d.Claims[0].Note)
	}
}

// Example writes the report of one document of the fixture: Build
// computes the data, Write the page.
func Example() {
	kb, err := graph.Load(graph.Options{DataDir: "testdata/data", SeedsDir: "testdata/seeds"})
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := report.Build(kb, graph.View{Documents: []string{"doc-b"}}, report.Options{Title: "A second test text"})
	if err != nil {
		fmt.Println(err)
		return
	}
	var page bytes.Buffer
	if err := report.Write(&page, d); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.ViewText)
	fmt.Printf("%d actors, %d ties, %d claims in the view; %d claims in the page\n", d.Network.Actors, d.Network.Ties, d.Network.Claims, len(d.Claims))
	fmt.Println(strings.HasPrefix(page.String(), "<!DOCTYPE html>"))
	// Output:
	// documents doc-b; asserted
	// 4 actors, 5 ties, 5 claims in the view; 11 claims in the page
	// true
}
