package graph

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// reader turns yaml.Nodes into model values, recording every problem with
// its position. It never stops at the first problem: a bad value is reported
// and skipped, and reading goes on.
type reader struct {
	file string
	errs ErrorList
}

func (r *reader) pos(n *yaml.Node) Pos {
	return Pos{File: r.file, Line: n.Line, Col: n.Column}
}

func (r *reader) errorf(n *yaml.Node, format string, args ...any) *Error {
	return r.errs.Add(r.pos(n), format, args...)
}

// parseYAML parses data as a single YAML document and returns its root node,
// or nil after recording a syntax error. Bytes YAML cannot hold are found
// first, at their line and column (yamlsyntax.go).
func (r *reader) parseYAML(data []byte) *yaml.Node {
	if off, msg, hint := byteProblem(data); off >= 0 {
		r.errAt(data, off, msg).Hint = hint
		return nil
	}
	in := &meteredReader{data: data, whole: len(data)}
	dec := yaml.NewDecoder(in)
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			r.errs.Add(Pos{File: r.file, Line: 1, Col: 1}, "file is empty")
			return nil
		}
		r.syntaxError(data, err, in.n)
		return nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		r.errs.Add(Pos{File: r.file, Line: extra.Line, Col: extra.Column}, "more than one YAML document in file")
	} else if !errors.Is(err, io.EOF) {
		r.syntaxError(data, err, in.n)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 {
		r.errs.Add(Pos{File: r.file, Line: 1, Col: 1}, "file is empty")
		return nil
	}
	root := doc.Content[0]
	// An alias needs an anchor, and an anchor needs '&': most files have
	// none, and are spared the walk.
	if bytes.IndexByte(data, '&') >= 0 && !r.noAliases(root) {
		return nil
	}
	return root
}

// syntaxError records a syntax error the YAML library found in data, at
// the line and column of the problem.
func (r *reader) syntaxError(data []byte, err error, read int) {
	off, msg, hint := syntaxProblem(data, err, read)
	r.errAt(data, off, "YAML syntax error: "+msg).Hint = hint
}

// errAt records a problem at byte offset off of data.
func (r *reader) errAt(data []byte, off int, msg string) *Error {
	line, col := lineCol(data, off)
	return r.errs.Add(Pos{File: r.file, Line: line, Col: col}, "%s", msg)
}

// noAliases rejects YAML aliases: the data format has no use for them, and
// following them is how an alias bomb makes a small file expand without
// bound. It reports the first alias only.
func (r *reader) noAliases(root *yaml.Node) bool {
	stack := []*yaml.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Kind == yaml.AliasNode {
			r.errorf(n, "YAML aliases (*%s) are not supported; write the value out", n.Value)
			return false
		}
		stack = append(stack, n.Content...)
	}
	return true
}

// field describes one key of a mapping.
type field struct {
	name     string
	required bool
	set      func(v *yaml.Node)
}

// fields reads the mapping n into fs: it reports unknown keys (with the
// nearest known key as a hint), duplicate keys and missing required keys.
// what names the mapping in messages ("actor", "claim").
func (r *reader) fields(n *yaml.Node, what string, fs []field) bool {
	if n.Kind != yaml.MappingNode {
		r.errorf(n, "%s must be a mapping, not %s", what, kindOf(n))
		return false
	}
	seen := make(map[string]bool, len(n.Content)/2)
	names := make([]string, len(fs))
	for i, f := range fs {
		names[i] = f.name
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			r.errorf(k, "%s key must be a plain string", what)
			continue
		}
		if seen[k.Value] {
			r.errorf(k, "duplicate key %q in %s", k.Value, what)
			continue
		}
		seen[k.Value] = true
		var f *field
		for j := range fs {
			if fs[j].name == k.Value {
				f = &fs[j]
				break
			}
		}
		if f == nil {
			e := r.errorf(k, "unknown key %q in %s", k.Value, what)
			e.Hint = Suggest(k.Value, names)
			if e.Hint == "" {
				e.Hint = "known keys: " + strings.Join(names, ", ")
			}
			continue
		}
		f.set(v)
	}
	for _, f := range fs {
		if f.required && !seen[f.name] {
			r.errorf(n, "%s is missing required key %q", what, f.name)
		}
	}
	return true
}

func kindOf(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if n.Tag == "!!null" {
			return "null"
		}
		return fmt.Sprintf("the scalar %q", truncate(n.Value, 40))
	}
	return "an alias"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !isRuneStart(s[n]) {
		n--
	}
	return s[:n] + "..."
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// str reads a non-empty string scalar of one line (graph/text.go says
// which characters it may hold). Numbers and dates are taken as written.
func (r *reader) str(n *yaml.Node, what string) (string, bool) { return r.text(n, what, false) }

// note reads a non-empty string scalar that may hold line breaks and tabs.
func (r *reader) note(n *yaml.Node, what string) (string, bool) { return r.text(n, what, true) }

func (r *reader) text(n *yaml.Node, what string, multiline bool) (string, bool) {
	if n.Kind != yaml.ScalarNode || isNull(n) {
		r.errorf(n, "%s must be a string, not %s", what, kindOf(n))
		return "", false
	}
	if strings.TrimSpace(n.Value) == "" {
		r.errorf(n, "%s must not be empty", what)
		return "", false
	}
	if p, at, c := TextProblem(n.Value, multiline); p != "" {
		e := r.errorf(n, "%s %q holds %s at character %d", what, truncate(n.Value, 60), p, at)
		switch {
		case IsBidiControl(c):
			e.Hint = "write the text in logical order; the marks U+200E, U+200F and U+061C are allowed (docs/data-format.md)"
		case c == '\n' || c == '\t':
			e.Hint = "write it on one line: only notes may hold line breaks and tabs"
		default:
			e.Hint = "remove it (docs/data-format.md, \"Text values\")"
		}
		return "", false
	}
	return n.Value, true
}

var idRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)

// id reads an identifier: lowercase letters, digits and hyphens, starting
// with a letter or digit. Ids become file names, so nothing else is allowed.
func (r *reader) id(n *yaml.Node, what string) (string, bool) {
	s, ok := r.str(n, what)
	if !ok {
		return "", false
	}
	if !idRE.MatchString(s) {
		e := r.errorf(n, "invalid %s %q: ids are lowercase letters, digits and hyphens, starting with a letter or digit", what, s)
		if h := idHint(s); h != "" && h != s {
			e.Hint = fmt.Sprintf("try %q", h)
		}
		return "", false
	}
	if len(s) > 100 {
		r.errorf(n, "%s %q is longer than 100 characters", what, truncate(s, 40))
		return "", false
	}
	return s, true
}

// idHint turns s into the nearest valid id, or "" if nothing is left.
func idHint(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
		default:
			dash = true
		}
	}
	return b.String()
}

func (r *reader) boolean(n *yaml.Node, what string) (bool, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!bool" {
		switch strings.ToLower(n.Value) {
		case "true", "yes", "on":
			return true, true
		case "false", "no", "off":
			return false, true
		}
	}
	r.errorf(n, "%s must be true or false, not %s", what, kindOf(n))
	return false, false
}

func (r *reader) integer(n *yaml.Node, what string) (int, bool) {
	if n.Kind == yaml.ScalarNode && n.Tag == "!!int" {
		if v, err := strconv.Atoi(n.Value); err == nil {
			return v, true
		}
	}
	r.errorf(n, "%s must be an integer, not %s", what, kindOf(n))
	return 0, false
}

func (r *reader) number(n *yaml.Node, what string) (float64, bool) {
	if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") {
		if v, err := strconv.ParseFloat(n.Value, 64); err == nil {
			return v, true
		}
	}
	r.errorf(n, "%s must be a number, not %s", what, kindOf(n))
	return 0, false
}

func (r *reader) date(n *yaml.Node, what string) (Date, bool) {
	if isNull(n) {
		return Date{}, true // an explicit null is an open end
	}
	s, ok := r.str(n, what)
	if !ok {
		return Date{}, false
	}
	d, err := ParseDate(s)
	if err != nil {
		r.errorf(n, "%s: %v", what, err)
		return Date{}, false
	}
	return d, true
}

var langRE = regexp.MustCompile(`^[a-z]{2,3}$`)

// langMap reads a mapping from language codes to non-empty strings. When
// needEN is set, an "en" entry is required.
func (r *reader) langMap(n *yaml.Node, what string, needEN bool) map[string]string {
	if n.Kind != yaml.MappingNode {
		r.errorf(n, "%s must be a mapping of language to text, not %s", what, kindOf(n))
		return nil
	}
	m := make(map[string]string, len(n.Content)/2)
	hasEN := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		lang, ok := r.lang(k, what)
		if !ok {
			continue
		}
		if _, dup := m[lang]; dup {
			r.errorf(k, "duplicate language %q in %s", lang, what)
			continue
		}
		if s, ok := r.str(v, what+"."+lang); ok {
			m[lang] = s
		} else if lang == "en" {
			hasEN = true // refused, and said so
		}
	}
	if needEN && m["en"] == "" && !hasEN {
		r.errorf(n, "%s has no English (en) entry", what)
	}
	return m
}

func (r *reader) lang(k *yaml.Node, what string) (string, bool) {
	if k.Kind != yaml.ScalarNode || !langRE.MatchString(k.Value) {
		r.errorf(k, "invalid language %q in %s (want a two- or three-letter code such as en, fa, ar)", k.Value, what)
		return "", false
	}
	return k.Value, true
}

func (r *reader) strList(n *yaml.Node, what string) []string {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "%s must be a list, not %s", what, kindOf(n))
		return nil
	}
	out := make([]string, 0, len(n.Content))
	for _, v := range n.Content {
		if s, ok := r.str(v, what+" entry"); ok {
			out = append(out, s)
		}
	}
	return out
}

// langLists reads a mapping from language codes to lists of strings.
func (r *reader) langLists(n *yaml.Node, what string) map[string][]string {
	if n.Kind != yaml.MappingNode {
		r.errorf(n, "%s must be a mapping of language to a list, not %s", what, kindOf(n))
		return nil
	}
	m := make(map[string][]string, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		lang, ok := r.lang(k, what)
		if !ok {
			continue
		}
		if _, dup := m[lang]; dup {
			r.errorf(k, "duplicate language %q in %s", lang, what)
			continue
		}
		m[lang] = r.strList(v, what+"."+lang)
	}
	return m
}

// list calls each for every entry of the sequence n.
func (r *reader) list(n *yaml.Node, what string, each func(*yaml.Node)) {
	if n.Kind != yaml.SequenceNode {
		r.errorf(n, "%s must be a list, not %s", what, kindOf(n))
		return
	}
	for _, v := range n.Content {
		each(v)
	}
}
