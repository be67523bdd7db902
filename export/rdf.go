package export

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"kg/graph"
)

// The RDF export (docs/formats.md, "RDF"): kg's graph as triples for a
// triple store, in Turtle or N-Triples. Resources are URNs under urn:kg:
// (kg has no web domain of its own); the vocabulary is urn:kg:vocab#,
// with Web Annotation (oa:), PROV-O (prov:), Dublin Core terms, OWL and
// schema.org where they fit.
const (
	nsVocab    = "urn:kg:vocab#"
	nsActor    = "urn:kg:actor:"
	nsType     = "urn:kg:type:"
	nsEra      = "urn:kg:era:"
	nsDoc      = "urn:kg:document:"
	nsClaim    = "urn:kg:claim:"
	nsEvidence = "urn:kg:evidence:"
	nsRDF      = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
	nsRDFS     = "http://www.w3.org/2000/01/rdf-schema#"
	nsXSD      = "http://www.w3.org/2001/XMLSchema#"
	nsOWL      = "http://www.w3.org/2002/07/owl#"
	nsSchema   = "https://schema.org/"
	nsOA       = "http://www.w3.org/ns/oa#"
	nsProv     = "http://www.w3.org/ns/prov#"
	nsDCT      = "http://purl.org/dc/terms/"
	nsWD       = "http://www.wikidata.org/entity/"
)

// rdfPrefixes are the Turtle prefixes, in the order written.
var rdfPrefixes = [][2]string{
	{"kg", nsVocab}, {"actor", nsActor}, {"type", nsType}, {"era", nsEra}, {"doc", nsDoc},
	{"claim", nsClaim}, {"ev", nsEvidence},
	{"rdf", nsRDF}, {"rdfs", nsRDFS}, {"xsd", nsXSD}, {"owl", nsOWL}, {"schema", nsSchema},
	{"oa", nsOA}, {"prov", nsProv}, {"dcterms", nsDCT}, {"wd", nsWD},
}

// rdfTerm is an IRI (lit false) or a literal with a language tag or a
// datatype IRI.
type rdfTerm struct {
	lit                bool
	value, lang, dtype string
}

func iri(s string) rdfTerm { return rdfTerm{value: s} }

func str(s string) rdfTerm { return rdfTerm{lit: true, value: s} }

func langStr(s, lang string) rdfTerm { return rdfTerm{lit: true, value: s, lang: lang} }

func typed(s, dtype string) rdfTerm { return rdfTerm{lit: true, value: s, dtype: dtype} }

func integer(i int) rdfTerm { return typed(strconv.Itoa(i), nsXSD+"integer") }

func boolean(b bool) rdfTerm { return typed(strconv.FormatBool(b), nsXSD+"boolean") }

func double(f float64) rdfTerm {
	return typed(strconv.FormatFloat(f, 'E', -1, 64), nsXSD+"double")
}

// dateTerm is a partial date as an XML Schema literal: xsd:gYear,
// xsd:gYearMonth or xsd:date.
func dateTerm(d graph.Date) rdfTerm {
	s := d.String()
	switch strings.Count(s, "-") {
	case 0:
		return typed(s, nsXSD+"gYear")
	case 1:
		return typed(s, nsXSD+"gYearMonth")
	}
	return typed(s, nsXSD+"date")
}

type triple struct{ s, p, o rdfTerm }

// rdfGraph collects triples, subjects in the order first used.
type rdfGraph struct {
	triples []triple
}

func (g *rdfGraph) add(s rdfTerm, p string, o rdfTerm) {
	g.triples = append(g.triples, triple{s, iri(p), o})
}

// ClaimIRI is a claim's resource in the RDF export:
// urn:kg:claim:<document>/<claim id>.
func ClaimIRI(c *graph.Claim) string { return nsClaim + c.Document + "/" + c.ID }

// rdfTriples builds the triples of the view: its actors, the relation
// types and eras its claims use, its documents, and each claim with its
// evidence.
func rdfTriples(kb *graph.KB, n *graph.Network) *rdfGraph {
	g := &rdfGraph{}
	for _, act := range n.Actors {
		s := iri(nsActor + act.ID)
		g.add(s, nsRDF+"type", iri(nsVocab+"Actor"))
		g.add(s, nsVocab+"id", str(act.ID))
		g.add(s, nsVocab+"kind", str(act.Kind.String()))
		for _, l := range slices.Sorted(maps.Keys(act.Names)) {
			g.add(s, nsRDFS+"label", langStr(act.Names[l], l))
		}
		if act.PartOf != "" {
			g.add(s, nsVocab+"partOf", iri(nsActor+act.PartOf))
		}
		if q := act.Codes.Wikidata; q != "" {
			g.add(s, nsOWL+"sameAs", iri(nsWD+q))
			g.add(s, nsSchema+"sameAs", iri(nsWD+q))
		}
		if act.Codes.ISO3 != "" {
			g.add(s, nsVocab+"iso3", str(act.Codes.ISO3))
		}
		if act.Note != "" {
			g.add(s, nsRDFS+"comment", langStr(act.Note, "en"))
		}
	}
	types, eras, docs := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, c := range n.Claims {
		types[c.Type] = true
		if c.Era != "" {
			eras[c.Era] = true
		}
		docs[c.Document] = true
	}
	for _, t := range kb.Types {
		if !types[t.ID] {
			continue
		}
		s := iri(nsType + t.ID)
		g.add(s, nsRDF+"type", iri(nsVocab+"RelationType"))
		g.add(s, nsRDF+"type", iri(nsRDF+"Property"))
		g.add(s, nsVocab+"id", str(t.ID))
		for _, l := range slices.Sorted(maps.Keys(t.Label)) {
			g.add(s, nsRDFS+"label", langStr(t.Label[l], l))
		}
		g.add(s, nsVocab+"category", str(t.Category.String()))
		g.add(s, nsVocab+"sign", integer(int(t.Sign)))
		g.add(s, nsVocab+"directed", boolean(t.Directed))
	}
	for _, e := range kb.Eras {
		if !eras[e.ID] {
			continue
		}
		s := iri(nsEra + e.ID)
		g.add(s, nsRDF+"type", iri(nsVocab+"Era"))
		g.add(s, nsVocab+"id", str(e.ID))
		for _, l := range slices.Sorted(maps.Keys(e.Label)) {
			g.add(s, nsRDFS+"label", langStr(e.Label[l], l))
		}
		if !e.Period.Start.IsZero() {
			g.add(s, nsVocab+"start", dateTerm(e.Period.Start))
		}
		if !e.Period.End.IsZero() {
			g.add(s, nsVocab+"end", dateTerm(e.Period.End))
		}
	}
	for _, d := range kb.Documents {
		if !docs[d.ID] {
			continue
		}
		s := iri(nsDoc + d.ID)
		g.add(s, nsRDF+"type", iri(nsVocab+"Document"))
		g.add(s, nsRDF+"type", iri(nsProv+"Entity"))
		g.add(s, nsVocab+"id", str(d.ID))
		for _, l := range slices.Sorted(maps.Keys(d.Title)) {
			g.add(s, nsDCT+"title", langStr(d.Title[l], l))
		}
		if !d.Published.IsZero() {
			g.add(s, nsDCT+"issued", dateTerm(d.Published))
		}
		if d.Language != "" {
			g.add(s, nsDCT+"language", str(d.Language))
		}
		for _, au := range d.Authors {
			g.add(s, nsDCT+"creator", str(au))
		}
		if d.URL != "" {
			g.add(s, nsSchema+"url", str(d.URL))
		}
	}
	for _, c := range n.Claims {
		s := iri(ClaimIRI(c))
		g.add(s, nsRDF+"type", iri(nsVocab+"Claim"))
		g.add(s, nsVocab+"key", str(c.Key()))
		g.add(s, nsVocab+"source", iri(nsActor+c.Source))
		g.add(s, nsVocab+"target", iri(nsActor+c.Target))
		g.add(s, nsVocab+"relationType", iri(nsType+c.Type))
		g.add(s, nsVocab+"sign", integer(int(kb.ClaimSign(c))))
		if c.HasSign {
			g.add(s, nsVocab+"ownSign", integer(int(c.Sign)))
		}
		g.add(s, nsVocab+"modality", str(c.Modality.String()))
		if c.AttributedTo != "" {
			if c.AttributedActor {
				g.add(s, nsVocab+"attributedTo", iri(nsActor+c.AttributedTo))
			} else {
				g.add(s, nsVocab+"attributedTo", str(c.AttributedTo))
			}
		}
		g.add(s, nsVocab+"confidence", str(c.Confidence.String()))
		g.add(s, nsVocab+"weight", double(c.Weight))
		when := kb.ClaimTime(c)
		if !when.Start.IsZero() {
			g.add(s, nsVocab+"start", dateTerm(when.Start))
		}
		if !when.End.IsZero() {
			g.add(s, nsVocab+"end", dateTerm(when.End))
		}
		if c.Era != "" {
			g.add(s, nsVocab+"era", iri(nsEra+c.Era))
		}
		g.add(s, nsVocab+"document", iri(nsDoc+c.Document))
		g.add(s, nsProv+"wasDerivedFrom", iri(nsDoc+c.Document))
		if c.Note != "" {
			g.add(s, nsRDFS+"comment", langStr(c.Note, "en"))
		}
		for i, e := range c.Evidence {
			ev := nsEvidence + c.Document + "/" + c.ID + "/" + strconv.Itoa(i+1)
			es := iri(ev)
			g.add(s, nsVocab+"evidence", es)
			g.add(es, nsRDF+"type", iri(nsOA+"Annotation"))
			g.add(es, nsOA+"motivatedBy", iri(nsOA+"describing"))
			g.add(es, nsOA+"hasBody", s)
			g.add(es, nsOA+"hasTarget", iri(ev+"#target"))
			t := iri(ev + "#target")
			g.add(t, nsRDF+"type", iri(nsOA+"SpecificResource"))
			g.add(t, nsOA+"hasSource", iri(nsDoc+c.Document))
			g.add(t, nsOA+"hasSelector", iri(ev+"#lines"))
			g.add(t, nsOA+"hasSelector", iri(ev+"#quote"))
			ls := iri(ev + "#lines")
			g.add(ls, nsRDF+"type", iri(nsVocab+"LineSelector"))
			g.add(ls, nsVocab+"startLine", integer(e.Start))
			g.add(ls, nsVocab+"endLine", integer(e.End))
			g.add(ls, nsVocab+"lines", str(e.Lines()))
			qs := iri(ev + "#quote")
			g.add(qs, nsRDF+"type", iri(nsOA+"TextQuoteSelector"))
			g.add(qs, nsOA+"exact", str(e.Cue))
		}
		// The direct statement, for asserted claims only: a negated,
		// hypothetical, prospective or reported claim is no fact of the
		// text's own.
		if c.Modality == graph.Asserted {
			g.add(iri(nsActor+c.Source), nsType+c.Type, iri(nsActor+c.Target))
		}
	}
	return g
}

// ntEscape escapes a literal's text for N-Triples and Turtle's
// double-quoted strings.
func ntEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		default:
			if r < 0x20 || r == 0x7f || r == 0xFFFE || r == 0xFFFF {
				fmt.Fprintf(&b, `\u%04X`, r)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// iriEscape makes a string safe inside <...>: the characters N-Triples
// forbids there are percent-encoded.
func iriEscape(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c <= 0x20 || strings.IndexByte("<>\"{}|^`\\", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

func (t rdfTerm) nt() string {
	if !t.lit {
		return "<" + iriEscape(t.value) + ">"
	}
	s := `"` + ntEscape(t.value) + `"`
	if t.lang != "" {
		return s + "@" + t.lang
	}
	if t.dtype != "" {
		return s + "^^<" + t.dtype + ">"
	}
	return s
}

// localRE is what kg writes as a Turtle local name (a safe subset of
// PN_LOCAL).
var localRE = regexp.MustCompile(`^[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?$`)

func (t rdfTerm) ttl() string {
	if t.lit {
		if t.dtype != "" && t.lang == "" {
			return `"` + ntEscape(t.value) + `"^^` + iri(t.dtype).ttl()
		}
		return t.nt()
	}
	for _, p := range rdfPrefixes {
		if local, ok := strings.CutPrefix(t.value, p[1]); ok && localRE.MatchString(local) {
			return p[0] + ":" + local
		}
	}
	return t.nt()
}

// NTriples writes the view as N-Triples, one triple a line, in the order
// they are built (deterministic).
func NTriples(w io.Writer, kb *graph.KB, n *graph.Network) error {
	bw := bufio.NewWriter(w)
	for _, t := range rdfTriples(kb, n).triples {
		bw.WriteString(t.s.nt() + " " + t.p.nt() + " " + t.o.nt() + " .\n")
	}
	return bw.Flush()
}

// Turtle writes the view as Turtle: the prefixes, then each subject's
// triples together.
func Turtle(w io.Writer, kb *graph.KB, n *graph.Network) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintf(bw, "# kg: %s\n", strings.ReplaceAll(n.View.String(), "\n", " "))
	for _, p := range rdfPrefixes {
		fmt.Fprintf(bw, "@prefix %s: <%s> .\n", p[0], p[1])
	}
	var order []rdfTerm
	bySubject := map[rdfTerm][]triple{}
	for _, t := range rdfTriples(kb, n).triples {
		if _, ok := bySubject[t.s]; !ok {
			order = append(order, t.s)
		}
		bySubject[t.s] = append(bySubject[t.s], t)
	}
	for _, s := range order {
		ts := bySubject[s]
		bw.WriteString("\n" + s.ttl())
		for i, t := range ts {
			p := t.p.ttl()
			if t.p.value == nsRDF+"type" {
				p = "a"
			}
			sep := " ;\n    "
			if i == 0 {
				sep = " "
			}
			bw.WriteString(sep + p + " " + t.o.ttl())
		}
		bw.WriteString(" .\n")
	}
	return bw.Flush()
}
