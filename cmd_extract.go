package main

import (
	"slices"
	"strings"

	"kg/extract"
	"kg/graph"
)

var extractKinds = []string{"mentions", "candidates", "coverage", "quality"}

func cmdExtract(e *env, args []string) error {
	fs := e.flags("extract", "mentions|candidates|coverage|quality", "Read the source texts (needs --corpus DIR or KG_CORPUS; docs/extraction.md):\n  mentions    each actor's mention count and lines per document\n  candidates  actor pairs named together, with a relation-type guess, printed\n              as commented-out draft claims (--doc required)\n  coverage    which curated claims a candidate supports, and the high-scoring\n              pairs with no curated claim: the curator's worklist (--doc)\n  quality     recall and precision of candidates against the curated claims")
	var docs listFlag
	fs.Var(&docs, "doc", "document `ID` (repeatable for mentions)")
	format := fs.String("format", "table", "output `format`: table or json (mentions, coverage)")
	window := fs.Int("window", 0, "lines either side that count as together (0: the default, 2; -1: same line)")
	limit := fs.Int("limit", 50, "candidates to print at most (0: all)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one of %s", strings.Join(extractKinds, ", "))
	}
	what := pos[0]
	if !slices.Contains(extractKinds, what) {
		return badChoice("kind", what, extractKinds)
	}
	if *format != "table" && *format != "json" {
		return badChoice("format", *format, []string{"table", "json"})
	}
	if (what == "candidates" || what == "coverage") && len(docs) != 1 {
		return usagef("%s needs one --doc ID", what)
	}
	if e.corpus == "" {
		return usagef("the source texts are needed: give --corpus DIR or set KG_CORPUS")
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	for _, d := range docs {
		if err := kb.Check(graph.View{Documents: []string{d}}); err != nil {
			return badFlag("--doc", err)
		}
	}
	c, err := extract.OpenCorpus(e.corpus)
	if err != nil {
		return badValue(err)
	}
	opt := extract.CandidateOptions{Window: *window}
	switch what {
	case "mentions":
		m, err := extract.Mentions(kb, c, docs)
		if err != nil {
			return err
		}
		return extract.WriteMentions(e.stdout, m, *format)
	case "candidates":
		cands, err := extract.Candidates(kb, c, docs[0], opt)
		if err != nil {
			return err
		}
		return extract.WriteCandidates(e.stdout, kb, docs[0], cands, *limit)
	case "coverage":
		r, err := extract.Coverage(kb, c, docs[0], opt)
		if err != nil {
			return err
		}
		return extract.WriteCoverage(e.stdout, r, *format)
	default: // quality
		rows, err := extract.Quality(kb, c, opt)
		if err != nil {
			return err
		}
		return extract.WriteQuality(e.stdout, rows)
	}
}
