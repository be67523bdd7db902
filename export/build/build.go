package build

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"kg/export/diagram"
	"kg/export/output"
	page "kg/export/report"
	"kg/export/text"
	"kg/graph"
	"kg/graph/diff"
	"kg/graph/report"
)

// Options control Build.
type Options struct {
	Out      string    // output folder, replaced as a whole when the build succeeds
	Lang     string    // label language of the diagrams
	Progress io.Writer // where to show progress (progress.go); nil for silence
	// ProgressLines prints progress a line at a time (stderr not a
	// terminal) instead of one line redrawn in place.
	ProgressLines bool
	Log           io.Writer        // where to say what was repaired after an interrupted build; nil for silence
	NoSVG         bool             // write DOT only (faster; for tests)
	Renderer      diagram.Renderer // how SVG is rendered; child processes run in parallel
}

// View is one view the build wrote.
type View struct {
	Dir      string // relative to the output folder
	Title    string
	Subtitle string
	Actors   int
	Ties     int
	Pos      int
	Neg      int
	Density  float64
	Strong   float64
	Frust    string
	Top      string // actor with the highest betweenness
	Layout   string
	Note     string // what happened to the diagram, if anything unusual
	Elapsed  time.Duration
	// Failed says why the SVG was not drawn (a render that failed or ran
	// past its time limit); the rest of the view is written.
	Failed string
	cmd    string // the command that draws the view
}

// Build writes, for the combined graph, every document and every era: the
// diagram (DOT and SVG), the metrics (JSON and CSV) and the balance report
// (JSON and text), and an index.md listing them with their figures. It
// writes into a temporary folder beside opt.Out and renames it into place
// only when everything succeeded, so a failed build leaves the previous
// output untouched and nothing half-written.
//
// opt.Out is replaced only when it is missing, an empty folder or the
// folder of an earlier build (it carries output.BuildMarker, as every
// build's folder does); anything else is refused with an *output.Error
// before anything is written (package export/output). At its start, Build
// repairs what an interrupted build left: it removes the temporary folders
// of builds whose process is gone and restores the previous output from
// opt.Out+".old" when a build died between its two renames. Interrupted
// (SIGINT, SIGTERM, SIGHUP), it kills its render children and removes its
// temporary folder before the signal ends the process. Folders and files
// are created with 0777 and 0666 less the umask.
func Build(kb *graph.KB, opt Options) ([]View, error) {
	bt, err := output.CheckBuildTarget(opt.Out)
	if err != nil {
		return nil, err
	}
	if err := bt.Recover(opt.Log); err != nil {
		return nil, err
	}
	tmp, err := bt.MkdirTemp()
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp) // after a successful rename there is nothing left to remove
	var swapping sync.Mutex
	stop := output.OnInterrupt(func() {
		diagram.StopChildren()
		swapping.Lock() // never stop between the swap's two renames
		os.RemoveAll(tmp)
	})
	defer stop()

	type job struct {
		dir, title, subtitle, cmd string
		view                      graph.View
	}
	jobs := []job{{"all", "All documents", "", "kg render --format svg", graph.View{}}}
	for _, d := range kb.Documents {
		v := graph.View{Documents: []string{d.ID}}
		title, subtitle := diagram.ViewTitle(kb, v)
		jobs = append(jobs, job{"documents/" + d.ID, title, subtitle, "kg render --doc " + d.ID + " --format svg", v})
	}
	for _, e := range kb.Eras {
		v := graph.View{Era: e.ID}
		title, subtitle := diagram.ViewTitle(kb, v)
		jobs = append(jobs, job{"eras/" + e.ID, title, subtitle, "kg render --era " + e.ID + " --format svg", v})
	}
	prog := newProgress(opt.Progress, opt.ProgressLines)
	defer prog.done()
	if !opt.NoSVG {
		if err := opt.Renderer.Ready(); err != nil {
			return nil, err
		}
	}
	mem := newMemLog(opt.Log)
	mem.note("loaded", nil)
	// Three things run at once: the diffs; the views, built on every core,
	// each into its own slot (the combined view, the largest, first), so
	// the result does not depend on scheduling; and the diagrams, each
	// rendered in a child process as soon as its view is written.
	var diffs []builtDiff
	var diffErr error
	diffsDone := make(chan struct{})
	go func() {
		defer close(diffsDone)
		diffs, diffErr = buildDiffs(kb, tmp)
		mem.note("diffs", nil)
	}()
	views := make([]View, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	built := make(chan int, len(jobs))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				j := jobs[i]
				start := time.Now()
				v, err := buildView(kb, filepath.Join(tmp, j.dir), j.title, j.subtitle, j.cmd, j.view, opt, mem)
				v.Dir, v.Elapsed = j.dir, time.Since(start)
				views[i] = v
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", j.dir, err)
					continue
				}
				built <- i
			}
		})
	}
	go func() {
		for i := range jobs {
			next <- i
		}
		close(next)
		wg.Wait()
		mem.note("views", nil)
		close(built)
	}()
	// The interactive page (index.html) is made while the diagrams render.
	var pageLine string
	var pageErr error
	pageDone := make(chan struct{})
	go func() {
		defer close(pageDone)
		pageLine, pageErr = writePage(kb, tmp, opt)
	}()
	var renderErr error
	if opt.NoSVG {
		for i := range built {
			prog.set("views", i+1, len(jobs), views[i].Dir)
		}
	} else {
		renderErr = renderAll(tmp, views, built, opt, prog)
		mem.note("diagrams", nil)
	}
	<-diffsDone
	<-pageDone
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if renderErr != nil {
		return nil, renderErr
	}
	if diffErr != nil {
		return nil, diffErr
	}
	if pageErr != nil {
		return nil, pageErr
	}
	prog.set("index", 0, 1, "index.md")
	if err := os.WriteFile(filepath.Join(tmp, "index.md"), []byte(buildIndex(kb, views, pageLine, opt)+diffIndex(diffs)), 0o666); err != nil {
		return nil, err
	}
	swapping.Lock()
	err = bt.Swap(tmp)
	swapping.Unlock()
	if err != nil {
		return nil, err
	}
	if err := bt.RemoveOld(); err != nil {
		return nil, err
	}
	return views, nil
}

// PageMaxClaims is the largest knowledge base whose build writes the
// interactive report (index.html): the page holds every claim, and past a
// few tens of thousands a browser opens it slowly; kg report writes one for
// any narrower view.
const PageMaxClaims = 20000

// writePage writes index.html, the interactive report of the combined
// view, and says what index.md should say of it: a link, or why there is
// none.
func writePage(kb *graph.KB, tmp string, opt Options) (string, error) {
	if len(kb.Claims) > PageMaxClaims {
		return fmt.Sprintf("No interactive report: %d claims, more than the build puts in one page (%d); `kg report --doc ID -o report.html` writes one for a view.", len(kb.Claims), PageMaxClaims), nil
	}
	n := kb.Network(graph.View{})
	ropt := page.Options{Title: "All documents", Seed: 1}
	if !opt.NoSVG && len(n.Ties) <= page.LayoutMaxTies {
		// kg's own layout, so the page matches the SVG diagrams; without
		// it the page lays the graph out itself
		if pos, err := opt.Renderer.Layout(n); err == nil {
			ropt.Positions = pos
		}
	}
	d, err := page.Build(kb, graph.View{}, ropt)
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := page.Write(&b, d); err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, "index.html"), b.Bytes(), 0o666); err != nil {
		return "", err
	}
	return "The interactive report: [index.html](index.html), one page that works offline: filter by document, era, date, sign, type and modality; click a tie for its claims, with document, lines and cue; metrics, balance and a comparison of two documents or eras (docs/report.md).", nil
}

func buildView(kb *graph.KB, dir, title, subtitle, cmd string, v graph.View, opt Options, mem *memLog) (View, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return View{}, err
	}
	n := kb.Network(v)
	mem.note("network", n)
	m := report.ComputeMetrics(n, metricsOptions(n))
	mem.note("metrics", n)
	bal := report.ComputeBalance(n, balanceOptions(n))
	mem.note("balance", n)
	out := View{Title: title, Subtitle: subtitle, Actors: len(n.Actors), Ties: len(n.Ties),
		Pos: m.Graph.PositiveTies, Neg: m.Graph.NegativeTies, Density: m.Graph.Density, Strong: bal.Ratios.Strong,
		Layout: diagram.LayoutFor(len(n.Actors), len(n.Ties))}
	if bal.Frustration.Exact {
		out.Frust = fmt.Sprint(bal.Frustration.Index)
	} else {
		out.Frust = fmt.Sprintf("%d-%d", bal.Frustration.Lower, bal.Frustration.Index)
	}
	best := -1.0
	for _, a := range m.Actors {
		if a.Betweenness > best {
			best, out.Top = a.Betweenness, a.ID
		}
	}
	// A view too large to draw in bounded time is drawn as an overview:
	// its strongest ties (overview.go).
	dn := n
	if len(n.Ties) > OverviewMaxTies {
		dn = n.Strongest(diagram.DotMaxTies, diagram.DotMaxActors)
		out.Layout = diagram.LayoutFor(len(dn.Actors), len(dn.Ties))
		out.Note = fmt.Sprintf("overview: the strongest ties within %d actors and %d ties, %d of %d ties (%d of %d actors); `%s` draws them all", diagram.DotMaxActors, diagram.DotMaxTies, len(dn.Ties), len(n.Ties), len(dn.Actors), len(n.Actors), cmd)
	}
	out.cmd = cmd
	if m.Graph.Sampled {
		out.Note = strings.TrimPrefix(out.Note+"; ", "; ") + fmt.Sprintf("path measures sampled from %d pivots (betweenness within %.3f with probability 0.999; metrics.json: sampled, sampling_error)", MetricsPivots, m.Graph.SamplingError)
	}
	if !bal.Frustration.Exact {
		out.Note = strings.TrimPrefix(out.Note+"; ", "; ") + fmt.Sprintf("frustration by the heuristic: between %d and %d (balance.json: exact false, lower)", bal.Frustration.Lower, bal.Frustration.Index)
	}
	dtitle, dsubtitle := diagram.ViewTitleLang(kb, v, opt.Lang) // the index keeps the English titles
	if dn != n {
		dsubtitle = strings.TrimPrefix(dsubtitle+"; ", "; ") + fmt.Sprintf("overview: the strongest %d of %d ties, %d of %d actors", len(dn.Ties), len(n.Ties), len(dn.Actors), len(n.Actors))
	}
	dopt := diagram.Options{Title: dtitle, Subtitle: dsubtitle, Lang: opt.Lang, Layout: out.Layout,
		SizeBy: report.Betweenness.ByActor(m), SizeName: report.Betweenness.String()}
	src, err := diagram.DOTBytes(dn, dopt)
	if err != nil {
		return out, err
	}
	files := []struct {
		name  string
		write func(io.Writer) error
	}{
		{"graph.dot", func(w io.Writer) error { _, err := w.Write(src); return err }},
		{"metrics.json", func(w io.Writer) error { return text.Metrics(w, m, "json", "") }},
		{"metrics.csv", func(w io.Writer) error { return text.Metrics(w, m, "csv", "") }},
		{"balance.json", func(w io.Writer) error { return text.Balance(w, bal, "json") }},
		{"balance.txt", func(w io.Writer) error { return text.Balance(w, bal, "text") }},
	}
	for _, f := range files {
		var b bytes.Buffer
		if err := f.write(&b); err != nil {
			return out, err
		}
		if err := os.WriteFile(filepath.Join(dir, f.name), b.Bytes(), 0o666); err != nil {
			return out, err
		}
	}
	return out, nil
}

// renderAll renders the SVG of every view whose index comes on next (as
// its folder is written) in parallel, one kg-render child process per
// core, reading each view's DOT from its folder (so no view's
// DOT or SVG is kept in memory past its render). A render that fails or
// runs late is reported for its view only (View.Failed); a missing
// renderer, one that draws no view at all, or an interruption fails the
// build.
func renderAll(tmp string, views []View, next <-chan int, opt Options, prog *progress) error {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	errs := make([]error, len(views))
	prog.set("views and diagrams", 0, len(views), "")
	for range workers {
		wg.Go(func() {
			for i := range next {
				v := &views[i]
				start := time.Now()
				r := opt.Renderer
				if d, ok := testTimeouts()[v.Dir]; ok {
					r.Timeout = d
				}
				src, err := os.ReadFile(filepath.Join(tmp, v.Dir, "graph.dot"))
				var svg []byte
				var note string
				if err == nil {
					svg, note, err = r.SVG(src)
				}
				if err == nil {
					err = os.WriteFile(filepath.Join(tmp, v.Dir, "graph.svg"), svg, 0o666)
				}
				mu.Lock()
				done++
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", v.Dir, err)
					v.Failed = fmt.Sprintf("not drawn: %v; graph.dot is written, `%s` draws it (--timeout sets the time limit)", err, v.cmd)
				} else if note != "" {
					v.Note = strings.TrimPrefix(v.Note+"; ", "; ") + note
				}
				v.Elapsed += time.Since(start)
				prog.set("views and diagrams", done, len(views), v.Dir)
				mu.Unlock()
			}
		})
	}
	wg.Wait()
	stopping := diagram.Stopping()
	failed := 0
	for _, err := range errs {
		if err != nil {
			failed++
		}
	}
	// Interrupted, or no view drawn at all (the renderer itself is
	// broken): the build fails as a whole.
	if stopping || (failed == done && failed > 0) {
		return errors.Join(errs...)
	}
	return nil
}

// testTimeouts reads KG_TEST_RENDER_TIMEOUTS ("dir=duration,..."), a
// per-view render time limit for tests that make one view fail.
func testTimeouts() map[string]time.Duration {
	m := map[string]time.Duration{}
	for _, kv := range strings.Split(os.Getenv("KG_TEST_RENDER_TIMEOUTS"), ",") {
		dir, d, ok := strings.Cut(kv, "=")
		if dur, err := time.ParseDuration(d); ok && err == nil {
			m[dir] = dur
		}
	}
	return m
}

// builtDiff is one diff the build wrote.
type builtDiff struct {
	path           string // without extension, relative to the output folder
	a, b           string // titles
	jaccard        float64
	added, removed int
	changed        int
}

// buildDiffs writes a diff (Markdown and JSON) for the pairs of documents
// DiffPairs chooses, and for every pair of consecutive eras (by start, then
// end, then id).
func buildDiffs(kb *graph.KB, dir string) ([]builtDiff, error) {
	type pair struct {
		path   string
		va, vb graph.View
		ta, tb string
	}
	var pairs []pair
	// Each document's and era's network is built once and shared by its
	// diffs (read only).
	nets := map[string]*graph.Network{}
	actors := map[string]map[string]bool{}
	for _, d := range kb.Documents {
		n := kb.Network(graph.View{Documents: []string{d.ID}})
		nets["doc="+d.ID] = n
		actors[d.ID] = map[string]bool{}
		for _, a := range n.Actors {
			actors[d.ID][a.ID] = true
		}
	}
	for _, p := range DiffPairs(kb.Documents, actors) {
		a, b := p[0], p[1]
		pairs = append(pairs, pair{"diffs/documents/" + a + "--" + b,
			graph.View{Documents: []string{a}}, graph.View{Documents: []string{b}}, a, b})
	}
	eras := slices.Clone(kb.Eras)
	slices.SortFunc(eras, func(x, y *graph.Era) int {
		return cmp.Or(cmp.Compare(x.Period.Start.String(), y.Period.Start.String()),
			cmp.Compare(x.Period.End.String(), y.Period.End.String()), cmp.Compare(x.ID, y.ID))
	})
	for i := 1; i < len(eras); i++ {
		a, b := eras[i-1], eras[i]
		for _, e := range []string{a.ID, b.ID} {
			if nets["era="+e] == nil {
				nets["era="+e] = kb.Network(graph.View{Era: e})
			}
		}
		pairs = append(pairs, pair{"diffs/eras/" + a.ID + "--" + b.ID, graph.View{Era: a.ID}, graph.View{Era: b.ID}, a.ID, b.ID})
	}
	// Each diff is independent: compute them on every core, each into its
	// own slot, so the result does not depend on scheduling.
	out := make([]builtDiff, len(pairs))
	errs := make([]error, len(pairs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				p := pairs[i]
				na, nb := nets[viewKey(p.va)], nets[viewKey(p.vb)]
				opt := diff.Options{KBA: kb, KBB: kb, Seed: 1}
				if t := max(len(na.Ties), len(nb.Ties)); t > DiffAnalysisMaxTies {
					opt.TiesOnly = fmt.Sprintf("kg build compares metrics, blocs and balance only when both sides have at most %d ties (this one has %d); `%s` compares them", DiffAnalysisMaxTies, t, diffCommand(p.va, p.vb))
				}
				r := diff.Compare(na, nb, opt)
				out[i] = builtDiff{path: p.path, a: p.ta, b: p.tb, jaccard: r.Similarity.Jaccard,
					added: len(r.Ties.Added), removed: len(r.Ties.Removed), changed: len(r.Ties.Changed)}
				errs[i] = writeDiff(filepath.Join(dir, p.path), r)
			}
		})
	}
	for i := range pairs {
		next <- i
	}
	close(next)
	wg.Wait()
	return out, errors.Join(errs...)
}

// viewKey names a document's or an era's view in buildDiffs' networks.
func viewKey(v graph.View) string {
	if v.Era != "" {
		return "era=" + v.Era
	}
	return "doc=" + v.Documents[0]
}

// diffCommand is the kg diff command for a build diff.
func diffCommand(a, b graph.View) string {
	ka, kb := viewKey(a), viewKey(b)
	return "kg diff --a " + ka + " --b " + kb
}

func writeDiff(base string, r *diff.Report) error {
	if err := os.MkdirAll(filepath.Dir(base), 0o777); err != nil {
		return err
	}
	for _, f := range []struct{ ext, format string }{{".md", "markdown"}, {".json", "json"}} {
		var b bytes.Buffer
		if err := text.Diff(&b, r, f.format); err != nil {
			return err
		}
		if err := os.WriteFile(base+f.ext, b.Bytes(), 0o666); err != nil {
			return err
		}
	}
	return nil
}
