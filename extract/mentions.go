package extract

import (
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strconv"
	"strings"
	"sync"

	"kg/graph"
)

// DocumentMentions is where one document mentions each actor. Its JSON form
// is the output of `kg extract mentions --format json`.
type DocumentMentions struct {
	Document string          `json:"document"`
	Actors   []ActorMentions `json:"actors"` // sorted by id
}

// ActorMentions is one actor's mentions in one document.
type ActorMentions struct {
	ID    string `json:"id"`
	Count int    `json:"count"` // matches of the actor's names and aliases
	Lines []int  `json:"lines"` // 1-based, sorted, each once
}

// Mentions finds, in each of the documents (all of them when docs is
// empty), every actor's names and aliases, and returns per document each
// mentioned actor's count of matches and the lines they are on.
func Mentions(kb *graph.KB, c *Corpus, docs []string) ([]DocumentMentions, error) {
	ds, err := selectDocuments(kb, docs)
	if err != nil {
		return nil, err
	}
	g := NewGazetteer(kb)
	out := make([]DocumentMentions, 0, len(ds))
	for _, d := range ds {
		t, err := c.Text(d)
		if err != nil {
			return nil, err
		}
		out = append(out, DocumentMentions{Document: d.ID, Actors: g.mentionsIn(t)})
	}
	return out, nil
}

// selectDocuments returns the registry entries of the ids, in the order
// given, or all documents when ids is empty.
func selectDocuments(kb *graph.KB, ids []string) ([]*graph.Document, error) {
	if len(ids) == 0 {
		return kb.Documents, nil
	}
	out := make([]*graph.Document, 0, len(ids))
	for _, id := range ids {
		d, ok := kb.DocumentByID[id]
		if !ok {
			return nil, unknownDocument(kb, id)
		}
		out = append(out, d)
	}
	return out, nil
}

func unknownDocument(kb *graph.KB, id string) error {
	ids := make([]string, 0, len(kb.Documents))
	for _, d := range kb.Documents {
		ids = append(ids, d.ID)
	}
	if h := graph.Suggest(id, ids); h != "" {
		return fmt.Errorf("unknown document %q (%s)", id, h)
	}
	return fmt.Errorf("unknown document %q", id)
}

// parallelLines is the text length, in lines, from which mentionsIn splits
// the work between processors.
const parallelLines = 20000

// mentionsIn normalizes every line of t (keeping the result for
// t.Normalized) and counts the mentions of each actor.
func (g *Gazetteer) mentionsIn(t *Text) []ActorMentions {
	n := len(t.Lines)
	fresh := t.norm == nil
	if fresh {
		t.norm = make([]string, n)
	}
	workers := 1
	if n >= parallelLines {
		workers = runtime.GOMAXPROCS(0)
	}
	type tally struct {
		counts []int
		lines  [][]int
	}
	parts := make([]tally, workers)
	var wg sync.WaitGroup
	for w := range workers {
		lo, hi := n*w/workers, n*(w+1)/workers
		wg.Go(func() {
			tl := tally{counts: make([]int, len(g.actors)), lines: make([][]int, len(g.actors))}
			if fresh {
				normalizeLines(t.norm[lo:hi], t.Lines[lo:hi])
			}
			var sc scratch
			for i := lo; i < hi; i++ {
				for _, h := range g.find(t.norm[i], &sc) {
					a := g.forms[h.pat].ai
					tl.counts[a]++
					if l := tl.lines[a]; len(l) == 0 || l[len(l)-1] != i+1 {
						tl.lines[a] = append(l, i+1)
					}
				}
			}
			parts[w] = tl
		})
	}
	wg.Wait()
	var out []ActorMentions
	for a, id := range g.actors {
		m := ActorMentions{ID: id}
		for _, p := range parts {
			m.Count += p.counts[a]
			m.Lines = append(m.Lines, p.lines[a]...)
		}
		if m.Count > 0 {
			out = append(out, m)
		}
	}
	return out
}

// normalizeLines sets norm[i] to Normalize(lines[i]). The normalized lines
// share one string: a single allocation, where one a line would keep the
// garbage collector busy on a large text.
func normalizeLines(norm, lines []string) {
	size := 0
	for _, l := range lines {
		size += len(l)
	}
	buf := make([]byte, 0, size)
	ends := make([]int, len(lines))
	for i, l := range lines {
		buf = appendNormalized(buf, l)
		ends[i] = len(buf)
	}
	all, start := string(buf), 0
	for i, end := range ends {
		norm[i] = all[start:end]
		start = end
	}
}

// WriteMentions writes mentions as a table (format "table" or "") or as
// JSON ("json"): the object of DESIGN.md's contract for one document, an
// array of such objects for several.
func WriteMentions(w io.Writer, m []DocumentMentions, format string) error {
	switch format {
	case "json":
		out := make([]DocumentMentions, len(m))
		for i, d := range m {
			out[i] = d
			if d.Actors == nil {
				out[i].Actors = []ActorMentions{} // [], not null
			}
		}
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		if len(out) == 1 {
			return enc.Encode(out[0])
		}
		return enc.Encode(out)
	case "table", "":
		var b strings.Builder
		for i, d := range m {
			if i > 0 {
				b.WriteString("\n")
			}
			total, wid, wcount := 0, len("actor"), len("count")
			for _, a := range d.Actors {
				total += a.Count
				wid = max(wid, len(a.ID))
				wcount = max(wcount, len(strconv.Itoa(a.Count)))
			}
			fmt.Fprintf(&b, "# %s: %d actors, %d mentions\n", d.Document, len(d.Actors), total)
			fmt.Fprintf(&b, "%-*s  %*s  %s\n", wid, "actor", wcount, "count", "lines")
			for _, a := range d.Actors {
				fmt.Fprintf(&b, "%-*s  %*d  %s\n", wid, a.ID, wcount, a.Count, lineRanges(a.Lines))
			}
		}
		_, err := io.WriteString(w, b.String())
		return err
	}
	return fmt.Errorf("unknown format %q (want table, json)", format)
}

// lineRanges writes sorted line numbers compactly: "3, 7-9, 12".
func lineRanges(lines []int) string {
	var b strings.Builder
	for i := 0; i < len(lines); {
		j := i
		for j+1 < len(lines) && lines[j+1] == lines[j]+1 {
			j++
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.Itoa(lines[i]))
		if j > i {
			b.WriteString("-" + strconv.Itoa(lines[j]))
		}
		i = j + 1
	}
	return b.String()
}
