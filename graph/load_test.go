package graph

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

func fixtureFiles(t testing.TB) map[string][]byte {
	t.Helper()
	root := filepath.Join("..", "testdata", "fixture")
	files := map[string][]byte{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		data, err := os.ReadFile(p)
		files[rel] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

func writeTree(t testing.TB, dir string, files map[string][]byte) Options {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")}
}

func TestLoadFixture(t *testing.T) {
	kb, err := Load(writeTree(t, t.TempDir(), fixtureFiles(t)))
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.Actors) != 4 || len(kb.Claims) != 4 || len(kb.Documents) != 1 {
		t.Fatalf("loaded %d actors, %d claims, %d documents; want 4, 4, 1", len(kb.Actors), len(kb.Claims), len(kb.Documents))
	}
	c := kb.Claims[1] // sorted: iran-iraq-alliance, iran-iraq-war, iraq-saudi-rapprochement, quds-force-iraq-support
	if c.ID != "iran-iraq-war" || c.Era != "iran-iraq-war" || c.Modality != Asserted || c.Confidence != High {
		t.Errorf("claim 1 = %+v", c)
	}
	if got := kb.ClaimTime(c).String(); got != "1980-09-22/1988-08-20" {
		t.Errorf("war claim time = %s", got)
	}
	if got := kb.ClaimTime(kb.Claims[2]).String(); got != "1980/2024" {
		t.Errorf("undated claim takes the document's period: got %s", got)
	}
	if kb.ActorByID["quds-force"].PartOf != "iran" {
		t.Errorf("part_of not read")
	}
	if g := kb.TypeByID["alliance"].Crosswalk.Goldstein; g == nil || *g != 8 {
		t.Errorf("goldstein not read: %v", g)
	}
}

// TestLoadDeterministic checks that problems come out in the same order
// whatever the number of parsing goroutines.
func TestLoadDeterministic(t *testing.T) {
	files := fixtureFiles(t)
	files["data/claims/doc-b.yaml"] = []byte("document: doc-b\nclaims:\n  - id: x\n    source: irann\n")
	files["data/eras.yaml"] = []byte("eras:\n  - id: Bad\n")
	opts := writeTree(t, t.TempDir(), files)
	var first string
	for _, procs := range []int{1, 2, 8} {
		old := runtime.GOMAXPROCS(procs)
		_, err := Load(opts)
		runtime.GOMAXPROCS(old)
		if err == nil {
			t.Fatal("want errors")
		}
		if first == "" {
			first = err.Error()
		} else if err.Error() != first {
			t.Fatalf("GOMAXPROCS=%d gives\n%s\nwant\n%s", procs, err, first)
		}
	}
}

// TestHostileYAML checks that an alias bomb and an oversized file are refused
// quickly, without reading them into a large structure.
func TestHostileYAML(t *testing.T) {
	files := fixtureFiles(t)
	var bomb strings.Builder
	bomb.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 30; i++ {
		bomb.WriteString("a" + strconv.Itoa(i) + ": &a" + strconv.Itoa(i) + " [")
		for j := range 10 {
			if j > 0 {
				bomb.WriteString(", ")
			}
			bomb.WriteString("*a" + strconv.Itoa(i-1))
		}
		bomb.WriteString("]\n")
	}
	bomb.WriteString("eras: *a29\n")
	files["data/eras.yaml"] = []byte(bomb.String())
	dir := t.TempDir()
	opts := writeTree(t, dir, files)

	big, err := os.Create(filepath.Join(dir, "data", "claims", "big.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := big.Truncate(MaxFileSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	big.Close()

	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	_, err = Load(opts)
	elapsed := time.Since(start)
	runtime.ReadMemStats(&after)
	if err == nil {
		t.Fatal("hostile input was accepted")
	}
	msg := err.Error()
	for _, want := range []string{"YAML aliases (*a29) are not supported", "kg reads YAML files of at most 64 MiB"} {
		if !strings.Contains(msg, want) {
			t.Errorf("errors lack %q:\n%s", want, msg)
		}
	}
	if grown := after.TotalAlloc - before.TotalAlloc; grown > 16<<20 {
		t.Errorf("allocated %d MiB while refusing hostile input", grown>>20)
	}
	if elapsed > 5*time.Second { // generous: a bomb that expanded would never finish
		t.Errorf("took %v", elapsed)
	}
}

// FuzzLoad feeds arbitrary bytes to the loader as each kind of file in turn.
// Load must never panic, whatever it is given.
func FuzzLoad(f *testing.F) {
	base := fixtureFiles(f)
	names := []string{"data/actors.yaml", "data/relation-types.yaml", "data/eras.yaml", "data/claims/doc-a.yaml", "seeds/doc-a.yaml"}
	for i, n := range names {
		f.Add(uint8(i), base[n])
	}
	scripts, _ := filepath.Glob(filepath.Join("..", "testdata", "script", "*.txtar"))
	for _, s := range scripts {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		for i, part := range bytes.Split(data, []byte("\n-- ")) {
			if i > 0 {
				if nl := bytes.IndexByte(part, '\n'); nl >= 0 {
					f.Add(uint8(i), part[nl+1:])
				}
			}
		}
	}
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		results := make([]*parsed, 0, len(names))
		for i, n := range names {
			kind := fileKind(i)
			body := base[n]
			if int(which)%len(names) == i {
				body = data
			}
			base := ""
			if kind == claimsFile || kind == seedFile {
				base = "doc-a"
			}
			results = append(results, parseData(job{path: n, kind: kind, base: base}, body))
		}
		var errs ErrorList
		kb := merge(results, &errs)
		errs.Sort()
		_ = errs.Error()
		for _, c := range kb.Claims {
			kb.ClaimTime(c)
		}
	})
}

func TestPartOfMapping(t *testing.T) {
	files := fixtureFiles(t)
	files["data/actors.yaml"] = append(files["data/actors.yaml"], []byte(`  - id: kadhimi
    kind: person
    names: {en: Mustafa al-Kadhimi}
    part_of: {actor: iraq, start: "2020-05-07", end: "2022-10-27"}
  - id: baath
    kind: party
    names: {en: Baath party}
    part_of: {actor: iraq, end: "2003"}
`)...)
	kb, err := Load(writeTree(t, t.TempDir(), files))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"kadhimi": "iraq 2020-05-07/2022-10-27", "baath": "iraq ../2003", "quds-force": "iran ../.."} {
		a := kb.ActorByID[id]
		if got := a.PartOf + " " + a.PartOfPeriod.String(); got != want {
			t.Errorf("%s: part_of %s, want %s", id, got, want)
		}
	}
}
