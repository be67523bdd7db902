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
	"sync"
	"time"

	"kg/export/diagram"
	"kg/export/output"
	"kg/export/text"
	"kg/graph"
	"kg/graph/diff"
	"kg/graph/report"
)

// Options control Build.
type Options struct {
	Out      string           // output folder, replaced as a whole when the build succeeds
	Lang     string           // label language of the diagrams
	Progress io.Writer        // where to report each view as it is done; nil for silence
	Log      io.Writer        // where to say what was repaired after an interrupted build; nil for silence
	NoSVG    bool             // write DOT only (faster; for tests)
	Renderer diagram.Renderer // how SVG is rendered; child processes run in parallel
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
	src      []byte // the DOT, for rendering
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
		dir, title, subtitle string
		view                 graph.View
	}
	jobs := []job{{"all", "All documents", "", graph.View{}}}
	for _, d := range kb.Documents {
		v := graph.View{Documents: []string{d.ID}}
		title, subtitle := diagram.ViewTitle(kb, v)
		jobs = append(jobs, job{"documents/" + d.ID, title, subtitle, v})
	}
	for _, e := range kb.Eras {
		v := graph.View{Era: e.ID}
		title, subtitle := diagram.ViewTitle(kb, v)
		jobs = append(jobs, job{"eras/" + e.ID, title, subtitle, v})
	}
	var views []View
	for _, j := range jobs {
		start := time.Now()
		v, err := buildView(kb, filepath.Join(tmp, j.dir), j.title, j.subtitle, j.view, opt)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", j.dir, err)
		}
		v.Dir, v.Elapsed = j.dir, time.Since(start)
		views = append(views, v)
	}
	// The diffs are computed while the diagrams render in child processes.
	var diffs []builtDiff
	var diffErr error
	diffsDone := make(chan struct{})
	go func() {
		defer close(diffsDone)
		diffs, diffErr = buildDiffs(kb, tmp)
	}()
	if !opt.NoSVG {
		if err := renderAll(tmp, views, opt); err != nil {
			<-diffsDone
			return nil, err
		}
	}
	<-diffsDone
	if diffErr != nil {
		return nil, diffErr
	}
	if err := os.WriteFile(filepath.Join(tmp, "index.md"), []byte(buildIndex(kb, views, opt)+diffIndex(diffs)), 0o666); err != nil {
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

func buildView(kb *graph.KB, dir, title, subtitle string, v graph.View, opt Options) (View, error) {
	if err := os.MkdirAll(dir, 0o777); err != nil {
		return View{}, err
	}
	n := kb.Network(v)
	m := report.ComputeMetrics(n, report.MetricsOptions{})
	bal := report.ComputeBalance(n, report.BalanceOptions{})
	out := View{Title: title, Subtitle: subtitle, Actors: len(n.Actors), Ties: len(n.Ties),
		Pos: m.Graph.PositiveTies, Neg: m.Graph.NegativeTies, Density: m.Graph.Density, Strong: bal.Ratios.Strong,
		Layout: diagram.LayoutFor(len(n.Actors))}
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
	dtitle, dsubtitle := diagram.ViewTitleLang(kb, v, opt.Lang) // the index keeps the English titles
	dopt := diagram.Options{Title: dtitle, Subtitle: dsubtitle, Lang: opt.Lang, Layout: out.Layout,
		SizeBy: report.Betweenness.ByActor(m), SizeName: report.Betweenness.String()}
	var dotSrc bytes.Buffer
	if err := diagram.DOT(&dotSrc, n, dopt); err != nil {
		return out, err
	}
	src := dotSrc.Bytes()
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
	out.src = src
	return out, nil
}

// renderAll renders every view's SVG in parallel, one kg-render child
// process per core.
func renderAll(tmp string, views []View, opt Options) error {
	if err := opt.Renderer.Ready(); err != nil {
		return err
	}
	workers := runtime.GOMAXPROCS(0)
	errs := make([]error, len(views))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for range workers {
		wg.Go(func() {
			for i := range next {
				v := &views[i]
				start := time.Now()
				svg, note, err := opt.Renderer.SVG(v.src)
				if err == nil {
					err = os.WriteFile(filepath.Join(tmp, v.Dir, "graph.svg"), svg, 0o666)
				}
				if err != nil {
					errs[i] = fmt.Errorf("%s: %w", v.Dir, err)
					continue
				}
				v.Note = note
				v.Elapsed += time.Since(start)
				if opt.Progress != nil {
					mu.Lock()
					done++
					fmt.Fprintf(opt.Progress, "[%d/%d] %s: %d actors, %d ties (%s, %.2fs)\n", done, len(views), v.Dir, v.Actors, v.Ties, v.Layout, v.Elapsed.Seconds())
					if note != "" {
						fmt.Fprintf(opt.Progress, "  %s\n", note)
					}
					mu.Unlock()
				}
			}
		})
	}
	for i := range views {
		next <- i
	}
	close(next)
	wg.Wait()
	return errors.Join(errs...)
}

// builtDiff is one diff the build wrote.
type builtDiff struct {
	path           string // without extension, relative to the output folder
	a, b           string // titles
	jaccard        float64
	added, removed int
	changed        int
}

// buildDiffs writes a diff (Markdown and JSON) for every pair of documents
// that share an actor, and for every pair of consecutive eras (by start,
// then end, then id).
func buildDiffs(kb *graph.KB, dir string) ([]builtDiff, error) {
	type pair struct {
		path   string
		va, vb graph.View
		ta, tb string
	}
	var pairs []pair
	actors := map[string]map[string]bool{}
	for _, d := range kb.Documents {
		actors[d.ID] = map[string]bool{}
		for _, a := range kb.Network(graph.View{Documents: []string{d.ID}}).Actors {
			actors[d.ID][a.ID] = true
		}
	}
	for i, a := range kb.Documents {
		for _, b := range kb.Documents[i+1:] {
			shared := false
			for id := range actors[a.ID] {
				if actors[b.ID][id] {
					shared = true
					break
				}
			}
			if shared {
				pairs = append(pairs, pair{"diffs/documents/" + a.ID + "--" + b.ID,
					graph.View{Documents: []string{a.ID}}, graph.View{Documents: []string{b.ID}}, a.ID, b.ID})
			}
		}
	}
	eras := slices.Clone(kb.Eras)
	slices.SortFunc(eras, func(x, y *graph.Era) int {
		return cmp.Or(cmp.Compare(x.Period.Start.String(), y.Period.Start.String()),
			cmp.Compare(x.Period.End.String(), y.Period.End.String()), cmp.Compare(x.ID, y.ID))
	})
	for i := 1; i < len(eras); i++ {
		a, b := eras[i-1], eras[i]
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
				r := diff.Compare(kb.Network(p.va), kb.Network(p.vb), diff.Options{KBA: kb, KBB: kb, Seed: 1})
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
