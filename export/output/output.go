package output

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"kg/graph"
)

// What -o may point at. A command never destroys what it did not write:
//
//   - A file output (export, render, metrics, balance, diff) replaces a
//     regular file through a temporary file in the same folder, renamed into
//     place only when everything was written; it follows symbolic links and
//     replaces their target, keeping the link; it writes in place, without
//     a temporary file, to a device, a named pipe (FIFO) or an open file
//     named through /dev/stdout, /dev/fd/N or /proc (appending, so that a
//     shell's >> is respected); it refuses a folder.
//   - The build's output folder (kg build -o) is replaced only when it is
//     empty or carries BuildMarker, the file every build writes into its
//     folder. Anything else (a file, a device, a folder kg did not write)
//     is refused before anything is written.

// BuildMarker is the file kg build writes into every output folder. A
// folder that holds it is kg's to replace; remove it to keep kg build from
// replacing the folder.
const BuildMarker = ".kg-build"

const buildMarkerText = `This folder was written by kg build. The next kg build with this folder as
its output replaces the folder as a whole, with everything in it. Remove this
file to keep kg build from replacing the folder.
`

// Error says that -o names something kg will not write or replace.
// It is a usage problem: ExitCode is 2.
type Error struct {
	Msg  string
	Hint string
}

func (e *Error) Error() string {
	if e.Hint == "" {
		return e.Msg
	}
	return e.Msg + "\n\thint: " + e.Hint
}

// ExitCode is the exit status for the error: 2, a usage problem.
func (e *Error) ExitCode() int { return 2 }

// targetKind is what an output path points at, after symbolic links.
type targetKind int

const (
	targetMissing targetKind = iota // nothing there yet
	targetRegular                   // a regular file
	targetDir                       // a folder
	targetSpecial                   // a device, named pipe or socket: written in place
	targetOpen                      // an open file through /proc (/dev/stdout): written in place
)

// target is an output path with its symbolic links followed.
type target struct {
	path string // absolute, every symbolic link resolved
	kind targetKind
	mode fs.FileMode
}

// resolveTarget follows path through symbolic links (also when the last
// one dangles: the file it names is the one to create) and says what is
// at the end. A link into /proc (as /dev/stdout and /dev/fd/N are) names
// an already open file and is not followed further.
func resolveTarget(path string) (target, error) {
	p, err := filepath.Abs(path)
	if err != nil {
		return target{}, fmt.Errorf("cannot write %s: %w", path, err)
	}
	for range 40 {
		if dir, err := filepath.EvalSymlinks(filepath.Dir(p)); err == nil {
			p = filepath.Join(dir, filepath.Base(p))
		} else if errors.Is(err, fs.ErrNotExist) {
			return target{path: p, kind: targetMissing}, nil
		} else {
			return target{}, fmt.Errorf("cannot write %s: %w", path, err)
		}
		if strings.HasPrefix(p, "/proc/") {
			st, err := os.Stat(p)
			if err != nil {
				return target{}, fmt.Errorf("cannot write %s: %w", path, err)
			}
			return target{path: p, kind: targetOpen, mode: st.Mode()}, nil
		}
		st, err := os.Lstat(p)
		switch {
		case errors.Is(err, fs.ErrNotExist):
			return target{path: p, kind: targetMissing}, nil
		case err != nil:
			return target{}, fmt.Errorf("cannot write %s: %w", path, err)
		case st.Mode()&fs.ModeSymlink != 0:
			link, err := os.Readlink(p)
			if err != nil {
				return target{}, fmt.Errorf("cannot write %s: %w", path, err)
			}
			if !filepath.IsAbs(link) {
				link = filepath.Join(filepath.Dir(p), link)
			}
			p = link
			continue
		case st.IsDir():
			return target{path: p, kind: targetDir, mode: st.Mode()}, nil
		case st.Mode().IsRegular():
			return target{path: p, kind: targetRegular, mode: st.Mode()}, nil
		}
		return target{path: p, kind: targetSpecial, mode: st.Mode()}, nil
	}
	return target{}, fmt.Errorf("cannot write %s: too many levels of symbolic links", path)
}

// WriteFileAtomic writes an output file. A regular file (or a new one) is
// written through a temporary file in its folder, renamed into place only
// when fn and the writes succeed: a failure leaves no partial file behind
// and the previous file as it was. A symbolic link is followed and its
// target replaced; the link stays. A device, a named pipe or an open file
// such as /dev/stdout is written in place, once fn has succeeded. A folder
// is refused with an *Error.
func WriteFileAtomic(path string, fn func(io.Writer) error) (err error) {
	t, err := resolveTarget(path)
	if err != nil {
		return err
	}
	switch t.kind {
	case targetDir:
		return &Error{Msg: fmt.Sprintf("cannot write %q: it is a folder", path),
			Hint: "give the name of a file to write with -o"}
	case targetSpecial, targetOpen:
		return writeInPlace(path, t, fn)
	}
	// A new file gets 0666 less the umask, as the kernel applies it; a
	// replaced one keeps its permissions.
	perm := fs.FileMode(0o666)
	if t.kind == targetRegular {
		perm = t.mode.Perm()
	}
	tmp, err := createTemp(filepath.Dir(t.path), "."+filepath.Base(t.path)+".tmp-", perm)
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if err = fn(bw); err != nil {
		return err
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if t.kind == targetRegular {
		if err = tmp.Chmod(perm); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), t.path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, err)
	}
	return nil
}

// writeInPlace writes to a device, a named pipe or an open file: what fn
// writes is collected first, so a failing fn writes nothing.
func writeInPlace(path string, t target, fn func(io.Writer) error) error {
	var b bytes.Buffer
	if err := fn(&b); err != nil {
		return err
	}
	// O_APPEND: through /dev/stdout, a shell's >> appends, and > has
	// already emptied the file; a device or a pipe does not mind.
	f, err := os.OpenFile(t.path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		return fmt.Errorf("cannot write %s (%s): %w", path, graph.FileKind(t.mode), unwrapPath(err))
	}
	if _, err := f.Write(b.Bytes()); err != nil {
		f.Close()
		return fmt.Errorf("cannot write %s (%s): %w", path, graph.FileKind(t.mode), unwrapPath(err))
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("cannot write %s (%s): %w", path, graph.FileKind(t.mode), unwrapPath(err))
	}
	return nil
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// randomSuffix gives a name part unlikely to exist.
func randomSuffix() string {
	var b [6]byte
	rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// createTemp creates a new file prefix+random in dir with perm, less the
// umask (os.CreateTemp always uses 0600).
func createTemp(dir, prefix string, perm fs.FileMode) (*os.File, error) {
	for range 100 {
		f, err := os.OpenFile(filepath.Join(dir, prefix+randomSuffix()), os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, fmt.Errorf("cannot create a temporary file in %s", dir)
}

// mkdirTemp creates a new folder prefix+random in dir with 0777 less the
// umask (os.MkdirTemp always uses 0700).
func mkdirTemp(dir, prefix string) (string, error) {
	for range 100 {
		p := filepath.Join(dir, prefix+randomSuffix())
		err := os.Mkdir(p, 0o777)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return p, err
	}
	return "", fmt.Errorf("cannot create a temporary folder in %s", dir)
}

// Build output folders.

// BuildTarget is where a build writes, checked before anything is written.
// A build calls CheckBuildTarget, Recover and MkdirTemp, writes into the
// temporary folder, then calls Swap and RemoveOld.
type BuildTarget struct {
	out    string // the output folder, symbolic links followed
	old    string // out + ".old", where the previous build waits during the swap
	parent string
	prefix string // of the build's temporary folders: "." + base + ".tmp-"

	outExists bool
	oldState  folderState
	stale     []string // temporary folders of builds that died
}

// folderState is what is at a path the build may replace or remove.
type folderState int

const (
	folderMissing folderState = iota
	folderEmpty               // an empty folder: nothing to lose
	folderMarked              // a folder carrying BuildMarker: an earlier build's
	folderForeign             // anything else: never touched
)

// inspectFolder says whether path is a folder the build may replace.
func inspectFolder(path string) (folderState, error) {
	st, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return folderMissing, nil
	}
	if err != nil {
		return 0, err
	}
	if !st.IsDir() {
		return folderForeign, nil
	}
	if m, err := os.Lstat(filepath.Join(path, BuildMarker)); err == nil && m.Mode().IsRegular() {
		return folderMarked, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	if _, err := f.Readdirnames(1); err == io.EOF {
		return folderEmpty, nil
	}
	return folderForeign, nil
}

// CheckBuildTarget checks the build's output path without writing: it must
// be missing, an empty folder or an earlier build's folder (symbolic links
// followed), and out.old must be missing or kg's. It also lists the
// temporary folders of builds into the same path whose process is gone.
func CheckBuildTarget(path string) (*BuildTarget, error) {
	t, err := resolveTarget(path)
	if err != nil {
		return nil, err
	}
	b := &BuildTarget{out: t.path, old: t.path + ".old", parent: filepath.Dir(t.path),
		prefix: "." + filepath.Base(t.path) + ".tmp-"}
	switch t.kind {
	case targetMissing:
	case targetDir:
		st, err := inspectFolder(t.path)
		if err != nil {
			return nil, err
		}
		if st == folderForeign {
			return nil, &Error{Msg: fmt.Sprintf("refusing to replace %q: it is a folder kg build did not write (it holds no %s file)", path, BuildMarker),
				Hint: "choose another folder with -o, or move this one away; if it is an older kg build (from before kg marked its folders), remove it"}
		}
		b.outExists = true
	default:
		return nil, &Error{Msg: fmt.Sprintf("refusing to replace %q: it is %s, not a build folder", path, graph.FileKind(t.mode)),
			Hint: "choose a folder with -o"}
	}
	b.oldState, err = inspectFolder(b.old)
	if err != nil {
		return nil, err
	}
	if b.oldState == folderForeign {
		return nil, &Error{Msg: fmt.Sprintf("refusing to build into %q: %q is in the way, and kg build did not write it (kg build moves the previous build there while it swaps in the new one)", path, showPath(b.old)),
			Hint: "move or remove it, then run kg build again"}
	}
	entries, err := os.ReadDir(b.parent)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() || !strings.HasPrefix(name, b.prefix) {
			continue
		}
		// .out.tmp-<pid>-<random>: the folder of a build still running is
		// left alone.
		pid, _, ok := strings.Cut(name[len(b.prefix):], "-")
		n, err := strconv.Atoi(pid)
		if !ok || err != nil || n <= 0 || processAlive(n) {
			continue
		}
		if st, err := inspectFolder(filepath.Join(b.parent, name)); err == nil && st == folderMarked {
			b.stale = append(b.stale, filepath.Join(b.parent, name))
		}
	}
	return b, nil
}

// Recover repairs what an interrupted build left: it removes the
// temporary folders of builds that died and, when the output folder is
// missing but out.old holds the previous build (a build stopped between
// its two renames), puts that back. A leftover out.old beside a complete
// output is removed.
func (b *BuildTarget) Recover(log io.Writer) error {
	for _, dir := range b.stale {
		if err := os.RemoveAll(dir); err != nil {
			return err
		}
		logf(log, "kg build: removed %s, left by an interrupted build\n", showPath(dir))
	}
	switch {
	case b.oldState == folderMissing:
	case !b.outExists:
		if err := os.Rename(b.old, b.out); err != nil {
			return err
		}
		b.outExists = b.oldState == folderMarked
		logf(log, "kg build: restored %s from %s, where an interrupted build left it\n", showPath(b.out), showPath(b.old))
	default:
		if err := removeOwned(b.old, b.oldState); err != nil {
			return err
		}
	}
	b.oldState = folderMissing
	return nil
}

// removeOwned removes a folder the build may remove: an empty one with
// os.Remove (which fails if something appeared in it meanwhile), a marked
// one as a whole.
func removeOwned(path string, st folderState) error {
	switch st {
	case folderEmpty:
		return os.Remove(path)
	case folderMarked:
		return os.RemoveAll(path)
	}
	return nil
}

// MkdirTemp creates the build's temporary folder beside the output, named
// with this process's id (so a later build can tell whether it is stale),
// and marks it at once.
func (b *BuildTarget) MkdirTemp() (string, error) {
	if err := os.MkdirAll(b.parent, 0o777); err != nil {
		return "", err
	}
	tmp, err := mkdirTemp(b.parent, b.prefix+strconv.Itoa(os.Getpid())+"-")
	if err != nil {
		return "", err
	}
	if err := os.WriteFile(filepath.Join(tmp, BuildMarker), []byte(buildMarkerText), 0o666); err != nil {
		os.RemoveAll(tmp)
		return "", err
	}
	return tmp, nil
}

// Swap puts the finished temporary folder in place of the output: the old
// output is moved to out.old and the new one renamed in; RemoveOld then
// removes out.old. A build stopped between the two renames is repaired by
// the next one (Recover).
func (b *BuildTarget) Swap(tmp string) error {
	st, err := inspectFolder(b.out)
	if err != nil {
		return err
	}
	if st == folderForeign {
		return &Error{Msg: fmt.Sprintf("refusing to replace %q: something kg build did not write was put there during the build", b.out)}
	}
	if st != folderMissing {
		if err := os.Rename(b.out, b.old); err != nil {
			return err
		}
		b.oldState = st
	}
	if err := os.Rename(tmp, b.out); err != nil {
		if b.oldState != folderMissing && os.Rename(b.old, b.out) == nil {
			b.oldState = folderMissing
		}
		return err
	}
	return nil
}

// RemoveOld removes the previous build that Swap moved aside.
func (b *BuildTarget) RemoveOld() error {
	if b.oldState == folderMissing {
		return nil
	}
	err := removeOwned(b.old, b.oldState)
	b.oldState = folderMissing
	return err
}

// showPath gives a path for a message: relative to the working folder
// when it is below it, else absolute.
func showPath(p string) string {
	if wd, err := os.Getwd(); err == nil {
		if rel, err := filepath.Rel(wd, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			return rel
		}
	}
	return p
}

func logf(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format, args...)
	}
}
