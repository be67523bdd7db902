// Command kg builds a knowledge graph of international actors from curated,
// source-cited YAML, checks it against the source texts, and reports on it.
//
// Run "kg help" for the commands.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"kg/export"
	"kg/export/imports"
	"kg/extract"
	"kg/graph"
	"kg/graph/diff"
	"kg/graph/report"
)

func main() {
	// Loading a large knowledge base allocates many short-lived YAML nodes;
	// collecting less often trades memory (well under 1 GiB for 100,000
	// claims) for time. GOGC in the environment still wins.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(300)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// Exit codes.
const (
	exitOK    = 0
	exitData  = 1 // the data has problems, or the answer is "no" (no path)
	exitUsage = 2 // the command line is wrong
)

// env is what every subcommand gets: the global settings and the streams.
type env struct {
	data, seeds, corpus string
	stdout, stderr      io.Writer
}

// command is one subcommand.
type command struct {
	name, args, summary string
	run                 func(e *env, args []string) int
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
		{"build", "", "the main job: diagrams, metrics and balance for every document and era", cmdBuild},
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
		fmt.Fprintf(stderr, "kg: %v\n", err)
		usage(stderr)
		return exitUsage
	}
	rest := fs.Args()
	if len(rest) == 0 {
		usage(stderr)
		return exitUsage
	}
	name, rest := rest[0], rest[1:]
	switch name {
	case "help":
		return e.help(rest)
	case "__render":
		// internal: render DOT from stdin to SVG on stdout, in a child
		// process that kg can kill when it runs late (export.Renderer)
		return e.renderChild(rest)
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(e, rest)
		}
	}
	fmt.Fprintf(stderr, "kg: unknown command %q\n", name)
	names := make([]string, 0)
	for _, c := range commands() {
		names = append(names, c.name)
	}
	if h := didYouMean(name, names); h != "" {
		fmt.Fprintf(stderr, "\thint: %s\n", h)
	}
	fmt.Fprintln(stderr, "run \"kg help\" for the list of commands")
	return exitUsage
}

func (e *env) help(args []string) int {
	if len(args) == 0 {
		usage(e.stdout)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] && c.run != nil {
			return c.run(e, []string{"-h"})
		}
	}
	fmt.Fprintf(e.stderr, "kg help: unknown command %q\n", args[0])
	return exitUsage
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

// parse parses flags and positional arguments in any order. It returns the
// positional arguments and, when parsing should stop, the exit code.
func (e *env) parse(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(e.stdout)
				fs.Usage()
				return nil, exitOK, false
			}
			fmt.Fprintf(e.stderr, "%s: %v\n", fs.Name(), err)
			fmt.Fprintf(e.stderr, "run \"%s -h\" for usage\n", fs.Name())
			return nil, exitUsage, false
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, 0, true
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), 0, true
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// parseNone parses a command that takes flags only.
func (e *env) parseNone(fs *flag.FlagSet, args []string) (int, bool) {
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code, false
	}
	if len(pos) > 0 {
		return e.usageError(strings.TrimPrefix(fs.Name(), "kg "), "unexpected argument %q", pos[0]), false
	}
	return 0, true
}

func (e *env) usageError(cmd, format string, args ...any) int {
	fmt.Fprintf(e.stderr, "kg %s: %s\n", cmd, fmt.Sprintf(format, args...))
	fmt.Fprintf(e.stderr, "run \"kg %s -h\" for usage\n", cmd)
	return exitUsage
}

// load reads the knowledge base; on problems it prints them and returns nil.
func (e *env) load() *graph.KB {
	kb, err := graph.Load(graph.Options{DataDir: e.data, SeedsDir: e.seeds})
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		fmt.Fprintf(e.stderr, "kg: the knowledge base has %s; run \"kg validate\" after fixing them\n", plural(countErrors(err), "problem"))
		return nil
	}
	return kb
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

func cmdValidate(e *env, args []string) int {
	fs := e.flags("validate", "", "Check the knowledge base: syntax, keys, ids, references, dates, and, given a\ncorpus folder, each document's sha256, evidence spans and cue phrases.\nEvery problem is reported at once, sorted, as path:line:col: message.")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	kb, err := graph.Load(graph.Options{DataDir: e.data, SeedsDir: e.seeds})
	var errs graph.ErrorList
	if err != nil && !errors.As(err, &errs) {
		fmt.Fprintf(e.stderr, "kg validate: %v\n", err)
		return exitData
	}
	checked := false
	if e.corpus != "" {
		c, err := extract.OpenCorpus(e.corpus)
		if err != nil {
			fmt.Fprintf(e.stderr, "kg validate: %v\n", err)
			return exitUsage
		}
		errs = append(errs, extract.CheckEvidence(kb, c)...)
		errs.Sort()
		checked = true
	}
	if len(errs) > 0 {
		fmt.Fprintln(e.stderr, errs)
		fmt.Fprintf(e.stderr, "kg validate: %s\n", plural(len(errs), "problem"))
		return exitData
	}
	fmt.Fprintf(e.stdout, "ok: %s, %s, %s, %s, %s\n", plural(len(kb.Documents), "document"),
		plural(len(kb.Claims), "claim"), plural(len(kb.Actors), "actor"),
		plural(len(kb.Types), "relation type"), plural(len(kb.Eras), "era"))
	if !checked {
		fmt.Fprintln(e.stderr, "kg validate: evidence not checked: no corpus folder (give --corpus DIR or set KG_CORPUS)")
		return exitOK
	}
	// Not an error: a text may name an actor only as "the two countries".
	c, _ := extract.OpenCorpus(e.corpus)
	if st, err := extract.Stats(kb, c); err == nil {
		n, total := 0, 0
		for _, d := range st {
			n += len(d.Unnamed)
			total += d.Claims
		}
		if n > 0 {
			fmt.Fprintf(e.stderr, "kg validate: note: %d of %d claims cite spans (plus or minus a line) that do not name both actors; kg stats --format json lists them\n", n, total)
		}
	}
	return exitOK
}

var listKinds = []string{"actors", "types", "eras", "documents"}

func cmdList(e *env, args []string) int {
	fs := e.flags("list", "actors|types|eras|documents", "List the actors, relation types, eras or documents, with claim counts.")
	format := fs.String("format", "table", "output `format`: table or json")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return e.usageError("list", "want one of %s", strings.Join(listKinds, ", "))
	}
	if !slices.Contains(listKinds, pos[0]) {
		return e.badChoice("list", "kind", pos[0], listKinds)
	}
	if *format != "table" && *format != "json" {
		return e.badChoice("list", "format", *format, []string{"table", "json"})
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	if err := export.List(e.stdout, kb, pos[0], *format); err != nil {
		fmt.Fprintf(e.stderr, "kg list: %v\n", err)
		return exitData
	}
	return exitOK
}

func (e *env) badChoice(cmd, what, got string, want []string) int {
	fmt.Fprintf(e.stderr, "kg %s: unknown %s %q (want %s)\n", cmd, what, got, strings.Join(want, ", "))
	if h := didYouMean(got, want); h != "" {
		fmt.Fprintf(e.stderr, "\thint: %s\n", h)
	}
	return exitUsage
}

var showKinds = []string{"actor", "type", "era", "document"}

func cmdShow(e *env, args []string) int {
	fs := e.flags("show", "actor|type|era|document ID", "Print one entity: its names, codes or dates, and the claims that mention it,\ncounted by document.")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return e.usageError("show", "want a kind (%s) and an id", strings.Join(showKinds, ", "))
	}
	if !slices.Contains(showKinds, pos[0]) {
		return e.badChoice("show", "kind", pos[0], showKinds)
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	if err := export.Show(e.stdout, kb, pos[0], pos[1]); err != nil {
		fmt.Fprintf(e.stderr, "kg show: %v\n", err)
		var nf *export.NotFoundError
		if errors.As(err, &nf) && nf.Hint != "" {
			fmt.Fprintf(e.stderr, "\thint: %s\n", nf.Hint)
		}
		return exitUsage
	}
	return exitOK
}

func cmdStats(e *env, args []string) int {
	fs := e.flags("stats", "", "Print per document: claims, actors, eras, claims by category and modality,\nand, given a corpus, the share of claims whose cited span (plus or minus one\nline) names both actors.")
	format := fs.String("format", "table", "output `format`: table or json")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "table" && *format != "json" {
		return e.badChoice("stats", "format", *format, []string{"table", "json"})
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	var corpus *extract.Corpus
	if e.corpus != "" {
		c, err := extract.OpenCorpus(e.corpus)
		if err != nil {
			fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
			return exitUsage
		}
		corpus = c
	} else {
		fmt.Fprintln(e.stderr, "kg stats: evidence coverage not measured: no corpus folder (give --corpus DIR or set KG_CORPUS)")
	}
	st, err := extract.Stats(kb, corpus)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
		return exitData
	}
	if err := export.Stats(e.stdout, st, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg stats: %v\n", err)
		return exitData
	}
	return exitOK
}

func cmdBuild(e *env, args []string) int {
	fs := e.flags("build", "", "The main job: for the combined graph, every document and every era, write the\ndiagram (DOT and SVG), metrics (JSON and CSV) and balance report, and an\nindex.md listing them with their figures. Needs no corpus and no network.\nThe output folder is replaced only when the whole build succeeds.")
	out := fs.String("o", "out", "output `folder`")
	lang := fs.String("lang", "en", "label `language` of the diagrams: en, fa or ar")
	noSVG := fs.Bool("no-svg", false, "write DOT only, not SVG")
	timeout := fs.Duration("timeout", time.Minute, "time limit per diagram; past it, dot gives way to neato")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *lang != "en" && *lang != "fa" && *lang != "ar" {
		return e.badChoice("build", "language", *lang, []string{"en", "fa", "ar"})
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	var progress io.Writer
	if isTerminal(e.stderr) {
		progress = e.stderr
	}
	start := time.Now()
	views, err := export.Build(kb, export.BuildOptions{Out: *out, Lang: *lang, Progress: progress, NoSVG: *noSVG,
		Renderer: renderer(*timeout)})
	if err != nil {
		fmt.Fprintf(e.stderr, "kg build: %v (nothing was written)\n", err)
		return exitData
	}
	fmt.Fprintf(e.stdout, "kg build: wrote %d views (combined, %s, %s) to %s/ in %.1fs; see %s\n",
		len(views), plural(len(kb.Documents), "document"), plural(len(kb.Eras), "era"), *out,
		time.Since(start).Seconds(), filepath.Join(*out, "index.md"))
	return exitOK
}

// isTerminal reports whether w is a terminal, for progress lines.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func didYouMean(s string, candidates []string) string {
	return graph.Suggest(s, candidates)
}

// viewFlags are the flags that select a view, the same on every command that
// reads the graph.
type viewFlags struct {
	docs, types, cats                listFlag
	era, at, sign, modality, minConf string
}

// listFlag is a repeatable flag that also takes comma-separated values.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error {
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, p)
		}
	}
	return nil
}

const viewHelp = `View flags select the claims: --doc ID (repeatable), --era ID, --at DATE,
--type ID, --category NAME, --sign +|-|0, --modality asserted|prospective|
hypothetical|negated|all (default asserted), --min-confidence high|medium|low.`

func addViewFlags(fs *flag.FlagSet) *viewFlags {
	v := &viewFlags{}
	fs.Var(&v.docs, "doc", "only claims of document `ID` (repeatable)")
	fs.StringVar(&v.era, "era", "", "only claims whose time overlaps era `ID`")
	fs.StringVar(&v.at, "at", "", "only claims whose time contains `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.Var(&v.types, "type", "only relation type `ID` (repeatable)")
	fs.Var(&v.cats, "category", "only relation category `NAME` (repeatable)")
	fs.StringVar(&v.sign, "sign", "", "only ties of `SIGN` +, - or 0 (comma-separated)")
	fs.StringVar(&v.modality, "modality", "asserted", "`MODALITY`: asserted, prospective, hypothetical, negated (comma-separated) or all")
	fs.StringVar(&v.minConf, "min-confidence", "low", "lowest `CONFIDENCE` kept: high, medium or low")
	return v
}

// view turns the flags into a graph.View and checks its ids against kb.
func (vf *viewFlags) view(kb *graph.KB) (graph.View, error) {
	v := graph.View{Documents: vf.docs, Era: vf.era, Types: vf.types}
	if vf.at != "" {
		d, err := graph.ParseDate(vf.at)
		if err != nil {
			return v, fmt.Errorf("--at: %v", err)
		}
		v.At = d
	}
	for _, c := range vf.cats {
		cat, err := graph.ParseCategory(c)
		if err != nil {
			return v, err
		}
		v.Categories = append(v.Categories, cat)
	}
	if vf.sign != "" {
		for _, s := range strings.Split(vf.sign, ",") {
			sg, err := graph.ParseSign(strings.TrimSpace(s))
			if err != nil {
				return v, err
			}
			v.Signs = append(v.Signs, sg)
		}
	}
	if vf.modality == "all" {
		v.AllModalities = true
	} else {
		for _, m := range strings.Split(vf.modality, ",") {
			mod, err := graph.ParseModality(strings.TrimSpace(m))
			if err != nil {
				return v, err
			}
			v.Modalities = append(v.Modalities, mod)
		}
	}
	c, err := graph.ParseConfidence(vf.minConf)
	if err != nil {
		return v, err
	}
	v.MinConfidence = c
	return v, kb.Check(v)
}

// network loads the knowledge base and builds the view's network; on a
// problem it prints it and returns the exit code.
func (e *env) network(cmd string, vf *viewFlags) (*graph.KB, *graph.Network, int) {
	kb := e.load()
	if kb == nil {
		return nil, nil, exitData
	}
	v, err := vf.view(kb)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg %s: %v\n", cmd, err)
		var ve *graph.ViewError
		if errors.As(err, &ve) && ve.Hint != "" {
			fmt.Fprintf(e.stderr, "\thint: %s\n", ve.Hint)
		}
		return nil, nil, exitUsage
	}
	n := kb.Network(v)
	if n.Empty() {
		fmt.Fprintf(e.stderr, "kg %s: the view (%s) selects no claims\n", cmd, v)
	}
	return kb, n, exitOK
}

var exportFormats = []string{"json", "graphml", "gexf", "cytoscape", "csv", "mermaid"}

func cmdExport(e *env, args []string) int {
	fs := e.flags("export", "", "Write the graph of a view for other tools (docs/formats.md): json (node-link,\nNetworkX), graphml (Gephi, yEd, NetworkX, igraph), gexf (GEXF 1.3 with time\nintervals, Gephi), cytoscape (Cytoscape.js JSON), csv (Kumu's elements and\nconnections files), mermaid (flowchart for Markdown). One edge per claim.\ncsv needs -o: FILE.csv gives FILE-elements.csv and FILE-connections.csv, a\nfolder gives elements.csv and connections.csv in it.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "json", "output `format`: "+strings.Join(exportFormats, ", "))
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := fs.String("lang", "en", "label `language` for mermaid: en, fa or ar")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if !slices.Contains(exportFormats, *format) {
		return e.badChoice("export", "format", *format, exportFormats)
	}
	if *format == "csv" && *out == "" {
		return e.usageError("export", "--format csv writes two files: give -o FILE.csv or -o FOLDER")
	}
	kb, n, code := e.network("export", vf)
	if kb == nil {
		return code
	}
	switch *format {
	case "graphml":
		return e.write("export", *out, func(w io.Writer) error { return export.GraphML(w, kb, n) })
	case "gexf":
		return e.write("export", *out, func(w io.Writer) error { return export.GEXF(w, kb, n) })
	case "cytoscape":
		return e.write("export", *out, func(w io.Writer) error { return export.Cytoscape(w, kb, n) })
	case "mermaid":
		return e.write("export", *out, func(w io.Writer) error { return export.Mermaid(w, n, *lang) })
	case "csv":
		var elements, connections bytes.Buffer
		if err := export.KumuCSV(&elements, &connections, kb, n); err != nil {
			fmt.Fprintf(e.stderr, "kg export: %v\n", err)
			return exitData
		}
		el, co := strings.TrimSuffix(*out, ".csv")+"-elements.csv", strings.TrimSuffix(*out, ".csv")+"-connections.csv"
		if st, err := os.Stat(*out); err == nil && st.IsDir() {
			el, co = filepath.Join(*out, "elements.csv"), filepath.Join(*out, "connections.csv")
		}
		for _, f := range []struct {
			path string
			b    *bytes.Buffer
		}{{el, &elements}, {co, &connections}} {
			if code := e.write("export", f.path, func(w io.Writer) error { _, err := w.Write(f.b.Bytes()); return err }); code != exitOK {
				return code
			}
		}
		fmt.Fprintf(e.stderr, "kg export: wrote %s and %s\n", el, co)
		return exitOK
	}
	return e.write("export", *out, func(w io.Writer) error { return export.JSON(w, kb, n) })
}

func cmdImport(e *env, args []string) int {
	fs := e.flags("import", "FILE...", "Turn a map made in another tool into kg YAML: csv (Kumu's elements and\nconnections files, or one connections file with From and To columns; a\nfolder holding both) or graphml. Writes data/ and seeds/ under -o with a\nplaceholder document; every claim gets a placeholder evidence entry (line 1,\ncue TODO) for the curator to replace, and kg validate accepts the result.\nExisting files are never replaced.")
	format := fs.String("format", "", "input `format`: csv or graphml (default: from the file name)")
	doc := fs.String("doc", "imported", "`ID` of the placeholder document the claims cite")
	out := fs.String("o", "", "write the knowledge base under this `folder` (required)")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return e.usageError("import", "give the file(s) to import")
	}
	if *out == "" {
		return e.usageError("import", "give the output folder with -o")
	}
	f := *format
	if f == "" {
		f = "csv"
		if strings.HasSuffix(strings.ToLower(pos[0]), ".graphml") || strings.HasSuffix(strings.ToLower(pos[0]), ".xml") {
			f = "graphml"
		}
	}
	var d *imports.Draft
	var err error
	switch f {
	case "csv":
		d, err = imports.ReadCSVFiles(pos...)
	case "graphml":
		if len(pos) != 1 {
			return e.usageError("import", "graphml takes one file")
		}
		d, err = imports.ReadGraphMLFile(pos[0])
	default:
		return e.badChoice("import", "format", f, []string{"csv", "graphml"})
	}
	if err != nil {
		fmt.Fprintln(e.stderr, err)
		return exitData
	}
	if err := imports.WriteYAML(*out, d, *doc); err != nil {
		fmt.Fprintf(e.stderr, "kg import: %v\n", err)
		return exitData
	}
	fmt.Fprintf(e.stdout, "kg import: wrote %s/data and %s/seeds; check with: kg --data %s/data --seeds %s/seeds validate\n", *out, *out, *out, *out)
	return exitOK
}

// write sends output to stdout, or to a file through a temporary file
// renamed into place, so that a failure leaves no partial file.
func (e *env) write(cmd, path string, fn func(io.Writer) error) int {
	if path == "" || path == "-" {
		if err := fn(e.stdout); err != nil {
			fmt.Fprintf(e.stderr, "kg %s: %v\n", cmd, err)
			return exitData
		}
		return exitOK
	}
	if err := export.WriteFileAtomic(path, fn); err != nil {
		fmt.Fprintf(e.stderr, "kg %s: %v\n", cmd, err)
		return exitData
	}
	return exitOK
}

func cmdPath(e *env, args []string) int {
	fs := e.flags("path", "A B", "Print the shortest paths between two actors, each hop with its relation types\nand the documents and line spans behind them. Ties count in both directions.\nExit status 1 when there is no path.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	k := fs.Int("k", 1, "how many shortest paths (Yen's algorithm)")
	positive := fs.Bool("positive", false, "friendly (positive) ties only")
	byStrength := fs.Bool("by-strength", false, "weigh hops by 1/tie strength instead of counting them")
	format := fs.String("format", "text", "output `format`: text or json")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 2 {
		return e.usageError("path", "want two actor ids")
	}
	if *k < 1 {
		return e.usageError("path", "--k must be at least 1")
	}
	if *format != "text" && *format != "json" {
		return e.badChoice("path", "format", *format, []string{"text", "json"})
	}
	kb, n, code := e.network("path", vf)
	if kb == nil {
		return code
	}
	for _, id := range pos {
		if _, ok := kb.ActorByID[id]; !ok {
			fmt.Fprintf(e.stderr, "kg path: unknown actor %q\n", id)
			if h := didYouMean(id, actorIDs(kb)); h != "" {
				fmt.Fprintf(e.stderr, "\thint: %s\n", h)
			}
			return exitUsage
		}
	}
	paths := n.Paths(pos[0], pos[1], graph.PathOptions{K: *k, Positive: *positive, ByStrength: *byStrength})
	if len(paths) == 0 {
		fmt.Fprintf(e.stderr, "kg path: no path from %s to %s in the view (%s)\n", pos[0], pos[1], n.View)
		return exitData
	}
	if err := export.Paths(e.stdout, paths, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg path: %v\n", err)
		return exitData
	}
	return exitOK
}

func actorIDs(kb *graph.KB) []string {
	ids := make([]string, len(kb.Actors))
	for i, a := range kb.Actors {
		ids[i] = a.ID
	}
	return ids
}

func cmdCommunities(e *env, args []string) int {
	fs := e.flags("communities", "", "Find communities: Louvain on positive ties (weighted by tie strength), and\nsigned blocs through gonum's ModularizeMultiplex with the negative ties as a\nlayer of weight -1. Seeded: the same seed gives the same answer.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	seed := fs.Uint64("seed", 1, "random `seed` for Louvain")
	format := fs.String("format", "text", "output `format`: text or json")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return e.badChoice("communities", "format", *format, []string{"text", "json"})
	}
	kb, n, code := e.network("communities", vf)
	if kb == nil {
		return code
	}
	c := n.Communities(*seed)
	if err := export.Communities(e.stdout, n, c, *seed, *format); err != nil {
		fmt.Fprintf(e.stderr, "kg communities: %v\n", err)
		return exitData
	}
	return exitOK
}

func cmdRender(e *env, args []string) int {
	fs := e.flags("render", "", "Draw the graph of a view: DOT (text, stable) or SVG (through Graphviz\ncompiled to WebAssembly; no system Graphviz needed). docs/diagrams.md\nexplains the visual encoding.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "dot", "output `format`: dot or svg")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	lang := fs.String("lang", "en", "label `language`: en, fa or ar")
	timeout := fs.Duration("timeout", time.Minute, "time limit for the SVG layout; past it, dot gives way to neato")
	sizeBy := fs.String("size-by", "", "scale actors' labels by a `metric` (betweenness, pagerank, degree, ...)")
	blocs := fs.Bool("blocs", false, "draw the signed blocs (kg communities) as clusters")
	layoutFrom := fs.String("layout-from", "", "pin positions computed on the union of this view and another `SPEC` (doc=ID,era=ID,...), so two diagrams line up")
	perClaim := fs.Bool("claims", false, "draw one edge per claim instead of one per tie")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "dot" && *format != "svg" {
		return e.badChoice("render", "format", *format, []string{"dot", "svg"})
	}
	if *lang != "en" && *lang != "fa" && *lang != "ar" {
		return e.badChoice("render", "language", *lang, []string{"en", "fa", "ar"})
	}
	kb, n, code := e.network("render", vf)
	if kb == nil {
		return code
	}
	title, subtitle := export.ViewTitleLang(kb, n.View, *lang)
	opt := export.DiagramOptions{Title: title, Subtitle: subtitle, Lang: *lang, Layout: export.LayoutFor(len(n.Actors)), Claims: *perClaim}
	if *sizeBy != "" {
		if !slices.Contains(export.MetricSorts[1:], *sizeBy) {
			return e.badChoice("render", "metric", *sizeBy, export.MetricSorts[1:])
		}
		opt.SizeBy = export.MetricOf(report.ComputeMetrics(n, report.MetricsOptions{}), *sizeBy)
		opt.SizeName = *sizeBy
	}
	if *layoutFrom != "" {
		other, err := diff.ParseSpec(*layoutFrom)
		if err == nil {
			err = kb.Check(other)
		}
		if err != nil {
			return e.specError("render", "--layout-from", err)
		}
		pos, err := renderer(*timeout).Layout(graph.Union(n, kb.Network(other)))
		if err != nil {
			fmt.Fprintf(e.stderr, "kg render: %v\n", err)
			return exitData
		}
		opt.Pos = pos
	}
	if *blocs {
		for _, c := range n.Communities(1).Signed.Communities {
			if len(c) > 1 {
				opt.Blocs = append(opt.Blocs, c)
			}
		}
	}
	if *format == "dot" {
		return e.write("render", *out, func(w io.Writer) error { return export.DOT(w, n, opt) })
	}
	var src bytes.Buffer
	if err := export.DOT(&src, n, opt); err != nil {
		fmt.Fprintf(e.stderr, "kg render: %v\n", err)
		return exitData
	}
	svg, note, err := renderer(*timeout).SVG(src.Bytes())
	if err != nil {
		fmt.Fprintf(e.stderr, "kg render: %v\n", err)
		return exitData
	}
	if note != "" {
		fmt.Fprintf(e.stderr, "kg render: %s\n", note)
	}
	return e.write("render", *out, func(w io.Writer) error { _, err := w.Write(svg); return err })
}

func cmdMetrics(e *env, args []string) int {
	fs := e.flags("metrics", "", "Compute per-actor degree, weighted degree, betweenness, closeness, harmonic,\neigenvector, PageRank and HITS, and graph measures, with NetworkX's default\nnormalizations. By default on the undirected simple graph of positive ties,\nunweighted, isolates included (docs/analysis.md).\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "table", "output `format`: table, json or csv")
	sortBy := fs.String("sort", "betweenness", "table order: a `metric` (largest first) or id")
	var opt report.MetricsOptions
	fs.BoolVar(&opt.AllTies, "all-ties", false, "use all ties, not only positive ones")
	fs.BoolVar(&opt.Directed, "directed", false, "use the directed projection (undirected ties count both ways)")
	fs.BoolVar(&opt.Weighted, "weighted", false, "weigh edges by tie strength (weighted degree, PageRank, HITS)")
	fs.IntVar(&opt.Samples, "samples", 0, "estimate betweenness from `N` random pivots (0: exact)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random `seed` for sampled betweenness")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if !slices.Contains([]string{"table", "json", "csv"}, *format) {
		return e.badChoice("metrics", "format", *format, []string{"table", "json", "csv"})
	}
	if !slices.Contains(export.MetricSorts, *sortBy) {
		return e.badChoice("metrics", "sort metric", *sortBy, export.MetricSorts)
	}
	if opt.Samples < 0 {
		return e.usageError("metrics", "--samples must not be negative")
	}
	kb, n, code := e.network("metrics", vf)
	if kb == nil {
		return code
	}
	m := report.ComputeMetrics(n, opt)
	return e.write("metrics", *out, func(w io.Writer) error { return export.Metrics(w, m, *format, *sortBy) })
}

func cmdBalance(e *env, args []string) int {
	fs := e.flags("balance", "", "Structural balance of the signed graph (one signed edge per pair): triangle\ncensus, strong and weak balance ratios, the frustration index with an optimal\ntwo-bloc split (exact up to 30 actors per component, else bounded), a k-bloc\npartition by the Doreian-Mrvar criterion, and every unbalanced triangle with\nthe claims behind its ties.\n\n"+viewHelp)
	vf := addViewFlags(fs)
	format := fs.String("format", "text", "output `format`: text or json")
	var opt report.BalanceOptions
	fs.IntVar(&opt.K, "k", 2, "number of blocs for the Doreian-Mrvar partition")
	fs.Float64Var(&opt.Alpha, "alpha", 0.5, "weight of negative ties inside blocs in the criterion (0..1)")
	fs.Uint64Var(&opt.Seed, "seed", 1, "random `seed` for the heuristics")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if *format != "text" && *format != "json" {
		return e.badChoice("balance", "format", *format, []string{"text", "json"})
	}
	if opt.K < 1 {
		return e.usageError("balance", "--k must be at least 1")
	}
	if opt.Alpha <= 0 || opt.Alpha > 1 {
		return e.usageError("balance", "--alpha must be more than 0 and at most 1")
	}
	kb, n, code := e.network("balance", vf)
	if kb == nil {
		return code
	}
	r := report.ComputeBalance(n, opt)
	return e.write("balance", *out, func(w io.Writer) error { return export.Balance(w, r, *format) })
}

func (e *env) renderChild(args []string) int {
	format := "svg"
	if len(args) > 0 {
		format = args[0]
	}
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg: %v\n", err)
		return exitData
	}
	out, err := export.RenderDOT(src, format)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg: %v\n", err)
		return exitData
	}
	if _, err := e.stdout.Write(out); err != nil {
		return exitData
	}
	return exitOK
}

// renderer returns how to render SVG: in child processes of this kg binary
// when it can be found (a test binary renders in-process), with a time limit.
func renderer(timeout time.Duration) export.Renderer {
	r := export.Renderer{Timeout: timeout}
	if exe, err := os.Executable(); err == nil && !strings.HasSuffix(exe, ".test") {
		r.Exe = exe
	}
	return r
}

// specError reports a bad view spec, with a did-you-mean hint for an
// unknown id.
func (e *env) specError(cmd, flagName string, err error) int {
	fmt.Fprintf(e.stderr, "kg %s: %s: %v\n", cmd, flagName, err)
	var ve *graph.ViewError
	if errors.As(err, &ve) && ve.Hint != "" {
		fmt.Fprintf(e.stderr, "\thint: %s\n", ve.Hint)
	}
	return exitUsage
}

func cmdDiff(e *env, args []string) int {
	fs := e.flags("diff", "", "Compare two views (--a, --b), of this data or of another data folder (--data-b):\nactors and ties added, removed and changed, with the claims behind them;\nmetric and rank changes; actors changing bloc; balance; Jaccard similarity.\nA view SPEC is comma-separated key=value pairs: doc (repeatable), era, at,\ntype, category, sign, modality, min-confidence; e.g. --a doc=X,era=P.\nsvg draws the diff on the union of the two views; with -o FILE.svg it also\nwrites FILE-a.svg and FILE-b.svg, the two views on the same positions.\ndocs/diff.md describes the report.")
	specA := fs.String("a", "", "the first view `SPEC` (default: all documents)")
	specB := fs.String("b", "", "the second view `SPEC` (default: all documents)")
	dataB := fs.String("data-b", "", "take the second view from this data `folder` (e.g. an older checkout)")
	seedsB := fs.String("seeds-b", "", "registry `folder` for --data-b (default: seeds beside it, else --seeds)")
	match := fs.String("match", "type", "when two ties are the same: `type`, category or sign")
	format := fs.String("format", "text", "output `format`: text, markdown, json or svg")
	seed := fs.Uint64("seed", 1, "random `seed` for the balance heuristics")
	out := fs.String("o", "", "write to `FILE` (atomically) instead of stdout")
	timeout := fs.Duration("timeout", time.Minute, "time limit for the SVG layout")
	if code, ok := e.parseNone(fs, args); !ok {
		return code
	}
	if !slices.Contains([]string{"text", "markdown", "json", "svg"}, *format) {
		return e.badChoice("diff", "format", *format, []string{"text", "markdown", "json", "svg"})
	}
	if err := diff.CheckMatch(*match); err != nil {
		return e.specError("diff", "--match", err)
	}
	if *specA == "" && *specB == "" && *dataB == "" {
		return e.usageError("diff", "give two views (--a SPEC --b SPEC) or another data folder (--data-b DIR)")
	}
	kbA := e.load()
	if kbA == nil {
		return exitData
	}
	kbB := kbA
	if *dataB != "" {
		sb := *seedsB
		if sb == "" {
			sb = filepath.Join(filepath.Dir(filepath.Clean(*dataB)), "seeds")
			if st, err := os.Stat(sb); err != nil || !st.IsDir() {
				sb = e.seeds
			}
		}
		other := &env{data: *dataB, seeds: sb, stdout: e.stdout, stderr: e.stderr}
		if kbB = other.load(); kbB == nil {
			return exitData
		}
	}
	va, err := diff.ParseSpec(*specA)
	if err == nil {
		err = kbA.Check(va)
	}
	if err != nil {
		return e.specError("diff", "--a", err)
	}
	vb, err := diff.ParseSpec(*specB)
	if err == nil {
		err = kbB.Check(vb)
	}
	if err != nil {
		return e.specError("diff", "--b", err)
	}
	na, nb := kbA.Network(va), kbB.Network(vb)
	r := diff.Compare(na, nb, diff.Options{Match: *match, Seed: *seed, KBA: kbA, KBB: kbB})
	if *format != "svg" {
		return e.write("diff", *out, func(w io.Writer) error { return export.Diff(w, r, *format) })
	}
	rd := renderer(*timeout)
	ta, _ := export.ViewTitle(kbA, va)
	tb, _ := export.ViewTitle(kbB, vb)
	title := "What changed: " + ta + " → " + tb
	var src bytes.Buffer
	if err := export.DiffDOT(&src, r, na, nb, title, nil); err != nil {
		fmt.Fprintf(e.stderr, "kg diff: %v\n", err)
		return exitData
	}
	svg, note, err := rd.SVG(src.Bytes())
	if err != nil {
		fmt.Fprintf(e.stderr, "kg diff: %v\n", err)
		return exitData
	}
	if note != "" {
		fmt.Fprintf(e.stderr, "kg diff: %s\n", note)
	}
	if code := e.write("diff", *out, func(w io.Writer) error { _, err := w.Write(svg); return err }); code != exitOK || *out == "" {
		return code
	}
	// the two views on the same positions, beside the diff
	pos, err := rd.Layout(graph.Union(na, nb))
	if err != nil {
		fmt.Fprintf(e.stderr, "kg diff: %v\n", err)
		return exitData
	}
	base := strings.TrimSuffix(*out, ".svg")
	for _, side := range []struct {
		suffix string
		kb     *graph.KB
		n      *graph.Network
	}{{"-a.svg", kbA, na}, {"-b.svg", kbB, nb}} {
		t, sub := export.ViewTitle(side.kb, side.n.View)
		var src bytes.Buffer
		if err := export.DOT(&src, side.n, export.DiagramOptions{Title: t, Subtitle: sub, Pos: pos}); err != nil {
			fmt.Fprintf(e.stderr, "kg diff: %v\n", err)
			return exitData
		}
		svg, _, err := rd.SVG(src.Bytes())
		if err != nil {
			fmt.Fprintf(e.stderr, "kg diff: %v\n", err)
			return exitData
		}
		if code := e.write("diff", base+side.suffix, func(w io.Writer) error { _, err := w.Write(svg); return err }); code != exitOK {
			return code
		}
	}
	fmt.Fprintf(e.stderr, "kg diff: wrote %s, %s-a.svg and %s-b.svg\n", *out, base, base)
	return exitOK
}

var extractKinds = []string{"mentions", "candidates", "coverage", "quality"}

func cmdExtract(e *env, args []string) int {
	fs := e.flags("extract", "mentions|candidates|coverage|quality", "Read the source texts (needs --corpus DIR or KG_CORPUS; docs/extraction.md):\n  mentions    each actor's mention count and lines per document\n  candidates  actor pairs named together, with a relation-type guess, printed\n              as commented-out draft claims (--doc required)\n  coverage    which curated claims a candidate supports, and the high-scoring\n              pairs with no curated claim: the curator's worklist (--doc)\n  quality     recall and precision of candidates against the curated claims")
	var docs listFlag
	fs.Var(&docs, "doc", "document `ID` (repeatable for mentions)")
	format := fs.String("format", "table", "output `format`: table or json (mentions, coverage)")
	window := fs.Int("window", 0, "lines either side that count as together (0: the default, 2; -1: same line)")
	limit := fs.Int("limit", 50, "candidates to print at most (0: all)")
	pos, code, ok := e.parse(fs, args)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return e.usageError("extract", "want one of %s", strings.Join(extractKinds, ", "))
	}
	what := pos[0]
	if !slices.Contains(extractKinds, what) {
		return e.badChoice("extract", "kind", what, extractKinds)
	}
	if *format != "table" && *format != "json" {
		return e.badChoice("extract", "format", *format, []string{"table", "json"})
	}
	if (what == "candidates" || what == "coverage") && len(docs) != 1 {
		return e.usageError("extract", "%s needs one --doc ID", what)
	}
	if e.corpus == "" {
		return e.usageError("extract", "the source texts are needed: give --corpus DIR or set KG_CORPUS")
	}
	kb := e.load()
	if kb == nil {
		return exitData
	}
	for _, d := range docs {
		if err := kb.Check(graph.View{Documents: []string{d}}); err != nil {
			return e.specError("extract", "--doc", err)
		}
	}
	c, err := extract.OpenCorpus(e.corpus)
	if err != nil {
		fmt.Fprintf(e.stderr, "kg extract: %v\n", err)
		return exitUsage
	}
	opt := extract.CandidateOptions{Window: *window}
	var werr error
	switch what {
	case "mentions":
		m, err := extract.Mentions(kb, c, docs)
		if err != nil {
			werr = err
			break
		}
		werr = extract.WriteMentions(e.stdout, m, *format)
	case "candidates":
		cands, err := extract.Candidates(kb, c, docs[0], opt)
		if err != nil {
			werr = err
			break
		}
		werr = extract.WriteCandidates(e.stdout, kb, docs[0], cands, *limit)
	case "coverage":
		r, err := extract.Coverage(kb, c, docs[0], opt)
		if err != nil {
			werr = err
			break
		}
		werr = extract.WriteCoverage(e.stdout, r, *format)
	case "quality":
		rows, err := extract.Quality(kb, c, opt)
		if err != nil {
			werr = err
			break
		}
		werr = extract.WriteQuality(e.stdout, rows)
	}
	if werr != nil {
		fmt.Fprintf(e.stderr, "kg extract: %v\n", werr)
		return exitData
	}
	return exitOK
}
