package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"kg/export/build"
	"kg/export/output"
)

func cmdBuild(e *env, args []string) error {
	fs := e.flags("build", "", "The main job: for the combined graph, every document and every era, write the\ndiagram (DOT and SVG), metrics (JSON and CSV) and balance report, and an\nindex.md listing them with their figures. Needs no corpus and no network.\nThe output folder is replaced only when the whole build succeeds.")
	out := fs.String("o", "out", "output `folder`")
	lang := languages.flag(fs, "lang", "en", "label `language` of the diagrams")
	noSVG := fs.Bool("no-svg", false, "write DOT only, not SVG")
	timeout := fs.Duration("timeout", time.Minute, "time limit per diagram; past it, dot gives way to neato (neato to sfdp), and a view still not drawn is listed in index.md")
	progressFlag := fs.Bool("progress", false, "print progress a line at a time on stderr, also when it is not a terminal")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	l, err := lang.value()
	if err != nil {
		return err
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	var progress io.Writer
	lines := *progressFlag
	if isTerminal(e.stderr) || lines {
		progress = e.stderr
	}
	lines = lines && !isTerminal(e.stderr)
	start := time.Now()
	views, err := build.Build(kb, build.Options{Out: *out, Lang: l, Progress: progress, ProgressLines: lines, NoSVG: *noSVG,
		Renderer: renderer(*timeout), Log: e.stderr})
	if err != nil {
		// an output kg refuses to replace: the message says why (exit 2)
		if oe := (*output.Error)(nil); errors.As(err, &oe) {
			return err
		}
		return fmt.Errorf("%w (nothing was written)", err)
	}
	failed := 0
	for _, v := range views {
		if v.Failed != "" {
			failed++
			fmt.Fprintf(e.stderr, "kg build: %s: %s\n", v.Dir, v.Failed)
		}
	}
	fmt.Fprintf(e.stdout, "kg build: wrote %d views (combined, %s, %s) to %s/ in %.1fs, peak memory %s; see %s\n",
		len(views), plural(len(kb.Documents), "document"), plural(len(kb.Eras), "era"), *out,
		time.Since(start).Seconds(), peakMemory(), filepath.Join(*out, "index.md"))
	if failed > 0 {
		// the rest is written: a view that could not be drawn is listed in
		// the index with the command that draws it (docs/performance.md)
		fmt.Fprintf(e.stderr, "kg build: %s not drawn (listed in %s); everything else is written\n", plural(failed, "diagram"), filepath.Join(*out, "index.md"))
	}
	return nil
}

// isTerminal reports whether w is a terminal, for progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
