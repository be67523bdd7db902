package main

import (
	"fmt"

	"kg/export"
)

func cmdCommunities(e *env, args []string) int {
	fs := e.flags("communities", "", "Find communities: Louvain on positive ties (weighted by tie strength), and\nsigned blocs through gonum's ModularizeMultiplex with the negative ties as a\nlayer of weight -1. Seeded: the same seed gives the same answer.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	seed := fs.Uint64("seed", 1, "random `seed` for Louvain")
	format := fs.String("format", "text", "output `format`: text or json")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return e.badChoice("communities", "format", *format, []string{"text", "json"})
	}
	kb, n, code := e.network("communities", vf)
	if kb == nil {
		return code
	}
	c := n.Communities(*seed)
	if err := export.Communities(e.stdout, n, c, *seed, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg communities: %v\n", err)
		return exitData
	}
	return exitOK
}
