// Package golden compares test output with golden files: expected outputs
// kept under testdata/ and compared byte for byte.
//
// # Updating
//
// KG_UPDATE_GOLDEN=1 makes Check rewrite the files instead of comparing:
//
//	KG_UPDATE_GOLDEN=1 go test ./...
//	git diff testdata/    # read what changed before committing
//
// An environment variable rather than a -update flag, because go test
// ./... -update hands the flag to every test binary, and one that does not
// define it fails. go test caches results keyed on the environment
// variables a test reads, so a cached pass is not mistaken for an update.
//
// # Mismatches
//
// A mismatch is reported as a line diff of the golden file (-) and the
// output (+), with three lines of context around each change.
package golden

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// EnvVar is the environment variable that turns comparing into rewriting.
const EnvVar = "KG_UPDATE_GOLDEN"

// Update reports whether golden files are to be rewritten (KG_UPDATE_GOLDEN
// set to a non-empty value other than "0").
func Update() bool {
	v := os.Getenv(EnvVar)
	return v != "" && v != "0"
}

// Check compares got with the golden file at path; with KG_UPDATE_GOLDEN=1
// it writes got to path instead, creating the folder.
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if Update() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (KG_UPDATE_GOLDEN=1 go test creates it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (- golden, + output; KG_UPDATE_GOLDEN=1 go test rewrites it):\n%s", path, Diff(string(want), string(got)))
	}
}
