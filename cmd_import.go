package main

import (
	"errors"
	"flag"
	"fmt"
	"strings"

	"kg/export/imports"
	"kg/graph"
)

// importFormat reads a map made in another tool.
type importFormat struct {
	oneFile bool
	read    func(paths []string) (*imports.Draft, error)
}

var importFormats = &choices[importFormat]{what: "format", items: []choice[importFormat]{
	{"csv", importFormat{read: func(p []string) (*imports.Draft, error) { return imports.ReadCSVFiles(p...) }}},
	{"graphml", importFormat{oneFile: true, read: func(p []string) (*imports.Draft, error) { return imports.ReadGraphMLFile(p[0]) }}},
}}

func cmdImport(e *env, args []string) error {
	fs := e.flags("import", "FILE...", "Turn a map made in another tool into kg YAML: csv (Kumu's elements and\nconnections files, or one connections file with From and To columns; a\nfolder holding both) or graphml. Writes data/ and seeds/ under -o with a\nplaceholder document per document; a claim without evidence gets a placeholder\nentry (line 1, cue TODO) for the curator to replace, and kg validate accepts\nthe result. With --data (and --seeds), actors, relation types and documents\nare matched to that knowledge base's (by id, code, name, alias; types by\nlabel) and the matches reported on stderr, as are the warnings (self-loops\nskipped, weights over 10, types without a sign) and the columns kept in\nnotes. Existing files are never replaced.")
	format := importFormats.flag(fs, "format", "", "input `format` (default: from the file name)")
	doc := fs.String("doc", "imported", "`ID` of the placeholder document the claims cite")
	out := fs.String("o", "", "write the knowledge base under this `folder` (required)")
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	match := e.data != "data" || e.seeds != "seeds"
	fs.Visit(func(f *flag.Flag) { match = match || f.Name == "data" || f.Name == "seeds" })
	if len(pos) == 0 {
		return usagef("give the file(s) to import")
	}
	if *out == "" {
		return usagef("give the output folder with -o")
	}
	if format.raw == "" {
		format.raw = "csv"
		if strings.HasSuffix(strings.ToLower(pos[0]), ".graphml") || strings.HasSuffix(strings.ToLower(pos[0]), ".xml") {
			format.raw = "graphml"
		}
	}
	f, err := format.value()
	if err != nil {
		return err
	}
	if f.oneFile && len(pos) != 1 {
		return usagef("%s takes one file", format.raw)
	}
	d, err := f.read(pos)
	if err != nil {
		var list graph.ErrorList
		if errors.As(err, &list) {
			return &dataError{problem{detail: list}} // positioned: they say it all
		}
		return err
	}
	if match {
		kb, err := e.load()
		if err != nil {
			return err
		}
		ms := d.Match(kb)
		byID := 0
		for _, m := range ms {
			if m.By == "id" {
				byID++
				continue
			}
			e.notef("%s", m)
		}
		e.notef("%s matched to %s by id, %d otherwise", plural(byID, "element"), e.data, len(ms)-byID)
	}
	for _, k := range d.Kept {
		e.notef("%s", k)
	}
	if len(d.Warnings) > 0 {
		fmt.Fprintln(e.stderr, d.Warnings.Error())
	}
	if err := imports.WriteYAML(*out, d, *doc); err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "kg import: wrote %s/data and %s/seeds; check with: kg --data %s/data --seeds %s/seeds validate\n", *out, *out, *out, *out)
	return nil
}
