// Package output writes kg's output files and folders so that a failure
// leaves nothing half-written and nothing kg did not write is destroyed.
//
// WriteFileAtomic writes one file (-o of export, render, metrics, balance,
// diff) through a temporary file renamed into place; a device, a pipe or
// /dev/stdout is written in place, a folder refused. BuildTarget replaces
// the build's output folder as a whole, only when it is missing, empty or
// marked with BuildMarker, and repairs what an interrupted build left.
// WriteFolderAtomic writes a folder of files (kg export --format neo4j)
// through a temporary folder renamed into place, replacing only a folder
// that is empty or holds only files of the names it writes.
// OnInterrupt runs a cleanup when the process is interrupted. What -o may
// point at, and what happens to it, is listed at the top of output.go.
//
// A refused path is an *Error, a usage problem (exit status 2).
package output
