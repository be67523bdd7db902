package main

import (
	"slices"
	"strings"

	"kg/export"
)

var showKinds = []string{"actor", "type", "era", "document"}

func cmdShow(e *env, args []string) error {
	fs := e.flags("show", "actor|type|era|document ID", "Print one entity: its names, codes or dates, and the claims that mention it,\ncounted by document.")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want a kind (%s) and an id", strings.Join(showKinds, ", "))
	}
	if !slices.Contains(showKinds, pos[0]) {
		return badChoice("kind", pos[0], showKinds)
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	if err := export.Show(e.stdout, kb, pos[0], pos[1]); err != nil {
		return badValue(err) // an unknown id
	}
	return nil
}
