//go:build !unix

package output

import (
	"os"
	"os/signal"
)

// processAlive cannot tell here: every process counts as alive, so no
// temporary folder is removed as stale.
func processAlive(pid int) bool { return true }

// OnInterrupt runs cleanup on an interrupt, then exits with status 1.
func OnInterrupt(cleanup func()) (stop func()) {
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, os.Interrupt)
	go func() {
		select {
		case <-ch:
			cleanup()
			os.Exit(1)
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
