package graph

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// MaxFileSize is the largest YAML file Load reads. Larger files are refused
// before they are read, so a stray dump cannot exhaust memory.
const MaxFileSize = 64 << 20

// Options says where Load finds the knowledge base.
type Options struct {
	DataDir  string // actors.yaml, relation-types.yaml, eras.yaml, claims/
	SeedsDir string // the document registry: one <document-id>.yaml per document
}

type fileKind int

const (
	actorsFile fileKind = iota
	typesFile
	erasFile
	claimsFile
	seedFile
)

type job struct {
	path string
	kind fileKind
	base string // file name without .yaml, for claims and seed files
}

// Load reads and validates the knowledge base. On problems it returns the KB
// built from what could be read together with an ErrorList holding every
// problem, sorted by position. Checks that need the document texts are in
// package extract.
func Load(opts Options) (*KB, error) {
	var errs ErrorList
	jobs := listFiles(opts, &errs)
	results := make([]*parsed, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(len(jobs), 1)) {
		wg.Go(func() {
			for i := range next {
				results[i] = parseFile(jobs[i])
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	kb := merge(results, &errs)
	errs.Sort()
	kb.Warnings.Sort()
	return kb, errs.Err()
}

func listFiles(opts Options, errs *ErrorList) []job {
	var jobs []job
	for _, f := range []struct {
		name string
		kind fileKind
	}{{"actors.yaml", actorsFile}, {"relation-types.yaml", typesFile}, {"eras.yaml", erasFile}} {
		p := filepath.Join(opts.DataDir, f.name)
		if _, err := os.Stat(p); err != nil {
			errs.Add(Pos{File: p}, "cannot read: %v", unwrapPathError(err))
			continue
		}
		jobs = append(jobs, job{path: p, kind: f.kind})
	}
	jobs = append(jobs, listDir(filepath.Join(opts.DataDir, "claims"), claimsFile, false, errs)...)
	jobs = append(jobs, listDir(opts.SeedsDir, seedFile, true, errs)...)
	return jobs
}

// listDir lists the .yaml files of dir. A missing claims folder is an empty
// one; a missing registry folder is an error.
func listDir(dir string, kind fileKind, required bool, errs *ErrorList) []job {
	entries, err := os.ReadDir(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) && !required {
			return nil
		}
		errs.Add(Pos{File: dir}, "cannot read folder: %v", unwrapPathError(err))
		return nil
	}
	var jobs []job
	for _, e := range entries {
		name := e.Name()
		if strings.HasPrefix(name, ".") || e.IsDir() {
			continue
		}
		p := filepath.Join(dir, name)
		switch filepath.Ext(name) {
		case ".yaml":
			jobs = append(jobs, job{path: p, kind: kind, base: strings.TrimSuffix(name, ".yaml")})
		case ".yml":
			e := errs.Add(Pos{File: p}, "file is not read: kg reads .yaml files only")
			e.Hint = "rename it to " + strings.TrimSuffix(name, ".yml") + ".yaml"
		}
	}
	return jobs
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func parseFile(j job) *parsed {
	data, err := readLimited(j.path)
	if err != nil {
		p := newParsed()
		p.job = j
		p.errs.Add(Pos{File: j.path}, "%v", err)
		p.broken = true
		return p
	}
	return parseData(j, data)
}

// parseData parses the contents of one file.
func parseData(j job, data []byte) *parsed {
	p := newParsed()
	p.job = j
	r := &reader{file: j.path}
	defer func() { p.errs = append(p.errs, r.errs...) }()
	root := r.parseYAML(data)
	if root == nil {
		p.broken = true
		return p
	}
	switch j.kind {
	case actorsFile:
		parseActors(r, root, p)
	case typesFile:
		parseTypes(r, root, p)
	case erasFile:
		parseEras(r, root, p)
	case claimsFile:
		parseClaims(r, root, p, j.base)
	case seedFile:
		parseDocument(r, root, p, j.base)
	}
	return p
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPathError(err))
	}
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %d MiB; kg reads YAML files of at most %d MiB", st.Size()>>20, MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %v", unwrapPathError(err))
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file is larger than %d MiB, the most kg reads", MaxFileSize>>20)
	}
	return data, nil
}

// merge builds the KB from the per-file results and checks what spans files:
// duplicate ids, references, part_of cycles.
func merge(results []*parsed, errs *ErrorList) *KB {
	kb := &KB{
		ActorByID:    map[string]*Actor{},
		TypeByID:     map[string]*RelationType{},
		EraByID:      map[string]*Era{},
		DocumentByID: map[string]*Document{},
	}
	n := 0
	for _, p := range results {
		n += len(p.idPos)
	}
	idPos := make(map[any]Pos, n)
	for _, p := range results {
		*errs = append(*errs, p.errs...)
		kb.Warnings = append(kb.Warnings, p.warns...)
		for k, v := range p.idPos {
			idPos[k] = v
		}
	}
	dup := func(what, id string, pos, first Pos) {
		errs.Add(pos, "duplicate %s id %q (first defined at %s)", what, id, first)
	}
	for _, p := range results {
		addUnique(p.actors, func(a *Actor) string { return a.ID }, kb.ActorByID, &kb.Actors, func(a, prev *Actor) {
			dup("actor", a.ID, idPos[a], idPos[prev])
		})
		addUnique(p.types, func(t *RelationType) string { return t.ID }, kb.TypeByID, &kb.Types, func(t, prev *RelationType) {
			dup("relation type", t.ID, idPos[t], idPos[prev])
		})
		addUnique(p.eras, func(e *Era) string { return e.ID }, kb.EraByID, &kb.Eras, func(e, prev *Era) {
			dup("era", e.ID, idPos[e], idPos[prev])
		})
		if p.doc != nil {
			addUnique([]*Document{p.doc}, func(d *Document) string { return d.ID }, kb.DocumentByID, &kb.Documents, func(d, prev *Document) {
				dup("document", d.ID, idPos[d], idPos[prev])
			})
		}
	}
	type claimKey struct{ doc, id string }
	seenClaim := map[claimKey]*Claim{}
	for _, p := range results {
		for _, c := range p.claims {
			k := claimKey{c.Document, c.ID}
			if prev, ok := seenClaim[k]; ok {
				dup("claim", c.ID, idPos[c], idPos[prev])
				continue
			}
			seenClaim[k] = c
			kb.Claims = append(kb.Claims, c)
		}
	}
	// A file that could not be read at all has already been reported; its
	// ids are unknown, so references to them are not reported again.
	skip := map[string]bool{}
	for _, p := range results {
		if !p.broken {
			continue
		}
		switch p.job.kind {
		case actorsFile:
			skip["actor"] = true
		case typesFile:
			skip["type"] = true
		case erasFile:
			skip["era"] = true
		case seedFile:
			skip["document:"+p.job.base] = true
		}
	}
	for _, p := range results {
		checkRefs(kb, p.refs, skip, errs)
	}
	checkPartOf(kb, idPos, errs)
	checkTimes(kb, errs)
	checkFiles(kb, idPos, errs)

	slices.SortFunc(kb.Actors, func(a, b *Actor) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(kb.Types, func(a, b *RelationType) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(kb.Eras, func(a, b *Era) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(kb.Documents, func(a, b *Document) int { return cmp.Compare(a.ID, b.ID) })
	slices.SortFunc(kb.Claims, func(a, b *Claim) int {
		return cmp.Or(cmp.Compare(a.Document, b.Document), cmp.Compare(a.ID, b.ID))
	})
	return kb
}

// addUnique adds the items to the index and the list, in order; an item
// whose id is taken is reported through dup and left out.
func addUnique[T any](items []T, id func(T) string, index map[string]T, list *[]T, dup func(item, prev T)) {
	for _, x := range items {
		if prev, ok := index[id(x)]; ok {
			dup(x, prev)
			continue
		}
		index[id(x)] = x
		*list = append(*list, x)
	}
}

func checkRefs(kb *KB, refs []ref, skip map[string]bool, errs *ErrorList) {
	var ids = map[string]func() []string{
		"actor":    func() []string { return keys(kb.ActorByID) },
		"type":     func() []string { return keys(kb.TypeByID) },
		"era":      func() []string { return keys(kb.EraByID) },
		"document": func() []string { return keys(kb.DocumentByID) },
	}
	cache := map[string][]string{}
	for _, rf := range refs {
		var ok bool
		switch rf.kind {
		case "actor":
			_, ok = kb.ActorByID[rf.id]
		case "type":
			_, ok = kb.TypeByID[rf.id]
		case "era":
			_, ok = kb.EraByID[rf.id]
		case "document":
			_, ok = kb.DocumentByID[rf.id]
		}
		if ok || skip[rf.kind] || skip[rf.kind+":"+rf.id] {
			continue
		}
		if cache[rf.kind] == nil {
			cache[rf.kind] = ids[rf.kind]()
		}
		var e *Error
		if rf.kind == "document" {
			e = errs.Add(rf.pos, "document %q has no registry entry", rf.id)
		} else {
			what := rf.kind
			if what == "type" {
				what = "relation type"
			}
			e = errs.Add(rf.pos, "unknown %s %q", what, rf.id)
		}
		e.Hint = Suggest(rf.id, cache[rf.kind])
		if e.Hint == "" {
			e.Hint = rf.hint
		}
		if e.Hint == "" && rf.kind == "document" {
			e.Hint = fmt.Sprintf("add seeds/%s.yaml", rf.id)
		}
	}
}

func keys[M ~map[string]V, V any](m M) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// checkPartOf reports each part_of cycle once, at the position of the
// cycle's smallest id.
func checkPartOf(kb *KB, idPos map[any]Pos, errs *ErrorList) {
	reported := map[string]bool{}
	for _, id := range keys(kb.ActorByID) {
		var chain []string
		onChain := map[string]int{}
		cur := id
		for cur != "" && !reported[cur] {
			if at, ok := onChain[cur]; ok {
				cycle := chain[at:]
				for _, c := range cycle {
					reported[c] = true
				}
				start := slices.Min(cycle)
				i := slices.Index(cycle, start)
				ordered := append(append([]string{}, cycle[i:]...), cycle[:i]...)
				ordered = append(ordered, start)
				a := kb.ActorByID[start]
				errs.Add(idPos[a], "part_of cycle: %s", strings.Join(ordered, " -> "))
				break
			}
			onChain[cur] = len(chain)
			chain = append(chain, cur)
			a, ok := kb.ActorByID[cur]
			if !ok {
				break
			}
			cur = a.PartOf
		}
	}
}

// checkFiles reports documents registered twice under one file name.
func checkFiles(kb *KB, idPos map[any]Pos, errs *ErrorList) {
	byFile := map[string]*Document{}
	docs := slices.Clone(kb.Documents)
	slices.SortFunc(docs, func(a, b *Document) int { return cmp.Compare(a.ID, b.ID) })
	for _, d := range docs {
		if d.File == "" {
			continue
		}
		if prev, ok := byFile[d.File]; ok {
			errs.Add(idPos[d], "documents %q and %q are registered for the same file %q", prev.ID, d.ID, d.File)
			continue
		}
		byFile[d.File] = d
	}
}

// checkTimes reports claims whose own dates lie outside their document's
// window (covers start to publication), unless they are prospective or
// hypothetical, and claims whose era lies wholly outside it: a document
// cannot know what came after it, and what it says before its covers start
// it should say with a date.
func checkTimes(kb *KB, errs *ErrorList) {
	for _, c := range kb.Claims {
		d := kb.DocumentByID[c.Document]
		if d == nil {
			continue
		}
		w := d.Window()
		if c.Modality != Prospective && c.Modality != Hypothetical {
			for _, x := range []struct {
				what string
				date Date
				pos  Pos
			}{{"start", c.Time.Start, c.StartPos}, {"end", c.Time.End, c.EndPos}} {
				if x.date.IsZero() {
					continue
				}
				switch {
				case w.After(x.date):
					e := errs.Add(x.pos, "claim %q: %s %s is after its document's publication (%s)", c.ID, x.what, x.date, d.Published)
					e.Hint = fmt.Sprintf("a document cannot know what came after it: end by %s or leave end open (the time is clipped there); a forecast is prospective", d.Published)
				case w.Before(x.date):
					e := errs.Add(x.pos, "claim %q: %s %s is before its document's covers start (%s)", c.ID, x.what, x.date, d.Covers.Start)
					e.Hint = fmt.Sprintf("correct the date, or widen covers in %s if the text reaches back that far", d.Path)
				}
			}
		}
		if e := kb.EraByID[c.Era]; e != nil && !e.Period.Clip(w).Valid() {
			x := errs.Add(c.EraPos, "claim %q: era %q (%s) lies outside its document's window %s (covers start to publication)", c.ID, e.ID, e.Period, w)
			x.Hint = "give the claim its own dates, or the era the text means"
		}
	}
}
