package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Pos is a position in a file: 1-based line and column. A zero Line means the
// whole file.
type Pos struct {
	File string
	Line int
	Col  int
}

func (p Pos) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Col == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Col)
}

func comparePos(a, b Pos) int {
	return cmp.Or(
		cmp.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Col, b.Col),
	)
}

// Error is one problem found in the knowledge base, at a position, with an
// optional hint telling the curator what to do.
type Error struct {
	Pos  Pos
	Msg  string
	Hint string
	// Warning marks a problem that does not stop the knowledge base from
	// loading: KB.Warnings holds them, and kg validate prints them with a
	// "warning:" prefix and exits 0 when there is nothing worse.
	Warning bool
}

func (e *Error) Error() string {
	s := e.Pos.String() + ": "
	if e.Warning {
		s += "warning: "
	}
	s += e.Msg
	if e.Hint != "" {
		s += "\n\thint: " + e.Hint
	}
	return s
}

// ErrorList is a list of problems. Its Error method prints them one per line,
// in the order they are held; call Sort first for position order.
type ErrorList []*Error

// Add appends a problem at pos.
func (l *ErrorList) Add(pos Pos, format string, args ...any) *Error {
	e := &Error{Pos: pos, Msg: fmt.Sprintf(format, args...)}
	*l = append(*l, e)
	return e
}

// Warn appends a warning at pos.
func (l *ErrorList) Warn(pos Pos, format string, args ...any) *Error {
	e := l.Add(pos, format, args...)
	e.Warning = true
	return e
}

// Sort orders the list by position, then message, and drops exact duplicates.
func (l *ErrorList) Sort() {
	slices.SortStableFunc(*l, func(a, b *Error) int {
		return cmp.Or(comparePos(a.Pos, b.Pos), cmp.Compare(a.Msg, b.Msg), cmp.Compare(a.Hint, b.Hint))
	})
	*l = slices.CompactFunc(*l, func(a, b *Error) bool {
		return a.Pos == b.Pos && a.Msg == b.Msg && a.Hint == b.Hint && a.Warning == b.Warning
	})
}

func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}
