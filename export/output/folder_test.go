package output

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func folderFiles(content string, fail bool) []FolderFile {
	write := func(w io.Writer) error {
		if _, err := io.WriteString(w, content); err != nil {
			return err
		}
		if fail {
			return errors.New("disk full")
		}
		return nil
	}
	return []FolderFile{{Name: "a.csv", Write: write}, {Name: "b.csv", Write: write}}
}

// listing is the names in dir, hidden ones included.
func listing(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

func TestWriteFolderAtomic(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "n4j")
	check := func(want string) {
		t.Helper()
		for _, f := range []string{"a.csv", "b.csv"} {
			data, err := os.ReadFile(filepath.Join(out, f))
			if err != nil || string(data) != want {
				t.Errorf("%s = %q, %v; want %q", f, data, err, want)
			}
		}
		if got := listing(t, parent); !slices.Equal(got, []string{"n4j"}) {
			t.Errorf("the parent holds %q; want only n4j (no temporary folder left)", got)
		}
	}
	// A new folder, then a replacement of it.
	if err := WriteFolderAtomic(out, folderFiles("one", false)); err != nil {
		t.Fatal(err)
	}
	check("one")
	if err := WriteFolderAtomic(out, folderFiles("two", false)); err != nil {
		t.Fatal(err)
	}
	check("two")
	// A failed write leaves the earlier export whole.
	if err := WriteFolderAtomic(out, folderFiles("three", true)); err == nil {
		t.Fatal("a failing write succeeded")
	}
	check("two")
	// A folder holding something else is refused, untouched.
	os.WriteFile(filepath.Join(out, "notes.txt"), []byte("mine"), 0o666)
	err := WriteFolderAtomic(out, folderFiles("four", false))
	var oe *Error
	if !errors.As(err, &oe) || oe.Msg != `refusing to replace "`+out+`": it holds "notes.txt", which this export does not write` {
		t.Errorf("err = %v", err)
	}
	if got := listing(t, out); !slices.Equal(got, []string{"a.csv", "b.csv", "notes.txt"}) {
		t.Errorf("the refused folder holds %q", got)
	}
	// A file in the way is refused.
	file := filepath.Join(parent, "file")
	os.WriteFile(file, nil, 0o666)
	if err := WriteFolderAtomic(file, folderFiles("x", false)); !errors.As(err, &oe) {
		t.Errorf("writing over a file: %v", err)
	}
	// An empty folder is taken.
	empty := filepath.Join(parent, "empty")
	os.Mkdir(empty, 0o777)
	if err := WriteFolderAtomic(empty, folderFiles("five", false)); err != nil {
		t.Fatal(err)
	}
	if got := listing(t, empty); !slices.Equal(got, []string{"a.csv", "b.csv"}) {
		t.Errorf("the empty folder now holds %q", got)
	}
}
