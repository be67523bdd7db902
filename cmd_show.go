package main

import (
	"strings"

	"kg/export/text"
)

var showKinds = names("kind", "actor", "type", "era", "document")

func cmdShow(e *env, args []string) error {
	fs := e.flags("show", strings.Join(showKinds.names(), "|")+" ID", "Print one entity: its names, codes or dates, and the claims that mention it,\ncounted by document.")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usagef("want a kind (%s) and an id", strings.Join(showKinds.names(), ", "))
	}
	kind, err := showKinds.parse(pos[0])
	if err != nil {
		return err
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	if err := text.Show(e.stdout, kb, kind, pos[1]); err != nil {
		return badValue(err) // an unknown id
	}
	return nil
}
