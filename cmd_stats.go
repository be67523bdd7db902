package main

import (
	"fmt"

	"kg/export"
	"kg/extract"
)

func cmdStats(e *env, args []string) int {
	fs := e.flags("stats", "", "Print per document: claims, actors, eras, claims by category and modality,\nand, given a corpus, the share of claims whose cited span (plus or minus one\nline) names both actors.")
	format := fs.String("format", "table", "output `format`: table or json")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "table" && *format != "json" {
		return e.badChoice("stats", "format", *format, []string{"table", "json"})
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	var corpus *extract.Corpus
	if e.corpus != "" {
		c, err := extract.OpenCorpus(e.corpus)
		if err != nil {
			fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
			return exitUsage
		}
		corpus = c
	} else {
		fmt.Fprintln(e.stderr, "kg stats: evidence coverage not measured: no corpus folder (give --corpus DIR or set KG_CORPUS)")
	}
	st, err := extract.Stats(kb, corpus)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
		return exitData
	}
	if err := export.Stats(e.stdout, st, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
		return exitData
	}
	return exitOK
}
