package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"kg/export/diagram"
)

// withRenderer runs the tests with a kg-render built once for this test
// binary ($KG_RENDER, unless already set) and a private cache folder of
// their own ($XDG_CACHE_HOME), removed at the end. GOCACHE is pinned
// first: the Go toolchain keeps its build cache under XDG_CACHE_HOME too.
type withRenderer struct{ m *testing.M }

// testBin holds the binaries built for the tests.
var testBin string

func (w withRenderer) Run() int {
	dir, err := os.MkdirTemp("", "kg-test-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		panic(err)
	}
	os.Setenv("GOCACHE", strings.TrimSpace(string(gocache)))
	testBin = filepath.Join(dir, "bin")
	if os.Getenv("KG_RENDER") == "" {
		exe := filepath.Join(testBin, "kg-render")
		if out, err := exec.Command("go", "build", "-o", exe, "./export/diagram/kg-render").CombinedOutput(); err != nil {
			os.Stderr.Write(out)
			panic(err)
		}
		os.Setenv("KG_RENDER", exe)
	}
	os.Setenv("XDG_CACHE_HOME", filepath.Join(dir, "cache"))
	return w.m.Run()
}

var kgBuilds struct {
	sync.Mutex
	exe map[bool]string
}

// kgBinary builds the kg binary once per test binary. A moved one is built
// from a copy of the source tree, removed afterwards: it records a source
// folder that is gone, as when kg was built elsewhere.
func kgBinary(t *testing.T, moved bool) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the kg binary")
	}
	kgBuilds.Lock()
	defer kgBuilds.Unlock()
	if exe, ok := kgBuilds.exe[moved]; ok {
		return exe
	}
	src := "."
	exe := filepath.Join(testBin, "kg", "kg")
	if moved {
		exe = filepath.Join(testBin, "kg-moved", "kg")
		var err error
		if src, err = os.MkdirTemp("", "kg-src-"); err != nil {
			t.Fatal(err)
		}
		defer os.RemoveAll(src)
		if err := copyTree(".", src); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command("go", "build", "-o", exe, ".")
	cmd.Dir = src
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	if kgBuilds.exe == nil {
		kgBuilds.exe = map[bool]string{}
	}
	kgBuilds.exe[moved] = exe
	return exe
}

// copyTree copies the source tree at src into dst, leaving out .git and
// build output.
func copyTree(src, dst string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && p != src && (strings.HasPrefix(d.Name(), ".") && d.Name() != ".ci" || d.Name() == "out") {
			return filepath.SkipDir
		}
		target := filepath.Join(dst, p)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
}

// kgRun runs a kg binary in dir with this process's environment changed by
// env ("NAME=value"; "NAME=" removes NAME), and returns its exit code and
// combined output.
func kgRun(t *testing.T, exe, dir string, env []string, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(exe, args...)
	cmd.Dir = dir
	drop := map[string]bool{}
	for _, kv := range env {
		name, _, _ := strings.Cut(kv, "=")
		drop[name] = true
	}
	for _, kv := range os.Environ() {
		if name, _, _ := strings.Cut(kv, "="); !drop[name] {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	for _, kv := range env {
		if !strings.HasSuffix(kv, "=") {
			cmd.Env = append(cmd.Env, kv)
		}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode(), string(out)
		}
		t.Fatalf("%s: %v", exe, err)
	}
	return 0, string(out)
}

// snapshot reads every file under dir, by path relative to dir.
func snapshot(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[rel] = string(data)
		return err
	})
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return files
}

// renderArgs draw the diagram fixture, from any working folder.
func renderArgs(t *testing.T, format, out string) []string {
	data, _ := filepath.Abs("testdata/diagram/data")
	seeds, _ := filepath.Abs("testdata/diagram/seeds")
	return []string{"--data", data, "--seeds", seeds, "render", "--modality", "all", "--format", format, "-o", out}
}

// isSVG reports whether a file holds a well-formed SVG document.
func isSVG(t *testing.T, path string) bool {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Errorf("no SVG: %v", err)
		return false
	}
	var doc struct{ XMLName xml.Name }
	if err := xml.Unmarshal(data, &doc); err != nil || doc.XMLName.Local != "svg" {
		t.Errorf("%s is not an SVG document (%v): %.200s", path, err, data)
		return false
	}
	return true
}

// TestSharedTmpIgnored plants go-graphviz's cache in the shared temporary
// folder, every entry corrupt (as another user who made the folder first
// could: a corrupt entry made every kg command panic, a forged one ran its
// code). kg, even `kg help`, and its renders must not read it, nor write
// anything into TMPDIR.
func TestSharedTmpIgnored(t *testing.T) {
	exe := kgBinary(t, false)
	work := t.TempDir()
	// a valid cache, to learn its entries' names
	private := t.TempDir()
	if code, out := kgRun(t, exe, work, []string{"XDG_CACHE_HOME=" + private}, renderArgs(t, "svg", filepath.Join(work, "a.svg"))...); code != 0 {
		t.Fatalf("render: exit %d\n%s", code, out)
	}
	valid := snapshot(t, filepath.Join(private, "kg", "render-tmp", "go-graphviz"))
	if len(valid) == 0 {
		t.Fatal("no go-graphviz cache entries in kg's private folder")
	}
	shared := t.TempDir()
	for rel := range valid {
		p := filepath.Join(shared, "go-graphviz", rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		// a valid entry cut short: the right header, then too little code
		if err := os.WriteFile(p, []byte(valid[rel][:len(valid[rel])/2]), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	planted := snapshot(t, shared)
	// the plant is armed: go-graphviz itself, given this TMPDIR, fails
	cmd := exec.Command(os.Getenv("KG_RENDER"), "plain")
	cmd.Env = append(os.Environ(), "TMPDIR="+shared)
	cmd.Stdin = strings.NewReader("digraph { a -> b }")
	if out, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(out), "panic") {
		t.Fatalf("kg-render run by hand with the planted TMPDIR did not panic: %v\n%.300s", err, out)
	}

	env := []string{"TMPDIR=" + shared, "XDG_CACHE_HOME=" + t.TempDir()}
	if code, out := kgRun(t, exe, work, env, "help"); code != 0 {
		t.Errorf("kg help with a planted TMPDIR: exit %d\n%.500s", code, out)
	}
	svg := filepath.Join(work, "b.svg")
	if code, out := kgRun(t, exe, work, env, renderArgs(t, "svg", svg)...); code != 0 {
		t.Errorf("kg render with a planted TMPDIR: exit %d\n%.500s", code, out)
	} else {
		isSVG(t, svg)
	}
	after := snapshot(t, shared)
	if len(after) != len(planted) {
		t.Errorf("files in the shared TMPDIR: %d before, %d after", len(planted), len(after))
	}
	for rel, data := range planted {
		if after[rel] != data {
			t.Errorf("%s in the shared TMPDIR changed", rel)
		}
	}

	empty := t.TempDir()
	env = []string{"TMPDIR=" + empty, "XDG_CACHE_HOME=" + t.TempDir()}
	if code, out := kgRun(t, exe, work, env, renderArgs(t, "svg", svg)...); code != 0 {
		t.Errorf("kg render: exit %d\n%s", code, out)
	}
	if left, _ := os.ReadDir(empty); len(left) > 0 {
		t.Errorf("kg render wrote into TMPDIR: %v", left)
	}
}

// TestPrivateFolderRefused: kg's private cache folder (or one inside it)
// that others can write, that another user owns, or that is a symbolic
// link, is refused with a message that says why and what to do; nothing is
// drawn, and DOT output still works.
func TestPrivateFolderRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("modes and owners are Unix's")
	}
	cases := []struct {
		name  string
		setup func(t *testing.T, base string)
		want  []string
	}{
		{"open to others", func(t *testing.T, base string) {
			mkdirMode(t, filepath.Join(base, "kg"), 0o755)
		}, []string{`has mode drwxr-xr-x, open to other users; kg refuses to use it`, `hint: chmod 700 "`}},
		{"group-writable subfolder", func(t *testing.T, base string) {
			mkdirMode(t, filepath.Join(base, "kg"), 0o700)
			mkdirMode(t, filepath.Join(base, "kg", "render-tmp"), 0o770)
		}, []string{`render-tmp" has mode drwxrwx---, open to other users`}},
		{"symbolic link", func(t *testing.T, base string) {
			target := t.TempDir()
			if err := os.Symlink(target, filepath.Join(base, "kg")); err != nil {
				t.Fatal(err)
			}
		}, []string{`is a symbolic link, not a folder of its own; kg refuses to use it`, `hint: remove "`}},
		{"another user's", func(t *testing.T, base string) {
			if os.Geteuid() != 0 {
				t.Skip("needs root to give a folder to another user")
			}
			dir := filepath.Join(base, "kg")
			mkdirMode(t, dir, 0o700)
			if err := os.Chown(dir, 65534, 65534); err != nil {
				t.Fatal(err)
			}
		}, []string{`belongs to user 65534, not to you (user 0); kg refuses to use it`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			base := t.TempDir()
			c.setup(t, base)
			t.Setenv("XDG_CACHE_HOME", base)
			out := filepath.Join(t.TempDir(), "d.svg")
			var stdout, stderr strings.Builder
			if code := run(renderArgs(t, "svg", out), &stdout, &stderr); code != exitData {
				t.Errorf("exit %d, want %d\n%s", code, exitData, stderr.String())
			}
			for _, w := range c.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr lacks %q:\n%s", w, stderr.String())
				}
			}
			if _, err := os.Stat(out); err == nil {
				t.Error("an SVG was written")
			}
			dot := filepath.Join(t.TempDir(), "d.dot")
			stderr.Reset()
			if code := run(renderArgs(t, "dot", dot), &stdout, &stderr); code != 0 {
				t.Errorf("DOT output: exit %d\n%s", code, stderr.String())
			}
		})
	}
}

func mkdirMode(t *testing.T, dir string, mode fs.FileMode) {
	t.Helper()
	if err := os.Mkdir(dir, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, mode); err != nil { // whatever the umask
		t.Fatal(err)
	}
}

// TestCorruptCacheRecovered corrupts every entry of go-graphviz's cache in
// kg's private folder and adds junk beside them: go-graphviz then panics at
// start, and kg must start over with an empty cache and still draw, leaving
// a good cache behind.
func TestCorruptCacheRecovered(t *testing.T) {
	base := t.TempDir()
	t.Setenv("XDG_CACHE_HOME", base)
	out := filepath.Join(t.TempDir(), "d.svg")
	var stdout, stderr strings.Builder
	if code := run(renderArgs(t, "svg", out), &stdout, &stderr); code != 0 {
		t.Fatalf("render: exit %d\n%s", code, stderr.String())
	}
	tmp := filepath.Join(base, "kg", "render-tmp")
	cache := filepath.Join(tmp, "go-graphviz")
	entries := snapshot(t, cache)
	if len(entries) == 0 {
		t.Fatal("no go-graphviz cache entries in kg's private folder")
	}
	junk := []byte("not a compiled module")
	for rel := range entries {
		if err := os.WriteFile(filepath.Join(cache, rel), junk, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(cache, rel+"0"), junk, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// the corruption is real: go-graphviz panics on this cache
	cmd := exec.Command(os.Getenv("KG_RENDER"), "plain")
	cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
	cmd.Stdin = strings.NewReader("digraph { a -> b }")
	if msg, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(msg), "panic") {
		t.Fatalf("kg-render on the corrupt cache did not panic: %v\n%.300s", err, msg)
	}
	os.Remove(out)
	stderr.Reset()
	if code := run(renderArgs(t, "svg", out), &stdout, &stderr); code != 0 {
		t.Fatalf("render with a corrupt cache: exit %d\n%s", code, stderr.String())
	}
	isSVG(t, out)
	after := snapshot(t, cache)
	for rel := range entries {
		if data, ok := after[rel]; !ok || data == string(junk) {
			t.Errorf("cache entry %s was not made anew", rel)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(base, "kg", "render-tmp.old-*")); len(left) > 0 {
		t.Errorf("the corrupt cache was left behind: %v", left)
	}
}

// TestRendererFound checks where kg looks for kg-render, in order:
// $KG_RENDER, beside the kg executable, on PATH, built from the source
// tree (the working folder's module, or the folder kg was compiled from);
// and the message when it is nowhere.
func TestRendererFound(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("uses shell scripts as stand-ins for kg-render")
	}
	kg := kgBinary(t, true)
	bin := t.TempDir()
	exe := filepath.Join(bin, "kg")
	copyFile(t, kg, exe)
	fake := func(path, word string) {
		script := "#!/bin/sh\ncat >/dev/null\necho '<svg>" + word + "</svg>'\n"
		if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	onPath := t.TempDir()
	fake(filepath.Join(onPath, "kg-render"), "path")
	fake(filepath.Join(bin, "kg-render"), "beside")
	fromEnv := filepath.Join(t.TempDir(), "my-renderer")
	fake(fromEnv, "env")
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	basePath := filepath.Join(strings.TrimSpace(string(goroot)), "bin") + ":/usr/bin:/bin"
	for _, d := range filepath.SplitList(basePath) {
		if _, err := os.Stat(filepath.Join(d, "kg-render")); err == nil {
			t.Skipf("a kg-render is installed in %s", d)
		}
	}
	work := t.TempDir()
	out := filepath.Join(work, "d.svg")
	drawn := func(env []string, dir string) string {
		t.Helper()
		os.Remove(out)
		env = append(env, "XDG_CACHE_HOME="+t.TempDir())
		code, msg := kgRun(t, exe, dir, env, renderArgs(t, "svg", out)...)
		if code != 0 {
			return fmt.Sprintf("exit %d: %s", code, msg)
		}
		data, _ := os.ReadFile(out)
		return string(bytes.TrimSpace(data))
	}
	for _, c := range []struct {
		name string
		env  []string
		want string
	}{
		{"KG_RENDER first", []string{"KG_RENDER=" + fromEnv, "PATH=" + onPath + ":" + basePath}, "<svg>env</svg>"},
		{"beside kg next", []string{"KG_RENDER=", "PATH=" + onPath + ":" + basePath}, "<svg>beside</svg>"},
	} {
		if got := drawn(c.env, work); got != c.want {
			t.Errorf("%s: drew %q, want %q", c.name, got, c.want)
		}
	}
	os.Remove(filepath.Join(bin, "kg-render"))
	if got := drawn([]string{"KG_RENDER=", "PATH=" + onPath + ":" + basePath}, work); got != "<svg>path</svg>" {
		t.Errorf("on PATH: drew %q", got)
	}

	// nowhere: a KG_RENDER that is not there, and no kg-render at all
	env := []string{"KG_RENDER=" + filepath.Join(work, "missing"), "PATH=" + basePath, "XDG_CACHE_HOME=" + t.TempDir()}
	if code, msg := kgRun(t, exe, work, env, renderArgs(t, "svg", out)...); code != exitData || !strings.Contains(msg, `KG_RENDER="`+filepath.Join(work, "missing")+`"`) {
		t.Errorf("a missing $KG_RENDER: exit %d\n%s", code, msg)
	}
	env[0] = "KG_RENDER="
	code, msg := kgRun(t, exe, work, env, renderArgs(t, "svg", out)...)
	if code != exitData || !strings.Contains(msg, "cannot find kg-render") || !strings.Contains(msg, "hint: run `go install . ./export/diagram/kg-render` in kg's source folder") {
		t.Errorf("no kg-render anywhere: exit %d\n%s", code, msg)
	}
	if code, msg := kgRun(t, exe, work, env, renderArgs(t, "dot", filepath.Join(work, "d.dot"))...); code != 0 {
		t.Errorf("DOT output without kg-render: exit %d\n%s", code, msg)
	}

	// built from the source tree: the working folder's module (this kg's
	// recorded source folder is gone), then once more from the cache; and
	// from the folder a kg was compiled from, run elsewhere
	root, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	cacheHome := t.TempDir()
	env = []string{"KG_RENDER=", "PATH=" + basePath, "XDG_CACHE_HOME=" + cacheHome}
	for i, when := range []string{"first", "cached"} {
		start := time.Now()
		code, msg := kgRun(t, exe, root, env, renderArgs(t, "svg", out)...)
		if code != 0 {
			t.Fatalf("%s render from the source tree: exit %d\n%s", when, code, msg)
		}
		t.Logf("%s render from the source tree: %.2fs", when, time.Since(start).Seconds())
		if built := strings.Contains(msg, "kg: building kg-render from "+root); built != (i == 0) {
			t.Errorf("%s render: built kg-render %v, want %v\n%s", when, built, i == 0, msg)
		}
		isSVG(t, out)
	}
	if built, _ := filepath.Glob(filepath.Join(cacheHome, "kg", "bin", "kg-render-*")); len(built) != 1 {
		t.Errorf("built renderers: %v, want one", built)
	}
	env = []string{"KG_RENDER=", "PATH=" + basePath, "XDG_CACHE_HOME=" + t.TempDir()}
	if code, msg := kgRun(t, kgBinary(t, false), work, env, renderArgs(t, "svg", out)...); code != 0 || !strings.Contains(msg, "kg: building kg-render from "+root) {
		t.Errorf("render from the recorded source folder: exit %d\n%s", code, msg)
	}
	isSVG(t, out)
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o755); err != nil {
		t.Fatal(err)
	}
}

// TestKgRender runs kg-render itself (it has no tests of its own package:
// a test binary that links go-graphviz would compile it into the shared
// TMPDIR): each format, its usage errors and a graph Graphviz cannot read;
// and kg's report of such a render error, which is not a failed start and
// is not retried.
func TestKgRender(t *testing.T) {
	exe := os.Getenv("KG_RENDER")
	tmp := t.TempDir()
	for _, c := range []struct {
		args       []string
		in         string
		code       int
		out, inErr string
	}{
		{nil, "digraph { a -> b }", 0, "</svg>", ""},
		{[]string{"svg"}, "digraph { a -> b }", 0, "</svg>", ""},
		{[]string{"plain"}, "digraph { a -> b }", 0, "edge a b ", ""},
		{[]string{"png"}, "digraph { a -> b }", 2, "", `kg-render: unknown format "png"`},
		{[]string{"svg", "plain"}, "digraph { a -> b }", 2, "", "kg-render: too many arguments"},
		{[]string{"svg"}, "digraph { a -> ", 1, "", "kg-render: graphviz: syntax error in line 1"},
	} {
		cmd := exec.Command(exe, c.args...)
		cmd.Env = append(os.Environ(), "TMPDIR="+tmp)
		cmd.Stdin = strings.NewReader(c.in)
		var stdout, stderr strings.Builder
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		cmd.Run()
		if code := cmd.ProcessState.ExitCode(); code != c.code || !strings.Contains(stdout.String(), c.out) || !strings.Contains(stderr.String(), c.inErr) {
			t.Errorf("kg-render %v: exit %d\nstdout: %.200s\nstderr: %s", c.args, code, stdout.String(), stderr.String())
		}
	}
	_, err := diagram.Renderer{}.Render([]byte("digraph { a -> "), "svg")
	if err == nil || err.Error() != "kg-render: graphviz: syntax error in line 1" {
		t.Errorf("kg's render error: %v", err)
	}
}
