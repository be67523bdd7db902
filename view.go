package main

import (
	"flag"
	"fmt"
	"strings"

	"kg/graph"
)

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

// network loads the knowledge base and builds the view's network. An empty
// view is not an error: it says so on stderr and gives an empty network.
func (e *env) network(vf *viewFlags) (*graph.KB, *graph.Network, error) {
	kb, err := e.load()
	if err != nil {
		return nil, nil, err
	}
	v, err := vf.view(kb)
	if err != nil {
		return nil, nil, badValue(err)
	}
	n := kb.Network(v)
	if n.Empty() {
		e.notef("the view (%s) selects no claims", v)
	}
	return kb, n, nil
}
