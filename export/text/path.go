package text

import (
	"fmt"
	"io"
	"strings"

	"kg/graph"
)

// Paths writes paths between two actors, each hop with its relation types
// and the documents and line spans behind them, as text or JSON.
func Paths(w io.Writer, paths []graph.Path, format string) error {
	if format == "json" {
		type tieOut struct {
			Source, Target, Type string
			Sign                 int
			Strength             float64
			Evidence             []string
		}
		type hopOut struct {
			From string   `json:"from"`
			To   string   `json:"to"`
			Ties []tieOut `json:"ties"`
		}
		type pathOut struct {
			Actors []string `json:"actors"`
			Cost   float64  `json:"cost"`
			Hops   []hopOut `json:"hops"`
		}
		out := []pathOut{}
		for _, p := range paths {
			po := pathOut{Actors: p.Actors, Cost: p.Cost}
			for _, h := range p.Hops {
				ho := hopOut{From: h.From, To: h.To}
				for _, t := range h.Ties {
					ho.Ties = append(ho.Ties, tieOut{t.Source, t.Target, t.Type.ID, int(t.Sign()), t.Strength, t.Refs()})
				}
				po.Hops = append(po.Hops, ho)
			}
			out = append(out, po)
		}
		return writeJSON(w, map[string]any{"paths": out})
	}
	var b strings.Builder
	for i, p := range paths {
		if i > 0 {
			b.WriteByte('\n')
		}
		fmt.Fprintf(&b, "path %d: %s (cost %s)\n", i+1, strings.Join(p.Actors, " - "), trimFloat(p.Cost))
		for _, h := range p.Hops {
			fmt.Fprintf(&b, "  %s - %s\n", h.From, h.To)
			for _, t := range h.Ties {
				arrow := "--"
				if t.Type.Directed {
					arrow = "->"
				}
				fmt.Fprintf(&b, "    %s %s %s  %s [%s]  %s\n", t.Source, arrow, t.Target, t.Type.ID, t.Sign(), strings.Join(t.Refs(), "; "))
			}
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func trimFloat(f float64) string {
	s := fmt.Sprintf("%.4f", f)
	s = strings.TrimRight(s, "0")
	return strings.TrimSuffix(s, ".")
}
