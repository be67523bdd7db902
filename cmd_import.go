package main

import (
	"errors"
	"fmt"
	"strings"

	"kg/export/imports"
	"kg/graph"
)

func cmdImport(e *env, args []string) error {
	fs := e.flags("import", "FILE...", "Turn a map made in another tool into kg YAML: csv (Kumu's elements and\nconnections files, or one connections file with From and To columns; a\nfolder holding both) or graphml. Writes data/ and seeds/ under -o with a\nplaceholder document; every claim gets a placeholder evidence entry (line 1,\ncue TODO) for the curator to replace, and kg validate accepts the result.\nExisting files are never replaced.")
	format := fs.String("format", "", "input `format`: csv or graphml (default: from the file name)")
	doc := fs.String("doc", "imported", "`ID` of the placeholder document the claims cite")
	out := fs.String("o", "", "write the knowledge base under this `folder` (required)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) == 0 {
		return usagef("give the file(s) to import")
	}
	if *out == "" {
		return usagef("give the output folder with -o")
	}
	f := *format
	if f == "" {
		f = "csv"
		if strings.HasSuffix(strings.ToLower(pos[0]), ".graphml") || strings.HasSuffix(strings.ToLower(pos[0]), ".xml") {
			f = "graphml"
		}
	}
	var d *imports.Draft
	switch f {
	case "csv":
		d, err = imports.ReadCSVFiles(pos...)
	case "graphml":
		if len(pos) != 1 {
			return usagef("graphml takes one file")
		}
		d, err = imports.ReadGraphMLFile(pos[0])
	default:
		return badChoice("format", f, []string{"csv", "graphml"})
	}
	if err != nil {
		var list graph.ErrorList
		if errors.As(err, &list) {
			return &dataError{problem{detail: list}} // positioned: they say it all
		}
		return err
	}
	if err := imports.WriteYAML(*out, d, *doc); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "kg import: wrote %s/data and %s/seeds; check with: kg --data %s/data --seeds %s/seeds validate\n", *out, *out, *out, *out)
	return nil
}
