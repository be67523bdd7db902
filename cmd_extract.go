package main

import (
	"fmt"
	"strings"

	"kg/extract"
	"kg/graph"
)

// extractJob is what an extract kind is given.
type extractJob struct {
	kb     *graph.KB
	corpus *extract.Corpus
	docs   []string
	format string
	limit  int
	opt    extract.CandidateOptions
}

// extractKind is one question kg extract asks of the source texts.
type extractKind struct {
	oneDoc bool // needs exactly one --doc
	run    func(e *env, x extractJob) error
}

var extractKinds = &choices[extractKind]{what: "kind", items: []choice[extractKind]{
	{"mentions", extractKind{run: func(e *env, x extractJob) error {
		m, err := extract.Mentions(x.kb, x.corpus, x.docs)
		if err != nil {
			return err
		}
		return extract.WriteMentions(e.stdout, m, x.format)
	}}},
	{"candidates", extractKind{oneDoc: true, run: func(e *env, x extractJob) error {
		cands, err := extract.Candidates(x.kb, x.corpus, x.docs[0], x.opt)
		if err != nil {
			return err
		}
		return extract.WriteCandidates(e.stdout, x.kb, x.docs[0], cands, x.limit)
	}}},
	{"coverage", extractKind{oneDoc: true, run: func(e *env, x extractJob) error {
		r, err := extract.Coverage(x.kb, x.corpus, x.docs[0], x.opt)
		if err != nil {
			return err
		}
		return extract.WriteCoverage(e.stdout, r, x.format)
	}}},
	{"quality", extractKind{run: func(e *env, x extractJob) error {
		rows, err := extract.Quality(x.kb, x.corpus, x.opt)
		if err != nil {
			return err
		}
		if err := extract.WriteQuality(e.stdout, rows); err != nil {
			return err
		}
		// the aliases behind the mentions (docs/extraction.md, "Alias precision")
		findings, err := extract.AliasPrecision(x.kb, x.corpus, extract.AliasOptions{})
		if err != nil {
			return err
		}
		fmt.Fprintln(e.stdout)
		return extract.WriteAliases(e.stdout, findings, extract.AliasOptions{})
	}}},
}}

func cmdExtract(e *env, args []string) error {
	fs := e.flags("extract", strings.Join(extractKinds.names(), "|"), "Read the source texts (needs --corpus DIR or KG_CORPUS; docs/extraction.md):\n  mentions    each actor's mention count and lines per document\n  candidates  actor pairs named together, with a relation-type guess, printed\n              as commented-out draft claims (--doc required)\n  coverage    which curated claims a candidate supports, and the high-scoring\n              pairs with no curated claim: the curator's worklist (--doc)\n  quality     recall and precision of candidates against the curated claims,\n              then the aliases that look wrong (low precision, inside longer\n              words, inside or equal to other actors' names)")
	var docs listFlag
	fs.Var(&docs, "doc", "document `ID` (repeatable for mentions)")
	format := tableFormats.flag(fs, "format", "table", "output `format` (mentions, coverage)")
	window := fs.Int("window", 0, "lines either side that count as together (0: the default, 2; -1: same line)")
	limit := fs.Int("limit", 50, "candidates to print at most (0: all)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one of %s", strings.Join(extractKinds.names(), ", "))
	}
	kind, err := extractKinds.parse(pos[0])
	if err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	if kind.oneDoc && len(docs) != 1 {
		return usagef("%s needs one --doc ID", pos[0])
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
	lex, err := e.lexicon()
	if err != nil {
		return err
	}
	return kind.run(e, extractJob{kb: kb, corpus: c, docs: docs, format: f, limit: *limit,
		opt: extract.CandidateOptions{Window: *window, Lexicon: lex}})
}
