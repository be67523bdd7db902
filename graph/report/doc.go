// Package report computes what kg reports about a view's network: the
// per-actor and per-graph metrics, and structural balance, with every
// finding traced back to the ties and claims behind it.
//
// # Metrics
//
// Centralities are computed by package graph/metrics, which matches
// NetworkX's default normalizations, on one projection of the network: by
// default the undirected simple graph of positive ties, unweighted, with
// every actor of the view as a node (isolates included). Options select the
// directed projection, all ties, or tie strengths as weights. Degree counts
// distinct neighbours over all ties; positive and negative degree over
// positive and negative ties; in and out degree over the directed
// projection of all ties.
//
// # Balance
//
// Balance is computed by package graph/balance on the signed projection
// (graph.Network.Signed): one signed edge per pair of actors.
package report
