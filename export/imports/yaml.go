package imports

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kg/graph"
)

// emptySHA256 is the digest of an empty file: the placeholder document's
// until the curator registers the real text.
const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// PartSize is the size at which WriteYAML starts a new claims file:
// data/claims/<doc>.yaml holds the first claims, <doc>.2.yaml the next,
// and so on (kg reads them as one document). It is well under the 64 MiB
// kg reads in one file (graph.MaxFileSize), and parts are parsed in
// parallel.
const PartSize = 16 << 20

// WriteYAML writes the draft as a kg knowledge base under dir:
// data/actors.yaml, data/relation-types.yaml, data/eras.yaml,
// data/claims/<doc>.yaml (with <doc>.2.yaml, <doc>.3.yaml, ... past
// PartSize) and seeds/<doc>.yaml, the last a placeholder registry entry
// (file "<doc>.txt", the digest of an empty file) with a note saying what
// to fill in. Each claim gets a placeholder evidence entry, line 1 with
// the cue "TODO", for the curator to replace; kg validate accepts the
// files as written.
//
// dir/data and dir/seeds must not exist (empty folders are taken): WriteYAML
// never replaces a knowledge base. It writes everything into a temporary
// folder in dir and then renames its data and seeds folders into place, so
// a failure leaves nothing behind. Items are encoded one at a time, so
// memory holds the draft and one item's YAML, not the files.
func WriteYAML(dir string, d *Draft, doc string) error {
	return writeYAML(dir, d, doc, PartSize)
}

func writeYAML(dir string, d *Draft, doc string, partSize int) (err error) {
	if !validID(doc) {
		return fmt.Errorf("invalid document id %q: ids are lowercase letters, digits and hyphens, starting with a letter or digit", doc)
	}
	for _, t := range []string{filepath.Join(dir, "data"), filepath.Join(dir, "seeds")} {
		if fi, err := os.Lstat(t); err == nil {
			if !fi.IsDir() || !emptyDir(t) {
				return fmt.Errorf("%s already exists; kg import writes a new knowledge base and never replaces one (choose another folder)", t)
			}
		} else if !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	created, err := mkdirAll(dir)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", dir, err)
	}
	tmp, err := os.MkdirTemp(dir, ".kg-import-*")
	if err != nil {
		removeCreated(created)
		return fmt.Errorf("cannot write %s: %w", dir, err)
	}
	defer func() {
		os.RemoveAll(tmp)
		if err != nil {
			removeCreated(created)
		}
	}()

	source := importedFrom(d)
	w := &stage{tmp: tmp, dir: dir}
	w.list(filepath.Join("data", "actors.yaml"), "Actors imported by kg import from "+source+".\nReview kinds and names; add aliases and codes (docs/data-format.md).",
		nil, "actors", len(d.Actors), func(i int) *yaml.Node { return actorYAML(d.Actors[i]) }, 0)
	w.list(filepath.Join("data", "relation-types.yaml"), "Relation types imported by kg import from "+source+".\nTypes the input did not describe have category other and sign \"0\": set them.",
		nil, "types", len(d.Types), func(i int) *yaml.Node { return typeYAML(d.Types[i]) }, 0)
	w.list(filepath.Join("data", "eras.yaml"), "Eras imported by kg import from "+source+".\nEach era's period is that of the first claim naming it; give it a label.",
		nil, "eras", len(d.Eras), func(i int) *yaml.Node { return eraYAML(d.Eras[i]) }, 0)
	for _, g := range claimsByDocument(d, doc) {
		comment := "Claims imported by kg import from " + source + "."
		if slices.ContainsFunc(g.claims, placeholderEvidence) {
			comment += "\nClaims with placeholder evidence (line 1 or cue TODO): replace it with the lines\nof the document that support the claim and a cue phrase copied from them."
		}
		w.list(filepath.Join("data", "claims", g.doc+".yaml"), comment,
			[]any{"document", ystr(g.doc)}, "claims", len(g.claims), func(i int) *yaml.Node { return claimYAML(g.claims[i]) }, partSize)
		if known := d.Documents[g.doc]; known != nil {
			w.file(filepath.Join("seeds", g.doc+".yaml"), documentYAML(known, source))
		} else {
			w.file(filepath.Join("seeds", g.doc+".yaml"), seedYAML(d, g.doc))
		}
	}
	if w.err != nil {
		return w.err
	}

	// Move seeds, then data, into place; undo the first if the second fails.
	var moved []string
	for _, name := range []string{"seeds", "data"} {
		target := filepath.Join(dir, name)
		if err = os.Remove(target); err != nil && !errors.Is(err, fs.ErrNotExist) {
			err = fmt.Errorf("%s already exists; kg import writes a new knowledge base and never replaces one (choose another folder)", target)
		} else {
			err = os.Rename(filepath.Join(tmp, name), target)
		}
		if err != nil {
			for _, m := range moved {
				os.Rename(m, filepath.Join(tmp, filepath.Base(m)))
			}
			return fmt.Errorf("cannot write %s: %w", target, unwrapPath(err))
		}
		moved = append(moved, target)
	}
	return nil
}

func unwrapPath(err error) error {
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// emptyDir reports whether dir is a folder with nothing in it.
func emptyDir(dir string) bool {
	f, err := os.Open(dir)
	if err != nil {
		return false
	}
	defer f.Close()
	_, err = f.Readdirnames(1)
	return errors.Is(err, io.EOF)
}

// mkdirAll makes dir and any missing parents, and returns the outermost
// folder it made ("" when dir existed), for removeCreated.
func mkdirAll(dir string) (string, error) {
	created := ""
	for p := filepath.Clean(dir); ; p = filepath.Dir(p) {
		if _, err := os.Lstat(p); err == nil {
			break
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		created = p
		if filepath.Dir(p) == p {
			break
		}
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	return created, nil
}

// removeCreated removes the folders mkdirAll made; they hold nothing else.
func removeCreated(created string) {
	if created != "" {
		os.RemoveAll(created)
	}
}

// stage writes the files of a knowledge base into a temporary folder; the
// first error stops it.
type stage struct {
	tmp, dir string // the temporary folder; the folder it stands for, for errors
	err      error
}

// create opens a new file at rel under the temporary folder.
func (s *stage) create(rel string) (*os.File, *bufio.Writer) {
	path := filepath.Join(s.tmp, rel)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		s.err = fmt.Errorf("cannot write %s: %w", filepath.Join(s.dir, rel), err)
		return nil, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		s.err = fmt.Errorf("cannot write %s: %w", filepath.Join(s.dir, rel), err)
		return nil, nil
	}
	return f, bufio.NewWriterSize(f, 1<<16)
}

func (s *stage) close(rel string, f *os.File, w *bufio.Writer, size int) {
	err := w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil && s.err == nil {
		s.err = fmt.Errorf("cannot write %s: %w", filepath.Join(s.dir, rel), err)
	}
	if s.err == nil && size > graph.MaxFileSize {
		s.err = fmt.Errorf("cannot write %s: it would be %d MiB, and kg reads YAML files of at most %d MiB",
			filepath.Join(s.dir, rel), size>>20, graph.MaxFileSize>>20)
	}
}

// file writes one small YAML document.
func (s *stage) file(rel string, root *yaml.Node) {
	if s.err != nil {
		return
	}
	data, err := encodeYAML(root)
	if err != nil {
		s.err = fmt.Errorf("cannot write %s: %w", filepath.Join(s.dir, rel), err)
		return
	}
	f, w := s.create(rel)
	if f == nil {
		return
	}
	w.Write(data)
	s.close(rel, f, w, len(data))
}

// list writes a file that is one mapping: the pairs kv, then key with a
// list of n items, under a comment. Each item is encoded on its own (the
// YAML encoder keeps every event of a document until it ends: a whole
// file of 50,000 claims took 1.8 GB). With partSize > 0, a file that
// would grow past partSize bytes is continued in a new one, rel's name
// with ".2", ".3", ... before ".yaml", with the same head.
func (s *stage) list(rel, comment string, kv []any, key string, n int, item func(int) *yaml.Node, partSize int) {
	if s.err != nil {
		return
	}
	head := func(part int) []byte {
		c := comment
		if part > 1 {
			c = fmt.Sprintf("Part %d of the file %s: kg reads all parts as one.\n%s", part, filepath.Base(rel), comment)
		}
		data, err := encodeYAML(&yaml.Node{Kind: yaml.DocumentNode, HeadComment: c,
			Content: []*yaml.Node{ymap(false, slices.Concat(kv, []any{key, yseq([]*yaml.Node{})})...)}})
		if err != nil {
			panic("imports: cannot encode a file's head: " + err.Error())
		}
		return data
	}
	part, partRel := 1, rel
	f, w := s.create(partRel)
	if f == nil {
		return
	}
	h := head(1)
	if n == 0 {
		w.Write(h)
		s.close(partRel, f, w, len(h))
		return
	}
	open := bytes.TrimSuffix(h, []byte(" []\n"))
	open = append(open, '\n')
	w.Write(open)
	size, items := len(open), 0
	for i := range n {
		data, err := encodeItem(item(i))
		if err != nil {
			s.err = fmt.Errorf("cannot write %s: %w", filepath.Join(s.dir, partRel), err)
			break
		}
		if partSize > 0 && items > 0 && size+len(data) > partSize {
			s.close(partRel, f, w, size)
			if s.err != nil {
				return
			}
			part++
			partRel = strings.TrimSuffix(rel, ".yaml") + "." + strconv.Itoa(part) + ".yaml"
			if f, w = s.create(partRel); f == nil {
				return
			}
			h := head(part)
			open = append(bytes.TrimSuffix(h, []byte(" []\n")), '\n')
			w.Write(open)
			size, items = len(open), 0
		}
		w.Write(data)
		size += len(data)
		items++
	}
	s.close(partRel, f, w, size)
}

func encodeYAML(root *yaml.Node) ([]byte, error) {
	var b bytes.Buffer
	enc := yaml.NewEncoder(&b)
	enc.SetIndent(2)
	if err := enc.Encode(root); err != nil {
		return nil, err
	}
	if err := enc.Close(); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// encodeItem encodes one item of a list under a key: as a one-item
// sequence, each line indented by two spaces (empty lines, which only
// block scalars hold, stay empty).
func encodeItem(n *yaml.Node) ([]byte, error) {
	data, err := encodeYAML(yseq([]*yaml.Node{n}))
	if err != nil {
		return nil, err
	}
	out := make([]byte, 0, len(data)+len(data)/8+8)
	for line := range bytes.Lines(data) {
		if len(line) > 1 {
			out = append(out, "  "...)
		}
		out = append(out, line...)
	}
	return out, nil
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

func importedFrom(d *Draft) string {
	if d.Source == "" {
		return "another tool's file"
	}
	return d.Source
}

func actorYAML(a *graph.Actor) *yaml.Node {
	var codes *yaml.Node
	if c := a.Codes; c != (graph.Codes{}) {
		var cow *yaml.Node
		if c.COW != 0 {
			cow = &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(c.COW)}
		}
		codes = ymap(true, "iso3", orNil(c.ISO3), "cow", cow, "cameo", orNil(c.CAMEO), "wikidata", orNil(c.Wikidata))
	}
	return ymap(false, "id", ystr(a.ID), "kind", ystr(a.Kind.String()), "names", ylang(a.Names),
		"codes", codes, "part_of", orNil(a.PartOf), "note", orNil(a.Note))
}

func typeYAML(t *graph.RelationType) *yaml.Node {
	return ymap(false, "id", ystr(t.ID), "label", ylang(t.Label), "category", ystr(t.Category.String()),
		"sign", yquoted(t.Sign.String()), "directed", ybool(t.Directed))
}

func eraYAML(e *graph.Era) *yaml.Node {
	return ymap(false, "id", ystr(e.ID), "label", ylang(e.Label),
		"start", ydate(e.Period.Start), "end", ydate(e.Period.End))
}

// docClaims is the claims of one document.
type docClaims struct {
	doc    string
	claims []*graph.Claim
}

// claimsByDocument groups the draft's claims by document, in document
// order: a claim the input gives no document goes to doc, which is
// listed even when no claim names it and the input names no other.
// A claim without a document whose id a claim of doc already has is
// given a new one ("-2", "-3", ...).
func claimsByDocument(d *Draft, doc string) []docClaims {
	by := map[string][]*graph.Claim{}
	used := ids{}
	for _, c := range d.Claims {
		if c.Document == doc {
			used[c.ID] = true
		}
	}
	for _, c := range d.Claims {
		id := c.Document
		if id == "" {
			id = doc
			if used[c.ID] {
				c.ID = used.make("claim", c.ID)
			}
			used[c.ID] = true
		}
		by[id] = append(by[id], c)
	}
	if len(by) == 0 {
		by[doc] = nil
	}
	var out []docClaims
	for _, id := range slices.Sorted(maps.Keys(by)) {
		out = append(out, docClaims{id, by[id]})
	}
	return out
}

// placeholderEvidence reports whether a claim's evidence, or part of it,
// is a placeholder for the curator to replace.
func placeholderEvidence(c *graph.Claim) bool {
	return len(c.Evidence) == 0 || slices.ContainsFunc(c.Evidence, func(e graph.Evidence) bool { return e.Cue == placeholderCue })
}

func claimYAML(c *graph.Claim) *yaml.Node {
	var weight *yaml.Node
	if c.Weight != 1 {
		weight = ynum(c.Weight)
	}
	var sign *yaml.Node
	if c.HasSign {
		sign = yquoted(c.Sign.String())
	}
	evidence := yseq([]*yaml.Node{ymap(true, "lines", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: "1"}, "cue", ystr(placeholderCue))})
	if len(c.Evidence) > 0 {
		evidence = yseq(nil)
		for _, e := range c.Evidence {
			lines := &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: e.Lines()}
			if e.Start != e.End {
				lines = yquoted(e.Lines())
			}
			evidence.Content = append(evidence.Content, ymap(true, "lines", lines, "cue", ystr(e.Cue)))
		}
	}
	return ymap(false, "id", ystr(c.ID), "source", ystr(c.Source), "target", ystr(c.Target),
		"type", ystr(c.Type), "sign", sign, "era", orNil(c.Era), "start", ydate(c.Time.Start), "end", ydate(c.Time.End),
		"modality", ystr(c.Modality.String()), "attributed_to", orNil(c.AttributedTo), "confidence", ystr(c.Confidence.String()), "weight", weight,
		"evidence", evidence, "note", ystr(c.Note))
}

// documentYAML writes the registry entry of a document the knowledge base
// matched against holds, as it is there.
func documentYAML(doc *graph.Document, source string) *yaml.Node {
	var authors []*yaml.Node
	for _, a := range doc.Authors {
		authors = append(authors, ystr(a))
	}
	var covers *yaml.Node
	if !doc.Covers.Start.IsZero() || !doc.Covers.End.IsZero() {
		covers = ymap(true, "start", ydate(doc.Covers.Start), "end", ydate(doc.Covers.End))
	}
	license := ynull()
	if doc.License != "" {
		license = ystr(doc.License)
	}
	root := ymap(false, "id", ystr(doc.ID), "file", ystr(doc.File), "sha256", ystr(doc.SHA256), "language", ystr(doc.Language),
		"title", ylang(doc.Title), "authors", yseq(authors), "published", ydate(doc.Published), "published_note", orNil(doc.PublishedNote),
		"covers", covers, "kind", ystr(doc.Kind.String()), "license", license, "publisher", orNil(doc.Publisher), "url", orNil(doc.URL),
		"note", orNil(doc.Note))
	return &yaml.Node{Kind: yaml.DocumentNode, HeadComment: "Registry entry copied by kg import from the knowledge base it matched " + source + " against.",
		Content: []*yaml.Node{root}}
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
