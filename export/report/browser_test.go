package report_test

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"

	"kg/export/report"
	"kg/extract"
	"kg/graph"
	greport "kg/graph/report"
)

// The browser tests open the page in Debian's headless Chromium, run a
// plan through window.kg (the page's #selftest) and compare what the page
// shows with what package graph computes for the same view. They skip
// without Chromium unless KG_REQUIRE_BROWSER=1.

func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("KG_REQUIRE_BROWSER") == "1" {
		t.Fatal("KG_REQUIRE_BROWSER=1 but no chromium on PATH\n\thint: apt-get install chromium")
	}
	t.Skip("no chromium on PATH (set KG_REQUIRE_BROWSER=1 to fail instead)")
	return ""
}

// runChromium runs headless Chromium on url with extra flags and returns
// its standard output.
func runChromium(t *testing.T, exe string, url string, flags ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	args := append([]string{"--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps",
		"--user-data-dir=" + t.TempDir()}, flags...)
	args = append(args, url)
	cmd := exec.CommandContext(ctx, exe, args...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("chromium: %v\n%s", err, tail(stderr.String(), 2000))
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return s[len(s)-n:]
	}
	return s
}

// plan is what #selftest runs; see runSelftest in assets/app.js.
type plan struct {
	Views        []map[string]any `json:"views,omitempty"`
	Ties         []tieReq         `json:"ties,omitempty"`
	Actors       []string         `json:"actors,omitempty"`
	Langs        []string         `json:"langs,omitempty"`
	Normalize    []string         `json:"normalize,omitempty"`
	Search       []string         `json:"search,omitempty"`
	Compare      [][2]string      `json:"compare,omitempty"`
	FilterTiming []map[string]any `json:"filterTiming,omitempty"`
	FinalLang    string           `json:"finalLang,omitempty"`
}

type tieReq struct {
	Source string         `json:"source"`
	Target string         `json:"target"`
	View   map[string]any `json:"view,omitempty"`
}

type pageTie struct {
	Source    string   `json:"source"`
	Target    string   `json:"target"`
	Type      string   `json:"type"`
	Sign      string   `json:"sign"`
	Modality  string   `json:"modality"`
	Contested bool     `json:"contested"`
	Claims    []string `json:"claims"`
}

type pageState struct {
	Nodes []string   `json:"nodes"`
	Ties  []pageTie  `json:"ties"`
	Panel *pagePanel `json:"panel"`
}

type pagePanel struct {
	Kind   string `json:"kind"`
	ID     string `json:"id"`
	Claims []struct {
		Key      string   `json:"key"`
		Document string   `json:"document"`
		Lines    []string `json:"lines"`
		Cue      []string `json:"cue"`
	} `json:"claims"`
}

type pageView struct {
	Filters map[string]any       `json:"filters"`
	State   pageState            `json:"state"`
	Metrics []map[string]float64 `json:"-"`
	Raw     []map[string]any     `json:"metrics"`
	Balance struct {
		Triangles  map[string]int `json:"triangles"`
		Unbalanced []struct {
			Actors []string `json:"actors"`
			Signs  string   `json:"signs"`
		} `json:"unbalanced"`
		Blocs [][]string `json:"blocs"`
	} `json:"balance"`
	MS float64 `json:"ms"`
}

type selftest struct {
	Initial *pageView    `json:"initial"`
	Views   []*pageView  `json:"views"`
	Ties    []*pagePanel `json:"ties"`
	Actors  []*pagePanel `json:"actors"`
	Langs   []*struct {
		Lang       string      `json:"lang"`
		Dir        string      `json:"dir"`
		NodeLabels [][2]string `json:"nodeLabels"`
		Tabs       []string    `json:"tabs"`
		Legend     string      `json:"legend"`
		Counts     string      `json:"counts"`
		Filters    string      `json:"filtersTitle"`
	} `json:"langs"`
	Normalize []string   `json:"normalize"`
	Search    [][]string `json:"search"`
	Compare   []*struct {
		Added       []pageTie `json:"added"`
		Removed     []pageTie `json:"removed"`
		SignChanged []struct {
			Source, Target, A, B string
		} `json:"signChanged"`
	} `json:"compare"`
	Errors      []string  `json:"errors"`
	CSP         []string  `json:"csp"`
	PageErrors  []string  `json:"pageErrors"`
	FilterTimes []float64 `json:"filterTimes"`
	Timing      struct {
		Ready float64 `json:"ready"`
	} `json:"timing"`
}

var selftestRE = regexp.MustCompile(`(?s)<pre id="kg-selftest" data-done="1">(.*?)</pre>`)

// openPage writes the page to a file, runs the plan in Chromium and
// returns the results.
func openPage(t *testing.T, exe string, pageBytes []byte, p plan) *selftest {
	t.Helper()
	file := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(file, pageBytes, 0o644); err != nil {
		t.Fatal(err)
	}
	pj, _ := json.Marshal(p)
	url := "file://" + file + "#selftest=" + base64.RawURLEncoding.EncodeToString(pj)
	dom := runChromium(t, exe, url, "--virtual-time-budget=20000", "--dump-dom")
	m := selftestRE.FindSubmatch(dom)
	if m == nil {
		t.Fatalf("the page wrote no selftest result; its DOM ends %s", tail(string(dom), 1500))
	}
	var r selftest
	if err := json.Unmarshal([]byte(html.UnescapeString(string(m[1]))), &r); err != nil {
		t.Fatal(err)
	}
	if len(r.Errors)+len(r.CSP)+len(r.PageErrors) > 0 {
		t.Errorf("page errors %q, policy violations %q, uncaught %q", r.Errors, r.CSP, r.PageErrors)
	}
	return &r
}

// filtersOf writes a view as window.kg.view's argument.
func filtersOf(v graph.View) map[string]any {
	f := report.FiltersOf(v)
	b, _ := json.Marshal(f)
	var m map[string]any
	json.Unmarshal(b, &m)
	return m
}

// checkView compares what the page shows for view v with graph.Network,
// kg metrics and kg balance of the same view.
func checkView(t *testing.T, kb *graph.KB, v graph.View, got *pageView) {
	t.Helper()
	if got == nil {
		t.Errorf("%s: no result", v)
		return
	}
	n := kb.Network(v)
	var ids []string
	for _, a := range n.Actors {
		ids = append(ids, a.ID)
	}
	if !slices.Equal(got.State.Nodes, ids) {
		t.Errorf("%s: page shows %d actors %v, the network has %d %v", v, len(got.State.Nodes), got.State.Nodes, len(ids), ids)
	}
	if len(got.State.Ties) != len(n.Ties) {
		t.Errorf("%s: page shows %d ties, the network has %d", v, len(got.State.Ties), len(n.Ties))
		return
	}
	for i, tie := range n.Ties {
		var keys []string
		for _, c := range tie.Claims {
			keys = append(keys, c.Key())
		}
		slices.Sort(keys)
		want := pageTie{Source: tie.Source, Target: tie.Target, Type: tie.Type.ID, Sign: tie.Sign().String(), Modality: tie.Modality.String(),
			Contested: tie.Contested, Claims: keys}
		if g := got.State.Ties[i]; fmt.Sprint(g) != fmt.Sprint(want) {
			t.Errorf("%s: tie %d is %v, want %v", v, i, g, want)
		}
	}
	m := greport.ComputeMetrics(n, greport.MetricsOptions{})
	if len(got.Raw) != len(m.Actors) {
		t.Errorf("%s: metrics of %d actors, want %d", v, len(got.Raw), len(m.Actors))
		return
	}
	for i, a := range m.Actors {
		g := got.Raw[i]
		want := map[string]float64{"degree": float64(a.Degree), "positive_degree": float64(a.PositiveDegree), "negative_degree": float64(a.NegativeDegree),
			"betweenness": a.Betweenness, "closeness": a.Closeness, "harmonic": a.Harmonic, "eigenvector": a.Eigenvector, "pagerank": a.PageRank}
		if g["id"] != a.ID {
			t.Errorf("%s: metrics row %d is %v, want %s", v, i, g["id"], a.ID)
			continue
		}
		for k, w := range want {
			if x, _ := g[k].(float64); math.Abs(x-w) > 1e-6 {
				t.Errorf("%s: %s %s = %v in the page, %v by kg metrics", v, a.ID, k, x, w)
			}
		}
	}
	b := greport.ComputeBalance(n, greport.BalanceOptions{Seed: 1})
	if fmt.Sprint(got.Balance.Triangles) != fmt.Sprint(b.Triangles) || len(got.Balance.Unbalanced) != len(b.Unbalanced) {
		t.Errorf("%s: triangles %v with %d unbalanced, kg balance %v with %d", v, got.Balance.Triangles, len(got.Balance.Unbalanced), b.Triangles, len(b.Unbalanced))
	} else {
		set := func(actors []string) string { s := slices.Clone(actors); slices.Sort(s); return strings.Join(s, " ") }
		var g, w []string
		for _, u := range got.Balance.Unbalanced {
			g = append(g, set(u.Actors)+" "+u.Signs)
		}
		for _, u := range b.Unbalanced {
			w = append(w, set(u.Actors[:])+" "+u.Signs)
		}
		sort.Strings(g)
		sort.Strings(w)
		if !slices.Equal(g, w) {
			t.Errorf("%s: unbalanced triangles %v, kg balance %v", v, g, w)
		}
	}
}

// checkPanel compares a tie panel with the claims of the YAML.
func checkPanel(t *testing.T, kb *graph.KB, v graph.View, a, b string, got *pagePanel) {
	t.Helper()
	if got == nil || got.Kind != "tie" {
		t.Fatalf("openTie(%q, %q): %+v", a, b, got)
	}
	var want []string
	for _, c := range kb.Select(v) {
		if c.Source == a && c.Target == b || c.Source == b && c.Target == a {
			var lines, cues []string
			for _, e := range c.Evidence {
				lines = append(lines, e.Lines())
				cues = append(cues, e.Cue)
			}
			want = append(want, strings.Join([]string{c.Key(), c.Document, strings.Join(lines, ","), strings.Join(cues, "|")}, " "))
		}
	}
	sort.Strings(want)
	var g []string
	for _, c := range got.Claims {
		g = append(g, strings.Join([]string{c.Key, c.Document, strings.Join(c.Lines, ","), strings.Join(c.Cue, "|")}, " "))
	}
	if len(want) == 0 || !slices.Equal(g, want) {
		t.Errorf("openTie(%q, %q) lists\n%q\nwant\n%q", a, b, g, want)
	}
}

func TestBrowserFixture(t *testing.T) {
	exe := chromium(t)
	kb := fixture(t)
	vs := views(kb)
	p := plan{Langs: []string{"fa", "ar", "en"}, Actors: []string{"iran"},
		Ties:   []tieReq{{Source: "iran", Target: "iraq"}, {Source: "iraq", Target: "saudi-arabia", View: map[string]any{"modality": "all"}}},
		Search: []string{"ايران", "tehran", "تهران", "آمریکا", "WASHINGTON", "قدس", "zzz"}, Compare: [][2]string{{"doc:doc-a", "doc:doc-b"}}}
	for _, v := range vs {
		p.Views = append(p.Views, filtersOf(v))
	}
	var names []string
	for _, a := range kb.Actors {
		for _, n := range a.Names {
			names = append(names, n)
		}
		for _, as := range a.Aliases {
			names = append(names, as...)
		}
	}
	names = append(names, "ك ي ى ة أ إ آ ؤ ـ ً ۀ ٠١٢ ۳۴ \u200c x\u200dy ﻻ ﬁ “q”")
	p.Normalize = names
	r := openPage(t, exe, page(t, kb, graph.View{}, report.Options{}), p)

	checkView(t, kb, graph.View{}, r.Initial)
	if len(r.Views) != len(vs) {
		t.Fatalf("%d views run, want %d", len(r.Views), len(vs))
	}
	for i, v := range vs {
		checkView(t, kb, v, r.Views[i])
	}
	// a filter changes what is shown as the view flags do
	if all, neg := r.Views[1], r.Views[2]; all == nil || neg == nil || len(all.State.Ties) <= len(r.Initial.State.Ties) || len(neg.State.Ties) >= len(r.Initial.State.Ties) {
		t.Error("--modality all and --sign - do not change the page's ties")
	}
	checkPanel(t, kb, graph.View{}, "iran", "iraq", r.Ties[0])
	checkPanel(t, kb, graph.View{AllModalities: true}, "iraq", "saudi-arabia", r.Ties[1])
	if r.Ties[0].ID != "iran--iraq" {
		t.Errorf("tie panel id %q", r.Ties[0].ID)
	}
	iran := 0
	for _, c := range kb.Select(graph.View{}) {
		if c.Source == "iran" || c.Target == "iran" {
			iran++
		}
	}
	if a := r.Actors[0]; a == nil || a.Kind != "actor" || a.ID != "iran" || len(a.Claims) != iran || iran == 0 {
		t.Errorf("openActor(\"iran\"): %+v, want the %d claims of Iran's ties", a, iran)
	}

	// Persian and Arabic labels, right to left
	for i, lang := range []string{"fa", "ar", "en"} {
		l := r.Langs[i]
		wantDir := map[string]string{"fa": "rtl", "ar": "rtl", "en": "ltr"}[lang]
		if l == nil || l.Lang != lang || l.Dir != wantDir {
			t.Fatalf("lang(%q): %+v", lang, l)
		}
		for _, nl := range l.NodeLabels {
			if want := kb.ActorByID[nl[0]].Name(lang); nl[1] != want {
				t.Errorf("lang(%q): %s is labelled %q, want %q", lang, nl[0], nl[1], want)
			}
		}
		if len(l.NodeLabels) != len(r.Initial.State.Nodes) {
			t.Errorf("lang(%q): %d labels for %d actors", lang, len(l.NodeLabels), len(r.Initial.State.Nodes))
		}
		script := regexp.MustCompile(`[\x{0600}-\x{06FF}]`)
		if lang != "en" && (!script.MatchString(strings.Join(l.Tabs, "")) || !script.MatchString(l.Legend) || !script.MatchString(l.Filters) || !script.MatchString(l.Counts)) {
			t.Errorf("lang(%q): tabs %q, legend %q, title %q, counts %q not translated", lang, l.Tabs, l.Legend, l.Filters, l.Counts)
		}
		if lang == "en" && script.MatchString(strings.Join(l.Tabs, "")+l.Filters) {
			t.Errorf("lang(en): tabs %q", l.Tabs)
		}
	}
	if r.Langs[0].NodeLabels[0][1] == r.Langs[2].NodeLabels[0][1] {
		t.Errorf("Persian and English labels are the same: %q", r.Langs[0].NodeLabels[0])
	}

	// search keys are extract.Normalize's
	for i, s := range names {
		if got, want := r.Normalize[i], extract.Normalize(s); got != want {
			t.Errorf("normalize(%q) = %q in the page, %q in extract", s, got, want)
		}
	}
	wantSearch := [][]string{{"iran"}, {"iran"}, {"iran"}, {"united-states"}, {"united-states"}, {"quds-force"}, nil}
	for i, q := range p.Search {
		if !slices.Equal(r.Search[i], wantSearch[i]) {
			t.Errorf("search(%q) = %v, want %v", q, r.Search[i], wantSearch[i])
		}
	}

	// comparison of the two documents: doc-b adds the United States' ties
	// and the rivalry of Iran and Iraq; doc-a's war, support and talks are
	// not in doc-b
	c := r.Compare[0]
	key := func(ts []pageTie) []string {
		var out []string
		for _, x := range ts {
			out = append(out, x.Source+" "+x.Target+" "+x.Type)
		}
		return out
	}
	if got, want := key(c.Added), []string{"iran iraq rivalry", "iraq united-states alliance", "united-states iran sanctions"}; !slices.Equal(got, want) {
		t.Errorf("added %v, want %v", got, want)
	}
	if got, want := key(c.Removed), []string{"iran iraq war", "iraq saudi-arabia talks", "quds-force iraq support"}; !slices.Equal(got, want) {
		t.Errorf("removed %v, want %v", got, want)
	}
}

func TestBrowserRepositoryData(t *testing.T) {
	exe := chromium(t)
	kb := load(t, "../../data", "../../seeds")
	vs := []graph.View{{}, {Signs: []graph.Sign{graph.Negative}}, {AllModalities: true}, {Era: "post-saddam"}}
	for _, d := range kb.Documents {
		vs = append(vs, graph.View{Documents: []string{d.ID}})
	}
	p := plan{Langs: []string{"fa"}, Ties: []tieReq{{Source: "iran", Target: "iraq"}}}
	for _, v := range vs {
		p.Views = append(p.Views, filtersOf(v))
	}
	r := openPage(t, exe, page(t, kb, graph.View{}, report.Options{Title: "kg"}), p)
	checkView(t, kb, graph.View{}, r.Initial)
	for i, v := range vs {
		checkView(t, kb, v, r.Views[i])
	}
	checkPanel(t, kb, graph.View{}, "iran", "iraq", r.Ties[0])
	fa := r.Langs[0]
	persian := 0
	for _, nl := range fa.NodeLabels {
		if want := kb.ActorByID[nl[0]].Name("fa"); nl[1] != want {
			t.Errorf("lang(\"fa\"): %s is labelled %q, want %q", nl[0], nl[1], want)
		}
		if nl[1] != kb.ActorByID[nl[0]].Names["en"] {
			persian++
		}
	}
	if persian < len(fa.NodeLabels)/2 {
		t.Errorf("lang(\"fa\"): only %d of %d labels differ from English", persian, len(fa.NodeLabels))
	}
	for i, v := range r.Views {
		if v != nil && v.MS > 200 {
			t.Logf("view %d took %.0f ms in the page", i, v.MS)
		}
	}
}

// pageRequests reads a Chromium network log and returns the URLs of the
// requests a page started: those whose initiator is an origin (a file://
// page's is "null"). Chromium's own background requests (component
// updates, the network clock, account checks) carry the initiator "not an
// origin" and belong to the browser, not the page.
func pageRequests(t *testing.T, b []byte) []string {
	t.Helper()
	var log struct {
		Constants struct {
			LogEventTypes map[string]int `json:"logEventTypes"`
		} `json:"constants"`
		Events []struct {
			Type   int            `json:"type"`
			Params map[string]any `json:"params"`
		} `json:"events"`
	}
	if err := json.Unmarshal(b, &log); err != nil {
		// a log cut short when Chromium exits lacks its closing brackets
		if err2 := json.Unmarshal([]byte(strings.TrimRight(string(b), " \n,")+"]}"), &log); err2 != nil {
			t.Fatalf("network log: %v", err)
		}
	}
	start, ok := log.Constants.LogEventTypes["URL_REQUEST_START_JOB"]
	if !ok {
		t.Fatal("network log: no URL_REQUEST_START_JOB event type")
	}
	var urls []string
	jobs := 0
	for _, e := range log.Events {
		if e.Type != start {
			continue
		}
		url, ok := e.Params["url"].(string)
		if !ok {
			continue // the end of a job
		}
		jobs++
		if init, _ := e.Params["initiator"].(string); init == "not an origin" {
			continue
		}
		urls = append(urls, url)
	}
	if jobs == 0 {
		t.Fatal("the network log holds no request at all; it cannot show the page's")
	}
	return urls
}

// TestBrowserNoRequest loads the page with Chromium's network log on and
// checks that every URL it requested is file:, data: or blob:. A page that
// loads an image from the loopback address shows that the check sees
// network requests.
func TestBrowserNoRequest(t *testing.T) {
	exe := chromium(t)
	kb := fixture(t)
	requested := func(pageBytes []byte, hash string) []string {
		dir := t.TempDir()
		file, log := filepath.Join(dir, "report.html"), filepath.Join(dir, "net.json")
		if err := os.WriteFile(file, pageBytes, 0o644); err != nil {
			t.Fatal(err)
		}
		runChromium(t, exe, "file://"+file+hash, "--virtual-time-budget=5000", "--dump-dom", "--log-net-log="+log, "--net-log-capture-mode=Everything")
		b, err := os.ReadFile(log)
		if err != nil {
			t.Fatal(err)
		}
		return pageRequests(t, b)
	}
	outside := func(urls []string) []string {
		var bad []string
		for _, u := range urls {
			if !strings.HasPrefix(u, "file:") && !strings.HasPrefix(u, "data:") && !strings.HasPrefix(u, "blob:") {
				bad = append(bad, u)
			}
		}
		return bad
	}
	// every part of the page that the tests above use: tabs, panels,
	// comparison, languages
	urls := requested(page(t, kb, graph.View{}, report.Options{}), "#tab=compare&tie=iran,iraq&lang=fa")
	if bad := outside(urls); len(bad) > 0 {
		t.Errorf("the page requested %q", bad)
	}
	control := []byte(`<!DOCTYPE html><html><body><img src="http://127.0.0.1:9/x.png"></body></html>`)
	if bad := outside(requested(control, "")); !slices.Equal(bad, []string{"http://127.0.0.1:9/x.png"}) {
		t.Errorf("the network log did not show the control page's request: %q", bad)
	}
}
