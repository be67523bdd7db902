// Package graph holds kg's knowledge base: the data model of actors, relation
// types, eras, documents and claims, its loading from curated YAML, and its
// validation.
//
// # Positions
//
// Every value read from YAML keeps the file, line and column it came from, so
// that each problem is reported as path:line:col: message. Load collects every
// problem it finds rather than stopping at the first; the caller gets them all
// at once, sorted by position, as an ErrorList.
//
// # Dates
//
// Dates are partial ISO dates (YYYY, YYYY-MM or YYYY-MM-DD). A partial date
// stands for the whole period it names, so 1988 covers 1988-01-01 through
// 1988-12-31, and intervals built from them overlap when any day is shared.
package graph
