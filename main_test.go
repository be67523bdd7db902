package main

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"kg/extract"
	"kg/graph"
)

var update = flag.Bool("update", false, "rewrite the expected outputs in testdata")

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"kg": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the CLI scripts in testdata/script. In them, the command
// "fixture" copies the small valid knowledge base of testdata/fixture into
// the work folder without overwriting the files a script brings, so each
// script holds only what it breaks.
func TestScripts(t *testing.T) {
	fixture, err := filepath.Abs("testdata/fixture")
	if err != nil {
		t.Fatal(err)
	}
	// go-graphviz compiles its WebAssembly when the kg binary starts and
	// caches the result under $TMPDIR/go-graphviz. testscript gives each
	// script its own TMPDIR, which would recompile it for every command;
	// share the test process's instead.
	tmp := os.TempDir()
	testscript.Run(t, testscript.Params{
		Dir:           "testdata/script",
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			env.Setenv("TMPDIR", tmp)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"fixture": func(ts *testscript.TestScript, neg bool, args []string) {
				if neg || len(args) != 0 {
					ts.Fatalf("usage: fixture")
				}
				ts.Check(copyMissing(fixture, ts.Getenv("WORK")))
			},
		},
	})
}

// copyMissing copies the tree at src into dst, leaving files that already
// exist in dst alone.
func copyMissing(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if _, err := os.Stat(target); err == nil {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// TestRealData loads the repository's own knowledge base. With KG_CORPUS set
// (as .ci/run does) it also checks every claim's evidence against the texts.
func TestRealData(t *testing.T) {
	kb, err := graph.Load(graph.Options{DataDir: "data", SeedsDir: "seeds"})
	if err != nil {
		t.Fatal(err)
	}
	if dir := os.Getenv("KG_CORPUS"); dir != "" {
		c, err := extract.OpenCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		if errs := extract.CheckEvidence(kb, c); len(errs) > 0 {
			t.Fatalf("evidence problems:\n%v", errs)
		}
	} else {
		t.Log("KG_CORPUS not set: evidence not checked")
	}
	used := map[string]bool{}
	for _, c := range kb.Claims {
		used["document:"+c.Document] = true
		used["actor:"+c.Source] = true
		used["actor:"+c.Target] = true
		used["type:"+c.Type] = true
		if c.Era != "" {
			used["era:"+c.Era] = true
		}
	}
	for _, a := range kb.Actors {
		if a.PartOf != "" {
			used["actor:"+a.PartOf] = true
		}
	}
	// An era is used when a claim names it or a claim's time overlaps it.
	for _, e := range kb.Eras {
		for _, c := range kb.Claims {
			if c.Modality == graph.Asserted && kb.ClaimTime(c).Overlaps(e.Period) {
				used["era:"+e.ID] = true
				break
			}
		}
	}
	for _, d := range kb.Documents {
		if !used["document:"+d.ID] {
			t.Errorf("document %s has no claims", d.ID)
		}
	}
	for _, a := range kb.Actors {
		if !used["actor:"+a.ID] {
			t.Errorf("actor %s is defined but no claim uses it", a.ID)
		}
	}
	for _, ty := range kb.Types {
		if !used["type:"+ty.ID] {
			t.Errorf("relation type %s is defined but no claim uses it", ty.ID)
		}
	}
	for _, e := range kb.Eras {
		if !used["era:"+e.ID] {
			t.Errorf("era %s is defined but no claim falls in it", e.ID)
		}
	}
	// Every category of the vocabulary has a relation type.
	cats := map[graph.Category]bool{}
	for _, ty := range kb.Types {
		cats[ty.Category] = true
	}
	for _, c := range graph.Categories() {
		if !cats[c] {
			t.Errorf("no relation type in category %s", c)
		}
	}
}

// goldenCases run kg on the repository's real data; their output is
// compared byte for byte with testdata/golden. go test -update rewrites them.
var goldenCases = []struct {
	name string
	args []string
}{
	{"path-doc.json", []string{"path", "--doc", "pourhassan-seifi-soft-alliance", "--k", "3", "--format", "json", "iran", "united-states"}},
	{"path-era.txt", []string{"path", "--era", "post-saddam", "--positive", "--k", "2", "iraq", "russia"}},
	{"communities-doc.json", []string{"communities", "--doc", "ghani-asgarian-russia-coalition", "--format", "json"}},
	{"communities-era.json", []string{"communities", "--era", "syrian-civil-war", "--format", "json"}},
	{"export-doc.json", []string{"export", "--doc", "mehr-iran-iraq-regional-balance"}},
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		t.Run(tc.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			if code := run(tc.args, &stdout, &stderr); code != 0 {
				t.Fatalf("kg %v: exit %d\n%s", tc.args, code, stderr.String())
			}
			path := filepath.Join("testdata", "golden", tc.name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(stdout.String()), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if got := stdout.String(); got != string(want) {
				t.Errorf("kg %v differs from %s (go test -update rewrites it)\ngot:\n%s", tc.args, path, head(got, 40))
			}
		})
	}
}

func head(s string, lines int) string {
	parts := strings.SplitN(s, "\n", lines+1)
	if len(parts) > lines {
		parts = parts[:lines]
	}
	return strings.Join(parts, "\n")
}
