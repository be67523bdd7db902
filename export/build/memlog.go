package build

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/metrics"
	"sync"

	"kg/graph"
)

// memLog measures the build's memory by stage when KG_BUILD_MEMLOG is set
// (a hidden switch for docs/performance.md): after loading, after the
// combined view's network, metrics and balance, and when the views, the
// diagrams and the diffs are done, it collects the garbage and writes the
// live heap and the process's peak resident memory so far to the build's
// log. The stages overlap (build.go), so a stage's figure includes what
// runs beside it. Off, it costs nothing.
type memLog struct {
	mu sync.Mutex
	w  io.Writer
}

func newMemLog(w io.Writer) *memLog {
	if os.Getenv("KG_BUILD_MEMLOG") == "" || w == nil {
		return nil
	}
	return &memLog{w: w}
}

// note records stage; n is the view's network for per-view stages, of
// which only the combined view's (the largest) are recorded.
func (l *memLog) note(stage string, n *graph.Network) {
	if l == nil {
		return
	}
	if n != nil {
		if len(n.View.Documents) > 0 || n.View.Era != "" {
			return
		}
		stage = "combined view's " + stage
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	runtime.GC()
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	fmt.Fprintf(l.w, "kg build: memory after %s: live heap %d MB, peak RSS %d MB\n", stage, s[0].Value.Uint64()>>20, peakRSS()>>20)
}
