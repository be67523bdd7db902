//go:build unix

package main

import (
	"fmt"
	"runtime"
	"syscall"
)

// peakMemory is this process's peak resident memory (getrusage), as text.
func peakMemory() string {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return "unknown"
	}
	kb := ru.Maxrss // kilobytes on Linux, bytes on macOS
	if runtime.GOOS == "darwin" {
		kb /= 1024
	}
	return fmt.Sprintf("%d MB", kb/1024)
}
