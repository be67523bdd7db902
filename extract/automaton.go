package extract

import (
	"cmp"
	"slices"
	"unicode/utf8"
)

// automaton is an Aho-Corasick automaton over the runes of a set of
// patterns. Its alphabet is the runes the patterns use; every other rune
// shares column 0, which leads back to the start. ASCII and the Arabic
// block (where Persian and Arabic text lives, two bytes a rune) are
// classified from arrays without decoding.
//
// The states nearest the start, which text visits nearly all the time, are
// compiled to a full transition table: one lookup per rune whatever the
// number of patterns. So that a large gazetteer cannot take unbounded
// memory, states beyond maxDenseCells table cells keep only their trie
// edges and failure link, the classic form.
type automaton struct {
	ascii  [utf8.RuneSelf]uint16 // ASCII byte -> column
	arabic [256]uint16           // rune - U+0600 -> column
	other  map[rune]uint16       // other runes -> column
	stride int32                 // columns per row

	// delta[q*stride + column] is the next state q' as q'*stride (the start
	// of its row) when q' is a table state without patterns ending in it,
	// else as ^q'.
	delta []int32
	dense int32 // states below dense have a row in delta

	// trie edges and failure links of the states from dense on
	edgeOff []int32 // edges[edgeOff[q-dense]:edgeOff[q-dense+1]]
	edges   []edge
	fail    []int32 // by state

	outOff []int32 // outs[outOff[q]:outOff[q+1]] are the patterns ending in state q
	outs   []int32 // pattern indexes, longest first
	lens   []int32 // byte length of each pattern
}

type edge struct {
	col    uint16
	target int32
}

// maxDenseCells bounds the transition table: 4M cells, 16 MB.
const maxDenseCells = 1 << 22

// hit is one occurrence of pattern pat at byte offsets [start, end).
type hit struct {
	pat, start, end int32
}

// column returns the column of rune r, or 0.
func (a *automaton) column(r rune) uint16 {
	switch {
	case r < utf8.RuneSelf:
		return a.ascii[r]
	case r >= 0x0600 && r <= 0x06FF:
		return a.arabic[r-0x0600]
	}
	return a.other[r]
}

// newAutomaton compiles the patterns; pattern i is reported as i. Empty
// patterns are never reported, and a repeated pattern only as its first.
func newAutomaton(pats []string) *automaton { return newAutomatonCells(pats, maxDenseCells) }

// newAutomatonCells is newAutomaton with a table of at most maxCells cells.
func newAutomatonCells(pats []string, maxCells int) *automaton {
	a := &automaton{stride: 1, other: map[rune]uint16{}, lens: make([]int32, len(pats))}
	for _, p := range pats {
		for _, r := range p {
			if a.column(r) != 0 {
				continue
			}
			if a.stride == 1<<16-1 {
				panic("extract: automaton alphabet overflow")
			}
			c := uint16(a.stride)
			switch {
			case r < utf8.RuneSelf:
				a.ascii[r] = c
			case r >= 0x0600 && r <= 0x06FF:
				a.arabic[r-0x0600] = c
			default:
				a.other[r] = c
			}
			a.stride++
		}
	}
	// the trie, with states numbered in order of creation
	children := [][]edge{nil}
	own := []int32{-1} // the pattern ending exactly at each state
	for i, p := range pats {
		a.lens[i] = int32(len(p))
		if p == "" {
			continue
		}
		s := int32(0)
		for _, r := range p {
			c := a.column(r)
			k := slices.IndexFunc(children[s], func(e edge) bool { return e.col == c })
			if k < 0 {
				t := int32(len(children))
				children[s] = append(children[s], edge{c, t})
				children = append(children, nil)
				own = append(own, -1)
				s = t
			} else {
				s = children[s][k].target
			}
		}
		if own[s] < 0 {
			own[s] = int32(i)
		}
	}
	n := int32(len(children))
	// renumber breadth-first, so that shallow states come first
	order := []int32{0}
	for q := 0; q < len(order); q++ {
		for _, e := range children[order[q]] {
			order = append(order, e.target)
		}
	}
	id := make([]int32, n)
	for k, s := range order {
		id[s] = int32(k)
	}
	edges := make([][]edge, n)
	a.outOff = make([]int32, n+1)
	ownBFS := make([]int32, n)
	for k, s := range order {
		es := make([]edge, len(children[s]))
		for j, e := range children[s] {
			es[j] = edge{e.col, id[e.target]}
		}
		slices.SortFunc(es, func(x, y edge) int { return cmp.Compare(x.col, y.col) })
		edges[k] = es
		ownBFS[k] = own[s]
	}
	// failure links and outputs, breadth-first: a state's failure state is
	// shallower, so it is done before it
	a.fail = make([]int32, n)
	lists := make([][]int32, n)
	goTo := func(q int32, c uint16) int32 { // the full transition, from links
		for {
			if k, ok := slices.BinarySearchFunc(edges[q], c, func(e edge, c uint16) int { return cmp.Compare(e.col, c) }); ok {
				return edges[q][k].target
			}
			if q == 0 {
				return 0
			}
			q = a.fail[q]
		}
	}
	for q := int32(0); q < n; q++ {
		for _, e := range edges[q] {
			if q == 0 {
				a.fail[e.target] = 0
			} else {
				a.fail[e.target] = goTo(a.fail[q], e.col)
			}
		}
		var l []int32
		if ownBFS[q] >= 0 {
			l = append(l, ownBFS[q])
		}
		if q > 0 {
			l = append(l, lists[a.fail[q]]...)
		}
		lists[q] = l
	}
	for q := range n {
		a.outOff[q] = int32(len(a.outs))
		a.outs = append(a.outs, lists[q]...)
	}
	a.outOff[n] = int32(len(a.outs))
	// the table for the first states
	stride := int(a.stride)
	a.dense = max(1, min(n, int32(maxCells/stride)))
	a.delta = make([]int32, int(a.dense)*stride)
	for q := range a.dense {
		// a state's row is its failure state's (an earlier row) with its
		// own edges over it
		row := a.delta[int(q)*stride : int(q+1)*stride]
		if q == 0 {
			for c := range row {
				row[c] = a.encode(0)
			}
		} else {
			f := int(a.fail[q])
			copy(row, a.delta[f*stride:(f+1)*stride])
		}
		for _, e := range edges[q] {
			row[e.col] = a.encode(e.target)
		}
	}
	// edge lists for the rest
	a.edgeOff = make([]int32, n-a.dense+1)
	for q := a.dense; q < n; q++ {
		a.edgeOff[q-a.dense] = int32(len(a.edges))
		a.edges = append(a.edges, edges[q]...)
	}
	a.edgeOff[n-a.dense] = int32(len(a.edges))
	return a
}

// encode writes state t as a table cell.
func (a *automaton) encode(t int32) int32 {
	if t < a.dense && a.outOff[t] == a.outOff[t+1] {
		return t * a.stride
	}
	return ^t
}

// next is the transition from state q on column c.
func (a *automaton) next(q int32, c uint16) int32 {
	for q >= a.dense {
		es := a.edges[a.edgeOff[q-a.dense]:a.edgeOff[q-a.dense+1]]
		if k, ok := slices.BinarySearchFunc(es, c, func(e edge, c uint16) int { return cmp.Compare(e.col, c) }); ok {
			return es[k].target
		}
		q = a.fail[q]
	}
	v := a.delta[q*a.stride+int32(c)]
	if v >= 0 {
		return v / a.stride
	}
	return ^v
}

// appendHits appends every occurrence of every pattern in s, overlapping
// ones included, in order of end offset.
func (a *automaton) appendHits(dst []hit, s string) []hit {
	delta := a.delta
	off := int32(0) // the row of the current state, while it has one
	q := int32(-1)  // the current state when it has no row, else -1
	for i := 0; i < len(s); {
		var c uint16
		switch b := s[i]; {
		case b < utf8.RuneSelf:
			c = a.ascii[b]
			i++
		case b >= 0xD8 && b <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80:
			c = a.arabic[int(b&0x03)<<6|int(s[i+1]&0x3F)]
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			c = a.other[r]
			i += n
		}
		var t int32
		if q < 0 {
			v := delta[off+int32(c)]
			if v >= 0 {
				off = v
				continue
			}
			t = ^v
		} else {
			t = a.next(q, c)
		}
		for _, p := range a.outs[a.outOff[t]:a.outOff[t+1]] {
			dst = append(dst, hit{pat: p, start: int32(i) - a.lens[p], end: int32(i)})
		}
		if t < a.dense {
			off, q = t*a.stride, -1
		} else {
			q = t
		}
	}
	return dst
}
