//go:build unix

package export

import (
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// processAlive reports whether a process with this id exists (zero signal:
// only the check is made). A process of another user counts as alive.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// onInterrupt runs cleanup when the process is interrupted (SIGINT,
// SIGTERM, SIGHUP; a signal the process was started to ignore, as under
// nohup, stays ignored), then lets the signal end the process as it would
// have without the handler. stop removes the handler.
func onInterrupt(cleanup func()) (stop func()) {
	var sigs []os.Signal
	for _, s := range []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	ch := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(ch, sigs...)
	go func() {
		select {
		case s := <-ch:
			cleanup()
			signal.Reset(s)
			syscall.Kill(os.Getpid(), s.(syscall.Signal))
			select {} // the signal ends the process
		case <-done:
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}
