package main

import (
	"flag"
	"strings"

	"kg/graph"
)

// viewFlags are the flags that select a view, the same on every command that
// reads the graph.
type viewFlags struct {
	docs, types, cats, signs, modalities listFlag
	folds                                listFlag
	era, at                              string
	minConf                              *choiceFlag[graph.Confidence]
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

// viewModalities are the modalities of --modality, and "all" (the zero
// Modality).
var viewModalities = func() *choices[graph.Modality] {
	c := enumChoices("modality", graph.Modalities())
	c.items = append(c.items, choice[graph.Modality]{"all", 0})
	return c
}()

// folds are the values of --fold (graph.ParseFold combines them).
var folds = names("fold", "persons", "parties", "regions", "all", "none")

// viewHelp is the paragraph on view flags in the help of every command that
// reads the graph.
var viewHelp = wrap("View flags select the claims: --doc ID (repeatable), --era ID, --at DATE, "+
	"--type ID, --category NAME, --sign "+strings.Join(signs.names(), "|")+
	", --modality "+strings.Join(viewModalities.names(), "|")+" (default asserted), "+
	"--min-confidence "+strings.Join(confidences.names(), "|")+
	", --fold "+strings.Join(folds.names(), "|")+" (comma-separated; default none).", 78)

// wrap breaks text into lines of at most width bytes at spaces.
func wrap(text string, width int) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(text) {
		if i > 0 && n+1+len(w) > width {
			b.WriteByte('\n')
			n = 0
		} else if i > 0 {
			b.WriteByte(' ')
			n++
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}

func addViewFlags(fs *flag.FlagSet) *viewFlags {
	v := &viewFlags{}
	fs.Var(&v.docs, "doc", "only claims of document `ID` (repeatable)")
	fs.StringVar(&v.era, "era", "", "only claims whose time overlaps era `ID`")
	fs.StringVar(&v.at, "at", "", "only claims whose time contains `DATE` (YYYY, YYYY-MM or YYYY-MM-DD)")
	fs.Var(&v.types, "type", "only relation type `ID` (repeatable)")
	fs.Var(&v.cats, "category", "only relation category `NAME` (repeatable): "+categories.alternatives())
	fs.Var(&v.signs, "sign", "only ties of `SIGN` (comma-separated): "+signs.alternatives())
	fs.Var(&v.modalities, "modality", "`MODALITY` (comma-separated; default asserted): "+viewModalities.alternatives())
	v.minConf = confidences.flag(fs, "min-confidence", "low", "lowest `CONFIDENCE` kept")
	fs.Var(&v.folds, "fold", "replace actors of these `KINDS` by their part_of ancestor (comma-separated; default none): "+folds.alternatives())
	return v
}

// view turns the flags into a graph.View; the ids it names are checked
// against a knowledge base by KB.Check.
func (vf *viewFlags) view() (graph.View, error) {
	v := graph.View{Documents: vf.docs, Era: vf.era, Types: vf.types}
	if vf.at != "" {
		d, err := graph.ParseDate(vf.at)
		if err != nil {
			return v, badFlag("--at", err)
		}
		v.At = d
	}
	for _, c := range vf.cats {
		cat, err := categories.parse(c)
		if err != nil {
			return v, err
		}
		v.Categories = append(v.Categories, cat)
	}
	for _, s := range vf.signs {
		sg, err := signs.parse(s)
		if err != nil {
			return v, err
		}
		v.Signs = append(v.Signs, sg)
	}
	mods := vf.modalities
	if len(mods) == 0 {
		mods = []string{graph.Asserted.String()}
	}
	for _, m := range mods {
		mod, err := viewModalities.parse(m)
		if err != nil {
			return v, err
		}
		if mod == 0 {
			v.AllModalities = true
			continue
		}
		v.Modalities = append(v.Modalities, mod)
	}
	if v.AllModalities && len(v.Modalities) > 0 {
		return v, usagef("--modality all cannot be combined with other modalities")
	}
	c, err := vf.minConf.value()
	if err != nil {
		return v, err
	}
	v.MinConfidence = c
	for _, f := range vf.folds {
		if _, err := folds.parse(f); err != nil {
			return v, err
		}
	}
	if len(vf.folds) > 0 {
		if v.Fold, err = graph.ParseFold(strings.Join(vf.folds, ",")); err != nil {
			return v, usagef("%v", err)
		}
	}
	return v, nil
}

// network loads the knowledge base and builds the view's network. An empty
// view is not an error: it says so on stderr and gives an empty network.
func (e *env) network(vf *viewFlags) (*graph.KB, *graph.Network, error) {
	v, err := vf.view()
	if err != nil {
		return nil, nil, err
	}
	kb, err := e.load()
	if err != nil {
		return nil, nil, err
	}
	if err := kb.Check(v); err != nil {
		return nil, nil, badValue(err)
	}
	n := kb.Network(v)
	if len(n.SelfLoops) > 0 {
		e.notef("folding left out %s whose two actors fold into one", plural(len(n.SelfLoops), "claim"))
	}
	if n.Empty() {
		e.notef("the view (%s) selects no claims", v)
	}
	return kb, n, nil
}
