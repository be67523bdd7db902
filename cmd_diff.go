package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"kg/export/diagram"
	"kg/export/text"
	"kg/graph"
	"kg/graph/diff"
)

// diffFormats are kg diff's output formats: svg is drawn here, the others
// written by text.Diff.
var diffFormats = names("format", "text", "markdown", "json", "svg")

func cmdDiff(e *env, args []string) error {
	fs := e.flags("diff", "", "Compare two views (--a, --b), of this data or of another data folder (--data-b):\nactors and ties added, removed and changed, with the claims behind them;\nmetric and rank changes; actors changing bloc; balance; Jaccard similarity.\nA view SPEC is comma-separated key=value pairs: doc (repeatable), era, at,\ntype, category, sign, modality, min-confidence; e.g. --a doc=X,era=P.\nsvg draws the diff on the union of the two views; with -o FILE.svg it also\nwrites FILE-a.svg and FILE-b.svg, the two views on the same positions.\ndocs/diff.md describes the report.")
	specA := fs.String("a", "", "the first view `SPEC` (default: all documents)")
	specB := fs.String("b", "", "the second view `SPEC` (default: all documents)")
	dataB := fs.String("data-b", "", "take the second view from this data `folder` (e.g. an older checkout)")
	seedsB := fs.String("seeds-b", "", "registry `folder` for --data-b (default: seeds beside it, else --seeds)")
	match := matchModes.flag(fs, "match", diff.MatchType.String(), "when two ties are the `same`")
	format := diffFormats.flag(fs, "format", "text", "output `format`")
	seed := fs.Uint64("seed", 1, "random `seed` for the balance heuristics")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	timeout := fs.Duration("timeout", time.Minute, "time limit for the SVG layout")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	m, err := match.value()
	if err != nil {
		return err
	}
	if *specA == "" && *specB == "" && *dataB == "" {
		return usagef("give two views (--a SPEC --b SPEC) or another data folder (--data-b DIR)")
	}
	kbA, err := e.load()
	if err != nil {
		return err
	}
	kbB := kbA
	if *dataB != "" {
		sb := *seedsB
		if sb == "" {
			sb = filepath.Join(filepath.Dir(filepath.Clean(*dataB)), "seeds")
			if st, err := os.Stat(sb); err != nil || !st.IsDir() {
				sb = e.seeds
			}
		}
		other := &env{data: *dataB, seeds: sb, stdout: e.stdout, stderr: e.stderr}
		if kbB, err = other.load(); err != nil {
			return err
		}
	}
	va, err := diff.ParseSpec(*specA)
	if err == nil {
		err = kbA.Check(va)
	}
	if err != nil {
		return badFlag("--a", err)
	}
	vb, err := diff.ParseSpec(*specB)
	if err == nil {
		err = kbB.Check(vb)
	}
	if err != nil {
		return badFlag("--b", err)
	}
	na, nb := kbA.Network(va), kbB.Network(vb)
	r := diff.Compare(na, nb, diff.Options{Match: m, Seed: *seed, KBA: kbA, KBB: kbB})
	if f != "svg" {
		return e.write(*out, func(w io.Writer) error { return text.Diff(w, r, f) })
	}
	rd := renderer(*timeout)
	ta, _ := diagram.ViewTitle(kbA, va)
	tb, _ := diagram.ViewTitle(kbB, vb)
	title := "What changed: " + ta + " → " + tb
	var src bytes.Buffer
	if err := diagram.DiffDOT(&src, r, na, nb, title, nil); err != nil {
		return err
	}
	svg, note, err := rd.SVG(src.Bytes())
	if err != nil {
		return err
	}
	if note != "" {
		e.notef("%s", note)
	}
	if err := e.write(*out, func(w io.Writer) error { _, err := w.Write(svg); return err }); err != nil || *out == "" {
		return err
	}
	// the two views on the same positions, beside the diff
	pos, err := rd.Layout(graph.Union(na, nb))
	if err != nil {
		return err
	}
	base := strings.TrimSuffix(*out, ".svg")
	for _, side := range []struct {
		suffix string
		kb     *graph.KB
		n      *graph.Network
	}{{"-a.svg", kbA, na}, {"-b.svg", kbB, nb}} {
		t, sub := diagram.ViewTitle(side.kb, side.n.View)
		var src bytes.Buffer
		if err := diagram.DOT(&src, side.n, diagram.Options{Title: t, Subtitle: sub, Pos: pos}); err != nil {
			return err
		}
		svg, _, err := rd.SVG(src.Bytes())
		if err != nil {
			return err
		}
		if err := e.write(base+side.suffix, func(w io.Writer) error { _, err := w.Write(svg); return err }); err != nil {
			return err
		}
	}
	e.notef("wrote %s, %s-a.svg and %s-b.svg", *out, base, base)
	return nil
}
