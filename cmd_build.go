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
	timeout := fs.Duration("timeout", time.Minute, "time limit per diagram; past it, dot gives way to neato")
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
	if isTerminal(e.stderr) {
		progress = e.stderr
	}
	start := time.Now()
	views, err := build.Build(kb, build.Options{Out: *out, Lang: l, Progress: progress, NoSVG: *noSVG,
		Renderer: renderer(*timeout), Log: e.stderr})
	if err != nil {
		// an output kg refuses to replace: the message says why (exit 2)
		if oe := (*output.Error)(nil); errors.As(err, &oe) {
			return err
		}
		return fmt.Errorf("%w (nothing was written)", err)
	}
	fmt.Fprintf(e.stdout, "kg build: wrote %d views (combined, %s, %s) to %s/ in %.1fs; see %s\n",
		len(views), plural(len(kb.Documents), "document"), plural(len(kb.Eras), "era"), *out,
		time.Since(start).Seconds(), filepath.Join(*out, "index.md"))
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
