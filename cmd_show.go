package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"kg/export"
)

var showKinds = []string{"actor", "type", "era", "document"}

func cmdShow(e *env, args []string) int {
	fs := e.flags("show", "actor|type|era|document ID", "Print one entity: its names, codes or dates, and the claims that mention it,\ncounted by document.")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return e.usageError("show", "want a kind (%s) and an id", strings.Join(showKinds, ", "))
	}
	if !slices.Contains(showKinds, pos[0]) {
		return e.badChoice("show", "kind", pos[0], showKinds)
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	if err := export.Show(e.stdout, kb, pos[0], pos[1]); err != nil {
		fmt.Fprintf(e.stderr, "kg show: %v\n", err)
		var nf *export.NotFoundError
		if errors.As(err, &nf) && nf.Hint != "" {
			fmt.Fprintf(e.stderr, "\thint: %s\n", nf.Hint)
		}
		return exitUsage
	}
	return exitOK
}
