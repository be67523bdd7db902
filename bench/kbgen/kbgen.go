// Package kbgen writes a synthetic knowledge base of a given size, for
// benchmarks of loading, analysis and the build. Actors are clustered by
// document as in real corpora: each document draws 75% of its claims' actors
// from its own cluster, 15% from a few shared hubs and the rest from
// anywhere (pick). Its output is deterministic for a given seed.
package kbgen

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
)

// Size says how large a knowledge base to write.
type Size struct {
	Actors, Claims, Files int
	Seed                  uint64
}

var types = []struct{ id, category, sign string }{
	{"alliance", "alliance", "+"}, {"cooperation", "cooperation", "+"}, {"trade", "economic", "+"},
	{"support", "support", "+"}, {"rivalry", "rivalry", "-"}, {"war", "war", "-"},
	{"sanctions", "sanctions", "-"}, {"mediation", "mediation", "0"},
}

// Write writes data/ and seeds/ under dir.
func Write(dir string, s Size) error {
	rng := rand.New(rand.NewPCG(s.Seed, 1))
	data := filepath.Join(dir, "data")
	for _, d := range []string{filepath.Join(data, "claims"), filepath.Join(dir, "seeds")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	err := writeFile(filepath.Join(data, "actors.yaml"), func(w *bufio.Writer) {
		w.WriteString("actors:\n")
		for i := range s.Actors {
			fmt.Fprintf(w, "  - id: actor-%d\n    kind: state\n    names: {en: Actor %d, fa: بازیگر %d}\n    aliases:\n      en: [A%d, Capital %d]\n    codes: {cow: %d}\n", i, i, i, i, i, i%999+2)
		}
	})
	if err != nil {
		return err
	}
	err = writeFile(filepath.Join(data, "relation-types.yaml"), func(w *bufio.Writer) {
		w.WriteString("types:\n")
		for _, t := range types {
			fmt.Fprintf(w, "  - id: %s\n    label: {en: %s}\n    category: %s\n    sign: %q\n    directed: false\n", t.id, t.id, t.category, t.sign)
		}
	})
	if err != nil {
		return err
	}
	err = writeFile(filepath.Join(data, "eras.yaml"), func(w *bufio.Writer) {
		w.WriteString("eras:\n")
		for i := range 20 {
			fmt.Fprintf(w, "  - id: era-%d\n    label: {en: Era %d}\n    start: \"%d\"\n    end: \"%d\"\n", i, i, 1900+5*i, 1904+5*i)
		}
	})
	if err != nil {
		return err
	}
	per := (s.Claims + s.Files - 1) / s.Files
	for f := range s.Files {
		doc := fmt.Sprintf("doc-%03d", f)
		err = writeFile(filepath.Join(dir, "seeds", doc+".yaml"), func(w *bufio.Writer) {
			fmt.Fprintf(w, "id: %s\nfile: %s.txt\nsha256: %064x\nlanguage: en\ntitle: {en: Document %d}\ncovers: {start: \"1900\", end: \"2000\"}\nkind: report\n", doc, doc, f, f)
		})
		if err != nil {
			return err
		}
		err = writeFile(filepath.Join(data, "claims", doc+".yaml"), func(w *bufio.Writer) {
			fmt.Fprintf(w, "document: %s\nclaims:\n", doc)
			for i := range min(per, s.Claims-f*per) {
				a, b := pick(rng, s, f), pick(rng, s, f)
				for b == a {
					b = pick(rng, s, f)
				}
				t := types[rng.IntN(len(types))]
				line := 1 + rng.IntN(500)
				fmt.Fprintf(w, "  - id: c%d\n    source: actor-%d\n    target: actor-%d\n    type: %s\n", i, a, b, t.id)
				if i%2 == 0 {
					fmt.Fprintf(w, "    era: era-%d\n", rng.IntN(20))
				} else {
					y := 1900 + rng.IntN(100)
					fmt.Fprintf(w, "    start: \"%d-%02d\"\n    end: \"%d\"\n", y, 1+rng.IntN(12), y+rng.IntN(5))
				}
				fmt.Fprintf(w, "    modality: asserted\n    confidence: high\n    evidence:\n      - lines: %d-%d\n        cue: the two actors agreed\n    note: Synthetic claim %d of %s, written by the benchmark generator.\n", line, line+2, i, doc)
			}
		})
		if err != nil {
			return err
		}
	}
	return nil
}

// pick draws an actor for a claim of document f, as real corpora do: most
// from the document's own cluster (the actors f*Actors/Files up to the
// next document's), some from the shared hubs (the first 1% of actors,
// at least 5), the rest from anywhere.
func pick(rng *rand.Rand, s Size, f int) int {
	hubs := min(max(5, s.Actors/100), s.Actors)
	lo, hi := f*s.Actors/s.Files, (f+1)*s.Actors/s.Files
	switch r := rng.IntN(100); {
	case r < 75 && hi > lo:
		return lo + rng.IntN(hi-lo)
	case r < 90:
		return rng.IntN(hubs)
	}
	return rng.IntN(s.Actors)
}

func writeFile(path string, body func(w *bufio.Writer)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	body(w)
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
