//go:build unix

package extract

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"kg/graph"
)

// readWithin runs the corpus reader with a time limit: a special file must
// be refused at once, not block it (a named pipe) or feed it without end
// (/dev/zero).
func readWithin(t *testing.T, c *Corpus, d *graph.Document) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := c.Text(d)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(10 * time.Second):
		t.Fatal("the corpus reader still runs after 10s")
	}
	return nil
}

func TestCorpusSpecialFiles(t *testing.T) {
	for _, tc := range []struct {
		name, want string
		make       func(path string) error
	}{
		{"fifo", "cannot read: it is a named pipe (FIFO), not a regular file; kg reads regular files only",
			func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{"dev-zero", "cannot read: it is a character device, not a regular file",
			func(p string) error { return os.Symlink("/dev/zero", p) }},
		{"too-large", "file is 64 MiB; kg reads texts of at most 64 MiB",
			func(p string) error { // sparse: no disk used
				f, err := os.Create(p)
				if err != nil {
					return err
				}
				defer f.Close()
				return f.Truncate(MaxTextSize + 1)
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := tc.make(filepath.Join(dir, "doc.txt")); err != nil {
				t.Fatal(err)
			}
			c, err := OpenCorpus(dir)
			if err != nil {
				t.Fatal(err)
			}
			err = readWithin(t, c, &graph.Document{ID: "doc", File: "doc.txt"})
			want := filepath.Join(dir, "doc.txt") + ": " + tc.want
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("got %v, want %q", err, want)
			}
		})
	}
}
