package main

import (
	"io"

	"kg/export/text"
	"kg/graph/balance"
	"kg/graph/report"
)

func cmdBalance(e *env, args []string) error {
	fs := e.flags("balance", "", "Structural balance of the signed graph (one signed edge per pair): triangle\ncensus, strong and weak balance ratios, the frustration index with an optimal\ntwo-bloc split (exact up to 30 actors per component, else bounded), a k-bloc\npartition by the Doreian-Mrvar criterion, and every unbalanced triangle with\nthe claims behind its ties.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := textFormats.flag(fs, "format", "text", "output `format`")
	var opt report.BalanceOptions
	fs.IntVar(&opt.K, "k", 2, "number of blocs for the Doreian-Mrvar partition")
	fs.Float64Var(&opt.Alpha, "alpha", balance.DefaultAlpha, "weight of negative ties inside blocs in the criterion (0..1)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random `seed` for the heuristics")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	if opt.K < 1 {
		return usagef("--k must be at least 1")
	}
	if opt.Alpha <= 0 || opt.Alpha > 1 {
		return usagef("--alpha must be more than 0 and at most 1")
	}
	_, n, err := e.network(vf)
	if err != nil {
		return err
	}
	r := report.ComputeBalance(n, opt)
	return e.write(*out, func(w io.Writer) error { return text.Balance(w, r, f) })
}
