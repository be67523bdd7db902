package main

import (
	"flag"
	"fmt"
	"strings"

	"kg/graph"
	"kg/graph/diff"
	"kg/graph/report"
)

// Every value a flag or an argument chooses from (an output format, a
// language, a metric, a match mode, a modality...) is one table: its names
// make the flag's help and the "want ..." of the usage error, and its
// values are what the command dispatches on. A name cannot be accepted
// without a value to act on, and every command refuses a bad name the same
// way:
//
//	kg export: unknown format "pdf" (want json, graphml, ...)
//		hint: did you mean "...?"
//
// choices_test.go runs every name of every table through its command.

// choice is one accepted name and what it stands for.
type choice[T any] struct {
	name string
	val  T
}

// choices is the table of one flag or argument.
type choices[T any] struct {
	what  string // "format", "language", ...: the word in messages
	items []choice[T]
}

func (c *choices[T]) names() []string {
	out := make([]string, len(c.items))
	for i, it := range c.items {
		out[i] = it.name
	}
	return out
}

// alternatives lists the names for help texts: "a, b or c".
func (c *choices[T]) alternatives() string {
	n := c.names()
	if len(n) == 1 {
		return n[0]
	}
	return strings.Join(n[:len(n)-1], ", ") + " or " + n[len(n)-1]
}

// parse returns the value of a name, or kg's usage error for a bad one.
func (c *choices[T]) parse(s string) (T, error) {
	for _, it := range c.items {
		if it.name == s {
			return it.val, nil
		}
	}
	var zero T
	return zero, badChoice(c.what, s, c.names())
}

// choiceFlag is a flag whose value is a name of a table. Set only records
// the text and value checks it, so that a bad name gives kg's usage error,
// not the flag package's.
type choiceFlag[T any] struct {
	c   *choices[T]
	raw string
}

func (f *choiceFlag[T]) String() string     { return f.raw }
func (f *choiceFlag[T]) Set(s string) error { f.raw = s; return nil }
func (f *choiceFlag[T]) value() (T, error)  { return f.c.parse(f.raw) }

// flag defines a flag that chooses from the table. usage should name the
// argument in backquotes ("output `format`"); the alternatives are added.
func (c *choices[T]) flag(fs *flag.FlagSet, name, def, usage string) *choiceFlag[T] {
	f := &choiceFlag[T]{c: c, raw: def}
	fs.Var(f, name, usage+": "+c.alternatives())
	return f
}

// badChoice is the usage error for a name that is not among the choices.
func badChoice(what, got string, want []string) error {
	return &usageError{problem{msg: fmt.Sprintf("unknown %s %q (want %s)", what, got, strings.Join(want, ", ")),
		hint: didYouMean(got, want)}}
}

// names makes a table whose values are its names, for choices that
// another package dispatches on (text.List takes "actors", ...).
func names(what string, list ...string) *choices[string] {
	c := &choices[string]{what: what}
	for _, s := range list {
		c.items = append(c.items, choice[string]{s, s})
	}
	return c
}

// The tables of more than one command.
var (
	// textFormats are the output formats of path, balance and communities.
	textFormats = names("format", "text", "json")

	// languages are the label languages of diagrams and Mermaid charts.
	languages = names("language", "en", "fa", "ar")

	// measures are the per-actor measures of kg metrics (report.Measures).
	measures = func() *choices[report.Measure] {
		c := &choices[report.Measure]{what: "metric"}
		for _, m := range report.Measures() {
			c.items = append(c.items, choice[report.Measure]{m.String(), m})
		}
		return c
	}()

	// matchModes say when kg diff takes two ties for the same.
	matchModes = func() *choices[diff.Match] {
		c := &choices[diff.Match]{what: "match mode"}
		for _, m := range diff.Matches() {
			c.items = append(c.items, choice[diff.Match]{m.String(), m})
		}
		return c
	}()

	// The view flags' vocabularies, from package graph.
	categories  = enumChoices("category", graph.Categories())
	signs       = enumChoices("sign", []graph.Sign{graph.Positive, graph.Negative, graph.Neutral})
	confidences = enumChoices("confidence", graph.Confidences())
)

// enumChoices makes a table of one of graph's enumerations.
func enumChoices[T fmt.Stringer](what string, values []T) *choices[T] {
	c := &choices[T]{what: what}
	for _, v := range values {
		c.items = append(c.items, choice[T]{v.String(), v})
	}
	return c
}
