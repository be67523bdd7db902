package imports

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"kg/graph"
)

// names returns n names joined by "|", as a Kumu cell lists them.
func names(prefix string, n int) string {
	s := make([]string, n)
	for i := range s {
		s[i] = fmt.Sprintf("%s%d", prefix, i)
	}
	return strings.Join(s, "|")
}

// allocated returns the bytes fn allocates.
func allocated(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

// TestImportWideRow: one row listing 1,000 names on each side (9.8 KB)
// would make a million claims, which took 22.5 GiB before kg import was
// killed. It is refused at the cell, with a bounded allocation.
func TestImportWideRow(t *testing.T) {
	conn := "From,To,Type\n" + names("a", 1000) + "," + names("b", 1000) + ",ally\n"
	var err error
	bytes := allocated(func() { _, err = ReadCSV(nil, strings.NewReader(conn)) })
	hint := "\thint: a row makes a claim for every pair of its From and To names: split it into several rows"
	want := "connections.csv:2:1: From lists 1,000 names; kg import takes at most 100 names in a cell\n" + hint + "\n" +
		fmt.Sprintf("connections.csv:2:%d: To lists 1,000 names; kg import takes at most 100 names in a cell\n", len(names("a", 1000))+2) + hint
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
	if bytes > 1<<20 {
		t.Errorf("reading a %d-byte row allocated %d bytes, want at most 1 MiB", len(conn), bytes)
	}
	t.Logf("%d bytes allocated for a %d-byte input", bytes, len(conn))
}

// TestImportRowLimit: a row within the cell limit whose pairs pass the
// row limit is refused; one at the limit is taken.
func TestImportRowLimit(t *testing.T) {
	conn := "From,To\n" + names("a", 40) + "," + names("b", 25) + "\n" + names("c", 40) + "," + names("d", 26) + "\n"
	_, err := ReadCSV(nil, strings.NewReader(conn))
	want := "connections.csv:3:1: the row makes 1,040 claims (40 From times 26 To names); kg import makes at most 1,000 from one row\n" +
		"\thint: split it into several rows, each with fewer names"
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
	d, err := ReadCSV(nil, strings.NewReader("From,To\n"+names("a", 40)+","+names("b", 25)+"\n"))
	if err != nil || len(d.Claims) != 1000 {
		t.Fatalf("a row of 40 by 25 names: %v", err)
	}
}

// TestImportTotalLimit: past MaxClaims claims the reader stops at the row
// that passes it, and holds no more than that many claims' worth of memory.
func TestImportTotalLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200,001 rows")
	}
	var b strings.Builder
	b.WriteString("From,To\n")
	for i := range MaxClaims + 5 {
		fmt.Fprintf(&b, "a%d,b%d\n", i%1000, i/1000)
	}
	var err error
	bytes := allocated(func() { _, err = ReadCSV(nil, strings.NewReader(b.String())) })
	want := fmt.Sprintf("connections.csv:%d: more than 200,000 claims; kg import makes at most 200,000\n"+
		"\thint: split the input into several maps, each imported with its own --doc into its own folder", MaxClaims+2)
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
	if bytes > 400<<20 {
		t.Errorf("reading %d rows allocated %d MiB, want at most 400", MaxClaims+5, bytes>>20)
	}
	t.Logf("%d MiB allocated", bytes>>20)
}

// TestImportActorLimit: an elements file may not make more than MaxActors
// actors.
func TestImportActorLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200,001 rows")
	}
	var b strings.Builder
	b.WriteString("Label\n")
	for i := range MaxActors + 1 {
		fmt.Fprintf(&b, "e%d\n", i)
	}
	_, err := ReadCSV(strings.NewReader(b.String()), nil)
	if err == nil || !strings.HasPrefix(err.Error(), fmt.Sprintf("elements.csv:%d: more than 200,000 actors; kg import makes at most 200,000\n", MaxActors+2)) {
		t.Errorf("error: %v", err)
	}
}

// TestImportManyErrors: a reader stops after maxErrors errors.
func TestImportManyErrors(t *testing.T) {
	var b strings.Builder
	b.WriteString("From,To,Modality\n")
	for i := range 5000 {
		fmt.Fprintf(&b, "a%d,b%d,heavy\n", i, i)
	}
	_, err := ReadCSV(nil, strings.NewReader(b.String()))
	errs, _ := err.(graph.ErrorList)
	stopped := false
	for _, e := range errs {
		stopped = stopped || e.Error() == "connections.csv:1001:11: 1,000 errors; kg import stopped reading here"
	}
	if len(errs) != maxErrors+1 || !stopped {
		t.Errorf("%d errors, stopped %v", len(errs), stopped)
	}
}

// bigDraft is a draft of n claims among 100 actors, each with a note of
// noteLen bytes.
func bigDraft(n, noteLen int) *Draft {
	d := &Draft{Source: "a test", Types: []*graph.RelationType{{ID: "ally", Label: map[string]string{"en": "ally"}, Category: graph.Cooperation, Sign: graph.Positive}}}
	for i := range 100 {
		d.Actors = append(d.Actors, &graph.Actor{ID: fmt.Sprintf("a%02d", i), Names: map[string]string{"en": fmt.Sprintf("A %d", i)}, Kind: graph.State})
	}
	note := strings.Repeat("x", noteLen)
	for i := range n {
		d.Claims = append(d.Claims, &graph.Claim{ID: fmt.Sprintf("c%d", i), Source: d.Actors[i%100].ID, Target: d.Actors[(i+1+i/100%99)%100].ID,
			Type: "ally", Modality: graph.Asserted, Confidence: graph.Medium, Weight: 1, Note: fmt.Sprintf("claim %d: %s", i, note)})
	}
	return d
}

// claimFiles returns the claims files under dir, with their sizes.
func claimFiles(t *testing.T, dir string) map[string]int64 {
	t.Helper()
	entries, err := os.ReadDir(filepath.Join(dir, "data", "claims"))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int64{}
	for _, e := range entries {
		fi, _ := e.Info()
		m[e.Name()] = fi.Size()
	}
	return m
}

// TestWriteYAMLParts: claims past the part size go to doc.2.yaml,
// doc.3.yaml, ..., none larger than the part size, and kg's loader reads
// them back as one document.
func TestWriteYAMLParts(t *testing.T) {
	d := bigDraft(300, 100)
	dir := t.TempDir()
	if err := writeYAML(dir, d, "imported", 16<<10); err != nil {
		t.Fatal(err)
	}
	files := claimFiles(t, dir)
	if len(files) < 3 {
		t.Fatalf("claims files %v, want several", files)
	}
	for i := range len(files) {
		name := "imported.yaml"
		if i > 0 {
			name = fmt.Sprintf("imported.%d.yaml", i+1)
		}
		if size, ok := files[name]; !ok || size > 16<<10 {
			t.Errorf("%s: %d bytes (in %v)", name, size, files)
		}
	}
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.Claims) != len(d.Claims) {
		t.Errorf("loaded %d claims of %d", len(kb.Claims), len(d.Claims))
	}
}

// TestWriteYAMLPartsFullSize: an import larger than PartSize itself.
func TestWriteYAMLPartsFullSize(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and loads 20 MB")
	}
	d := bigDraft(25_000, 600)
	dir := t.TempDir()
	checkWritableIn(t, dir, d) // writes, loads and compares every claim
	files := claimFiles(t, dir)
	var total int64
	for _, size := range files {
		total += size
		if size > PartSize {
			t.Errorf("a part of %d bytes in %v", size, files)
		}
	}
	if _, ok := files["imported.2.yaml"]; !ok || total <= PartSize {
		t.Errorf("claims files %v", files)
	}
}

// TestWriteYAMLFailureLeavesNothing: a write that fails half way (here on
// a claim the YAML encoder refuses, after many written) leaves neither the
// output folder it would have made nor a temporary folder; in a folder
// that exists, it leaves what was there.
func TestWriteYAMLFailureLeavesNothing(t *testing.T) {
	d := bigDraft(2000, 10)
	d.Claims[1999].Note = "bad \xff byte"
	parent := t.TempDir()
	out := filepath.Join(parent, "new", "kb")
	err := writeYAML(out, d, "imported", 4<<10)
	if err == nil {
		t.Fatal("no error")
	}
	t.Log(err)
	if left, _ := os.ReadDir(parent); len(left) != 0 {
		t.Errorf("a failed write left %v", left)
	}
	existing := filepath.Join(parent, "existing")
	if err := os.MkdirAll(filepath.Join(existing, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(existing, "notes.txt"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := writeYAML(existing, d, "imported", 4<<10); err == nil {
		t.Fatal("no error")
	}
	var left []string
	filepath.WalkDir(existing, func(p string, _ os.DirEntry, _ error) error {
		left = append(left, p[len(existing):])
		return nil
	})
	if strings.Join(left, " ") != " /data /notes.txt" {
		t.Errorf("a failed write into a folder left %q", left)
	}
}

// TestImportGraphMLLimit: a GraphML file with more edges than MaxClaims is
// refused at the first edge past the limit, before any claim is made.
func TestImportGraphMLLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200,001 edges")
	}
	var b strings.Builder
	b.WriteString("<graphml>\n<graph>\n<node id=\"a\"/>\n<node id=\"b\"/>\n")
	for range MaxClaims + 1 {
		b.WriteString("<edge source=\"a\" target=\"b\"/>\n")
	}
	b.WriteString("</graph>\n</graphml>\n")
	var err error
	bytes := allocated(func() { _, err = ReadGraphML(strings.NewReader(b.String())) })
	want := fmt.Sprintf("graphml:%d: more than 200,000 claims; kg import makes at most 200,000\n"+
		"\thint: split the input into several maps, each imported with its own --doc into its own folder", MaxClaims+5)
	if err == nil || err.Error() != want {
		t.Errorf("error:\n%v\nwant:\n%s", err, want)
	}
	t.Logf("%d MiB allocated for %d MiB of GraphML", bytes>>20, b.Len()>>20)
}
