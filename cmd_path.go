package main

import (
	"fmt"

	"kg/export"
	"kg/graph"
)

func cmdPath(e *env, args []string) int {
	fs := e.flags("path", "A B", "Print the shortest paths between two actors, each hop with its relation types\nand the documents and line spans behind them. Ties count in both directions.\nExit status 1 when there is no path.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	k := fs.Int("k", 1, "how many shortest paths (Yen's algorithm)")
	positive := fs.Bool("positive", false, "friendly (positive) ties only")
	byStrength := fs.Bool("by-strength", false, "weigh hops by 1/tie strength instead of counting them")
	format := fs.String("format", "text", "output `format`: text or json")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return e.usageError("path", "want two actor ids")
	}
	if *k < 1 {
		return e.usageError("path", "--k must be at least 1")
	}
	if *format != "text" && *format != "json" {
		return e.badChoice("path", "format", *format, []string{"text", "json"})
	}
	kb, n, code := e.network("path", vf)
	if kb == nil {
		return code
	}
	for _, id := range pos {
		if _, ok := kb.ActorByID[id]; !ok {
			fmt.Fprintf(e.stderr, "kg path: unknown actor %q\n", id)
			if h := didYouMean(id, actorIDs(kb)); h != "" {
				fmt.Fprintf(e.stderr, "\thint: %s\n", h)
			}
			return exitUsage
		}
	}
	paths := n.Paths(pos[0], pos[1], graph.PathOptions{K: *k, Positive: *positive, ByStrength: *byStrength})
	if len(paths) == 0 {
		fmt.Fprintf(e.stderr, "kg path: no path from %s to %s in the view (%s)\n", pos[0], pos[1], n.View)
		return exitData
	}
	if err := export.Paths(e.stdout, paths, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg path: %v\n", err)
		return exitData
	}
	return exitOK
}

func actorIDs(kb *graph.KB) []string {
	ids := make([]string, len(kb.Actors))
	for i, a := range kb.Actors {
		ids[i] = a.ID
	}
	return ids
}
