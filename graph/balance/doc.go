// Package balance measures the structural balance of a signed undirected
// graph: its triangles by sign, its balance ratios, its frustration index
// and its division into blocs.
//
// # Strong and weak balance
//
// A signed graph is balanced (Cartwright and Harary) when its nodes split
// into two blocs, either possibly empty, with every positive tie inside a
// bloc and every negative tie between the blocs; equivalently, when every
// cycle has an even number of negative ties. Among triangles, "+++" and
// "+--" are balanced and "++-" and "---" are not. Davis's weak balance
// allows any number of blocs, which admits "---" (three mutually hostile
// actors) and still rules out "++-". Census.Strong is the share of
// triangles that are balanced, Census.Weak the share that are not "++-";
// both are 1 for a graph without triangles, which contains nothing
// unbalanced.
//
// # Frustration index
//
// The frustration index is the fewest ties whose sign must flip for the
// graph to become balanced. Flipping exactly the ties a two-bloc split
// violates (positive ties between the blocs, negative ties inside) balances
// the graph, so the index is also the fewest ties any split violates;
// Frustration returns such a split and the ties it violates.
//
// # Exact limit and heuristic bound
//
// Frustration works on each connected component separately. A component of
// at most Options.ExactLimit nodes (DefaultExactLimit, 30, unless told
// otherwise; at most 64) is solved exactly by a branch and bound search,
// which takes about a millisecond for a random component of 30 nodes and
// 100 ties. A larger component goes to a seeded multi-start local search,
// whose value is only an upper bound. Its lower bound counts unbalanced
// cycles (cycles with an odd number of negative ties) that share no tie,
// found greedily shortest first: each needs a flip of its own. The result
// then reads "between Split.Lower and Split.Index", and Split.Exact is false
// unless the two meet.
//
// # Doreian-Mrvar criterion
//
// For a partition of the nodes into k blocs, Doreian and Mrvar measure the
// departure from k-balance as P = alpha*N + (1-alpha)*Q, where N counts the
// negative ties inside blocs, Q the positive ties between blocs, and alpha
// in [0, 1] weighs the two (DefaultAlpha, 0.5, weighs them equally). For
// k = 2 and alpha = 0.5, P is half the number of ties the split violates, so
// its minimum is half the frustration index. Blocs looks for a partition
// with small P by relocating single nodes from many seeded starts; it is a
// heuristic and does not prove its result optimal.
//
// # Determinism
//
// Every result depends only on the graph (including the order of its
// edges) and the options: random choices come from generators seeded by
// Options.Seed, the work runs on one goroutine, and outputs are sorted.
package balance
