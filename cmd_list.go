package main

import (
	"strings"

	"kg/export/text"
)

var (
	listKinds = names("kind", "actors", "types", "eras", "documents")
	// tableFormats are the output formats of list, stats and extract.
	tableFormats = names("format", "table", "json")
)

func cmdList(e *env, args []string) error {
	fs := e.flags("list", strings.Join(listKinds.names(), "|"), "List the actors, relation types, eras or documents, with claim counts.")
	format := tableFormats.flag(fs, "format", "table", "output `format`")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("want one of %s", strings.Join(listKinds.names(), ", "))
	}
	kind, err := listKinds.parse(pos[0])
	if err != nil {
		return err
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	kb, err := e.load()
	if err != nil {
		return err
	}
	return text.List(e.stdout, kb, kind, f)
}
