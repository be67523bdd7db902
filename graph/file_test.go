//go:build unix

package graph

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// loadWithin runs Load with a time limit: a special file must be refused
// at once, not block the loader (a named pipe) or feed it forever
// (/dev/zero).
func loadWithin(t *testing.T, opts Options, limit time.Duration) error {
	t.Helper()
	done := make(chan error, 1)
	go func() {
		_, err := Load(opts)
		done <- err
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(limit):
		t.Fatalf("Load still running after %v", limit)
	}
	return nil
}

func TestLoadSpecialFiles(t *testing.T) {
	for _, tc := range []struct {
		name, file, want string
		make             func(path string) error
	}{
		{"fifo-claims", "data/claims/pipe.yaml", "data/claims/pipe.yaml: cannot read: it is a named pipe (FIFO), not a regular file; kg reads regular files only",
			func(p string) error { return syscall.Mkfifo(p, 0o644) }},
		{"fifo-actors", "data/actors.yaml", "data/actors.yaml: cannot read: it is a named pipe (FIFO), not a regular file",
			func(p string) error { os.Remove(p); return syscall.Mkfifo(p, 0o644) }},
		{"fifo-seed", "seeds/doc-a.yaml", "seeds/doc-a.yaml: cannot read: it is a named pipe (FIFO), not a regular file",
			func(p string) error { os.Remove(p); return syscall.Mkfifo(p, 0o644) }},
		{"dev-zero-claims", "data/claims/zero.yaml", "data/claims/zero.yaml: cannot read: it is a character device, not a regular file",
			func(p string) error { return os.Symlink("/dev/zero", p) }},
		{"folder-link", "data/eras.yaml", "data/eras.yaml: cannot read: it is a folder, not a regular file",
			func(p string) error { os.Remove(p); return os.Symlink("..", p) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			opts := writeTree(t, dir, fixtureFiles(t))
			if err := tc.make(filepath.Join(dir, tc.file)); err != nil {
				t.Fatal(err)
			}
			err := loadWithin(t, opts, 10*time.Second)
			if err == nil {
				t.Fatal("a special file was accepted")
			}
			if msg := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""); !strings.Contains(msg, tc.want) {
				t.Errorf("errors lack %q:\n%s", tc.want, msg)
			}
		})
	}
}
