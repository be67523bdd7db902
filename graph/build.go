package graph

// Build makes a knowledge base from its parts, as Load does from files: it
// sorts the entities, fills the four index maps, and checks what spans
// entities: duplicate ids, claims and part_of links naming an actor,
// relation type, era or document that is not there, and part_of cycles.
// The index maps of parts are ignored. On problems Build returns the KB
// made of what was valid with an ErrorList, positioned at the entities' Pos
// (an entity made in memory has none, and its problems print without one).
//
// Build does not check the values of one entity (id syntax, dates, evidence
// spans): the parts are taken as a program made them. It is for tests and
// for importers that build a knowledge base in memory:
//
//	kb, err := graph.Build(graph.KB{Actors: actors, Types: types, Claims: claims, ...})
func Build(parts KB) (*KB, error) {
	var results []*parsed
	p := newParsed()
	p.job.kind = -1 // no file: nothing to skip when reporting references
	p.actors, p.types, p.eras, p.claims = parts.Actors, parts.Types, parts.Eras, parts.Claims
	for _, a := range parts.Actors {
		p.idPos[a] = a.Pos
		if a.PartOf != "" {
			p.refs = append(p.refs, ref{kind: "actor", id: a.PartOf, pos: a.Pos})
		}
	}
	for _, t := range parts.Types {
		p.idPos[t] = t.Pos
	}
	for _, e := range parts.Eras {
		p.idPos[e] = e.Pos
	}
	for _, c := range parts.Claims {
		p.idPos[c] = c.Pos
		p.refs = append(p.refs, ref{kind: "document", id: c.Document, pos: c.Pos}, ref{kind: "actor", id: c.Source, pos: c.Pos},
			ref{kind: "actor", id: c.Target, pos: c.Pos}, ref{kind: "type", id: c.Type, pos: c.Pos})
		if c.Era != "" {
			p.refs = append(p.refs, ref{kind: "era", id: c.Era, pos: c.Pos})
		}
	}
	results = append(results, p)
	// Load's results hold one document each.
	for _, d := range parts.Documents {
		pd := newParsed()
		pd.job.kind = -1
		pd.doc = d
		pd.idPos[d] = d.Pos
		results = append(results, pd)
	}
	var errs ErrorList
	kb := merge(results, &errs)
	errs.Sort()
	return kb, errs.Err()
}
