package graph

import (
	"cmp"
	"container/heap"
	"math"
	"slices"
)

// PathOptions chooses how Paths searches.
type PathOptions struct {
	K          int  // how many shortest paths (Yen); 1 if zero
	Positive   bool // friendly ties only
	ByStrength bool // cost 1/strength per hop instead of 1: strong ties are short
}

// Hop is one step of a path with the ties that make it.
type Hop struct {
	From, To string
	Ties     []*Tie
}

// Path is a path between two actors.
type Path struct {
	Actors []string
	Hops   []Hop
	Cost   float64 // hops, or the sum of 1/strength
}

// Paths returns up to opt.K shortest loopless paths from one actor to
// another, shortest first. Among equally short paths by hops, the one whose
// ties are stronger (smaller sum of 1/strength) comes first; by strength,
// the one with fewer hops; then the actors' ids decide, so that the answer
// is the same on every run. Ties count in both directions: a path
// asks how two actors are connected, not who acts on whom. It returns nil
// when there is no path.
//
// gonum's Dijkstra and Yen break ties between equally short paths by map
// iteration order, which changes from run to run; this search keeps the
// adjacency sorted instead.
func (n *Network) Paths(from, to string, opt PathOptions) []Path {
	s, t := n.Index(from), n.Index(to)
	if s < 0 || t < 0 || s == t {
		return nil
	}
	k := max(opt.K, 1)
	adj := n.adjacency(opt)
	first, c0 := shortest(adj, s, t, nil, nil)
	if first == nil {
		return nil
	}
	found := [][]int{first}
	costs := []cost{c0}
	type cand struct {
		path []int
		cost cost
	}
	var pool []cand
	seen := map[string]bool{pathKey(first): true}
	for len(found) < k {
		prev := found[len(found)-1]
		for i := 0; i < len(prev)-1; i++ {
			root := prev[:i+1]
			bannedEdge := map[[2]int]bool{}
			for _, p := range found {
				if len(p) > i+1 && slices.Equal(p[:i+1], root) {
					bannedEdge[[2]int{p[i], p[i+1]}] = true
					bannedEdge[[2]int{p[i+1], p[i]}] = true
				}
			}
			bannedNode := map[int]bool{}
			for _, v := range root[:i] {
				bannedNode[v] = true
			}
			spur, _ := shortest(adj, prev[i], t, bannedNode, bannedEdge)
			if spur == nil {
				continue
			}
			p := append(slices.Clone(root[:i]), spur...)
			if key := pathKey(p); !seen[key] {
				seen[key] = true
				pool = append(pool, cand{p, pathCost(adj, p)})
			}
		}
		if len(pool) == 0 {
			break
		}
		best := 0
		for j := range pool {
			if c := cmp.Or(pool[j].cost.compare(pool[best].cost), n.comparePaths(pool[j].path, pool[best].path)); c < 0 {
				best = j
			}
		}
		found = append(found, pool[best].path)
		costs = append(costs, pool[best].cost)
		pool = slices.Delete(pool, best, best+1)
	}
	out := make([]Path, len(found))
	for i, p := range found {
		out[i] = n.makePath(p, costs[i].main, opt)
	}
	return out
}

// cost is a path length compared lexicographically: the measure asked for,
// then the other one as a tie-breaker.
type cost struct{ main, tie float64 }

func (c cost) add(d cost) cost { return cost{c.main + d.main, c.tie + d.tie} }

func (c cost) compare(d cost) int {
	return cmp.Or(cmp.Compare(c.main, d.main), cmp.Compare(c.tie, d.tie))
}

type arc struct {
	to   int
	cost cost
}

// adjacency lists, per actor, its neighbours in id order with the cost of
// the hop.
func (n *Network) adjacency(opt PathOptions) [][]arc {
	strength := map[[2]int]float64{}
	for _, t := range n.Ties {
		if !t.Counts() || opt.Positive && t.Sign() != Positive {
			continue
		}
		a, b := n.index[t.Source], n.index[t.Target]
		strength[[2]int{a, b}] += t.Strength
		strength[[2]int{b, a}] += t.Strength
	}
	adj := make([][]arc, len(n.Actors))
	for k, s := range strength {
		c := cost{1, 1 / s}
		if opt.ByStrength {
			c = cost{1 / s, 1}
		}
		adj[k[0]] = append(adj[k[0]], arc{k[1], c})
	}
	for i := range adj {
		slices.SortFunc(adj[i], func(x, y arc) int { return cmp.Compare(x.to, y.to) })
	}
	return adj
}

func pathCost(adj [][]arc, p []int) cost {
	var c cost
	for i := 0; i+1 < len(p); i++ {
		for _, a := range adj[p[i]] {
			if a.to == p[i+1] {
				c = c.add(a.cost)
				break
			}
		}
	}
	return c
}

func pathKey(p []int) string {
	b := make([]byte, 0, 4*len(p))
	for _, v := range p {
		b = append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
	}
	return string(b)
}

// comparePaths orders paths of equal cost by their actors' ids.
func (n *Network) comparePaths(p, q []int) int {
	for i := 0; i < len(p) && i < len(q); i++ {
		if c := cmp.Compare(n.Actors[p[i]].ID, n.Actors[q[i]].ID); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(p), len(q))
}

type item struct {
	node int
	dist cost
}

type queue []item

func (q queue) Len() int { return len(q) }
func (q queue) Less(i, j int) bool {
	return cmp.Or(q[i].dist.compare(q[j].dist), cmp.Compare(q[i].node, q[j].node)) < 0
}
func (q queue) Swap(i, j int) { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)   { *q = append(*q, x.(item)) }
func (q *queue) Pop() any {
	old := *q
	x := old[len(old)-1]
	*q = old[:len(old)-1]
	return x
}

// shortest is Dijkstra from s to t avoiding banned nodes and edges. Between
// equally short routes it keeps the predecessor with the smaller index.
func shortest(adj [][]arc, s, t int, bannedNode map[int]bool, bannedEdge map[[2]int]bool) ([]int, cost) {
	inf := cost{math.Inf(1), math.Inf(1)}
	dist := make([]cost, len(adj))
	pred := make([]int, len(adj))
	for i := range dist {
		dist[i], pred[i] = inf, -1
	}
	dist[s] = cost{}
	q := &queue{{s, cost{}}}
	done := make([]bool, len(adj))
	for q.Len() > 0 {
		it := heap.Pop(q).(item)
		u := it.node
		if done[u] {
			continue
		}
		done[u] = true
		if u == t {
			break
		}
		for _, a := range adj[u] {
			if bannedNode[a.to] || bannedEdge[[2]int{u, a.to}] || done[a.to] {
				continue
			}
			d := dist[u].add(a.cost)
			if c := d.compare(dist[a.to]); c < 0 || c == 0 && u < pred[a.to] {
				dist[a.to], pred[a.to] = d, u
				heap.Push(q, item{a.to, d})
			}
		}
	}
	if math.IsInf(dist[t].main, 1) {
		return nil, cost{}
	}
	var p []int
	for v := t; v != -1; v = pred[v] {
		p = append(p, v)
	}
	slices.Reverse(p)
	return p, dist[t]
}

func (n *Network) makePath(p []int, cost float64, opt PathOptions) Path {
	out := Path{Cost: cost}
	for _, v := range p {
		out.Actors = append(out.Actors, n.Actors[v].ID)
	}
	for i := 0; i+1 < len(p); i++ {
		a, b := out.Actors[i], out.Actors[i+1]
		h := Hop{From: a, To: b}
		for _, t := range n.Ties {
			if pairKey(t.Source, t.Target) == pairKey(a, b) && t.Counts() && (!opt.Positive || t.Sign() == Positive) {
				h.Ties = append(h.Ties, t)
			}
		}
		out.Hops = append(out.Hops, h)
	}
	return out
}
