package graph

import (
	"fmt"
	"strings"
	"testing"
)

// TestErrorListCap: Error prints MaxPrinted problems and counts the rest.
func TestErrorListCap(t *testing.T) {
	list := func(n int) ErrorList {
		var l ErrorList
		for i := range n {
			l.Add(Pos{File: "c.yaml", Line: i + 1, Col: 5}, "claim is missing required key %q", "note")
		}
		return l
	}
	for _, c := range []struct {
		n        int
		lines    int
		lastLine string
	}{
		{1, 1, `c.yaml:1:5: claim is missing required key "note"`},
		{200, 200, `c.yaml:200:5: claim is missing required key "note"`},
		{201, 201, "... and 1 more error"},
		{100_000, 201, "... and 99,800 more errors"},
	} {
		out := list(c.n).Error()
		lines := strings.Split(out, "\n")
		if len(lines) != c.lines || lines[len(lines)-1] != c.lastLine {
			t.Errorf("%d errors: %d lines, the last %q; want %d, %q", c.n, len(lines), lines[len(lines)-1], c.lines, c.lastLine)
		}
		if c.n >= 200 && lines[199] != fmt.Sprintf(`c.yaml:200:5: claim is missing required key %q`, "note") {
			t.Errorf("%d errors: line 200 is %q", c.n, lines[199])
		}
	}
}
