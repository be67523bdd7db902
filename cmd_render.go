package main

import (
	"bytes"
	"io"
	"os"
	"time"

	"kg/export/diagram"
	"kg/graph"
	"kg/graph/diff"
	"kg/graph/report"
)

// diagramFormat is an output format of kg render.
type diagramFormat int

const (
	dotFormat diagramFormat = iota // DOT source, stable text
	svgFormat                      // laid out by Graphviz
)

var diagramFormats = &choices[diagramFormat]{what: "format", items: []choice[diagramFormat]{{"dot", dotFormat}, {"svg", svgFormat}}}

func cmdRender(e *env, args []string) error {
	fs := e.flags("render", "", "Draw the graph of a view: DOT (text, stable) or SVG (through Graphviz\ncompiled to WebAssembly; no system Graphviz needed). docs/diagrams.md\nexplains the visual encoding.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := diagramFormats.flag(fs, "format", "dot", "output `format`")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := languages.flag(fs, "lang", "en", "label `language`")
	timeout := fs.Duration("timeout", time.Minute, "time limit for the SVG layout; past it, dot gives way to neato")
	sizeBy := measures.flag(fs, "size-by", "", "scale actors' labels by a `metric`")
	blocs := fs.Bool("blocs", false, "draw the signed blocs (kg communities) as clusters")
	layoutFrom := fs.String("layout-from", "", "pin positions computed on the union of this view and another `SPEC` (doc=ID,era=ID,...), so two diagrams line up")
	perClaim := fs.Bool("claims", false, "draw one edge per claim instead of one per tie")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	l, err := lang.value()
	if err != nil {
		return err
	}
	var size *report.Measure
	if sizeBy.raw != "" {
		m, err := sizeBy.value()
		if err != nil {
			return err
		}
		size = &m
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	title, subtitle := diagram.ViewTitleLang(kb, n.View, l)
	opt := diagram.Options{Title: title, Subtitle: subtitle, Lang: l, Layout: diagram.LayoutFor(len(n.Actors), len(n.Ties)), Claims: *perClaim}
	if size != nil {
		opt.SizeBy = size.ByActor(report.ComputeMetrics(n, report.MetricsOptions{}))
		opt.SizeName = size.String()
	}
	if *layoutFrom != "" {
		other, err := diff.ParseSpec(*layoutFrom)
		if err == nil {
			err = kb.Check(other)
		}
		if err != nil {
			return badFlag("--layout-from", err)
		}
		pos, err := renderer(*timeout).Layout(graph.Union(n, kb.Network(other)))
		if err != nil {
			return err
		}
		opt.Pos = pos
	}
	if *blocs {
		for _, c := range n.Communities(1).Signed.Communities {
			if len(c) > 1 {
				opt.Blocs = append(opt.Blocs, c)
			}
		}
	}
	if f == dotFormat {
		return e.write(*out, func(w io.Writer) error { return diagram.DOT(w, n, opt) })
	}
	var src bytes.Buffer
	if err := diagram.DOT(&src, n, opt); err != nil {
		return err
	}
	svg, note, err := renderer(*timeout).SVG(src.Bytes())
	if err != nil {
		return err
	}
	if note != "" {
		e.notef("%s", note)
	}
	return e.write(*out, func(w io.Writer) error { _, err := w.Write(svg); return err })
}

// renderer returns how to render SVG: in kg-render child processes, with
// a time limit; building kg-render, when kg does, is noted on stderr.
func renderer(timeout time.Duration) diagram.Renderer {
	return diagram.Renderer{Timeout: timeout, Log: os.Stderr}
}
