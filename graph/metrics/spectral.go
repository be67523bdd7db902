package metrics

import (
	"math"

	"gonum.org/v1/gonum/mat"
)

const (
	// denseLimit is the largest block whose leading eigenvector is taken
	// from a full decomposition by mat.EigenSym, exact to rounding. Its cost
	// grows as the cube of the block (about 30 ms at 256 nodes, 0.3 s at
	// 500 on the reference machine); larger blocks use power iteration.
	denseLimit = 256
	// powerTol and powerMaxIter stop a power iteration: when no entry of
	// the unit vector moves by more than powerTol in one step, or after
	// powerMaxIter steps.
	powerTol     = 1e-13
	powerMaxIter = 10000
	// tieTol is the relative difference below which the leading
	// eigenvalues of two blocks count as equal.
	tieTol = 1e-9
)

// eigenvector is networkx.eigenvector_centrality as the limit of the power
// iteration NetworkX runs: x ← (A+I)x from the uniform vector, with A the
// unweighted adjacency matrix (in-edges for a directed graph), scaled to
// unit Euclidean norm.
//
// For an undirected graph the limit is the projection of the uniform
// vector onto the leading eigenspace of A. Each component's leading
// eigenvector (its Perron vector, positive) is computed on its own; the
// components whose leading eigenvalue equals the largest get their Perron
// vector weighted by its sum, the others 0, and the whole is scaled to unit
// norm. For a connected graph that is the Perron vector itself.
func (nw *network) eigenvector(comps components) []float64 {
	n := nw.len()
	x := make([]float64, n)
	if n == 0 {
		return x
	}
	if nw.directed {
		return nw.eigenvectorDirected()
	}
	lambda := make([]float64, len(comps.members))
	local := make([]int, n)
	y := make([]float64, n)
	for c, m := range comps.members {
		if len(m) == 1 {
			x[m[0]] = 1
			continue // λ = 0
		}
		if len(m) <= denseLimit {
			adj := make([]float64, len(m)*len(m))
			for i, v := range m {
				local[v] = i
			}
			for i, v := range m {
				for _, u := range nw.out.of(v) {
					adj[i*len(m)+local[u]] = 1
				}
			}
			if l, ok := denseLeading(m, adj, x); ok {
				lambda[c] = l
				continue
			}
		}
		// x ← (A+I)x, whose leading eigenvalue 1+λ dominates in modulus.
		l := power(m, x, y, func(x, y []float64) {
			for _, v := range m {
				s := x[v]
				for _, u := range nw.out.of(v) {
					s += x[u]
				}
				y[v] = s
			}
		})
		lambda[c] = l - 1
	}
	combineLeading(comps.members, lambda, x)
	scale(x, 1/norm2(x))
	return x
}

// eigenvectorDirected runs NetworkX's power iteration x ← (Aᵀ+I)x from the
// uniform vector, normalizing to unit Euclidean norm each step, to the
// tolerance powerTol instead of NetworkX's 1e-6.
func (nw *network) eigenvectorDirected() []float64 {
	n := nw.len()
	x, y := make([]float64, n), make([]float64, n)
	for i := range x {
		x[i] = 1 / float64(n)
	}
	for range powerMaxIter {
		for v := range n {
			s := x[v]
			for _, u := range nw.in.of(int32(v)) {
				s += x[u]
			}
			y[v] = s
		}
		nrm := norm2(y)
		if nrm == 0 {
			nrm = 1
		}
		var diff float64
		for i := range y {
			y[i] /= nrm
			diff = max(diff, math.Abs(y[i]-x[i]))
		}
		x, y = y, x
		if diff < powerTol {
			break
		}
	}
	return x
}

// hits is networkx.hits: authorities are the leading right singular vector
// a of the weighted adjacency matrix A (rows are sources), hubs are A·a,
// and each is scaled to sum 1.
//
// NetworkX takes a from ARPACK, which returns an arbitrary vector of the
// leading singular space when that space has more than one dimension.
// This returns the limit of Kleinberg's iteration a ← AᵀA·a from the uniform
// vector instead: the projection of the uniform vector onto the leading
// eigenspace of AᵀA. As with eigenvector centrality, it is formed from
// blocks computed on their own: the components of the bipartite graph that
// joins every node as a hub to every node it points to as an authority.
// A graph without edges has hubs and authorities 0 (NetworkX gives NaN).
func (nw *network) hits() (hub, auth []float64) {
	n := nw.len()
	hub, auth = make([]float64, n), make([]float64, n)
	if len(nw.out.nbr) == 0 {
		return hub, auth
	}

	// Union-find over hub copies 0..n-1 and authority copies n..2n-1.
	parent := make([]int32, 2*n)
	for i := range parent {
		parent[i] = int32(i)
	}
	find := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for u := range n {
		for _, v := range nw.out.of(int32(u)) {
			a, b := find(int32(u)), find(int32(n)+v)
			if a != b {
				parent[max(a, b)] = min(a, b)
			}
		}
	}
	group := make([]int32, 2*n)
	for i := range group {
		group[i] = -1
	}
	var auths, hubs [][]int32
	for v := range n {
		if len(nw.in.of(int32(v))) == 0 {
			continue
		}
		r := find(int32(n + v))
		if group[r] < 0 {
			group[r] = int32(len(auths))
			auths = append(auths, nil)
			hubs = append(hubs, nil)
		}
		auths[group[r]] = append(auths[group[r]], int32(v))
	}
	for u := range n {
		if len(nw.out.of(int32(u))) > 0 {
			g := group[find(int32(u))]
			hubs[g] = append(hubs[g], int32(u))
		}
	}

	lambda := make([]float64, len(auths))
	local := make([]int, n)
	h := make([]float64, n)
	y := make([]float64, n)
	for c, m := range auths {
		if len(m) <= denseLimit {
			s := len(m)
			ata := make([]float64, s*s)
			for i, v := range m {
				local[v] = i
			}
			for _, u := range hubs[c] {
				vs, ws := nw.out.of(u), nw.out.weights(u)
				for i, v := range vs {
					row := local[v] * s
					for j, w := range vs {
						ata[row+local[w]] += ws[i] * ws[j]
					}
				}
			}
			if l, ok := denseLeading(m, ata, auth); ok {
				lambda[c] = l
				continue
			}
		}
		lambda[c] = power(m, auth, y, func(a, y []float64) {
			for _, u := range hubs[c] {
				var s float64
				ws := nw.out.weights(u)
				for i, v := range nw.out.of(u) {
					s += ws[i] * a[v]
				}
				h[u] = s
			}
			for _, v := range m {
				var s float64
				ws := nw.in.weights(v)
				for i, u := range nw.in.of(v) {
					s += ws[i] * h[u]
				}
				y[v] = s
			}
		})
	}
	combineLeading(auths, lambda, auth)

	for u := range n {
		var s float64
		ws := nw.out.weights(int32(u))
		for i, v := range nw.out.of(int32(u)) {
			s += ws[i] * auth[v]
		}
		hub[u] = s
	}
	if s := sum(auth); s != 0 {
		scale(auth, 1/s)
	}
	if s := sum(hub); s != 0 {
		scale(hub, 1/s)
	}
	return hub, auth
}

// denseLeading decomposes the symmetric block matrix a (row-major, rows and
// columns in the order of nodes) and writes its leading eigenvector, unit
// length and with a positive sum, into x at the block's nodes. It returns
// the leading eigenvalue and whether the decomposition succeeded.
func denseLeading(nodes []int32, a []float64, x []float64) (float64, bool) {
	s := len(nodes)
	var eig mat.EigenSym
	if !eig.Factorize(mat.NewSymDense(s, a), true) {
		return 0, false
	}
	values := eig.Values(nil) // ascending
	var vecs mat.Dense
	eig.VectorsTo(&vecs)
	var total float64
	for i := range s {
		total += vecs.At(i, s-1)
	}
	sign := 1.0
	if total < 0 {
		sign = -1
	}
	for i, v := range nodes {
		x[v] = sign * vecs.At(i, s-1)
	}
	return values[s-1], true
}

// power runs the power iteration x ← Mx/‖Mx‖ on the block of nodes from the
// uniform unit vector, with mul writing Mx into y at the block's nodes. It
// leaves the result in x and returns the Rayleigh quotient xᵀMx of the last
// step, the leading eigenvalue of the non-negative symmetric matrix M.
func power(nodes []int32, x, y []float64, mul func(x, y []float64)) float64 {
	start := 1 / math.Sqrt(float64(len(nodes)))
	for _, v := range nodes {
		x[v] = start
	}
	var rq float64
	for range powerMaxIter {
		mul(x, y)
		rq = 0
		var nrm float64
		for _, v := range nodes {
			rq += x[v] * y[v]
			nrm += y[v] * y[v]
		}
		nrm = math.Sqrt(nrm)
		if nrm == 0 {
			return 0
		}
		var diff float64
		for _, v := range nodes {
			yv := y[v] / nrm
			diff = max(diff, math.Abs(yv-x[v]))
			x[v] = yv
		}
		if diff < powerTol {
			break
		}
	}
	return rq
}

// combineLeading turns per-block unit leading eigenvectors in x into the
// projection of the uniform vector onto the leading eigenspace of the
// whole: blocks whose eigenvalue ties the largest are weighted by their sum,
// the others set to 0.
func combineLeading(blocks [][]int32, lambda []float64, x []float64) {
	top := math.Inf(-1)
	for _, l := range lambda {
		top = max(top, l)
	}
	for c, m := range blocks {
		w := 0.0
		if lambda[c] >= top-tieTol*max(1, math.Abs(top)) {
			for _, v := range m {
				w += x[v]
			}
		}
		for _, v := range m {
			x[v] *= w
		}
	}
}

func sum(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v
	}
	return s
}

func norm2(x []float64) float64 {
	var s float64
	for _, v := range x {
		s += v * v
	}
	return math.Sqrt(s)
}

func scale(x []float64, f float64) {
	for i := range x {
		x[i] *= f
	}
}
