package extract

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"kg/graph"
)

// Gazetteer finds actors' names and aliases in normalized text.
type Gazetteer struct {
	forms []form
}

type form struct {
	actor string
	text  string // normalized
	latin bool   // Latin script: plain word boundaries
}

// NewGazetteer collects every name and alias of every actor, normalized.
// Forms shorter than two letters are skipped: they would match everywhere.
func NewGazetteer(kb *graph.KB) *Gazetteer {
	g := &Gazetteer{}
	seen := map[[2]string]bool{}
	add := func(actor, s string) {
		n := Normalize(s)
		if utf8.RuneCountInString(n) < 2 || seen[[2]string{actor, n}] {
			return
		}
		seen[[2]string{actor, n}] = true
		g.forms = append(g.forms, form{actor: actor, text: n, latin: isLatin(n)})
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
	// longer one wins.
	slices.SortStableFunc(g.forms, func(a, b form) int {
		return cmp.Or(cmp.Compare(len(b.text), len(a.text)), cmp.Compare(a.text, b.text), cmp.Compare(a.actor, b.actor))
	})
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

// Find returns the mentions in a normalized line, in order of position;
// overlapping matches keep the longest form.
func (g *Gazetteer) Find(line string) []Match {
	var out []Match
	taken := func(s, e int) bool {
		for _, m := range out {
			if s < m.End && m.Start < e {
				return true
			}
		}
		return false
	}
	for _, f := range g.forms {
		for off := 0; off < len(line); {
			i := strings.Index(line[off:], f.text)
			if i < 0 {
				break
			}
			s, e := off+i, off+i+len(f.text)
			off = s + 1
			if !boundaryBefore(line, s, f.latin) || !boundaryAfter(line, e, f.latin) || taken(s, e) {
				continue
			}
			out = append(out, Match{Actor: f.actor, Start: s, End: e})
		}
	}
	slices.SortFunc(out, func(a, b Match) int { return cmp.Compare(a.Start, b.Start) })
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

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

// Arabic-script clitics that may stand before a name: the conjunctions and
// prepositions that attach to the next word, and the Arabic article with
// them. Normalized forms.
var prefixes = []string{"وال", "بال", "فال", "کال", "لل", "ال", "و", "ف", "ب", "ل", "ک"}

// Suffixes that may follow a name: Persian plural, ezafe, adjective and
// pronoun endings; Arabic nisba, plural and pronoun endings. Normalized
// forms (teh marbuta is folded to heh).
var suffixes = []string{"هایی", "های", "ها", "یان", "یون", "یین", "یه", "ییها", "یی", "ای", "ان", "ین", "ات",
	"شان", "مان", "تان", "هم", "ش", "ی", "ه"}

func boundaryBefore(s string, i int, latin bool) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	if !isWordRune(r) {
		return true
	}
	if latin {
		return false
	}
	for _, p := range prefixes {
		if strings.HasSuffix(s[:i], p) {
			j := i - len(p)
			if j == 0 {
				return true
			}
			if r, _ := utf8.DecodeLastRuneInString(s[:j]); !isWordRune(r) {
				return true
			}
		}
	}
	return false
}

func boundaryAfter(s string, i int, latin bool) bool {
	if i == len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	if !isWordRune(r) {
		return true
	}
	if latin {
		// English possessive without apostrophe is not a thing; plural -s is.
		return false
	}
	for _, suf := range suffixes {
		if strings.HasPrefix(s[i:], suf) {
			j := i + len(suf)
			if j == len(s) {
				return true
			}
			if r, _ := utf8.DecodeRuneInString(s[j:]); !isWordRune(r) {
				return true
			}
		}
	}
	return false
}
