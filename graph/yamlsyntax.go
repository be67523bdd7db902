package graph

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// This file places what the YAML library reports without a position, or
// at the line of a context rather than at the problem: bytes YAML cannot
// hold, and syntax errors. go.yaml.in/yaml/v3 gives a syntax error as text,
// "line N: message", where N is sometimes the problem's line, sometimes the
// line before the one where the enclosing collection starts, and missing
// for anything on the first line or found by its byte reader.

// byteProblem is the first byte of data that YAML cannot hold: invalid or
// truncated UTF-8, or a character YAML forbids (C0 controls but tab, line
// feed and carriage return; DEL; C1 controls but U+0085; U+FFFE, U+FFFF).
// It returns the problem's offset, message and hint, or -1.
func byteProblem(data []byte) (int, string, string) {
	if utf8.Valid(data) && !hasSuspectByte(data) {
		return -1, "", "" // the common case, at about a nanosecond a byte
	}
	first, n := -1, [2]int{} // n counts invalid UTF-8 and control characters
	var msg, hint string
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f {
				if first < 0 {
					first = i
					if c == 0 {
						msg = "NUL byte (U+0000): YAML does not allow control characters"
					} else {
						msg = fmt.Sprintf("control character U+%04X: YAML does not allow control characters", c)
					}
				}
				n[1]++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if first < 0 {
				first = i
				if !utf8.FullRune(data[i:]) {
					msg = "truncated UTF-8 character at the end of the file"
				} else {
					msg = fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", c)
				}
			}
			n[0]++
		case r >= 0x80 && r <= 0x9f && r != 0x85, r == 0xfffe, r == 0xffff:
			if first < 0 {
				first = i
				msg = fmt.Sprintf("control character U+%04X: YAML does not allow control characters", r)
			}
			n[1]++
		}
		i += size
	}
	if first < 0 {
		return -1, "", ""
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}):
		hint = "the file looks like UTF-16: save it as UTF-8"
	case strings.HasPrefix(msg, "invalid") || strings.HasPrefix(msg, "truncated"):
		hint = "save the file as UTF-8 (it may be in another encoding, such as Windows-1256 or Latin-1)"
	case data[first] == 0:
		hint = "the file may be binary or UTF-16: save it as UTF-8 text"
	default:
		r, _ := utf8.DecodeRune(data[first:])
		esc := fmt.Sprintf(`\x%02x`, r)
		if r > 0xff {
			esc = fmt.Sprintf(`\u%04x`, r)
		}
		hint = fmt.Sprintf("remove it; to keep it in a value, write it in a double-quoted string as %s", esc)
	}
	encoding := strings.HasPrefix(msg, "invalid") || strings.HasPrefix(msg, "truncated")
	if encoding && n[0] > 1 {
		hint += fmt.Sprintf("; %d bytes in the file are not UTF-8", n[0])
	} else if !encoding && n[1] > 1 {
		hint += fmt.Sprintf("; the file has %d control characters", n[1])
	}
	return first, msg, hint
}

// suspect marks the bytes that may start a character YAML forbids: C0
// controls but tab, LF and CR; DEL; 0xC2, the lead byte of the C1
// controls; 0xEF, that of U+FFFE and U+FFFF.
var suspect = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = c != '\t' && c != '\n' && c != '\r'
	}
	t[0x7f], t[0xc2], t[0xef] = true, true, true
	return t
}()

func hasSuspectByte(data []byte) bool {
	for _, c := range data {
		if suspect[c] {
			return true
		}
	}
	return false
}

// lineCol returns the 1-based line and column of offset off, counting
// lines and columns as the YAML library does: a line ends at LF, CR LF,
// CR, U+0085, U+2028 or U+2029; a column is a character.
func lineCol(data []byte, off int) (int, int) {
	line, col := 1, 1
	for i := 0; i < off && i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch r {
		case '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				size = 2
			}
			fallthrough
		case '\n', 0x85, 0x2028, 0x2029:
			line, col = line+1, 1
		default:
			col++
		}
		i += size
	}
	return line, col
}

// lineStart returns the offset of the start of 1-based line n, or
// len(data) past the end.
func lineStart(data []byte, n int) int {
	for i, line := 0, 1; i < len(data); i++ {
		if line >= n {
			return i
		}
		if data[i] == '\n' || data[i] == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
			line++
		}
	}
	return len(data)
}

var yamlLineRE = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

// syntaxProblem places a syntax error the YAML library reported for data,
// after reading read bytes of it: it returns the offset of the problem, the
// message and a hint.
func syntaxProblem(data []byte, err error, read int) (int, string, string) {
	msg, line := err.Error(), 0
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		msg = m[2]
	}
	from := lineStart(data, max(line, 1))
	o := scanOutline(data)
	switch {
	case strings.Contains(msg, "tab character") || msg == "found character that cannot start any token":
		if off := firstIndentTab(data, from); off >= 0 {
			return off, msg, "YAML indents with spaces only: replace the tab with spaces"
		}
	case msg == "did not find expected ',' or ']'" || msg == "did not find expected ',' or '}'":
		want := byte('[')
		if strings.HasSuffix(msg, "'}'") {
			want = '{'
		}
		for i := len(o.open) - 1; i >= 0; i-- {
			if off := o.open[i]; data[off] == want {
				what := map[byte]string{'[': "list", '{': "mapping"}[want]
				return off, fmt.Sprintf("%s: the %s opened here is not closed", msg, what),
					fmt.Sprintf("close it with %q", map[byte]string{'[': "]", '{': "}"}[want])
			}
		}
	case msg == "found unexpected end of stream" && o.quote >= 0:
		return o.quote, msg + ": the quoted string that starts here is not closed", "add the closing quote"
	case strings.HasPrefix(msg, "exceeded max depth") && o.deep >= 0:
		return o.deep, msg, "kg's files nest a few levels deep; look for a run of unclosed [ or {"
	case msg == "found incompatible YAML document" || strings.Contains(msg, "directive"):
		if off, name := directive(data); off >= 0 {
			if name == "YAML" {
				v := off + len("%YAML")
				for v < len(data) && (data[v] == ' ' || data[v] == '\t') {
					v++
				}
				return v, msg, "the YAML library kg uses reads %YAML 1.1 only: remove the %YAML line"
			}
			return off, msg, "a line that starts with % is a directive: remove it, or indent or quote the text"
		}
	case msg == "mapping values are not allowed in this context":
		if off := lastOnLine(data, consumedBy(data, read), func(i int) bool {
			return data[i] == ':' && (i+1 == len(data) || isSpaceOrBreak(data[i+1]))
		}); off >= 0 {
			return off, msg, `a value holding ": " must be quoted`
		}
	case strings.Contains(msg, "escape"):
		if off := lastOnLine(data, consumedBy(data, read), func(i int) bool { return data[i] == '\\' }); off >= 0 {
			return off, msg, `in a double-quoted string, \ starts an escape such as \n, \" or \\; or use single quotes`
		}
	case msg == "did not find expected key" || msg == "did not find expected '-' indicator":
		// The entry that breaks the block's indentation: the start of the
		// line where the parser stopped.
		off := consumedBy(data, read)
		for off > 0 && data[off-1] != '\n' && data[off-1] != '\r' {
			off--
		}
		for off < len(data) && data[off] == ' ' {
			off++
		}
		return off, msg, "the entries of a block mapping (key: value) or list (- item) start in one column, and the two do not mix"
	case strings.HasPrefix(msg, "unknown anchor "):
		name := strings.TrimSuffix(strings.TrimPrefix(msg, "unknown anchor '"), "' referenced")
		for _, off := range o.aliases {
			if string(aliasName(data, off)) == name {
				return off, msg, "kg does not use YAML anchors and aliases: write the value out"
			}
		}
	}
	return consumedBy(data, read), msg, ""
}

// lastOnLine returns the offset of the last byte at or before off, on
// off's line, for which match holds, or -1.
func lastOnLine(data []byte, off int, match func(int) bool) int {
	for i := min(off, len(data)-1); i >= 0 && data[i] != '\n' && data[i] != '\r'; i-- {
		if match(i) {
			return i
		}
	}
	return -1
}

// firstIndentTab returns the offset of the first tab in the indentation of
// a line at or after offset from, or -1.
func firstIndentTab(data []byte, from int) int {
	for i := from; i < len(data); {
		j := i
		for j < len(data) && (data[j] == ' ' || data[j] == '\t') {
			if data[j] == '\t' {
				return j
			}
			j++
		}
		k := bytes.IndexAny(data[j:], "\r\n")
		if k < 0 {
			break
		}
		i = j + k + 1
	}
	return -1
}

// directive returns the offset of the first directive line (one that
// starts with %) and the directive's name, or -1.
func directive(data []byte) (int, string) {
	for i := 0; i < len(data); {
		if data[i] == '%' {
			end := i + 1
			for end < len(data) && data[end] > ' ' {
				end++
			}
			return i, string(data[i+1 : end])
		}
		k := bytes.IndexAny(data[i:], "\r\n")
		if k < 0 {
			break
		}
		i += k + 1
	}
	return -1, ""
}

// aliasName returns the name of the alias (*name) at off.
func aliasName(data []byte, off int) []byte {
	end := off + 1
	for end < len(data) && !isSpaceOrBreak(data[end]) && !bytes.ContainsRune([]byte(",[]{}"), rune(data[end])) {
		end++
	}
	return data[off+1 : end]
}

func isSpaceOrBreak(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// consumedBy returns the offset of the last non-blank byte the YAML library
// had read when it failed on data: where it found the problem, or at most
// the rest of that line past it (its lookahead). A first pass reads in the
// library's own chunks to find the region (the parse that failed, which
// read coarse bytes); a second hands it the bytes up to there at once and
// then one at a time.
func consumedBy(data []byte, coarse int) int {
	decodeAll := func(r io.Reader) {
		dec := yaml.NewDecoder(r)
		for {
			var n yaml.Node
			if err := dec.Decode(&n); err != nil {
				return
			}
		}
	}
	fine := &meteredReader{data: data, whole: max(0, coarse-16<<10)}
	decodeAll(fine)
	off := min(fine.n, len(data)) - 1
	for off > 0 && (isSpaceOrBreak(data[off]) || !utf8.RuneStart(data[off])) {
		off--
	}
	return max(off, 0)
}

// meteredReader hands out its data as asked up to offset whole, then one
// byte a read, so that what was read when the decoder stops says how far
// it got.
type meteredReader struct {
	data  []byte
	n     int
	whole int
}

func (r *meteredReader) Read(p []byte) (int, error) {
	if r.n >= len(r.data) {
		return 0, io.EOF
	}
	k := 1
	if r.n < r.whole {
		k = r.whole - r.n
	}
	k = copy(p[:min(k, len(p))], r.data[r.n:])
	r.n += k
	return k, nil
}

// maxFlowDepth is the YAML library's limit on nested flow collections.
const maxFlowDepth = 10000

// outline is what a light pass over YAML text finds of its structure,
// enough to place a syntax error: flow collections, quoted strings,
// comments, block scalars and aliases. Everything else is plain text.
type outline struct {
	open    []int // offsets of the [ and { never closed, outermost first
	quote   int   // offset of a quoted string never closed, or -1
	deep    int   // offset of the first [ or { nested past maxFlowDepth, or -1
	aliases []int // offsets of aliases (*name)
}

func scanOutline(data []byte) outline {
	o := outline{quote: -1, deep: -1}
	atNode := true // a node may start here: [ { " ' * & ! | > are indicators
	indent := 0    // of the current line
	lineBegin := true
	for i := 0; i < len(data); {
		c := data[i]
		if lineBegin {
			indent = 0
			for i+indent < len(data) && data[i+indent] == ' ' {
				indent++
			}
			lineBegin = false
		}
		next := byte('\n')
		if i+1 < len(data) {
			next = data[i+1]
		}
		switch {
		case c == '\n' || c == '\r':
			i++
			atNode, lineBegin = true, true
			continue
		case c == ' ' || c == '\t':
			i++
			continue
		case c == '#' && (i == 0 || isSpaceOrBreak(data[i-1])):
			for i < len(data) && data[i] != '\n' && data[i] != '\r' {
				i++
			}
			continue
		}
		if atNode || len(o.open) > 0 && (c == '[' || c == '{') {
			switch c {
			case '[', '{':
				o.open = append(o.open, i)
				if len(o.open) > maxFlowDepth && o.deep < 0 {
					o.deep = i
				}
				i++
				continue
			case '"', '\'':
				end := closeQuote(data, i)
				if end < 0 {
					o.quote = i
					return o
				}
				i, atNode = end+1, false
				continue
			case '*':
				o.aliases = append(o.aliases, i)
				i += 1 + len(aliasName(data, i))
				atNode = false
				continue
			case '&', '!':
				for i < len(data) && !isSpaceOrBreak(data[i]) {
					i++
				}
				continue
			case '|', '>':
				if len(o.open) == 0 {
					i = skipBlockScalar(data, i, indent)
					atNode, lineBegin = true, true
					continue
				}
			case '-', '?':
				if isSpaceOrBreak(next) {
					i++
					continue
				}
			}
		}
		switch {
		case len(o.open) > 0 && (c == ']' || c == '}'):
			o.open = o.open[:len(o.open)-1]
			i++
			atNode = false
		case len(o.open) > 0 && c == ',':
			i++
			atNode = true
		case c == ':' && (isSpaceOrBreak(next) || len(o.open) > 0 && bytes.IndexByte([]byte(",[]{}"), next) >= 0):
			i++
			atNode = true
		default:
			i++
			atNode = false
		}
	}
	return o
}

// closeQuote returns the offset of the quote that ends the quoted string
// starting at i, or -1.
func closeQuote(data []byte, i int) int {
	q := data[i]
	for j := i + 1; j < len(data); j++ {
		switch {
		case q == '"' && data[j] == '\\':
			j++
		case data[j] == q && q == '\'' && j+1 < len(data) && data[j+1] == '\'':
			j++
		case data[j] == q:
			return j
		}
	}
	return -1
}

// skipBlockScalar returns the offset of the first line after the block
// scalar whose indicator is at i, on a line indented by indent: the
// scalar's lines are blank or indented at least as much as its first
// line that is not blank, which is indented more than indent.
func skipBlockScalar(data []byte, i, indent int) int {
	for i < len(data) && data[i] != '\n' && data[i] != '\r' {
		i++
	}
	content := -1
	for i < len(data) {
		start := i
		for i < len(data) && (data[i] == '\n' || data[i] == '\r') {
			i++
		}
		n := 0
		for i+n < len(data) && data[i+n] == ' ' {
			n++
		}
		if i+n < len(data) && data[i+n] != '\n' && data[i+n] != '\r' { // not blank
			if content < 0 {
				content = n
			}
			if n <= indent || n < content {
				return start
			}
		}
		i += n
		for i < len(data) && data[i] != '\n' && data[i] != '\r' {
			i++
		}
	}
	return i
}
