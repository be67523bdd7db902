package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"kg/export/output"
	"kg/graph"
)

// env is what every subcommand gets: the global settings and the streams.
type env struct {
	data, seeds, corpus string
	stdout, stderr      io.Writer
	cmd                 string // the running command, for notes
}

// notef prints a note that is not an error on stderr: "kg CMD: ...".
func (e *env) notef(format string, args ...any) {
	fmt.Fprintf(e.stderr, "kg %s: %s\n", e.cmd, fmt.Sprintf(format, args...))
}

// command is one subcommand.
type command struct {
	name, args, summary string
	run                 func(e *env, args []string) error
}

func commands() []command {
	return []command{
		{"validate", "", "check the knowledge base (and the evidence, given a corpus)", cmdValidate},
		{"list", "actors|types|eras|documents", "list the entities of one kind", cmdList},
		{"show", "actor|type|era|document ID", "print one entity and the claims that mention it", cmdShow},
		{"stats", "", "per document: claims, actors, eras, categories, modalities, evidence coverage", cmdStats},
		{"export", "", "write the graph of a view for Gephi, NetworkX, igraph, Cytoscape, Kumu, Mermaid", cmdExport},
		{"metrics", "", "centralities per actor and graph measures, as NetworkX computes them", cmdMetrics},
		{"balance", "", "structural balance: triangles, frustration index, blocs, unbalanced triangles", cmdBalance},
		{"communities", "", "Louvain communities of positive ties and signed blocs, with modularity", cmdCommunities},
		{"render", "", "draw the graph of a view as DOT or SVG", cmdRender},
		{"extract", "mentions|candidates|coverage|quality", "read the source texts: actor mentions, draft claims, the curator's worklist", cmdExtract},
		{"import", "FILE...", "turn a CSV (Kumu) or GraphML map into kg YAML to curate", cmdImport},
		{"diff", "", "compare two views, or two versions of the data: ties, metrics, blocs, balance", cmdDiff},
		{"path", "A B", "shortest paths between two actors, with the evidence for each hop", cmdPath},
		{"report", "", "write the interactive, offline HTML report of a view, every tie opening its evidence", cmdReport},
		{"build", "", "the main job: diagrams, metrics, balance and the report for every document and era", cmdBuild},
		{"help", "[COMMAND]", "print help for kg or one command", nil},
	}
}

const globalHelp = `Global flags (before or after the command):
  --data DIR     the curated data folder (default "data")
  --seeds DIR    the document registry folder (default "seeds")
  --corpus DIR   the folder holding the document texts (default $KG_CORPUS);
                 without it, checks that need the texts are skipped
`

func usage(w io.Writer) {
	fmt.Fprint(w, "kg turns curated, source-cited YAML about international actors into a\nknowledge graph and reports on it.\n\nUsage: kg [global flags] COMMAND [flags] [arguments]\n\nCommands:\n")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\n"+globalHelp+"\nRun \"kg help COMMAND\" or \"kg COMMAND -h\" for a command's flags.\nExit status: 0 ok, 1 problems in the data, 2 usage errors.\n")
}

func run(args []string, stdout, stderr io.Writer) int {
	e := &env{data: "data", seeds: "seeds", corpus: os.Getenv("KG_CORPUS"), stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("kg", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	e.globalFlags(fs)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			usage(stdout)
			return exitOK
		}
		code := reportError(stderr, "", &usageError{problem{msg: err.Error()}})
		usage(stderr)
		return code
	}
	rest := fs.Args()
	if len(rest) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := rest[0], rest[1:]
	switch name {
	case "help":
		return reportError(stderr, "help", e.help(rest))
	}
	for _, c := range commands() {
		if c.name == name {
			e.cmd = name
			return reportError(stderr, name, c.run(e, rest))
		}
	}
	names := make([]string, 0)
	for _, c := range commands() {
		names = append(names, c.name)
	}
	return reportError(stderr, "", &usageError{problem{msg: fmt.Sprintf("unknown command %q", name),
		hint: didYouMean(name, names), usage: true}})
}

func (e *env) help(args []string) error {
	if len(args) == 0 {
		usage(e.stdout)
		return nil
	}
	for _, c := range commands() {
		if c.name == args[0] && c.run != nil {
			return c.run(e, []string{"-h"})
		}
	}
	return &usageError{problem{msg: fmt.Sprintf("unknown command %q", args[0])}}
}

func (e *env) globalFlags(fs *flag.FlagSet) {
	fs.StringVar(&e.data, "data", e.data, "the curated data `folder`")
	fs.StringVar(&e.seeds, "seeds", e.seeds, "the document registry `folder`")
	fs.StringVar(&e.corpus, "corpus", e.corpus, "the `folder` holding the document texts")
}

// flags returns a FlagSet for a subcommand that also accepts the global flags.
func (e *env) flags(name, args, summary string) *flag.FlagSet {
	fs := flag.NewFlagSet("kg "+name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintf(w, "Usage: kg %s [flags] %s\n\n%s\n", name, args, summary)
		n := 0
		fs.VisitAll(func(f *flag.Flag) {
			if f.Name != "data" && f.Name != "seeds" && f.Name != "corpus" {
				n++
			}
		})
		if n > 0 {
			fmt.Fprint(w, "\nFlags:\n")
			fs.VisitAll(func(f *flag.Flag) {
				if f.Name == "data" || f.Name == "seeds" || f.Name == "corpus" {
					return
				}
				arg, use := flag.UnquoteUsage(f)
				fmt.Fprintf(w, "  --%s %s\n    \t%s", f.Name, arg, use)
				if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "0" {
					fmt.Fprintf(w, " (default %q)", f.DefValue)
				}
				fmt.Fprintln(w)
			})
		}
		fmt.Fprint(w, "\n"+globalHelp)
	}
	e.globalFlags(fs)
	return fs
}

// parse parses flags and positional arguments in any order and returns the
// positional arguments. On -h it prints the command's help and returns
// errHelp.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, errHelp
			}
			return nil, usagef("%v", err)
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNone parses a command that takes flags only.
func (e *env) parseNone(fs *flag.FlagSet, args []string) error {
	pos, err := e.parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usagef("unexpected argument %q", pos[0])
	}
	return nil
}

// load reads the knowledge base, or returns every problem it has.
func (e *env) load() (*graph.KB, error) {
	kb, err := graph.Load(graph.Options{DataDir: e.data, SeedsDir: e.seeds})
	if err != nil {
		return nil, &dataError{problem{top: true, detail: err,
			msg: fmt.Sprintf("the knowledge base has %s; run \"kg validate\" after fixing them", plural(countErrors(err), "problem"))}}
	}
	return kb, nil
}

func countErrors(err error) int {
	var l graph.ErrorList
	if errors.As(err, &l) {
		return len(l)
	}
	return 1
}

func plural(n int, what string) string {
	if n == 1 {
		return "1 " + what
	}
	return fmt.Sprintf("%d %ss", n, what)
}

func didYouMean(s string, candidates []string) string {
	return graph.Suggest(s, candidates)
}

// write sends output to stdout, or to a file through a temporary file
// renamed into place, so that a failure leaves no partial file.
func (e *env) write(path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		return fn(e.stdout)
	}
	return output.WriteFileAtomic(path, fn)
}
