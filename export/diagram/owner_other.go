//go:build !unix

package diagram

import "io/fs"

// fileOwner is not known on this system: a private folder's owner is not
// checked (docs/security.md).
func fileOwner(fs.FileInfo) (int, bool) { return 0, false }
