package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestYAMLErrorPositions: every problem parseYAML finds has a line and a
// column, at the byte or token it is about.
func TestYAMLErrorPositions(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"tab in indentation", "eras:\n  - id: a\n\t  label: x\n", "f.yaml:3:1: YAML syntax error: found a tab character that violates indentation"},
		{"tab with CR LF", "eras:\r\n  - id: a\r\n\t  label: x\r\n", "f.yaml:3:1: YAML syntax error: found a tab"},
		{"tab after a CR", "eras:\r  - id: a\r\t  label: x\r", "f.yaml:3:1: YAML syntax error: found a tab"},
		{"tab starting a line", "eras:\n\t- id: a\n", "f.yaml:2:1: YAML syntax error: found character that cannot start any token"},
		{"unclosed list", "eras: [a, b\nx: 1\n", "f.yaml:1:7: YAML syntax error: did not find expected ',' or ']': the list opened here is not closed"},
		{"unclosed mapping", "eras:\n  - id: a\n    label: {en: A\n  - id: b\n    label: {en: B}\n", "f.yaml:3:12: YAML syntax error: did not find expected ',' or '}'"},
		{"unclosed list in a later document", "eras: []\n---\n[a\n", "f.yaml:3:1: YAML syntax error: did not find expected ',' or ']'"},
		{"brackets in a block scalar", "eras:\n  - note: |\n      [not a list\n    label: [x\n", "f.yaml:4:12: YAML syntax error: did not find expected ',' or ']'"},
		{"brackets in comments and strings", "# [\neras: ['[', \"{\", a [b] # ]\n  c\n", "f.yaml:2:7: YAML syntax error"},
		{"unclosed double quote", "eras:\n  - id: \"abc\n  - id: b\n", "f.yaml:2:9: YAML syntax error: found unexpected end of stream: the quoted string"},
		{"unclosed single quote", "eras:\n  - id: 'it''s\n  - id: b\n", "f.yaml:2:9: YAML syntax error: found unexpected end of stream"},
		{"YAML 2.0", "%YAML 2.0\n---\neras: []\n", "f.yaml:1:7: YAML syntax error: found incompatible YAML document"},
		{"unknown directive", "%FOO bar\n---\neras: []\n", "f.yaml:1:1: YAML syntax error: found unknown directive name"},
		{"unknown anchor", "eras:\n  - id: a\n    label: *x\n", "f.yaml:3:12: YAML syntax error: unknown anchor 'x' referenced"},
		{"deep nesting", "eras: " + strings.Repeat("[", 20000) + "\n", "f.yaml:1:10007: YAML syntax error: exceeded max depth of 10000"},
		{"colon in a value", "eras: a: b\n", "f.yaml:1:8: YAML syntax error: mapping values are not allowed in this context"},
		{"unknown escape", "eras:\n  - \"a\\q\"\n", "f.yaml:2:7: YAML syntax error: found unknown escape character"},
		{"list entry in a mapping", "eras:\n  id: a\n  - b\n", "f.yaml:3:3: YAML syntax error: did not find expected key"},
		{"mapping entry in a list", "eras:\n  - a\n  b: c\n", "f.yaml:3:3: YAML syntax error: did not find expected '-' indicator"},
		{"empty anchor", "eras:\n  - id: &\n", "f.yaml:2:9: YAML syntax error: did not find expected alphabetic or numeric character"},
		{"invalid UTF-8", "eras:\n  - id: a\xff\n", "f.yaml:2:10: invalid UTF-8 (byte 0xff)"},
		{"invalid UTF-8 after Persian", "eras:\n  - {id: a, label: {fa: ایران\xff}}\n", "f.yaml:2:30: invalid UTF-8 (byte 0xff)"},
		{"truncated UTF-8", "eras:\n  - id: a\xd8", "f.yaml:2:10: truncated UTF-8 character at the end of the file"},
		{"NUL", "eras:\n  - id: a\x00b\n", "f.yaml:2:10: NUL byte (U+0000)"},
		{"control", "eras:\n  - id: a\x01b\n", "f.yaml:2:10: control character U+0001"},
		{"DEL", "eras:\n  - id: a\x7fb\n", "f.yaml:2:10: control character U+007F"},
		{"C1 control", "eras:\n  - id: a\u0086b\n", "f.yaml:2:10: control character U+0086"},
		{"U+FFFF", "eras:\n  - id: a\uffffb\n", "f.yaml:2:10: control character U+FFFF"},
		{"line breaks YAML counts", "a: 1\u0085b: 2\u2028c: 3\r\nd: \x01", "f.yaml:4:4: control character U+0001"},
		{"UTF-16", "\xff\xfee\x00r\x00", "f.yaml:1:1: invalid UTF-8 (byte 0xff)\n\thint: the file looks like UTF-16"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := &reader{file: "f.yaml"}
			if r.parseYAML([]byte(c.in)); len(r.errs) != 1 {
				t.Fatalf("%d errors: %v", len(r.errs), r.errs)
			}
			if got := r.errs.Error(); !strings.HasPrefix(got, c.want) {
				t.Errorf("got\n%s\nwant it to start with\n%s", got, c.want)
			}
		})
	}
}

// TestYAMLValidBytes: what YAML allows passes the byte check: tabs, CR LF,
// NEL and the other line breaks, a byte-order mark, text in any script.
func TestYAMLValidBytes(t *testing.T) {
	for _, s := range []string{"", "a:\tb\r\n", "\ufeffa: b\u0085c: d\u2028", "fa: ایران\nar: إيران\n", "x: \U0001F600\u00a0\ufffd\n"} {
		if off, msg, _ := byteProblem([]byte(s)); off >= 0 {
			t.Errorf("%q: %s at %d", s, msg, off)
		}
	}
}

// FuzzYAMLPositions: whatever the bytes, every problem parseYAML reports
// has a line and a column inside the file.
func FuzzYAMLPositions(f *testing.F) {
	scripts, _ := filepath.Glob(filepath.Join("..", "testdata", "script", "*.txtar"))
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		for i, part := range bytes.Split(data, []byte("\n-- ")) {
			if nl := bytes.IndexByte(part, '\n'); i > 0 && nl >= 0 {
				f.Add(part[nl+1:])
			}
		}
	}
	f.Add([]byte("a: [\t\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := &reader{file: "f.yaml"}
		r.parseYAML(data)
		lines, _ := lineCol(data, len(data))
		for _, e := range r.errs {
			if e.Pos.Line < 1 || e.Pos.Col < 1 || e.Pos.Line > lines {
				t.Errorf("%v: outside the file's %d lines", e, lines)
			}
		}
	})
}
