package main

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"kg/graph"
)

// TestReportError pins how each kind of error is printed and which exit
// status it gives: only reportError prints errors.
func TestReportError(t *testing.T) {
	list := graph.ErrorList{{Pos: graph.Pos{File: "data/actors.yaml", Line: 3, Col: 7}, Msg: "unknown kind \"stat\""}}
	for _, tc := range []struct {
		name string
		err  error
		code int
		want string
	}{
		{"nil", nil, 0, ""},
		{"help", errHelp, 0, ""},
		{"usage", usagef("want two actor ids"), 2, "kg path: want two actor ids\nrun \"kg path -h\" for usage\n"},
		{"choice", badChoice("format", "xml", []string{"text", "json"}), 2, "kg path: unknown format \"xml\" (want text, json)\n"},
		{"hint", badChoice("format", "jsn", []string{"text", "json"}), 2, "kg path: unknown format \"jsn\" (want text, json)\n\thint: did you mean \"json\"?\n"},
		{"flag", badFlag("--a", &graph.ViewError{What: "era", ID: "x", Hint: "did you mean \"y\"?"}), 2, "kg path: --a: unknown era \"x\"\n\thint: did you mean \"y\"?\n"},
		{"plain", errors.New("cannot write out.svg: disk full"), 1, "kg path: cannot write out.svg: disk full\n"},
		{"wrapped", fmt.Errorf("render: %w", &noAnswerError{problem{msg: "x"}}), 1, "kg path: render: x\n"},
		{"no answer", &noAnswerError{problem{msg: "no path from a to b"}}, 1, "kg path: no path from a to b\n"},
		{"details", &dataError{problem{detail: list, msg: "1 problem"}}, 1, "data/actors.yaml:3:7: unknown kind \"stat\"\nkg path: 1 problem\n"},
		{"details only", &dataError{problem{detail: list}}, 1, "data/actors.yaml:3:7: unknown kind \"stat\"\n"},
		{"kg's own", &dataError{problem{top: true, msg: "the knowledge base has 1 problem"}}, 1, "kg: the knowledge base has 1 problem\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b strings.Builder
			if code := reportError(&b, "path", tc.err); code != tc.code {
				t.Errorf("exit %d, want %d", code, tc.code)
			}
			if b.String() != tc.want {
				t.Errorf("printed\n%q\nwant\n%q", b.String(), tc.want)
			}
		})
	}
}
