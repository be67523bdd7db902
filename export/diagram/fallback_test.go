package diagram

import (
	"strings"
	"testing"
)

// TestFallbackEngine: the engine a late render is tried again with is set
// as a graph attribute Graphviz takes over the source's (the last one), and
// an sfdp graph is not "tried again" unchanged.
func TestFallbackEngine(t *testing.T) {
	for _, c := range []struct{ src, engine, next string }{
		{"digraph kg {\n\tgraph [layout=dot rankdir=LR]\n\ta -> b\n}\n", "dot", "neato"},
		{"digraph kg {\n\tgraph [layout=neato]\n\ta -> b\n}\n", "neato", "sfdp"},
		{"digraph kg {\n\tlayout=\"sfdp\"\n\ta -> b\n}\n", "sfdp", ""},
		{"digraph kg {\n\ta -> b\n}\n", "dot", "neato"},
	} {
		if got := layoutOf([]byte(c.src)); got != c.engine {
			t.Errorf("layoutOf(%q) = %q, want %q", c.src, got, c.engine)
		}
		next, ok := fallbackEngine[c.engine]
		if next != c.next || ok != (c.next != "") {
			t.Errorf("fallback of %s = %q, want %q", c.engine, next, c.next)
		}
		if !ok {
			continue
		}
		out := string(withEngine([]byte(c.src), next))
		if got := layoutOf([]byte(out)); got != next {
			t.Errorf("after withEngine(%s) the source asks for %q:\n%s", next, got, out)
		}
		if !strings.HasSuffix(out, "splines=false]\n}\n") {
			t.Errorf("the override is not the graph's last statement:\n%s", out)
		}
	}
}
