package extract

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"kg/graph"
)

// Alias checks. An alias is a name the texts use for an actor; an ordinary
// word or a fragment of a longer name makes false mentions, which feed
// candidates, coverage and evidence notes. AliasPrecision measures every
// alias on the corpus and reports the suspicious ones (docs/extraction.md,
// "Alias precision").

// Defaults of AliasOptions, chosen on the five documents of the corpus
// (docs/extraction.md gives the figures).
const (
	// AliasWindow is how many lines either side of a claim's evidence
	// span still count as near it: the cited span is often one sentence
	// of a paragraph that names the actor a few lines earlier.
	AliasWindow = 5
	// AliasMinLines is the fewest matched lines on which precision is
	// judged: below it one uncurated passage decides the figure.
	AliasMinLines = 5
	// AliasThreshold is the precision under which an alias is reported:
	// no actor's own name scores under 0.23 on the corpus, and the aliases
	// under 0.2 were ordinary words.
	AliasThreshold = 0.2
	// AliasInsideShare is the share of an alias's matches inside a longer
	// word (the word goes on after the alias, with an ending the gazetteer
	// allows) from which the alias is reported: on the corpus one alias
	// has 0.93, every other under 0.1.
	AliasInsideShare = 0.5
)

// AliasOptions tunes AliasPrecision. Zero values take the defaults above.
type AliasOptions struct {
	Window     int
	MinLines   int
	Threshold  float64
	InsideWord float64
}

func (o AliasOptions) withDefaults() AliasOptions {
	if o.Window <= 0 {
		o.Window = AliasWindow
	}
	if o.MinLines <= 0 {
		o.MinLines = AliasMinLines
	}
	if o.Threshold <= 0 {
		o.Threshold = AliasThreshold
	}
	if o.InsideWord <= 0 {
		o.InsideWord = AliasInsideShare
	}
	return o
}

// The problems AliasPrecision reports, in the order it lists them.
const (
	ProblemLowPrecision = "low-precision" // few matched lines near a claim of the actor
	ProblemInsideWord   = "inside-word"   // most matches inside one longer word
	ProblemInOtherName  = "in-other-name" // part of another actor's name or alias
	ProblemShared       = "shared"        // the same form as another actor's name or alias
)

// AliasFinding is one suspicious alias.
type AliasFinding struct {
	Problem string `json:"problem"`
	Actor   string `json:"actor"`
	// Alias is the alias as written in data/actors.yaml; spellings that
	// normalize to the same form (tatweel, letter variants) are joined
	// with " / ".
	Alias string `json:"alias"`
	// Matches counts the alias's mentions in the corpus, and Lines the
	// distinct lines they are on; Near counts the lines within the window
	// of a claim of the actor in the same document.
	Matches   int     `json:"matches"`
	Lines     int     `json:"lines"`
	Near      int     `json:"near"`
	Precision float64 `json:"precision"` // Near / Lines; 0 when there are no lines
	// Inside counts, for inside-word, the matches inside a longer word,
	// and Word is the commonest such word.
	Inside int    `json:"inside,omitempty"`
	Word   string `json:"word,omitempty"`
	// In lists, for in-other-name and shared, the other actors' forms
	// that hold the alias or equal it: "actor «form»", sorted.
	In       []string `json:"in,omitempty"`
	Examples []string `json:"examples"` // up to three "document:line"
}

// formUse is one actor's use of a normalized form: the spellings of its
// names and aliases that normalize to it.
type formUse struct {
	actor     string
	spellings []string // as written in data/actors.yaml, in file order
	name      bool     // one of them is a name, not an alias
}

func (u formUse) String() string { return u.actor + " «" + u.spellings[0] + "»" }

// formStats are the corpus figures of one normalized form.
type formStats struct {
	matches int
	lines   map[string][]int // document -> lines, in order
	inside  int              // matches the word goes on after
	words   map[string]int   // the whole word around such a match -> matches
	where   []string         // the first few "document:line" of such matches
}

// AliasPrecision measures every alias of every actor on the corpus and
// returns the suspicious ones, sorted by problem, actor and alias:
//
//   - low-precision: of the lines the alias matches (as the gazetteer
//     matches, longest form first), fewer than Threshold lie within Window
//     lines of the evidence of a claim of the actor (as source, target or
//     attributed_to) in the same document, on at least MinLines lines;
//   - inside-word: in at least InsideWord of its matches, and at least
//     MinLines, the word goes on after the alias with an Arabic-script
//     ending the gazetteer allows («الإقليم» inside «الإقليمي»): the alias
//     is mostly a piece of other words (a clitic before it, «و» or «ال»,
//     leaves the word what it is and does not count);
//   - in-other-name: it occurs, at word boundaries, inside a name or alias
//     of another actor («متحده» in «الامم المتحده»);
//   - shared: another actor has the same form.
//
// Names are measured too but not reported: they are the actors' own names,
// the baseline the threshold is set against.
func AliasPrecision(kb *graph.KB, c *Corpus, opt AliasOptions) ([]AliasFinding, error) {
	opt = opt.withDefaults()
	g := NewGazetteer(kb)
	uses := map[string][]formUse{} // normalized form -> its users
	for _, a := range kb.Actors {
		for _, lang := range sortedKeys(a.Names) {
			addUse(uses, a.ID, a.Names[lang], true)
		}
		for _, lang := range sortedKeys(a.Aliases) {
			for _, s := range a.Aliases[lang] {
				addUse(uses, a.ID, s, false)
			}
		}
	}
	stats := make([]formStats, len(g.forms))
	near := map[string]map[string][][2]int{} // actor -> document -> spans widened by the window
	for _, cl := range kb.Claims {
		for _, id := range []string{cl.Source, cl.Target, attributedActor(cl)} {
			if id == "" {
				continue
			}
			if near[id] == nil {
				near[id] = map[string][][2]int{}
			}
			for _, e := range cl.Evidence {
				near[id][cl.Document] = append(near[id][cl.Document], [2]int{e.Start - opt.Window, e.End + opt.Window})
			}
		}
	}
	for _, d := range kb.Documents {
		t, err := c.Text(d)
		if err != nil {
			return nil, err
		}
		var sc scratch
		for i := range t.Lines {
			line := t.Normalized(i + 1)
			for _, h := range g.find(line, &sc) {
				st := &stats[h.pat]
				st.matches++
				if st.lines == nil {
					st.lines = map[string][]int{}
				}
				if l := st.lines[d.ID]; len(l) == 0 || l[len(l)-1] != i+1 {
					st.lines[d.ID] = append(l, i+1)
				}
				if r, _ := utf8.DecodeRuneInString(line[h.end:]); int(h.end) < len(line) && isWordRune(r) {
					st.inside++
					if st.words == nil {
						st.words = map[string]int{}
					}
					st.words[wordAround(line, int(h.start), int(h.end))]++
					if len(st.where) < 3 {
						st.where = append(st.where, d.ID+":"+strconv.Itoa(i+1))
					}
				}
			}
		}
	}
	formIndex := map[string]int{}
	for i, f := range g.forms {
		formIndex[f.text] = i
	}
	var out []AliasFinding
	for _, text := range sortedKeys(uses) {
		fi, ok := formIndex[text]
		if !ok {
			continue // shorter than two letters: never matched
		}
		st := &stats[fi]
		for _, u := range uses[text] {
			if u.name {
				continue // the actor's own name: the baseline, not reported
			}
			base := AliasFinding{Actor: u.actor, Alias: strings.Join(u.spellings, " / "), Matches: st.matches}
			var examples, nearExamples []string
			for _, doc := range sortedKeys(st.lines) {
				for _, l := range st.lines[doc] {
					base.Lines++
					if isNear(near[u.actor][doc], l) {
						base.Near++
						nearExamples = append(nearExamples, doc+":"+strconv.Itoa(l))
					} else {
						examples = append(examples, doc+":"+strconv.Itoa(l))
					}
				}
			}
			if base.Lines > 0 {
				base.Precision = float64(base.Near) / float64(base.Lines)
			}
			if base.Lines >= opt.MinLines && base.Precision < opt.Threshold {
				f := base
				f.Problem, f.Examples = ProblemLowPrecision, first(examples, 3)
				out = append(out, f)
			}
			if st.inside >= opt.MinLines && float64(st.inside) >= opt.InsideWord*float64(st.matches) {
				f := base
				f.Problem, f.Inside, f.Examples = ProblemInsideWord, st.inside, first(st.where, 3)
				f.Word, _ = topWord(st.words)
				out = append(out, f)
			}
			var in, shared []string // sorted: uses by form, each form's users by actor
			for _, other := range sortedKeys(uses) {
				for _, v := range uses[other] {
					switch {
					case v.actor == u.actor:
					case other == text:
						shared = append(shared, v.String())
					case containsWord(other, text):
						in = append(in, v.String())
					}
				}
			}
			all := first(append(examples, nearExamples...), 3)
			if len(in) > 0 {
				f := base
				f.Problem, f.In, f.Examples = ProblemInOtherName, in, all
				out = append(out, f)
			}
			if len(shared) > 0 {
				f := base
				f.Problem, f.In, f.Examples = ProblemShared, shared, all
				out = append(out, f)
			}
		}
	}
	order := []string{ProblemLowPrecision, ProblemInsideWord, ProblemInOtherName, ProblemShared}
	slices.SortStableFunc(out, func(a, b AliasFinding) int {
		return cmp.Or(cmp.Compare(slices.Index(order, a.Problem), slices.Index(order, b.Problem)),
			cmp.Compare(a.Actor, b.Actor), cmp.Compare(a.Alias, b.Alias))
	})
	return out, nil
}

func addUse(uses map[string][]formUse, actor, s string, name bool) {
	n := Normalize(s)
	if utf8.RuneCountInString(n) < 2 {
		return
	}
	for i := range uses[n] {
		if u := &uses[n][i]; u.actor == actor {
			u.name = u.name || name
			if !slices.Contains(u.spellings, s) {
				u.spellings = append(u.spellings, s)
			}
			return
		}
	}
	uses[n] = append(uses[n], formUse{actor: actor, spellings: []string{s}, name: name})
}

func attributedActor(c *graph.Claim) string {
	if c.AttributedActor {
		return c.AttributedTo
	}
	return ""
}

func isNear(spans [][2]int, line int) bool {
	for _, s := range spans {
		if s[0] <= line && line <= s[1] {
			return true
		}
	}
	return false
}

// wordAround returns the whole word of line around the match [start, end).
func wordAround(line string, start, end int) string {
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(line[:start])
		if !isWordRune(r) {
			break
		}
		start -= n
	}
	for end < len(line) {
		r, n := utf8.DecodeRuneInString(line[end:])
		if !isWordRune(r) {
			break
		}
		end += n
	}
	return line[start:end]
}

// topWord returns the most frequent word, the first in byte order on a tie.
func topWord(words map[string]int) (string, int) {
	best, n := "", 0
	for _, w := range sortedKeys(words) {
		if words[w] > n {
			best, n = w, words[w]
		}
	}
	return best, n
}

// containsWord reports whether form occurs in s with the gazetteer's word
// boundaries: as a word of s, or a word with clitics or endings.
func containsWord(s, form string) bool {
	latin := isLatin(form)
	for i := 0; i+len(form) <= len(s); {
		j := strings.Index(s[i:], form)
		if j < 0 {
			return false
		}
		j += i
		if boundaryBefore(s, j, latin) && boundaryAfter(s, j+len(form), latin) {
			return true
		}
		_, n := utf8.DecodeRuneInString(s[j:])
		i = j + n
	}
	return false
}

func first(xs []string, n int) []string {
	if len(xs) > n {
		xs = xs[:n]
	}
	if xs == nil {
		return []string{}
	}
	return xs
}

// WriteAliases writes the findings as a Markdown table, after a line
// giving the options they were found with.
func WriteAliases(w io.Writer, fs []AliasFinding, opt AliasOptions) error {
	opt = opt.withDefaults()
	var b strings.Builder
	count := map[string]int{}
	for _, f := range fs {
		count[f.Problem]++
	}
	fmt.Fprintf(&b, "alias findings: %d low-precision, %d inside-word, %d in-other-name, %d shared (precision: the share of an alias's matched lines within %d lines of the evidence of a claim of its actor, reported under %.2f on %d lines or more; inside-word: the word goes on after %.0f%% of the matches or more)\n\n",
		count[ProblemLowPrecision], count[ProblemInsideWord], count[ProblemInOtherName], count[ProblemShared],
		opt.Window, opt.Threshold, opt.MinLines, 100*opt.InsideWord)
	if len(fs) == 0 {
		_, err := io.WriteString(w, b.String())
		return err
	}
	b.WriteString("| problem | actor | alias | matches | lines | precision | detail | examples |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|\n")
	for _, f := range fs {
		detail := ""
		switch f.Problem {
		case ProblemInsideWord:
			detail = fmt.Sprintf("%d of %d inside a longer word, most «%s»", f.Inside, f.Matches, f.Word)
		case ProblemInOtherName:
			detail = "in " + strings.Join(f.In, ", ")
		case ProblemShared:
			detail = "also " + strings.Join(f.In, ", ")
		}
		precision := "-"
		if f.Lines > 0 {
			precision = fmt.Sprintf("%.2f (%d/%d)", f.Precision, f.Near, f.Lines)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %d | %d | %s | %s | %s |\n", f.Problem, f.Actor, mdCell(f.Alias),
			f.Matches, f.Lines, precision, mdCell(detail), strings.Join(f.Examples, ", "))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdCell keeps a value inside one Markdown table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}
