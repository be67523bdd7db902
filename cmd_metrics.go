package main

import (
	"io"

	"kg/export/text"
	"kg/graph/report"
)

var (
	metricsFormats = names("format", "table", "json", "csv")
	// sortKeys order the metrics table: id, or a measure, largest first.
	sortKeys = names("sort key", append([]string{"id"}, measures.names()...)...)
)

func cmdMetrics(e *env, args []string) error {
	fs := e.flags("metrics", "", "Compute per-actor degree, weighted degree, betweenness, closeness, harmonic,\neigenvector, PageRank and HITS, and graph measures, with NetworkX's default\nnormalizations. By default on the undirected simple graph of positive ties,\nunweighted, isolates included (docs/analysis.md).\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := metricsFormats.flag(fs, "format", "table", "output `format`")
	sortBy := sortKeys.flag(fs, "sort", report.Betweenness.String(), "table order: a `metric` (largest first) or id")
	var opt report.MetricsOptions
	fs.BoolVar(&opt.AllTies, "all-ties", false, "use all ties, not only positive ones")
	fs.BoolVar(&opt.Directed, "directed", false, "use the directed projection (undirected ties count both ways)")
	fs.BoolVar(&opt.Weighted, "weighted", false, "weigh edges by tie strength (weighted degree, PageRank, HITS)")
	fs.IntVar(&opt.Samples, "samples", 0, "estimate betweenness from `N` random pivots (0: exact)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random `seed` for sampled betweenness")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	by, err := sortBy.value()
	if err != nil {
		return err
	}
	if opt.Samples < 0 {
		return usagef("--samples must not be negative")
	}
	_, n, err := e.network(vf)
	if err != nil {
		return err
	}
	m := report.ComputeMetrics(n, opt)
	return e.write(*out, func(w io.Writer) error { return text.Metrics(w, m, f, by) })
}
