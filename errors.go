package main

import (
	"errors"
	"fmt"
	"io"

	"kg/export/text"
	"kg/graph"
	"kg/graph/diff"
)

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // the data has problems, or the answer is "no" (no path)
	exitUsage = 2 // the command line is wrong
)

// How errors reach the user. Commands return an error and never print one
// or choose an exit status themselves. An error that decides the status
// has an ExitCode method; the kinds below are the three kg knows: the
// command line is wrong (2), the data or the output has a problem (1), and
// the question has no answer, such as no path between two actors (1).
// run hands whatever a command returns to reportError, the one place that
// prints errors and turns them into an exit status. A plain error from a
// package is a data error of the running command.

// problem is what every kind of error carries.
type problem struct {
	cmd    string // the command, "" for the running one
	top    bool   // the message is kg's own ("kg: ..."), not a command's
	msg    string // first line after "kg CMD: "; "" when details say it all
	hint   string // what to do about it, printed as "\thint: ..."
	usage  bool   // add `run "kg CMD -h" for usage`
	detail error  // printed before the message: every positioned problem
}

func (p *problem) Error() string {
	if p.msg == "" && p.detail != nil {
		return p.detail.Error()
	}
	return p.msg
}

// usageError: the command line is wrong. Exit status 2.
type usageError struct{ problem }

func (*usageError) ExitCode() int { return exitUsage }

// dataError: the knowledge base, an input file or the output has a
// problem. Exit status 1.
type dataError struct{ problem }

func (*dataError) ExitCode() int { return exitData }

// noAnswerError: the command ran but the answer is "none", such as no path
// between two actors. Exit status 1, so scripts can test for it.
type noAnswerError struct{ problem }

func (*noAnswerError) ExitCode() int { return exitData }

// errHelp says that a command printed its help on request: exit 0,
// nothing more to print.
var errHelp = errors.New("help requested")

// usagef is a usage error of the running command, with the line that points
// to its flags.
func usagef(format string, args ...any) error {
	return &usageError{problem{msg: fmt.Sprintf(format, args...), usage: true}}
}

// badValue is a usage error for a value of a flag or argument, with a hint
// (did you mean ...?) but without the pointer to the flags.
func badValue(err error) error {
	return &usageError{problem{msg: err.Error(), hint: hintOf(err)}}
}

// badFlag is a usage error for a flag's value, named in the message:
// "--a: unknown document "x"".
func badFlag(flagName string, err error) error {
	return &usageError{problem{msg: flagName + ": " + err.Error(), hint: hintOf(err)}}
}

// hintOf returns the hint the packages attach to their errors.
func hintOf(err error) string {
	var ve *graph.ViewError
	var se *diff.SpecError
	var nf *text.NotFoundError
	switch {
	case errors.As(err, &ve):
		return ve.Hint
	case errors.As(err, &se):
		return se.Hint
	case errors.As(err, &nf):
		return nf.Hint
	}
	return ""
}

// reportError prints err for the user and returns the exit status: the
// positioned details, "kg CMD: message", a hint and the pointer to the
// command's flags, as the error asks.
func reportError(w io.Writer, cmd string, err error) int {
	if err == nil {
		return exitOK
	}
	if errors.Is(err, errHelp) {
		return exitOK
	}
	var p *problem
	code := exitData
	var coder interface{ ExitCode() int }
	if errors.As(err, &coder) {
		code = coder.ExitCode()
	}
	switch e := err.(type) {
	case *usageError:
		p = &e.problem
	case *dataError:
		p = &e.problem
	case *noAnswerError:
		p = &e.problem
	default:
		p = &problem{msg: err.Error()}
	}
	if p.cmd != "" {
		cmd = p.cmd
	}
	prefix := "kg " + cmd + ": "
	if p.top || cmd == "" {
		prefix = "kg: "
	}
	if p.detail != nil {
		fmt.Fprintln(w, p.detail)
	}
	if p.msg != "" {
		fmt.Fprintf(w, "%s%s\n", prefix, p.msg)
	}
	if p.hint != "" {
		fmt.Fprintf(w, "\thint: %s\n", p.hint)
	}
	if p.usage {
		if cmd == "" {
			fmt.Fprintln(w, `run "kg help" for the list of commands`)
		} else {
			fmt.Fprintf(w, "run \"kg %s -h\" for usage\n", cmd)
		}
	}
	return code
}
