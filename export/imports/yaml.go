package imports

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"

	"go.yaml.in/yaml/v3"

	"kg/graph"
)

// emptySHA256 is the digest of an empty file: the placeholder document's
// until the curator registers the real text.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// WriteYAML writes the draft as a kg knowledge base under dir:
// data/actors.yaml, data/relation-types.yaml, data/eras.yaml,
// data/claims/<doc>.yaml and seeds/<doc>.yaml, the last a placeholder
// registry entry (file "<doc>.txt", the digest of an empty file) with a
// note saying what to fill in. Each claim gets a placeholder evidence
// entry, line 1 with the cue "TODO", for the curator to replace; kg
// validate accepts the files as written. WriteYAML refuses to replace any
// of these files that already exists.
func WriteYAML(dir string, d *Draft, doc string) error {
	if !validID(doc) {
		return fmt.Errorf("invalid document id %q: ids are lowercase letters, digits and hyphens, starting with a letter or digit", doc)
	}
	files := []struct {
		path string
		root *yaml.Node
	}{
		{filepath.Join(dir, "data", "actors.yaml"), actorsYAML(d)},
		{filepath.Join(dir, "data", "relation-types.yaml"), typesYAML(d)},
		{filepath.Join(dir, "data", "eras.yaml"), erasYAML(d)},
		{filepath.Join(dir, "data", "claims", doc+".yaml"), claimsYAML(d, doc)},
		{filepath.Join(dir, "seeds", doc+".yaml"), seedYAML(d, doc)},
	}
	for _, f := range files {
		if _, err := os.Lstat(f.path); err == nil {
			return fmt.Errorf("%s already exists; kg import writes a new knowledge base (choose another folder or document id)", f.path)
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	for _, f := range files {
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(f.root); err != nil {
			return fmt.Errorf("cannot write %s: %w", f.path, err)
		}
		if err := enc.Close(); err != nil {
			return fmt.Errorf("cannot write %s: %w", f.path, err)
		}
		if err := writeFile(f.path, b.Bytes()); err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes data through a temporary file renamed into place.
func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// YAML node builders.

func ystr(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s} }

func yquoted(s string) *yaml.Node {
	n := ystr(s)
	n.Style = yaml.DoubleQuotedStyle
	return n
}

func ybool(v bool) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: strconv.FormatBool(v)}
}

func ynum(f float64) *yaml.Node {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	tag := "!!float"
	if _, err := strconv.Atoi(s); err == nil {
		tag = "!!int"
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

func ynull() *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null", Value: "null"} }

// ymap builds a mapping from key, value pairs; nil values are left out.
func ymap(flow bool, kv ...any) *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	if flow {
		m.Style = yaml.FlowStyle
	}
	for i := 0; i+1 < len(kv); i += 2 {
		v, _ := kv[i+1].(*yaml.Node)
		if v == nil {
			continue
		}
		m.Content = append(m.Content, ystr(kv[i].(string)), v)
	}
	return m
}

func yseq(items []*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

// ylang writes a language map, English first.
func ylang(m map[string]string) *yaml.Node {
	langs := make([]string, 0, len(m))
	for l := range m {
		if l != "en" {
			langs = append(langs, l)
		}
	}
	slices.Sort(langs)
	kv := []any{"en", ystr(m["en"])}
	for _, l := range langs {
		kv = append(kv, l, ystr(m[l]))
	}
	return ymap(true, kv...)
}

// ydate writes a date, quoted; nil when it is open.
func ydate(d graph.Date) *yaml.Node {
	if d.IsZero() {
		return nil
	}
	return yquoted(d.String())
}

func orNil(s string) *yaml.Node {
	if s == "" {
		return nil
	}
	return ystr(s)
}

// top wraps a list as the single key of a file, under a comment.
func top(comment, key string, items []*yaml.Node) *yaml.Node {
	if items == nil {
		items = []*yaml.Node{}
	}
	return &yaml.Node{Kind: yaml.DocumentNode, HeadComment: comment,
		Content: []*yaml.Node{ymap(false, key, yseq(items))}}
}

func importedFrom(d *Draft) string {
	if d.Source == "" {
		return "another tool's file"
	}
	return d.Source
}

func actorsYAML(d *Draft) *yaml.Node {
	var items []*yaml.Node
	for _, a := range d.Actors {
		items = append(items, ymap(false, "id", ystr(a.ID), "kind", ystr(a.Kind.String()), "names", ylang(a.Names),
			"part_of", orNil(a.PartOf), "note", orNil(a.Note)))
	}
	return top("Actors imported by kg import from "+importedFrom(d)+".\nReview kinds and names; add aliases and codes (docs/data-format.md).", "actors", items)
}

func typesYAML(d *Draft) *yaml.Node {
	var items []*yaml.Node
	for _, t := range d.Types {
		items = append(items, ymap(false, "id", ystr(t.ID), "label", ylang(t.Label), "category", ystr(t.Category.String()),
			"sign", yquoted(t.Sign.String()), "directed", ybool(t.Directed)))
	}
	return top("Relation types imported by kg import from "+importedFrom(d)+".\nTypes the input did not describe have category other and sign \"0\": set them.", "types", items)
}

func erasYAML(d *Draft) *yaml.Node {
	var items []*yaml.Node
	for _, e := range d.Eras {
		items = append(items, ymap(false, "id", ystr(e.ID), "label", ylang(e.Label),
			"start", ydate(e.Period.Start), "end", ydate(e.Period.End)))
	}
	return top("Eras imported by kg import from "+importedFrom(d)+".\nEach era's period is that of the first claim naming it; give it a label.", "eras", items)
}

func claimsYAML(d *Draft, doc string) *yaml.Node {
	var items []*yaml.Node
	for _, c := range d.Claims {
		var weight *yaml.Node
		if c.Weight != 1 {
			weight = ynum(c.Weight)
		}
		evidence := yseq([]*yaml.Node{ymap(true, "lines", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"}, "cue", ystr("TODO"))})
		items = append(items, ymap(false, "id", ystr(c.ID), "source", ystr(c.Source), "target", ystr(c.Target),
			"type", ystr(c.Type), "era", orNil(c.Era), "start", ydate(c.Time.Start), "end", ydate(c.Time.End),
			"modality", ystr(c.Modality.String()), "confidence", ystr(c.Confidence.String()), "weight", weight,
			"evidence", evidence, "note", ystr(c.Note)))
	}
	root := top("Claims imported by kg import from "+importedFrom(d)+".\nEach has placeholder evidence (line 1, cue TODO): replace it with the lines of\nthe document that support the claim and a cue phrase copied from them.", "claims", items)
	m := root.Content[0]
	m.Content = append([]*yaml.Node{ystr("document"), ystr(doc)}, m.Content...)
	return root
}

func seedYAML(d *Draft, doc string) *yaml.Node {
	note := fmt.Sprintf("Placeholder written by kg import from %s. Put the document's text in the corpus folder as %s.txt (or change file), "+
		"set sha256 to its digest, and fill in language, title, authors, published, covers and kind; then replace each claim's placeholder evidence.",
		importedFrom(d), doc)
	root := ymap(false, "id", ystr(doc), "file", ystr(doc+".txt"), "sha256", ystr(emptySHA256), "language", ystr("en"),
		"title", ylang(map[string]string{"en": doc + " (imported; give the document's title)"}),
		"kind", ystr("other"), "license", ynull(), "note", ystr(note))
	return &yaml.Node{Kind: yaml.DocumentNode, HeadComment: "Registry entry of the document the imported claims come from: a placeholder to fill in.",
		Content: []*yaml.Node{root}}
}
