//go:build unix

package output

import (
	"errors"
	"os"
	"os/signal"
	"sync"
	"syscall"
)

// processAlive reports whether a process with this id exists (zero signal:
// only the check is made). A process of another user counts as alive.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// OnInterrupt runs cleanup when the process is interrupted (SIGINT,
// SIGTERM, SIGHUP; a signal the process was started to ignore, as under
// nohup, stays ignored), then lets the signal end the process as it would
// have without the handler. stop removes the handler; called while the
// handler runs, it waits for the end of the process, so that the
// interrupted work (which fails as its children are killed) cannot end it
// first with another status.
func OnInterrupt(cleanup func()) (stop func()) {
	var sigs []os.Signal
	for _, s := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	var mu sync.Mutex
	stopped := false
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case s := <-ch:
			mu.Lock() // held until the process ends
			if !stopped {
				cleanup()
			}
			signal.Reset(s)
			syscall.Kill(os.Getpid(), s.(syscall.Signal))
			select {} // the signal ends the process
		case <-done:
			select {
			case s := <-ch: // came in just as the handler was removed
				signal.Reset(s)
				syscall.Kill(os.Getpid(), s.(syscall.Signal))
			default:
			}
		}
	}()
	return func() {
		mu.Lock()
		defer mu.Unlock()
		stopped = true
		signal.Stop(ch)
		close(done)
	}
}
