package main

import (
	"fmt"
	"slices"
	"strings"

	"kg/export"
)

var listKinds = []string{"actors", "types", "eras", "documents"}

func cmdList(e *env, args []string) int {
	fs := e.flags("list", "actors|types|eras|documents", "List the actors, relation types, eras or documents, with claim counts.")
	format := fs.String("format", "table", "output `format`: table or json")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return e.usageError("list", "want one of %s", strings.Join(listKinds, ", "))
	}
	if !slices.Contains(listKinds, pos[0]) {
		return e.badChoice("list", "kind", pos[0], listKinds)
	}
	if *format != "table" && *format != "json" {
		return e.badChoice("list", "format", *format, []string{"table", "json"})
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	if err := export.List(e.stdout, kb, pos[0], *format); err != nil {
		fmt.Fprintf(e.stderr, "kg list: %v\n", err)
		return exitData
	}
	return exitOK
}
