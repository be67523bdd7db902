// Package conformance holds the one rule by which kg's tests that need an
// external tool (Debian's /usr/bin/python3 with NetworkX, igraph or SciPy,
// Graphviz's dot, node with Mermaid) run, skip or fail.
//
// It is imported only by _test.go files.
//
// # The rule
//
// A test asks for its tool through Python, Tool or Missing. When the tool
// is there, the test runs. When it is missing, the test is skipped with a
// line that says what to install, unless the environment variable
// KG_REQUIRE_CONFORMANCE is "1" (as CI sets it), which makes the missing
// tool a failure. Any other non-empty value is a mistake and fails too, so
// that KG_REQUIRE_CONFORMANCE=true cannot skip silently.
package conformance
