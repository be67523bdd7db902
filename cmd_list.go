package main

import (
	"slices"
	"strings"

	"kg/export"
)

var listKinds = []string{"actors", "types", "eras", "documents"}

func cmdList(e *env, args []string) error {
	fs := e.flags("list", "actors|types|eras|documents", "List the actors, relation types, eras or documents, with claim counts.")
	format := fs.String("format", "table", "output `format`: table or json")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one of %s", strings.Join(listKinds, ", "))
	}
	if !slices.Contains(listKinds, pos[0]) {
		return badChoice("kind", pos[0], listKinds)
	}
	if *format != "table" && *format != "json" {
		return badChoice("format", *format, []string{"table", "json"})
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	return export.List(e.stdout, kb, pos[0], *format)
}
