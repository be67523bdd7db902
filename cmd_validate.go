package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"kg/extract"
	"kg/graph"
)

func cmdValidate(e *env, args []string) error {
	fs := e.flags("validate", "", "Check the knowledge base: syntax, keys, ids, references, dates, the cue\nlexicon (lexicon.yaml, when the data folder has one), and, given a corpus\nfolder, each document's sha256, evidence spans and cue phrases.\nEvery problem is reported at once, sorted, as path:line:col: message.")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	kb, err := graph.Load(graph.Options{DataDir: e.data, SeedsDir: e.seeds})
	var errs graph.ErrorList
	if err != nil && !errors.As(err, &errs) {
		return err
	}
	// the cue lexicon, when the data folder has one
	if data, err := os.ReadFile(filepath.Join(e.data, extract.LexiconFile)); err == nil {
		if _, err := extract.ReadLexicon(filepath.Join(e.data, extract.LexiconFile), data); err != nil {
			var l graph.ErrorList
			if !errors.As(err, &l) {
				return err
			}
			errs = append(errs, l...)
		}
	}
	checked := false
	if e.corpus != "" {
		c, err := extract.OpenCorpus(e.corpus)
		if err != nil {
			return badValue(err)
		}
		errs = append(errs, extract.CheckEvidence(kb, c)...)
		errs.Sort()
		checked = true
	}
	errs.Sort()
	if len(errs) > 0 {
		// warnings follow the errors; they do not fail validation alone
		// (docs/data-format.md)
		msg := plural(len(errs), "problem")
		if len(kb.Warnings) > 0 {
			msg += ", " + plural(len(kb.Warnings), "warning")
		}
		return &dataError{problem{detail: append(errs, kb.Warnings...), msg: msg}}
	}
	if len(kb.Warnings) > 0 {
		fmt.Fprintln(e.stderr, kb.Warnings)
		e.notef("%s", plural(len(kb.Warnings), "warning"))
	}
	fmt.Fprintf(e.stdout, "ok: %s, %s, %s, %s, %s\n", plural(len(kb.Documents), "document"),
		plural(len(kb.Claims), "claim"), plural(len(kb.Actors), "actor"),
		plural(len(kb.Types), "relation type"), plural(len(kb.Eras), "era"))
	if !checked {
		e.notef("evidence not checked: no corpus folder (give --corpus DIR or set KG_CORPUS)")
		return nil
	}
	// Not an error: a text may name an actor only as "the two countries".
	c, _ := extract.OpenCorpus(e.corpus)
	if st, err := extract.Stats(kb, c); err == nil {
		n, total := 0, 0
		for _, d := range st {
			n += len(d.Unnamed)
			total += d.Claims
		}
		if n > 0 {
			e.notef("note: %d of %d claims cite spans (plus or minus a line) that do not name both actors; kg stats --format json lists them", n, total)
		}
	}
	return nil
}
