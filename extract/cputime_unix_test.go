//go:build unix

package extract

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used, on every
// thread: benchmarks report it beside wall time, which a busy machine
// stretches.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
