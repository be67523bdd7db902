package output

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
)

// FolderFile is one file WriteFolderAtomic writes: its name in the folder
// and what writes its content.
type FolderFile struct {
	Name  string
	Write func(io.Writer) error
}

// WriteFolderAtomic writes files into the folder dir as a whole: into a
// temporary folder beside it ("."+base+".tmp-*"), renamed to dir at the
// end, so that dir holds either its earlier content or all the new files,
// never a part. dir must be missing, an empty folder, or a folder holding
// only files of the given names (an earlier export of the same kind),
// which it replaces: the old folder is moved aside, the new renamed in
// and the old removed. Anything else is refused, and nothing is written.
func WriteFolderAtomic(dir string, files []FolderFile) (err error) {
	path := dir
	if p, err := filepath.EvalSymlinks(dir); err == nil {
		path = p
	}
	path, err = filepath.Abs(path)
	if err != nil {
		return err
	}
	exists := false
	switch st, err := os.Lstat(path); {
	case errors.Is(err, fs.ErrNotExist):
	case err != nil:
		return err
	case !st.IsDir():
		return &Error{Msg: fmt.Sprintf("refusing to replace %q: it is not a folder", dir), Hint: "give -o a folder name"}
	default:
		entries, err := os.ReadDir(path)
		if err != nil {
			return err
		}
		for _, e := range entries {
			if !e.Type().IsRegular() || !slices.ContainsFunc(files, func(f FolderFile) bool { return f.Name == e.Name() }) {
				return &Error{Msg: fmt.Sprintf("refusing to replace %q: it holds %q, which this export does not write", dir, e.Name()),
					Hint: "give -o a new folder, an empty one or one an earlier export of this format wrote"}
			}
		}
		exists = true
	}
	parent, base := filepath.Dir(path), filepath.Base(path)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return err
	}
	tmp, err := mkdirTemp(parent, "."+base+".tmp-")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			os.RemoveAll(tmp)
		}
	}()
	for _, f := range files {
		if err := writeNew(filepath.Join(tmp, f.Name), f.Write); err != nil {
			return fmt.Errorf("cannot write %s: %w", filepath.Join(dir, f.Name), err)
		}
	}
	if !exists {
		return os.Rename(tmp, path)
	}
	old, err := mkdirTemp(parent, "."+base+".old-")
	if err != nil {
		return err
	}
	os.Remove(old) // the name is reserved for this process's rename
	if err := os.Rename(path, old); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Rename(old, path)
		return err
	}
	return os.RemoveAll(old)
}

// writeNew creates path and writes it with fn, synced.
func writeNew(path string, fn func(io.Writer) error) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<16)
	err = fn(w)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
