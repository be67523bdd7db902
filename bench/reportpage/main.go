// Command reportpage writes HTML report pages for the benchmark of
// bench/reportpage/run.sh: the repository's combined view with kg's own
// positions (neato on the union of all modalities, as the diagrams), and a
// generated knowledge base of -actors actors and -claims claims (about as
// many ties), with and without positions. The generated view is laid out
// with sfdp: neato took 698 s on it here (on a loaded machine), sfdp
// seconds, and the diagrams choose sfdp past 1,000 actors.
//
//	go run ./bench/reportpage -o DIR [-actors 1000] [-claims 10300]
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"kg/bench/kbgen"
	"kg/export/diagram"
	"kg/export/report"
	"kg/graph"
)

func main() {
	out := flag.String("o", "", "output `folder` (required)")
	actors := flag.Int("actors", 1000, "actors of the generated knowledge base")
	claims := flag.Int("claims", 10300, "claims of the generated knowledge base")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: reportpage -o DIR [-actors N] [-claims N]")
		os.Exit(2)
	}
	if err := run(*out, *actors, *claims); err != nil {
		fmt.Fprintln(os.Stderr, "reportpage:", err)
		os.Exit(1)
	}
}

func run(out string, actors, claims int) error {
	kb, err := graph.Load(graph.Options{DataDir: "data", SeedsDir: "seeds"})
	if err != nil {
		return err
	}
	if err := write(filepath.Join(out, "repo.html"), kb, "neato"); err != nil {
		return err
	}
	gen := filepath.Join(out, "kb")
	if err := kbgen.Write(gen, kbgen.Size{Actors: actors, Claims: claims, Files: 10, Seed: 1}); err != nil {
		return err
	}
	kb, err = graph.Load(graph.Options{DataDir: filepath.Join(gen, "data"), SeedsDir: filepath.Join(gen, "seeds")})
	if err != nil {
		return err
	}
	if err := write(filepath.Join(out, "generated-nopos.html"), kb, ""); err != nil {
		return err
	}
	return write(filepath.Join(out, "generated.html"), kb, "sfdp")
}

func write(path string, kb *graph.KB, engine string) error {
	opts := report.Options{Title: filepath.Base(path)}
	if engine != "" {
		t0 := time.Now()
		p, err := layout(kb.Network(graph.View{AllModalities: true}), engine)
		if err != nil {
			return err
		}
		opts.Positions = p
		fmt.Fprintf(os.Stderr, "%s: %s layout %.1f s\n", filepath.Base(path), engine, time.Since(t0).Seconds())
	}
	t0 := time.Now()
	d, err := report.Build(kb, graph.View{}, opts)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := report.Write(f, d); err != nil {
		f.Close()
		return err
	}
	fmt.Fprintf(os.Stderr, "%s: %d actors, %d ties, %d claims in the view; Build and Write %.1f s\n",
		filepath.Base(path), d.Network.Actors, d.Network.Ties, d.Network.Claims, time.Since(t0).Seconds())
	return f.Close()
}

// layout is export.Renderer.Layout with a choice of engine: neato as kg's
// diagrams lay out pinned views, or sfdp for large ones.
func layout(n *graph.Network, engine string) (map[string][2]float64, error) {
	if engine == "neato" {
		return diagram.Renderer{}.Layout(n)
	}
	// the graph alone, without labels or legend: the diagram's DOT with
	// 10,000 labelled edges kept sfdp busy for more than 12 minutes here
	var dot bytes.Buffer
	fmt.Fprintf(&dot, "graph g {\n\tlayout=%s\n\toverlap=false\n\tsplines=false\n\tnode [label=\"\", shape=circle, width=0.3]\n", engine)
	for _, a := range n.Actors {
		fmt.Fprintf(&dot, "\t%q\n", a.ID)
	}
	for _, t := range n.Ties {
		fmt.Fprintf(&dot, "\t%q -- %q\n", t.Source, t.Target)
	}
	dot.WriteString("}\n")
	plain, err := diagram.Renderer{}.Render(dot.Bytes(), "plain")
	if err != nil {
		return nil, err
	}
	pos := map[string][2]float64{}
	for _, line := range strings.Split(string(plain), "\n") {
		f := strings.Fields(line)
		if len(f) < 4 || f[0] != "node" {
			continue
		}
		if id, err := strconv.Unquote(f[1]); err == nil {
			f[1] = id // plain output quotes names such as "actor-12"
		}
		if n.Index(f[1]) < 0 {
			continue
		}
		x, err1 := strconv.ParseFloat(f[2], 64)
		y, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("cannot read %q", line)
		}
		pos[f[1]] = [2]float64{x, y}
	}
	if len(pos) != len(n.Actors) {
		return nil, fmt.Errorf("%s gave positions for %d of %d actors", engine, len(pos), len(n.Actors))
	}
	return pos, nil
}
