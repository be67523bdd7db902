package main

import (
	"kg/export/text"
	"kg/extract"
)

func cmdStats(e *env, args []string) error {
	fs := e.flags("stats", "", "Print per document: claims, actors, eras, claims by category and modality,\nand, given a corpus, the share of claims whose cited span (plus or minus one\nline) names both actors.")
	format := tableFormats.flag(fs, "format", "table", "output `format`")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	var corpus *extract.Corpus
	if e.corpus != "" {
		c, err := extract.OpenCorpus(e.corpus)
		if err != nil {
			return badValue(err)
		}
		corpus = c
	} else {
		e.notef("evidence coverage not measured: no corpus folder (give --corpus DIR or set KG_CORPUS)")
	}
	st, err := extract.Stats(kb, corpus)
	if err != nil {
		return err
	}
	return text.Stats(e.stdout, st, f)
}
