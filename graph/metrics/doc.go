// Package metrics computes the centralities and summary measures of a gonum
// graph with the conventions of NetworkX 2.8.8's default settings.
//
// # Normalization
//
// Compute takes any graph.Graph. It is directed when it implements
// graph.Directed and not graph.Undirected; an undirected edge counts as an
// arc each way where a measure needs arcs. Self-loops are ignored and
// parallel edges count once. Paths are counted in hops; edge weights (from
// graph.Weighted, else 1) are tie strengths, bigger meaning stronger, and
// only the weighted degree, PageRank and HITS read them, as NetworkX's
// defaults do. Weights should be positive. n is the number of nodes.
//
//   - Degree counts distinct neighbours. For a directed graph it is the size
//     of the union of predecessors and successors, where NetworkX's degree is
//     in-degree plus out-degree (a reciprocal pair counts twice there).
//     WeightedDegree is NetworkX's degree(weight="weight"): the sum of the
//     weights of all incident edges, arcs in both directions for a directed
//     graph.
//   - Betweenness is networkx.betweenness_centrality: by Brandes' algorithm,
//     the sum over ordered pairs (s, t) of σ_st(v)/σ_st, times
//     1/((n-1)(n-2)), not scaled when n <= 2. An undirected graph's sum
//     counts each unordered pair twice, so there the factor is 2/((n-1)(n-2))
//     on unordered pairs. gonum's network.Betweenness returns the unscaled
//     ordered sum (twice NetworkX's unnormalized value on an undirected graph)
//     and leaves out zeros.
//   - Closeness is networkx.closeness_centrality with wf_improved:
//     ((r-1)/Σd)·((r-1)/(n-1)), where the r-1 other nodes that reach v are at
//     distances d from it, 0 when none does. Distances run toward v (NetworkX
//     reverses a directed graph). gonum's network.Closeness is 1/Σd, without
//     either factor, so it ranks nodes of different components differently.
//   - Harmonic is networkx.harmonic_centrality: Σ 1/d(u, v) over the nodes u
//     that reach v, not normalized. gonum's network.Harmonic is the same sum
//     over the distances of the path.AllShortest it is given, which are
//     weighted unless the graph is unweighted.
//   - Eigenvector is networkx.eigenvector_centrality: the limit of its
//     power iteration x <- (A+I)x from the uniform vector with the
//     unweighted adjacency matrix A (x_v gathers over in-arcs of v in a
//     directed graph), scaled to unit Euclidean norm and positive. For an
//     undirected graph, components of up to 256 nodes are decomposed by
//     mat.EigenSym and larger ones use power iteration. gonum has no
//     eigenvector centrality.
//   - PageRank is networkx.pagerank with alpha 0.85: weighted transition
//     probabilities (each arc's weight over its source's out-weight), the
//     mass of dangling nodes (no out-weight) and the teleport spread
//     uniformly, from the uniform vector. gonum's network.PageRank starts
//     from a random vector, takes only graph.Directed and stops on the
//     2-norm of a step.
//   - Hub and Authority are networkx.hits: authorities are the leading right
//     singular vector a of the weighted adjacency matrix (rows are sources),
//     hubs are A·a, and each is scaled to sum 1. gonum's network.HITS is
//     unweighted, scaled to unit Euclidean norm and takes only
//     graph.Directed.
//   - Density is networkx.density: 2m/(n(n-1)) undirected, m/(n(n-1))
//     directed, 0 when m = 0 or n <= 1.
//   - Transitivity is networkx.transitivity: Σ_v t_v / Σ_v d_v(d_v-1) where
//     t_v counts ordered pairs of v's neighbours that are joined. For a
//     directed graph NetworkX, and so this, reads "neighbours" as successors
//     and "joined" as an arc from the first to the second.
//   - Reciprocity is networkx.overall_reciprocity: the fraction of arcs whose
//     reverse is an arc too. NetworkX raises on undirected graphs and graphs
//     without arcs; it is 0 here.
//   - Components counts connected components (weakly connected for a
//     directed graph), isolated nodes included.
//   - Diameter and AvgPathLength are networkx.diameter and
//     networkx.average_shortest_path_length of the largest component, the
//     one with the smallest node ID among equally large ones; NetworkX
//     raises on disconnected graphs. For a directed graph the component is
//     weakly connected: AvgPathLength sums the finite distances, as NetworkX
//     does, and Diameter is the longest finite distance, NetworkX's diameter
//     when the component is strongly connected (it raises otherwise).
//
// # Convergence
//
// NetworkX stops eigenvector centrality and PageRank when one step moves the
// vector by less than n·1e-6 in the L1 norm, which can leave it about 1e-5
// from the limit (measured: up to 1.2e-5 for eigenvector centrality and
// 1.9e-5 for PageRank on the Les Misérables graph). Compute returns the
// limits instead: PageRank to within 1e-13, eigenvector centrality and HITS
// exactly from mat.EigenSym on blocks of up to 256 nodes, and by power
// iteration until no entry moves by 1e-13 (at most 10,000 steps) beyond.
// These agree with NetworkX run at a tolerance of 1e-15 to about 1e-13 and
// with its defaults to within the error of those defaults.
//
// Where the leading eigenvalue is shared, as by equal components, Compute
// returns the limit of the iteration from the uniform vector: the projection
// of the uniform vector onto the leading eigenspace, so equal components get
// equal values and components with a smaller leading eigenvalue get 0.
// NetworkX's power iteration tends to the same eigenvector centrality but
// may stop short of it (or raise) when two components' leading eigenvalues
// are close; its HITS takes ARPACK's answer, an arbitrary vector of the
// space (any undirected bipartite graph, such as a star, has such a space
// for HITS). On a directed graph where the iteration does not settle, such
// as an acyclic one, NetworkX raises PowerIterationFailedConvergence and
// Compute returns the 10,000th step. A graph without edges has hubs and
// authorities 0 (NetworkX gives NaN) and uniform eigenvector centrality and
// PageRank (as NetworkX does).
//
// # Sampling
//
// With Options.Samples = k, 0 < k < n, the shortest-path searches run from
// k pivots drawn uniformly without replacement instead of from all n
// nodes, so they cost k/n of the exact pass, and Summary.Sampled is set.
// A sum over all n sources is estimated by the same sum over the pivots s
// times n/k, which is unbiased:
//
//   - Betweenness sums the pivots' dependencies (Brandes and Pich 2007), as
//     networkx.betweenness_centrality(G, k=k) does.
//   - Harmonic sums 1/d(s, v) over the pivots s ≠ v that reach v.
//   - Closeness estimates the farness F(v) = Σ d(u, v) from Σ d(s, v)
//     (Eppstein and Wang 2004). A search from s gives d(s, v) for every v,
//     which are distances toward v, the ones closeness needs even in a
//     directed graph, so no search on the reversed graph is needed. The
//     number r-1 of nodes that reach v is exact for an undirected graph (the
//     size of v's component less one) and, for a directed graph, estimated
//     from the number of pivots that reach v. The estimate is
//     ((r-1)/F)·((r-1)/(n-1)) with these; 0 when no pivot other than v
//     reaches v.
//   - AvgPathLength is the mean, over the pivots in the largest component,
//     of their mean distance to its other nodes; 0 when no pivot falls in
//     it.
//   - Diameter is the largest distance from a pivot in the largest
//     component, a lower bound. For an undirected graph the exact diameter
//     is at most twice any node's eccentricity, so at most twice this when
//     a pivot falls in the component.
//
// Hoeffding's inequality holds for sampling without replacement: if x_s in
// [0, R] is defined for every node s, the mean of x over k random nodes is
// within R·sqrt(ln(2/δ)/(2k)) of its mean over all nodes with probability
// at least 1-δ. For a node v take x_s = n·δ_s(v)/((n-1)(n-2)) for
// betweenness (the dependency δ_s(v) is at most n-2), x_s = n/(n-1)·1/d(s,
// v) for harmonic centrality and x_s = n/(n-1)·d(s, v) for farness (0 when
// s does not reach v), whose means are b(v), H(v)/(n-1) and F(v)/(n-1). By
// the union bound over the n nodes, with probability at least 1-δ for each
// measure, every node's estimates satisfy
//
//	|b'(v) - b(v)|         <= ε
//	|H'(v) - H(v)| / (n-1) <= ε
//	|F'(v) - F(v)| / (n-1) <= ε·Δ
//	ε = n/(n-1) · sqrt(ln(2n/δ) / (2k))
//
// where Δ is the longest finite distance; SamplingError returns ε. For a
// directed graph the estimated r-1 is within ε·(n-1) too. On a connected
// undirected graph F(v)/(n-1) is 1/closeness, so the bound reads
// |1/C'(v) - 1/C(v)| <= ε·Δ <= 2ε·Diameter, Eppstein and Wang's bound, with
// the sampled Diameter. The average path length is within
// Δ·sqrt(ln(2/δ)/(2k')) with probability 1-δ, for the k' pivots in the
// largest component. For δ = 0.001, ε is 0.39, 0.20 and 0.098 for n = 2,000
// and k = 50, 200 and 800, and 0.19 for n = 100,000 and k = 256; ε = 0.05
// at n = 100,000 takes k = 3,823. The bounds are worst cases: on the
// random graphs and trees of 2,000 nodes of the tests, the largest errors
// of betweenness and harmonic centrality are 5 to 60 times smaller than ε
// and the mean errors 50 to 500 times smaller.
//
// # Determinism and cost
//
// The shortest-path pass runs on Options.Workers goroutines over chunks of
// 32 sources, fixed whatever the number of workers, and adds the chunks'
// sums in chunk order, so results are identical to the last bit for any
// number of workers or GOMAXPROCS. The same Seed picks the same pivots.
// Everything else is sequential and visits nodes in ID order.
//
// The pass takes O(nm) time for n nodes and m edges, O(km) when sampled
// from k pivots. On random graphs it takes about 0.14 s on one core for
// 2,000 nodes and 10,000 edges and 5.9 s for 10,000 nodes and 100,000
// edges, half that on two (BenchmarkBetweenness), and 1.2 s on two cores
// for 256 pivots on 100,000 nodes and 1,000,000 edges
// (BenchmarkSampledLarge; 2.3 s for all of Compute). Betweenness skips the
// distances and is a few percent faster than Compute's pass. Memory is
// O(n+m) plus, for each worker, 96 bytes a node and 8 bytes an arc: 55 MB
// for that sampled pass with two workers.
package metrics
