package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"kg/graph"
)

// TestNeo4jCSV parses the neo4j-admin files of several views and checks
// them against the node-link JSON export of the same view: the headers
// neo4j-admin reads (:ID, :LABEL, :START_ID, :END_ID, :TYPE, typed
// columns), one row per node and per link, and every typed cell parsing
// as its type with the JSON's value: numbers, booleans, lists split on
// ";", and dates the first and last day of the partial start and end.
func TestNeo4jCSV(t *testing.T) {
	real := realKB(t)
	fixture := loadExportKB(t, smallFixtureDir)
	awkward := loadExportKB(t, awkwardDir)
	for _, tc := range []struct {
		name string
		kb   *graph.KB
		view graph.View
		opt  Options
	}{
		{"data", real, graph.View{AllModalities: true}, Options{}},
		{"data-ties", real, graph.View{}, Options{Ties: true}},
		{"data-metrics", real, graph.View{}, Options{NodeAttrs: []NodeAttr{{Name: "degree", Values: map[string]any{"iran": 7}}, {Name: "pagerank", Values: map[string]any{"iran": 0.25}}}}},
		{"fixture", fixture, graph.View{}, Options{}},
		{"awkward", awkward, graph.View{AllModalities: true}, Options{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n := tc.kb.Network(tc.view)
			var actors, claims, js bytes.Buffer
			if err := Neo4jCSV(&actors, &claims, tc.kb, n, tc.opt); err != nil {
				t.Fatal(err)
			}
			if err := JSONWith(&js, tc.kb, n, tc.opt); err != nil {
				t.Fatal(err)
			}
			var data struct {
				Nodes []map[string]any `json:"nodes"`
				Links []map[string]any `json:"links"`
			}
			if err := json.Unmarshal(js.Bytes(), &data); err != nil {
				t.Fatal(err)
			}
			nodeRows := parseNeo4j(t, actors.Bytes(), []string{"id:ID(Actor)", ":LABEL", "name"})
			if len(nodeRows) != len(data.Nodes) {
				t.Fatalf("%d actor rows; the JSON has %d nodes", len(nodeRows), len(data.Nodes))
			}
			ids := map[string]bool{}
			for i, node := range data.Nodes {
				r := nodeRows[i]
				ids[r["id"].(string)] = true
				if r["id"] != node["id"] || r["name"] != strings.ReplaceAll(node["label"].(string), "\r\n", "\n") || r["kind"] != node["kind"] {
					t.Errorf("actor row %v, JSON node %v", r, node)
				}
				kind, _ := node["kind"].(string)
				if labels := r[":LABEL"].([]string); len(labels) != 2 || labels[0] != "Actor" || strings.ToLower(labels[1]) != strings.ReplaceAll(kind, "-", "") {
					t.Errorf("actor %s labels %v", node["id"], labels)
				}
				checkSame(t, "actor "+node["id"].(string), r, node, "names")
			}
			rels := parseNeo4j(t, claims.Bytes(), []string{":START_ID(Actor)", ":END_ID(Actor)", ":TYPE"})
			if len(rels) != len(data.Links) {
				t.Fatalf("%d claim rows; the JSON has %d links", len(rels), len(data.Links))
			}
			for i, link := range data.Links {
				r := rels[i]
				where := "claim row " + strconv.Itoa(i+2)
				if r["START_ID"] != link["source"] || r["END_ID"] != link["target"] || !ids[r["START_ID"].(string)] || !ids[r["END_ID"].(string)] {
					t.Errorf("%s: ends %v %v, JSON %v %v", where, r["START_ID"], r["END_ID"], link["source"], link["target"])
				}
				if want := strings.ToUpper(strings.ReplaceAll(link["type"].(string), "-", "_")); r[":TYPE"] != want {
					t.Errorf("%s: :TYPE %v, want %s", where, r[":TYPE"], want)
				}
				checkSame(t, where, r, link, "source", "target", "key")
				// Dates: the first day of start, the last of end.
				for _, f := range []struct {
					col, partial string
					last         bool
				}{{"start_date", "start", false}, {"end_date", "end", true}} {
					s, _ := link[f.partial].(string)
					got, _ := r[f.col].(time.Time)
					if s == "" {
						if r[f.col] != nil {
							t.Errorf("%s: %s %v for an open %s", where, f.col, r[f.col], f.partial)
						}
						continue
					}
					d, err := graph.ParseDate(s)
					if err != nil {
						t.Fatal(err)
					}
					want := d.FirstDay()
					if f.last {
						want = d.LastDay()
					}
					if !got.Equal(want) {
						t.Errorf("%s: %s %v, want %v (%s %q)", where, f.col, got, want, f.partial, s)
					}
				}
			}
		})
	}
}

var neo4jHeaderRE = regexp.MustCompile(`^([a-z_]*)(?::(int|float|boolean|date|string\[\]|ID\(Actor\)|START_ID\(Actor\)|END_ID\(Actor\)|LABEL|TYPE))?$`)

// parseNeo4j reads a neo4j-admin file as neo4j-admin would: the header's
// name:type columns, each cell converted by its type, empty cells absent.
// The :ID, :START_ID and :END_ID columns are returned under "id",
// "START_ID" and "END_ID", :LABEL as a list.
func parseNeo4j(t *testing.T, data []byte, first []string) []map[string]any {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	header := recs[0]
	if !slices.Equal(header[:len(first)], first) {
		t.Fatalf("header starts %q, want %q", header[:len(first)], first)
	}
	var out []map[string]any
	for li, rec := range recs[1:] {
		row := map[string]any{}
		for i, h := range header {
			m := neo4jHeaderRE.FindStringSubmatch(h)
			if m == nil {
				t.Fatalf("header %q is not name:type", h)
			}
			name, typ, cell := m[1], m[2], rec[i]
			if cell == "" {
				continue
			}
			var v any = cell
			switch typ {
			case "int":
				v, err = strconv.Atoi(cell)
			case "float":
				v, err = strconv.ParseFloat(cell, 64)
			case "boolean":
				v, err = strconv.ParseBool(cell)
			case "date":
				v, err = time.Parse("2006-01-02", cell)
			case "string[]":
				v = strings.Split(cell, Neo4jArrayDelimiter)
			case "ID(Actor)":
				name = "id"
			case "START_ID(Actor)", "END_ID(Actor)":
				name = strings.TrimSuffix(typ, "(Actor)")
			case "LABEL":
				name, v = ":LABEL", strings.Split(cell, ";")
			case "TYPE":
				name = ":TYPE"
			}
			if err != nil {
				t.Fatalf("line %d column %s: %q is not a %s: %v", li+2, h, cell, typ, err)
			}
			row[name] = v
		}
		out = append(out, row)
	}
	return out
}

// checkSame compares a row's values with the JSON's members of the same
// name (numbers as float64 in JSON), skipping the named members; JSON
// members the row lacks are errors, as are row columns the JSON lacks.
func checkSame(t *testing.T, where string, row map[string]any, js map[string]any, skip ...string) {
	t.Helper()
	for k, want := range js {
		if slices.Contains(skip, k) || k == "id" || k == "label" {
			continue
		}
		got, ok := row[k]
		if !ok {
			if s, isList := want.([]any); isList && len(s) == 0 {
				continue
			}
			t.Errorf("%s: no %s (JSON %v)", where, k, want)
			continue
		}
		switch w := want.(type) {
		case float64:
			var g float64
			switch x := got.(type) {
			case int:
				g = float64(x)
			case float64:
				g = x
			}
			if g != w {
				t.Errorf("%s: %s %v, JSON %v", where, k, got, w)
			}
		case []any:
			gl, _ := got.([]string)
			ws := make([]string, len(w))
			for i, x := range w {
				ws[i] = strings.ReplaceAll(x.(string), Neo4jArrayDelimiter, ",")
			}
			if !slices.Equal(gl, ws) {
				t.Errorf("%s: %s %q, JSON %q", where, k, gl, ws)
			}
		case string:
			if got != strings.ReplaceAll(w, "\r\n", "\n") {
				t.Errorf("%s: %s %q, JSON %q", where, k, got, w)
			}
		default:
			if got != want {
				t.Errorf("%s: %s %v (%T), JSON %v (%T)", where, k, got, got, want, want)
			}
		}
	}
	for k := range row {
		if _, ok := js[k]; !ok && !strings.HasPrefix(k, ":") && k != "START_ID" && k != "END_ID" && k != "start_date" && k != "end_date" &&
			k != "name" && k != "kind" && k != "label" && !strings.HasPrefix(k, "name_") && k != "claim" && k != "tie" {
			t.Errorf("%s: column %s the JSON lacks", where, k)
		}
	}
}
