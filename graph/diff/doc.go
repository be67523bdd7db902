// Package diff compares the networks of two views: two documents, two
// eras, or the same view of two versions of the data.
//
// # Matching ties
//
// Two ties are the same when they join the same actors (in the same
// direction, for a directed relation type) and share the match value: the
// relation type (Options.Match MatchType, the default), its category
// (MatchCategory) or its sign (MatchSign); ParseMatch reads their names,
// "type", "category" and "sign". On each side the network's ties with
// the same key are merged into one Side, which keeps every claim behind
// them. A tie on one side only is added or removed; a tie on both sides is
// changed when its types, categories, signs, modalities, time (the span of
// its claims' times) or strength differ, and unchanged otherwise. Which
// claims and documents stand behind a tie is provenance, not a change.
//
// # Metrics, blocs and balance
//
// Each side's metrics and balance are computed as kg metrics and kg
// balance compute them with their default options (package graph/report).
// Ranks order each side's actors by a metric, largest first, ties broken by
// id. The two-bloc splits of the two sides are matched by the larger
// overlap before the actors whose bloc changed are listed (see Blocs).
//
// # Determinism
//
// Everything is compared by id and value, never by pointer, so the two
// networks may come from different knowledge bases. Every list is sorted,
// and the balance heuristics are seeded by Options.Seed.
package diff
