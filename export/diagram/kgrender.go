package diagram

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
)

// kg draws SVG through kg-render (export/diagram/kg-render), a separate
// program that links go-graphviz, so that the kg binary does not. go-graphviz
// compiles Graphviz's WebAssembly in its package initialization and caches
// the machine code in $TMPDIR/go-graphviz; every program that links it pays
// for that at start, and a shared TMPDIR lets other users plant code there
// (docs/security.md). kg runs kg-render with TMPDIR set to a folder inside
// its private cache folder, which it checks before use.

// renderPackage is kg-render's package, relative to the module root.
const renderPackage = "export/diagram/kg-render"

// renderName is kg-render's file name.
var renderName = "kg-render" + exeSuffix()

func exeSuffix() string {
	if runtime.GOOS == "windows" {
		return ".exe"
	}
	return ""
}

// errNoRenderer is returned when kg-render is nowhere to be found.
var errNoRenderer = errors.New("cannot find kg-render, the program kg draws SVG with: " +
	"$KG_RENDER is not set, there is no kg-render beside kg or on PATH, and kg does not run from its source tree\n" +
	"\thint: run `go install . ./export/diagram/kg-render` in kg's source folder, which installs kg and kg-render together, or set KG_RENDER to kg-render's path; " +
	"DOT output (--format dot, kg build --no-svg) needs no renderer")

// PrivateDir returns kg's private cache folder, base/kg, where base ""
// means os.UserCacheDir(). It makes the folder (mode 0700) when it is
// missing, and refuses one that is a symbolic link, not a folder, owned by
// another user or open to group or others: whoever can write there can make
// kg run their code.
func PrivateDir(base string) (string, error) {
	if base == "" {
		var err error
		base, err = os.UserCacheDir()
		if err != nil {
			return "", fmt.Errorf("no folder for kg's private cache: %v\n\thint: set XDG_CACHE_HOME to a folder only you can write", err)
		}
	}
	if err := os.MkdirAll(base, 0o700); err != nil {
		return "", fmt.Errorf("kg's private cache: %v", err)
	}
	return privateSub(base, "kg")
}

// privateSub makes or checks the private folder parent/name.
func privateSub(parent, name string) (string, error) {
	dir := filepath.Join(parent, name)
	if err := os.Mkdir(dir, 0o700); err != nil && !errors.Is(err, fs.ErrExist) {
		return "", fmt.Errorf("kg's private cache: %v", err)
	}
	if err := checkPrivate(dir); err != nil {
		return "", err
	}
	return dir, nil
}

// checkPrivate reports why dir is not a private folder of this user, if it
// is not. It looks at dir itself (Lstat), not at what a link points to.
func checkPrivate(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return fmt.Errorf("kg's private cache: %v", err)
	}
	hint := fmt.Sprintf("\n\thint: remove %q (kg makes a new one), or set XDG_CACHE_HOME to a folder of your own", dir)
	switch {
	case fi.Mode()&fs.ModeSymlink != 0:
		return fmt.Errorf("kg's private cache folder %q is a symbolic link, not a folder of its own; kg refuses to use it%s", dir, hint)
	case !fi.IsDir():
		return fmt.Errorf("kg's private cache folder %q is not a folder; kg refuses to use it%s", dir, hint)
	}
	if uid, ok := fileOwner(fi); ok && uid != os.Geteuid() {
		return fmt.Errorf("kg's private cache folder %q belongs to user %d, not to you (user %d); kg refuses to use it, since its owner could plant code kg would run%s", dir, uid, os.Geteuid(), hint)
	}
	if perm := fi.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("kg's private cache folder %q has mode %v, open to other users; kg refuses to use it, since they could plant code kg would run\n\thint: chmod 700 %q, or remove it (kg makes a new one)", dir, fi.Mode(), dir)
	}
	return nil
}

// findRenderer returns the kg-render to run, in this order: the path in
// $KG_RENDER; a kg-render beside the running executable; one on PATH; one
// built from kg's source tree into the private folder bin (see
// buildRenderer).
func findRenderer(bin func() (string, error), log io.Writer) (string, error) {
	if p := os.Getenv("KG_RENDER"); p != "" {
		if err := isExecutable(p); err != nil {
			return "", fmt.Errorf("KG_RENDER=%q: %v\n\thint: set KG_RENDER to the path of kg-render, or unset it", p, err)
		}
		return p, nil
	}
	if exe, err := os.Executable(); err == nil {
		p := filepath.Join(filepath.Dir(exe), renderName)
		if isExecutable(p) == nil {
			return p, nil
		}
	}
	if p, err := exec.LookPath(renderName); err == nil {
		return filepath.Abs(p)
	}
	root := sourceRoot()
	if root == "" {
		return "", errNoRenderer
	}
	dir, err := bin()
	if err != nil {
		return "", err
	}
	return buildRenderer(root, dir, log)
}

func isExecutable(p string) error {
	fi, err := os.Stat(p)
	if err != nil {
		return err
	}
	if !fi.Mode().IsRegular() || (runtime.GOOS != "windows" && fi.Mode().Perm()&0o111 == 0) {
		return fmt.Errorf("%q is not an executable file", p)
	}
	return nil
}

// sourceRoot returns the root of kg's source tree, or "" when there is none
// to build kg-render from. It is the source folder this kg was compiled
// from, recorded in the binary (absent when built with -trimpath, or since
// deleted), or else the module of the working directory when its go.mod
// says "module kg". The recorded folder comes first, so that kg builds the
// renderer of its own version.
func sourceRoot() string {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		if root := moduleRoot(filepath.Dir(file)); root != "" {
			return root
		}
	}
	if wd, err := os.Getwd(); err == nil {
		return moduleRoot(wd)
	}
	return ""
}

// moduleRoot returns the folder of the go.mod that governs dir, when that
// go.mod declares module kg and the folder holds kg-render's package.
func moduleRoot(dir string) string {
	for {
		data, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil {
			if modulePath(data) != "kg" {
				return ""
			}
			if fi, err := os.Stat(filepath.Join(dir, filepath.FromSlash(renderPackage))); err != nil || !fi.IsDir() {
				return ""
			}
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// modulePath returns the module path a go.mod declares.
func modulePath(gomod []byte) string {
	sc := bufio.NewScanner(bytes.NewReader(gomod))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "module" {
			return strings.Trim(f[1], `"`)
		}
	}
	return ""
}

// buildRenderer returns bin/kg-render-KEY, building it with the Go
// toolchain from kg's source tree at root when it is not there yet. KEY is
// a hash of what the renderer is built from (renderKey), so a change to the
// renderer's source or dependencies builds a new one.
func buildRenderer(root, bin string, log io.Writer) (string, error) {
	key, err := renderKey(root)
	if err != nil {
		return "", err
	}
	target := filepath.Join(bin, "kg-render-"+key+exeSuffix())
	if isExecutable(target) == nil {
		return target, nil
	}
	goExe, err := exec.LookPath("go")
	if err != nil {
		return "", fmt.Errorf("kg-render is not installed and there is no Go toolchain to build it from %q\n\thint: run `go install . ./export/diagram/kg-render` in kg's source folder, or set KG_RENDER to kg-render's path", root)
	}
	if log != nil {
		fmt.Fprintf(log, "kg: building kg-render from %s (once; up to a minute or two on a fresh machine)\n", root)
	}
	tmp, err := os.MkdirTemp(bin, "build-")
	if err != nil {
		return "", fmt.Errorf("building kg-render: %v", err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, renderName)
	cmd := exec.Command(goExe, "build", "-o", out, "./"+renderPackage)
	cmd.Dir = root
	// build exactly kg's module, whatever go.work lies above it
	cmd.Env = append(os.Environ(), "GOWORK=off")
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("building kg-render in %q: %v\n%s\thint: run `go build ./%s` there to see why, or set KG_RENDER to a kg-render you have", root, err, msg, renderPackage)
	}
	if err := os.Rename(out, target); err != nil {
		return "", fmt.Errorf("building kg-render: %v", err)
	}
	return target, nil
}

// renderKey hashes what kg-render is built from: its package's files,
// go.mod and go.sum (which pin go-graphviz), and the Go version, operating
// system and architecture of this kg.
func renderKey(root string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "kg-render\x00%s\x00%s\x00%s\x00", runtime.Version(), runtime.GOOS, runtime.GOARCH)
	dir := filepath.Join(root, filepath.FromSlash(renderPackage))
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("kg-render's source: %v", err)
	}
	files := []string{filepath.Join(root, "go.mod"), filepath.Join(root, "go.sum")}
	for _, e := range entries {
		if e.Type().IsRegular() {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(files[2:])
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			return "", fmt.Errorf("kg-render's source: %v", err)
		}
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.Base(f), len(data))
		h.Write(data)
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

// renderProc is kg-render as this process runs it: the program, and the
// private folder given to it as TMPDIR, where go-graphviz keeps its cache.
type renderProc struct {
	exe     string
	private string // kg's private folder

	mu  sync.Mutex // guards tmp's reset and gen
	tmp string     // TMPDIR of kg-render
	gen int        // incremented by each reset of tmp
}

// procs holds the renderProc of each (Exe, KG_RENDER, cache folder), found
// once per process: finding kg-render may build it.
var procs struct {
	sync.Mutex
	m map[string]*procResult
}

type procResult struct {
	p   *renderProc
	err error
}

// proc finds kg-render and prepares its private folder, once.
func (r Renderer) proc() (*renderProc, error) {
	key := r.Exe + "\x00" + os.Getenv("KG_RENDER") + "\x00" + r.CacheDir
	if r.CacheDir == "" {
		base, _ := os.UserCacheDir()
		key += "\x00" + base
	}
	procs.Lock()
	defer procs.Unlock()
	if res, ok := procs.m[key]; ok {
		return res.p, res.err
	}
	p, err := r.newProc()
	if procs.m == nil {
		procs.m = map[string]*procResult{}
	}
	procs.m[key] = &procResult{p, err}
	return p, err
}

func (r Renderer) newProc() (*renderProc, error) {
	private, err := PrivateDir(r.CacheDir)
	if err != nil {
		return nil, err
	}
	tmp, err := privateSub(private, "render-tmp")
	if err != nil {
		return nil, err
	}
	// corrupt caches a killed kg set aside and did not get to delete
	old, _ := filepath.Glob(filepath.Join(private, "render-tmp.old-*"))
	for _, dir := range old {
		os.RemoveAll(dir)
	}
	exe := r.Exe
	if exe == "" {
		exe, err = findRenderer(func() (string, error) { return privateSub(private, "bin") }, r.Log)
		if err != nil {
			return nil, err
		}
	}
	return &renderProc{exe: exe, private: private, tmp: tmp}, nil
}

// tmpVars are the variables os.TempDir reads.
var tmpVars = []string{"TMPDIR"}

func init() {
	if runtime.GOOS == "windows" {
		tmpVars = []string{"TMP", "TEMP"}
	}
}

// env returns kg-render's environment: this process's, with the temporary
// folder set to the private one.
func (p *renderProc) env() (env []string, gen int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, kv := range os.Environ() {
		name, _, _ := strings.Cut(kv, "=")
		if !slices.ContainsFunc(tmpVars, func(v string) bool { return strings.EqualFold(v, name) }) {
			env = append(env, kv)
		}
	}
	for _, v := range tmpVars {
		env = append(env, v+"="+p.tmp)
	}
	return env, p.gen
}

// reset replaces kg-render's TMPDIR with a new, empty one after a start
// that failed with the folder of generation gen, unless another render has
// done so already. A corrupt cache entry makes go-graphviz panic in its
// initialization, in every process that reads it.
func (p *renderProc) reset(gen int) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if gen != p.gen {
		return nil
	}
	p.gen++
	old := filepath.Join(p.private, fmt.Sprintf("render-tmp.old-%d-%d", os.Getpid(), p.gen))
	if err := os.Rename(p.tmp, old); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("kg-render's cache: %v", err)
	}
	if err := os.RemoveAll(old); err != nil {
		return fmt.Errorf("kg-render's cache: %v", err)
	}
	tmp, err := privateSub(p.private, "render-tmp")
	if err != nil {
		return err
	}
	p.tmp = tmp
	return nil
}
