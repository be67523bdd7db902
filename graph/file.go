package graph

import (
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadRegularFile reads a regular file of at most limit bytes, following
// symbolic links. Anything else is refused, checked on the open file:
// a named pipe (which would block the reader until something writes to
// it), a device (/dev/zero never ends), a socket, a folder. what names
// the kind of file in the size message ("YAML files", "texts"). Errors
// do not name the path: the caller puts it in front.
func ReadRegularFile(path string, limit int64, what string) ([]byte, error) {
	// O_NONBLOCK: opening a named pipe for reading would otherwise wait
	// for a writer; on a regular file it changes nothing.
	f, err := os.OpenFile(path, os.O_RDONLY|openNonblock, 0)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	defer f.Close()
	return readRegular(f, limit, what)
}

// ReadRegularFS is ReadRegularFile for a file of fsys. The file's type is
// checked before it is opened (fs.Stat follows symbolic links without
// opening, so a named pipe cannot block the open) and again on the open
// file.
func ReadRegularFS(fsys fs.FS, name string, limit int64, what string) ([]byte, error) {
	if st, err := fs.Stat(fsys, name); err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	} else if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	defer f.Close()
	return readRegular(f, limit, what)
}

// readRegular reads an open file, refusing anything but a regular file of
// at most limit bytes.
func readRegular(f fs.File, limit int64, what string) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular(st.Mode())
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("file is %d MiB; kg reads %s of at most %d MiB", st.Size()>>20, what, limit>>20)
	}
	// The size can change while the file is read: read one byte past the
	// limit to notice.
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read: %w", unwrapPathError(err))
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("file is larger than %d MiB; kg reads %s of at most %d MiB", limit>>20, what, limit>>20)
	}
	return data, nil
}

func notRegular(m fs.FileMode) error {
	return fmt.Errorf("cannot read: it is %s, not a regular file; kg reads regular files only", FileKind(m))
}

// FileKind names the type of a file for a message: "a named pipe (FIFO)",
// "a character device", ...
func FileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m.IsRegular():
		return "a regular file"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}
