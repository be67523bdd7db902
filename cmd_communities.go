package main

import (
	"kg/export/text"
)

func cmdCommunities(e *env, args []string) error {
	fs := e.flags("communities", "", "Find communities: Louvain on positive ties (weighted by tie strength), and\nsigned blocs through gonum's ModularizeMultiplex with the negative ties as a\nlayer of weight -1. Seeded: the same seed gives the same answer.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	seed := fs.Uint64("seed", 1, "random `seed` for Louvain")
	format := textFormats.flag(fs, "format", "text", "output `format`")
	if err := e.parseNone(fs, args); err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	_, n, err := e.network(vf)
	if err != nil {
		return err
	}
	c := n.Communities(*seed)
	return text.Communities(e.stdout, n, c, *seed, f)
}
