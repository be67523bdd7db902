package main

import (
	"fmt"

	"kg/export/text"
	"kg/graph"
)

func cmdPath(e *env, args []string) error {
	fs := e.flags("path", "A B", "Print the shortest paths between two actors, each hop with its relation types\nand the documents and line spans behind them. Ties count in both directions.\nExit status 1 when there is no path.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	k := fs.Int("k", 1, "how many shortest paths (Yen's algorithm)")
	positive := fs.Bool("positive", false, "friendly (positive) ties only")
	byStrength := fs.Bool("by-strength", false, "weigh hops by 1/tie strength instead of counting them")
	format := textFormats.flag(fs, "format", "text", "output `format`")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want two actor ids")
	}
	if *k < 1 {
		return usagef("--k must be at least 1")
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	kb, n, err := e.network(vf)
	if err != nil {
		return err
	}
	for _, id := range pos {
		if _, ok := kb.ActorByID[id]; !ok {
			return &usageError{problem{msg: fmt.Sprintf("unknown actor %q", id), hint: didYouMean(id, actorIDs(kb))}}
		}
	}
	paths := n.Paths(pos[0], pos[1], graph.PathOptions{K: *k, Positive: *positive, ByStrength: *byStrength})
	if len(paths) == 0 {
		return &noAnswerError{problem{msg: fmt.Sprintf("no path from %s to %s in the view (%s)", pos[0], pos[1], n.View)}}
	}
	return text.Paths(e.stdout, paths, f)
}

func actorIDs(kb *graph.KB) []string {
	ids := make([]string, len(kb.Actors))
	for i, a := range kb.Actors {
		ids[i] = a.ID
	}
	return ids
}
