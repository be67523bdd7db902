package main

import (
	"io"
	"time"

	"kg/export/diagram"
	"kg/export/report"
	"kg/extract"
	"kg/graph"
)

func cmdReport(e *env, args []string) error {
	fs := e.flags("report", "", "Write the interactive report of a view: one self-contained HTML page that\nworks offline (file://, no network request) with the graph, filters, a\ntimeline, the claims and evidence behind every tie, metrics, balance and\na comparison of two documents or eras (docs/report.md). The view flags\nchoose what the page opens on; its own filters reach the whole knowledge\nbase.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	out := fs.String("o", "", "write to `FILE` (atomically; e.g. report.html) instead of stdout")
	title := fs.String("title", "", "the page's `title` (default: the view's)")
	withText := fs.Bool("with-text", false, "embed the cited lines beside each claim (needs --corpus; off by default: the texts are not ours to publish)")
	noLayout := fs.Bool("no-layout", false, "let the page lay the graph out instead of taking kg's layout")
	timeout := fs.Duration("timeout", time.Minute, "time limit for kg's layout; past it the page lays the graph out")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	opt := report.Options{Title: *title, Seed: 1}
	if opt.Title == "" {
		opt.Title, _ = diagram.ViewTitle(kb, n.View)
	}
	if *withText {
		if e.corpus == "" {
			return usagef("--with-text needs the texts: give --corpus DIR or set KG_CORPUS")
		}
		if opt.Texts, err = reportTexts(kb, e.corpus); err != nil {
			return err
		}
	}
	opt.Positions = e.reportLayout(n, *noLayout, *timeout)
	d, err := report.Build(kb, n.View, opt)
	if err != nil {
		return err
	}
	return e.write(*out, func(w io.Writer) error { return report.Write(w, d) })
}

// reportLayout gives the page kg's own positions, so that it matches the
// SVG diagrams, when the view is small enough and kg-render can be run;
// otherwise nil, and the page lays the graph out itself (a note says why).
func (e *env) reportLayout(n *graph.Network, skip bool, timeout time.Duration) map[string][2]float64 {
	switch {
	case skip || len(n.Actors) == 0:
		return nil
	case len(n.Ties) > report.LayoutMaxTies:
		e.notef("%d ties: the page lays the graph out itself (kg's layout is used up to %d)", len(n.Ties), report.LayoutMaxTies)
		return nil
	}
	pos, err := renderer(timeout).Layout(n)
	if err != nil {
		e.notef("no layout from kg-render (%v); the page lays the graph out itself", err)
		return nil
	}
	return pos
}

// reportTexts reads every document's text from the corpus for --with-text.
func reportTexts(kb *graph.KB, dir string) (map[string][]string, error) {
	c, err := extract.OpenCorpus(dir)
	if err != nil {
		return nil, badValue(err)
	}
	texts := map[string][]string{}
	for _, d := range kb.Documents {
		t, err := c.Text(d)
		if err != nil {
			return nil, err
		}
		texts[d.ID] = t.Lines
	}
	return texts, nil
}
