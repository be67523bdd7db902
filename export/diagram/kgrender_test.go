package diagram

import (
	"os"
	"path/filepath"
	"testing"
)

// writeTree writes files (path relative to root: content) under root.
func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestRenderKey: the key of a built kg-render changes with anything it is
// built from (its package's files, go.mod, go.sum) and with nothing else.
func TestRenderKey(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":                        "module kg\n",
		"go.sum":                        "example.com/x v1.0.0 h1:abc=\n",
		"export/diagram/kg-render/a.go": "package main\n",
		"export/diagram/dot.go":         "package diagram\n",
	})
	key := func() string {
		t.Helper()
		k, err := renderKey(root)
		if err != nil {
			t.Fatal(err)
		}
		return k
	}
	k0 := key()
	if k0 != key() {
		t.Fatal("two keys for the same source")
	}
	writeTree(t, root, map[string]string{"export/diagram/dot.go": "package diagram // changed\n", "README.md": "x"})
	if key() != k0 {
		t.Error("a file the renderer is not built from changed its key")
	}
	for _, change := range []map[string]string{
		{"export/diagram/kg-render/a.go": "package main // changed\n"},
		{"export/diagram/kg-render/b.go": "package main\n"},
		{"go.sum": "example.com/x v1.0.1 h1:def=\n"},
		{"go.mod": "module kg\n\ngo 1.26\n"},
	} {
		before := key()
		writeTree(t, root, change)
		if key() == before {
			t.Errorf("changing %v kept the key", change)
		}
	}
}

// TestModuleRoot: kg builds kg-render only from a module that says it is kg
// and holds kg-render's package, found from any folder inside it.
func TestModuleRoot(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"go.mod":                           "// kg\nmodule \"kg\"\n\ngo 1.26\n",
		"export/diagram/kg-render/main.go": "package main\n",
	})
	for _, dir := range []string{root, filepath.Join(root, "export", "diagram")} {
		if got := moduleRoot(dir); got != root {
			t.Errorf("moduleRoot(%q) = %q, want %q", dir, got, root)
		}
	}
	other := t.TempDir()
	writeTree(t, other, map[string]string{
		"go.mod":                           "module example.com/kg\n",
		"export/diagram/kg-render/main.go": "package main\n",
	})
	if got := moduleRoot(other); got != "" {
		t.Errorf("module example.com/kg taken for kg: %q", got)
	}
	bare := t.TempDir()
	writeTree(t, bare, map[string]string{"go.mod": "module kg\n"})
	if got := moduleRoot(bare); got != "" {
		t.Errorf("a kg module without kg-render's package taken: %q", got)
	}
}
