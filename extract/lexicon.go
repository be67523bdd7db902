package extract

import (
	"cmp"
	"slices"
	"strings"

	"kg/graph"
)

// Lexicon is a relation cue lexicon: for relation types, the words of the
// texts that signal them, per language, with a weight. kg's own is
// data/lexicon.yaml; docs/extraction.md describes the format. Read one with
// ReadLexicon.
type Lexicon struct {
	entries []cueEntry
	words   map[string]bool // every word, normalized, in every language
}

// cueEntry is one entry of a lexicon: a relation type's cue words by
// language. Words are written as texts spell them and normalized when a
// lexicon is compiled, so letter variants, tatweel and zero-width
// non-joiners need not be listed. Persian and Arabic words match with the
// same affixes as actors' names (والتحالف, تحریم‌ها); a word ending in "*"
// matches every word it begins (cooperat* matches cooperation and
// cooperating).
type cueEntry struct {
	typ    string         // relation type id in data/relation-types.yaml
	cat    graph.Category // used when the knowledge base has no type typ
	weight float64        // how strongly the words signal the type, 0..1
	words  map[string][]string
	pos    graph.Pos
}

// lexicon is the cue lexicon compiled for a set of languages and resolved
// against a knowledge base's relation types.
type lexicon struct {
	cues []cueWord // by priority: longer first
	auto *automaton
}

type cueWord struct {
	text   string // normalized, without the stem mark
	typ    string // relation type id in the knowledge base
	weight float64
	latin  bool
	stem   bool // matches the start of longer words
}

// cueHit is a cue found in a normalized line.
type cueHit struct {
	cue        *cueWord
	start, end int
}

// newLexicon compiles the words of the given languages ("fa", "ar", "en");
// words whose type the knowledge base lacks fall back to its first type of
// the same category, or are left out.
func newLexicon(kb *graph.KB, lex *Lexicon, langs ...string) *lexicon {
	byCat := map[graph.Category]string{}
	for _, t := range kb.Types {
		if _, ok := byCat[t.Category]; !ok {
			byCat[t.Category] = t.ID
		}
	}
	seen := map[string]bool{}
	var words []cueWord
	for _, e := range lex.entries {
		typ := e.typ
		if _, ok := kb.TypeByID[typ]; !ok {
			if typ = byCat[e.cat]; typ == "" {
				continue
			}
		}
		for _, lang := range langs {
			for _, w := range e.words[lang] {
				stem := strings.HasSuffix(w, "*")
				n := Normalize(strings.TrimSuffix(w, "*"))
				if n == "" || seen[n] {
					continue
				}
				seen[n] = true
				words = append(words, cueWord{text: n, typ: typ, weight: e.weight, latin: isLatin(n), stem: stem})
			}
		}
	}
	// longer first; the sort is stable, so among equals the lexicon order
	// holds
	slices.SortStableFunc(words, func(a, b cueWord) int { return cmp.Compare(len(b.text), len(a.text)) })
	lx := &lexicon{cues: words}
	texts := make([]string, len(words))
	for i, w := range words {
		texts[i] = w.text
	}
	lx.auto = newAutomaton(texts)
	return lx
}

// find returns the cues in a normalized line, in order of position; where
// cues overlap, the longer wins.
func (lx *lexicon) find(line string, sc *scratch) []cueHit {
	sc.hits = lx.auto.appendHits(sc.hits[:0], line)
	valid := sc.hits[:0]
	for _, h := range sc.hits {
		w := &lx.cues[h.pat]
		if boundaryBefore(line, int(h.start), w.latin) && (w.stem || boundaryAfter(line, int(h.end), w.latin)) {
			valid = append(valid, h)
		}
	}
	sc.kept = resolve(sc.kept[:0], valid)
	out := make([]cueHit, len(sc.kept))
	for i, h := range sc.kept {
		out[i] = cueHit{cue: &lx.cues[h.pat], start: int(h.start), end: int(h.end)}
	}
	return out
}
