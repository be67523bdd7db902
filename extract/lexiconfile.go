package extract

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"kg/graph"
)

// LexiconFile is the name of the cue lexicon in a data folder.
const LexiconFile = "lexicon.yaml"

var (
	cueTypeRE = regexp.MustCompile(`^[a-z0-9][a-z0-9-]*$`)
	cueLangRE = regexp.MustCompile(`^[a-z]{2,3}$`)
)

// ReadLexicon reads a cue lexicon (data/lexicon.yaml; docs/extraction.md
// describes the format). path names the file in messages. Every problem
// is reported, as a graph.ErrorList positioned at the value at fault.
func ReadLexicon(path string, data []byte) (*Lexicon, error) {
	var errs graph.ErrorList
	at := func(n *yaml.Node) graph.Pos { return graph.Pos{File: path, Line: n.Line, Col: n.Column} }
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, after, ok := strings.Cut(rest, ": "); ok {
				if l, err := strconv.Atoi(n); err == nil {
					line, msg = l, after
				}
			}
		}
		errs.Add(graph.Pos{File: path, Line: line}, "YAML syntax error: %s", msg)
		return nil, errs
	}
	lex := &Lexicon{words: map[string]bool{}}
	if len(doc.Content) == 0 {
		errs.Add(graph.Pos{File: path}, "the file is empty (want a mapping with the key cues)")
		return nil, errs
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		errs.Add(at(root), "want a mapping with the key cues")
		return nil, errs
	}
	var cues *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		if k.Value != "cues" {
			e := errs.Add(at(k), "unknown key %q (want cues)", k.Value)
			e.Hint = graph.Suggest(k.Value, []string{"cues"})
			continue
		}
		cues = v
	}
	if cues == nil {
		errs.Add(at(root), "no cues key")
		return nil, errs
	}
	if cues.Kind != yaml.SequenceNode {
		errs.Add(at(cues), "cues must be a list of entries")
		return nil, errs
	}
	if alias := findAlias(&doc); alias != nil {
		errs.Add(at(alias), "YAML aliases are not supported in the lexicon")
		return nil, errs
	}
	keys := []string{"type", "category", "weight", "note"}
	for _, n := range cues.Content {
		if n.Kind != yaml.MappingNode {
			errs.Add(at(n), "a cue entry must be a mapping with type, category, weight and word lists")
			continue
		}
		e := cueEntry{pos: at(n), words: map[string][]string{}}
		var hasType, hasCat, hasWeight bool
		before := len(errs)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			switch k.Value {
			case "type":
				hasType = true
				if v.Kind != yaml.ScalarNode || !cueTypeRE.MatchString(v.Value) {
					errs.Add(at(v), "type must be a relation type id (lowercase letters, digits and hyphens), not %q", v.Value)
					continue
				}
				e.typ = v.Value
			case "category":
				hasCat = true
				c, err := graph.ParseCategory(v.Value)
				if err != nil || v.Kind != yaml.ScalarNode {
					var names []string
					for _, c := range graph.Categories() {
						names = append(names, c.String())
					}
					er := errs.Add(at(v), "unknown category %q (want %s)", v.Value, strings.Join(names, ", "))
					er.Hint = graph.Suggest(v.Value, names)
					continue
				}
				e.cat = c
			case "weight":
				hasWeight = true
				w, err := strconv.ParseFloat(v.Value, 64)
				if v.Kind != yaml.ScalarNode || err != nil || !(w > 0 && w <= 1) {
					errs.Add(at(v), "weight must be a number more than 0 and at most 1, not %q", v.Value)
					continue
				}
				e.weight = w
			case "note":
				if v.Kind != yaml.ScalarNode {
					errs.Add(at(v), "note must be text")
				}
			default:
				if !cueLangRE.MatchString(k.Value) {
					er := errs.Add(at(k), "unknown key %q (want %s, or a language code such as fa, ar, en)", k.Value, strings.Join(keys, ", "))
					er.Hint = graph.Suggest(k.Value, keys)
					continue
				}
				if _, dup := e.words[k.Value]; dup {
					errs.Add(at(k), "%s given twice in one entry", k.Value)
					continue
				}
				e.words[k.Value] = readCueWords(v, k.Value, at, &errs)
			}
		}
		bad := len(errs) > before // the entry's own values are wrong
		if !hasType {
			errs.Add(e.pos, "cue entry has no type")
		}
		if !hasCat {
			errs.Add(e.pos, "cue entry %q has no category (the fallback when the knowledge base lacks the type)", e.typ)
		}
		if !hasWeight {
			errs.Add(e.pos, "cue entry %q has no weight", e.typ)
		}
		n := 0
		for _, ws := range e.words {
			n += len(ws)
		}
		if n == 0 && !bad {
			errs.Add(e.pos, "cue entry %q has no words (give a list per language: fa, ar, en)", e.typ)
		}
		for _, ws := range e.words {
			for _, w := range ws {
				lex.words[Normalize(strings.TrimSuffix(w, "*"))] = true
			}
		}
		lex.entries = append(lex.entries, e)
	}
	if len(errs) > 0 {
		errs.Sort()
		return nil, errs
	}
	return lex, nil
}

// readCueWords reads one language's list of words.
func readCueWords(v *yaml.Node, lang string, at func(*yaml.Node) graph.Pos, errs *graph.ErrorList) []string {
	if v.Kind != yaml.SequenceNode {
		errs.Add(at(v), "%s must be a list of words", lang)
		return nil
	}
	var out []string
	for _, w := range v.Content {
		text := strings.TrimSpace(w.Value)
		switch {
		case w.Kind != yaml.ScalarNode:
			errs.Add(at(w), "%s: a word must be text", lang)
		case Normalize(strings.TrimSuffix(text, "*")) == "":
			errs.Add(at(w), "%s: empty word %q", lang, w.Value)
		case strings.Contains(strings.TrimSuffix(text, "*"), "*"):
			errs.Add(at(w), "%s: %q: \"*\" may only end a word (it matches every word the rest begins)", lang, w.Value)
		default:
			out = append(out, text)
		}
	}
	return out
}

func findAlias(n *yaml.Node) *yaml.Node {
	if n.Kind == yaml.AliasNode {
		return n
	}
	for _, c := range n.Content {
		if a := findAlias(c); a != nil {
			return a
		}
	}
	return nil
}

// Languages lists the languages the lexicon has words in, sorted.
func (lex *Lexicon) Languages() []string {
	seen := map[string]bool{}
	for _, e := range lex.entries {
		for l := range e.words {
			seen[l] = true
		}
	}
	out := make([]string, 0, len(seen))
	for l := range seen {
		out = append(out, l)
	}
	slices.Sort(out)
	return out
}

// Len is the number of words in the lexicon, in every language.
func (lex *Lexicon) Len() int {
	n := 0
	for _, e := range lex.entries {
		for _, ws := range e.words {
			n += len(ws)
		}
	}
	return n
}

func (lex *Lexicon) String() string {
	return fmt.Sprintf("cue lexicon: %d entries, %d words", len(lex.entries), lex.Len())
}
