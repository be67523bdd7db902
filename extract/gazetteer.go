package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// Gazetteer finds actors' names and aliases in normalized text. All forms
// are compiled into one Aho-Corasick automaton, so a line is read once
// whatever the number of forms.
type Gazetteer struct {
	forms  []form   // by priority: longer first, then by text
	actors []string // ids of the actors that have a form, sorted
	auto   *automaton
}

type form struct {
	actor string // of the actors with this form, the first by id
	ai    int    // index of actor in Gazetteer.actors
	text  string // normalized
	latin bool   // Latin script: plain word boundaries
}

// NewGazetteer collects every name and alias of every actor, normalized.
// Forms shorter than two letters are skipped: they would match everywhere.
func NewGazetteer(kb *graph.KB) *Gazetteer {
	type entry struct{ actor, text string }
	var all []entry
	add := func(actor, s string) {
		if n := Normalize(s); utf8.RuneCountInString(n) >= 2 {
			all = append(all, entry{actor, n})
		}
	}
	for _, a := range kb.Actors {
		for _, lang := range sortedKeys(a.Names) {
			add(a.ID, a.Names[lang])
		}
		for _, lang := range sortedKeys(a.Aliases) {
			for _, s := range a.Aliases[lang] {
				add(a.ID, s)
			}
		}
	}
	// Longer forms first, so that where two forms match at one place the
	// longer one wins; where two actors share a form, the first by id.
	slices.SortFunc(all, func(a, b entry) int {
		return cmp.Or(cmp.Compare(len(b.text), len(a.text)), strings.Compare(a.text, b.text), strings.Compare(a.actor, b.actor))
	})
	g := &Gazetteer{}
	var texts []string
	for i, e := range all {
		if i > 0 && all[i-1].text == e.text {
			continue
		}
		g.forms = append(g.forms, form{actor: e.actor, text: e.text, latin: isLatin(e.text)})
		texts = append(texts, e.text)
		g.actors = append(g.actors, e.actor)
	}
	slices.Sort(g.actors)
	g.actors = slices.Compact(g.actors)
	for i := range g.forms {
		g.forms[i].ai, _ = slices.BinarySearch(g.actors, g.forms[i].actor)
	}
	g.auto = newAutomaton(texts)
	return g
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func isLatin(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) && r >= 0x0250 {
			return false
		}
	}
	return true
}

// Match is one mention: an actor's form found at byte offsets [Start, End)
// of a normalized line.
type Match struct {
	Actor      string
	Start, End int
}

// Find returns the mentions in a normalized line, in order of position.
// Where matches overlap, the longer form wins (between forms of one length,
// the first in byte order), and a form that fails its word boundaries
// claims nothing.
func (g *Gazetteer) Find(line string) []Match {
	var sc scratch
	var out []Match
	for _, h := range g.find(line, &sc) {
		out = append(out, Match{Actor: g.forms[h.pat].actor, Start: int(h.start), End: int(h.end)})
	}
	return out
}

// Mentions returns the set of actors mentioned in a normalized line.
func (g *Gazetteer) Mentions(line string) map[string]bool {
	set := map[string]bool{}
	for _, m := range g.Find(line) {
		set[m.Actor] = true
	}
	return set
}

// scratch holds buffers reused from line to line.
type scratch struct {
	hits, kept []hit
}

// find returns the accepted matches of line, in order of position, in a
// slice that lives in sc until the next call.
func (g *Gazetteer) find(line string, sc *scratch) []hit {
	sc.hits = g.auto.appendHits(sc.hits[:0], line)
	valid := sc.hits[:0]
	for _, h := range sc.hits {
		f := &g.forms[h.pat]
		if boundaryBefore(line, int(h.start), f.latin) && boundaryAfter(line, int(h.end), f.latin) {
			valid = append(valid, h)
		}
	}
	sc.kept = resolve(sc.kept[:0], valid)
	return sc.kept
}

// resolve keeps, of hits that may overlap, those that no earlier hit in
// priority order (pattern index, then position) overlaps, and returns them
// in order of position. Nearly every line has at most a few hits.
func resolve(kept, hits []hit) []hit {
	if len(hits) <= 1 {
		return append(kept, hits...)
	}
	slices.SortFunc(hits, func(a, b hit) int { return cmp.Or(cmp.Compare(a.pat, b.pat), cmp.Compare(a.start, b.start)) })
next:
	for _, h := range hits {
		for _, k := range kept {
			if h.start < k.end && k.start < h.end {
				continue next
			}
		}
		kept = append(kept, h)
	}
	slices.SortFunc(kept, func(a, b hit) int { return cmp.Compare(a.start, b.start) })
	return kept
}

// isWordRune reports whether r belongs to a word: a letter, digit or mark.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	case r >= 0x0600 && r <= 0x06FF:
		return arabicWord[r-0x0600]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// arabicWord caches isWordRune for the Arabic block.
var arabicWord = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
	}
	return t
}()

// prefixes are the Arabic-script clitics that may stand before a name, in
// normalized form: an optional conjunction (و, ف), an optional preposition
// (ب, ل, ک) and an optional article (ال), with ل + ال written لل.
var prefixes = func() map[string]bool {
	out := map[string]bool{"": true}
	for _, conj := range []string{"", "و", "ف"} {
		for _, prep := range []string{"", "ب", "ل", "ک"} {
			for _, art := range []string{"", "ال"} {
				if prep == "ل" && art == "ال" {
					out[conj+"لل"] = true
				} else {
					out[conj+prep+art] = true
				}
			}
		}
	}
	return out
}()

// suffixList are the endings that may follow a name: Persian plural,
// ezafe, adjective and pronoun endings; Arabic nisba, dual, plural and
// pronoun endings. Normalized forms (teh marbuta is folded to heh).
var suffixList = []string{"هایی", "های", "ها", "یان", "یون", "یین", "یه", "ییها", "یی", "ای", "ان", "ین", "ات",
	"شان", "مان", "تان", "هما", "هم", "ش", "ی", "ه"}

// suffixes holds what may follow a name up to the end of its word: nothing,
// one ending, or two (عراقی + ها).
var suffixes = func() map[string]bool {
	out := map[string]bool{"": true}
	for _, a := range suffixList {
		out[a] = true
		for _, b := range suffixList {
			out[a+b] = true
		}
	}
	return out
}()

// affixBytes bounds the length of an affix string, in bytes.
var affixBytes = func() int {
	n := 0
	for s := range prefixes {
		n = max(n, len(s))
	}
	for s := range suffixes {
		n = max(n, len(s))
	}
	return n
}()

// boundaryBefore reports whether a name may start at s[i]: at the start of
// a word or, in Arabic script, after clitics that make up the rest of the
// word's start.
func boundaryBefore(s string, i int, latin bool) bool {
	j := i
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) {
			break
		}
		if latin || i-(j-n) > affixBytes {
			return false
		}
		j -= n
	}
	return j == i || prefixes[s[j:i]]
}

// boundaryAfter reports whether a name may end at s[i]: at the end of a word
// or, in Arabic script, before endings that make up the rest of the word.
func boundaryAfter(s string, i int, latin bool) bool {
	j := i
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			break
		}
		if latin || j+n-i > affixBytes {
			return false
		}
		j += n
	}
	return j == i || suffixes[s[i:j]]
}
