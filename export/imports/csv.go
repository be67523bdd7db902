package imports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"kg/graph"
)

// ReadCSV reads a map in Kumu's spreadsheet layout (docs/formats.md): an
// elements file with a Label or ID column (and optionally Type,
// Description and kg's name_<lang> and part_of columns) and a connections
// file with From and To columns (and optionally ID, Type, Direction,
// Label, Description and kg's claim columns). Column names are matched
// without regard to case. elements may be nil: the actors are then those
// the connections name. Errors name the files "elements.csv" and
// "connections.csv"; ReadCSVFiles names them by their paths.
func ReadCSV(elements, connections io.Reader) (*Draft, error) {
	return readCSV("elements.csv", elements, "connections.csv", connections)
}

// ReadCSVFiles reads the CSV files of one map. Each path is an elements or
// a connections file, told apart by its header (a connections file has
// From and To columns), or a folder holding one file whose name ends in
// elements.csv and one ending in connections.csv (what kg export writes).
func ReadCSVFiles(paths ...string) (*Draft, error) {
	var files []string
	for _, p := range paths {
		fi, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", p, err)
		}
		if !fi.IsDir() {
			files = append(files, p)
			continue
		}
		entries, err := os.ReadDir(p)
		if err != nil {
			return nil, fmt.Errorf("cannot read %s: %w", p, err)
		}
		n := len(files)
		for _, e := range entries {
			name := strings.ToLower(e.Name())
			if !e.IsDir() && (strings.HasSuffix(name, "elements.csv") || strings.HasSuffix(name, "connections.csv")) {
				files = append(files, filepath.Join(p, e.Name()))
			}
		}
		if len(files) == n {
			return nil, fmt.Errorf("%s holds no file named *elements.csv or *connections.csv", p)
		}
	}
	var elName, connName string
	var elData, connData []byte
	for _, f := range files {
		data, err := readLimited(f)
		if err != nil {
			return nil, err
		}
		if isConnections(data) {
			if connName != "" {
				return nil, fmt.Errorf("two connections files: %s and %s", connName, f)
			}
			connName, connData = f, data
		} else {
			if elName != "" {
				return nil, fmt.Errorf("two elements files: %s and %s", elName, f)
			}
			elName, elData = f, data
		}
	}
	var el, conn io.Reader
	if elName != "" {
		el = bytes.NewReader(elData)
	}
	if connName != "" {
		conn = bytes.NewReader(connData)
	}
	source := strings.Join(files, ", ")
	d, err := readCSV(elName, el, connName, conn)
	if d != nil {
		d.Source = source
	}
	return d, err
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxInputSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", path, err)
	}
	if len(data) > MaxInputSize {
		return nil, tooLarge(path)
	}
	return data, nil
}

// isConnections reports whether a CSV file's header has From and To.
func isConnections(data []byte) bool {
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, bom)))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil {
		return false
	}
	h := headerIndex(rec)
	_, from := h["from"]
	_, to := h["to"]
	return from && to
}

var bom = []byte("\uFEFF")

// csvTable is a CSV file whose header is read: its columns by lowercased
// name. Its rows are read one at a time by each, so that no more than one
// row's fields are held at once.
type csvTable struct {
	name   string
	header map[string]int
	cols   []string // the header's cells as written, trimmed
	cr     *csv.Reader
	errs   *graph.ErrorList
}

type csvRow struct {
	line   int
	fields []string
	pos    []graph.Pos
}

func headerIndex(rec []string) map[string]int {
	h := map[string]int{}
	for i, s := range rec {
		k := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF")))
		if _, dup := h[k]; !dup && k != "" {
			h[k] = i
		}
	}
	return h
}

// readTable reads a CSV file's header; a malformed file is reported at the
// first place encoding/csv stops.
func readTable(name string, r io.Reader, errs *graph.ErrorList) *csvTable {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		errs.Add(graph.Pos{File: name}, "cannot read: %v", err)
		return nil
	}
	if len(data) > MaxInputSize {
		*errs = append(*errs, tooLarge(name).(graph.ErrorList)...)
		return nil
	}
	cr := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, bom)))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true
	t := &csvTable{name: name, cr: cr, errs: errs}
	before := len(*errs)
	row, ok := t.next()
	if !ok {
		if len(*errs) == before {
			errs.Add(graph.Pos{File: name}, "file is empty: it needs a header row")
		}
		return nil
	}
	t.header = headerIndex(row.fields)
	for _, c := range row.fields {
		t.cols = append(t.cols, strings.TrimSpace(strings.TrimPrefix(c, "\uFEFF")))
	}
	return t
}

// next reads the next record; false at the end of the file or at a syntax
// error, which it reports.
func (t *csvTable) next() (csvRow, bool) {
	rec, err := t.cr.Read()
	if errors.Is(err, io.EOF) {
		return csvRow{}, false
	}
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			t.errs.Add(graph.Pos{File: t.name, Line: pe.Line, Col: pe.Column}, "%v", pe.Err)
		} else {
			t.errs.Add(graph.Pos{File: t.name}, "%v", err)
		}
		return csvRow{}, false
	}
	row := csvRow{fields: rec, pos: make([]graph.Pos, len(rec))}
	for i := range rec {
		line, col := t.cr.FieldPos(i)
		row.pos[i] = graph.Pos{File: t.name, Line: line, Col: col}
	}
	row.line = row.pos[0].Line
	return row, true
}

// each calls fn on every row after the header that is not blank, until
// the end of the file, a syntax error, or fn returns false. A row's fields
// are valid only during its call.
func (t *csvTable) each(fn func(csvRow) bool) {
	for {
		row, ok := t.next()
		if !ok {
			return
		}
		if strings.TrimSpace(strings.Join(row.fields, "")) == "" {
			continue // a blank row
		}
		if !fn(row) {
			return
		}
	}
}

// get returns a row's value of the first of the named columns it has.
func (t *csvTable) get(row csvRow, cols ...string) string {
	for _, c := range cols {
		if i, ok := t.header[c]; ok {
			if i < len(row.fields) {
				return row.fields[i]
			}
			return ""
		}
	}
	return ""
}

func (t *csvTable) has(col string) bool { _, ok := t.header[col]; return ok }

// at returns where a row's value of column col is (the row's start when
// the row is too short to hold it).
func (t *csvTable) at(row csvRow, cols ...string) graph.Pos {
	for _, c := range cols {
		if i, ok := t.header[c]; ok && i < len(row.pos) {
			return row.pos[i]
		}
	}
	return graph.Pos{File: t.name, Line: row.line}
}

// extras returns a row's values of the columns outside known (by
// lowercased name), name_<lang> columns and, in a kg export, the columns
// kg derives: what kg import keeps in notes.
func (t *csvTable) extras(row csvRow, known map[string]bool, kgExport bool) []extra {
	var out []extra
	for i, c := range t.cols {
		k := strings.ToLower(c)
		if k == "" || known[k] || t.header[k] != i || kgExport && kgDerived[k] || strings.HasPrefix(k, "name_") && langRE.MatchString(k[5:]) {
			continue
		}
		if i < len(row.fields) {
			out = append(out, extra{c, row.fields[i]})
		}
	}
	return out
}

// nameColumns returns the header's name_<lang> columns by language.
func (t *csvTable) nameColumns() map[string]string {
	m := map[string]string{}
	for h := range t.header {
		if l, ok := strings.CutPrefix(h, "name_"); ok && langRE.MatchString(l) {
			m[l] = h
		}
	}
	return m
}

func readCSV(elName string, elements io.Reader, connName string, connections io.Reader) (*Draft, error) {
	b := newBuilder(strings.Trim(elName+", "+connName, ", "))
	if elements == nil && connections == nil {
		return nil, errors.New("nothing to read: give an elements file, a connections file or both")
	}
	if elements != nil {
		if t := readTable(elName, elements, &b.errs); t != nil {
			b.csvElements(t)
		}
	}
	if connections != nil {
		if t := readTable(connName, connections, &b.errs); t != nil {
			b.csvConnections(t)
		}
	}
	return b.finish()
}

func (b *builder) csvElements(t *csvTable) {
	if !t.has("label") && !t.has("id") {
		b.errorf(graph.Pos{File: t.name, Line: 1}, "elements file has no Label or ID column")
		return
	}
	names := t.nameColumns()
	firstLine := map[string]int{}
	kgExport := t.has("name_en")
	t.each(func(row csvRow) bool {
		r := rawActor{pos: graph.Pos{File: t.name, Line: row.line}, inID: strings.TrimSpace(t.get(row, "id")),
			label: t.get(row, "label"), kind: t.get(row, "kind", "type"), partOf: t.get(row, "part_of"),
			note: t.get(row, "description", "note"), names: map[string]string{}, codes: map[string]string{},
			extras: t.extras(row, elementColumns, kgExport)}
		for _, c := range codeColumns {
			if t.has(c) {
				r.codes[c] = t.get(row, c)
			}
		}
		for l, col := range names {
			r.names[l] = t.get(row, col)
		}
		if n := r.names["en"]; clean(n) != "" {
			r.label = n // kg's own column: the English name exactly
		}
		key := "id:" + r.inID
		if r.inID == "" {
			key = "label:" + clean(r.label)
		}
		if first, dup := firstLine[key]; dup {
			if r.inID != "" {
				b.errorf(t.at(row, "id"), "duplicate element ID %q (first on line %d)", r.inID, first)
			}
			return !b.full // Kumu, too, takes rows with the same label as one element
		}
		firstLine[key] = row.line
		b.addActor(r)
		return !b.full
	})
}

// csvEnds resolves a From or To value to actors: an element ID, else an
// element label, else several of them separated by "|" (as Kumu allows),
// else a new actor with that label.
func (b *builder) csvEnds(text string, pos graph.Pos, what string) []*graph.Actor {
	s := clean(strings.TrimSpace(text))
	if s == "" {
		b.errorf(pos, "connection has no %s", what)
		return nil
	}
	find := func(s string) *graph.Actor {
		if a := b.byInID[s]; a != nil {
			return a
		}
		if ls := b.byLabel[s]; len(ls) > 0 {
			if len(ls) > 1 {
				b.errorf(pos, "%s %q names %d elements; give their IDs", what, s, len(ls))
			}
			return ls[0]
		}
		return nil
	}
	if a := find(s); a != nil {
		return []*graph.Actor{a}
	}
	var parts []string
	for p := range strings.SplitSeq(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) > MaxNamesPerCell {
		b.errorf(pos, "%s lists %s names; kg import takes at most %d names in a cell", what, count(len(parts)), MaxNamesPerCell).Hint =
			"a row makes a claim for every pair of its From and To names: split it into several rows"
		return nil
	}
	var out []*graph.Actor
	for _, p := range parts {
		a := find(p)
		if a == nil {
			a = b.addActor(rawActor{pos: pos, label: p})
		}
		if a != nil {
			out = append(out, a)
		}
	}
	return out
}

// The columns kg import reads: the rest are kept in notes.
var (
	elementColumns = setOf("id", "label", "type", "kind", "description", "note", "part_of", "iso3", "cow", "cameo", "wikidata")
	connColumns    = setOf("id", "from", "to", "type", "direction", "directed", "label", "description", "note", "category", "sign",
		"own_sign", "modality", "attributed_to", "confidence", "weight", "start", "end", "era", "document", "lines", "cues", "goldstein")
)

func setOf(names ...string) map[string]bool {
	m := map[string]bool{}
	for _, n := range names {
		m[n] = true
	}
	return m
}

func (b *builder) csvConnections(t *csvTable) {
	if !t.has("from") || !t.has("to") {
		b.errorf(graph.Pos{File: t.name, Line: 1}, "connections file has no From and To columns")
		return
	}
	kgExport := t.has("document") || t.has("claim_keys")
	t.each(func(row csvRow) bool {
		directed := true
		switch dir := strings.ToLower(strings.TrimSpace(t.get(row, "direction"))); dir {
		case "", "directed":
			if !t.has("direction") && t.has("directed") {
				v, err := strconv.ParseBool(strings.TrimSpace(t.get(row, "directed")))
				if err != nil {
					b.errorf(t.at(row, "directed"), "directed must be true or false, not %q", t.get(row, "directed"))
					return !b.full
				}
				directed = v
			}
		case "undirected", "mutual":
			directed = false
		default:
			b.errorf(t.at(row, "direction"), "unknown direction %q (want directed, undirected or mutual)", dir)
			return !b.full
		}
		froms := b.csvEnds(t.get(row, "from"), t.at(row, "from"), "From")
		tos := b.csvEnds(t.get(row, "to"), t.at(row, "to"), "To")
		if n := len(froms) * len(tos); n > MaxClaimsPerRow {
			b.errorf(t.at(row, "from"), "the row makes %s claims (%d From times %d To names); kg import makes at most %s from one row",
				count(n), len(froms), len(tos), count(MaxClaimsPerRow)).Hint = "split it into several rows, each with fewer names"
			return !b.full
		}
		for _, f := range froms {
			for _, to := range tos {
				b.addClaim(rawClaim{
					pos: graph.Pos{File: t.name, Line: row.line}, origin: t.get(row, "id"),
					source: f.ID, target: to.ID, typeName: t.get(row, "type"), typeLabel: t.get(row, "label"),
					category: t.get(row, "category"), sign: t.get(row, "sign"), ownSign: t.get(row, "own_sign"),
					directed: directed, modality: t.get(row, "modality"), attributedTo: t.get(row, "attributed_to"), confidence: t.get(row, "confidence"), weight: t.get(row, "weight"),
					start: t.get(row, "start"), end: t.get(row, "end"), era: t.get(row, "era"),
					note:     t.get(row, "description", "note"),
					document: t.get(row, "document"), lines: t.get(row, "lines"), cues: t.get(row, "cues"),
					goldstein: t.get(row, "goldstein"), extras: t.extras(row, connColumns, kgExport),
					at: func(col string) graph.Pos { return t.at(row, col) },
				})
				if b.full {
					return false
				}
			}
		}
		return true
	})
}
