package text

import (
	"fmt"
	"io"
	"strings"

	"kg/graph"
)

// Communities writes both community analyses of a view as text or JSON.
func Communities(w io.Writer, n *graph.Network, c graph.Communities, seed uint64, format string) error {
	if format == "json" {
		part := func(p graph.Partition) map[string]any {
			comms := p.Communities
			if comms == nil {
				comms = [][]string{}
			}
			m := map[string]any{"communities": comms, "modularity": round(p.Modularity)}
			if p.Restricted {
				m["search"] = fmt.Sprintf("restricted: more than %d actors, so each actor tried only the communities it has ties to and one empty one", graph.SignedSearchAllMax)
			}
			return m
		}
		return writeJSON(w, map[string]any{
			"view": n.View.Map(), "seed": seed,
			"louvain": part(c.Louvain), "signed": part(c.Signed),
		})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "view: %s\nseed: %d\n", n.View, seed)
	for _, s := range []struct {
		title string
		p     graph.Partition
	}{{"Louvain on positive ties", c.Louvain}, {"signed blocs (positive layer +1, negative layer -1)", c.Signed}} {
		fmt.Fprintf(&b, "\n%s: %d communities, modularity %.4f\n", s.title, len(s.p.Communities), s.p.Modularity)
		if s.p.Restricted {
			fmt.Fprintf(&b, "  (more than %d actors: each actor tried only the communities it has ties to and one empty one, not every community)\n", graph.SignedSearchAllMax)
		}
		for i, comm := range s.p.Communities {
			fmt.Fprintf(&b, "  %d. %s\n", i+1, strings.Join(comm, ", "))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// round keeps 12 significant decimals so that JSON output does not carry
// the last-bit noise of floating point sums.
func round(f float64) float64 {
	if f != f || f > 1e300 || f < -1e300 {
		return 0
	}
	const scale = 1e12
	return float64(int64(f*scale+copysignHalf(f))) / scale
}

func copysignHalf(f float64) float64 {
	if f < 0 {
		return -0.5
	}
	return 0.5
}
