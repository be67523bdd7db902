package build

import (
	"fmt"
	"io"
	"sync"
	"time"
)

// progress shows how far the build is: on a terminal one line redrawn in
// place, shown once the build has run a second; with lines, a line per
// step (at most one a second per stage, and each stage's end). Safe for
// concurrent use; a nil writer shows nothing.
type progress struct {
	mu    sync.Mutex
	w     io.Writer
	lines bool
	start time.Time
	last  time.Time
	stage string
	shown bool
}

func newProgress(w io.Writer, lines bool) *progress {
	return &progress{w: w, lines: lines, start: time.Now()}
}

func (p *progress) set(stage string, done, total int, item string) {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	now := time.Now()
	newStage := stage != p.stage
	p.stage = stage
	if now.Sub(p.start) < time.Second && !p.lines {
		return
	}
	if !newStage && done != total && now.Sub(p.last) < time.Second/time.Duration(map[bool]int{true: 1, false: 10}[p.lines]) {
		return
	}
	p.last = now
	msg := fmt.Sprintf("kg build: %s %d/%d %s (%.0fs)", stage, done, total, item, now.Sub(p.start).Seconds())
	if p.lines {
		fmt.Fprintln(p.w, msg)
		return
	}
	if len(msg) > 79 {
		msg = msg[:79]
	}
	fmt.Fprintf(p.w, "\r\x1b[K%s", msg)
	p.shown = true
}

// done clears the terminal line.
func (p *progress) done() {
	if p == nil || p.w == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
