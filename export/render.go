package export

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"regexp"
	"time"
)

// ErrRenderTimeout is returned when a render does not finish in time.
var ErrRenderTimeout = errors.New("render timed out")

// Renderer lays out DOT source into SVG with a time limit. go-graphviz runs
// Graphviz compiled to WebAssembly and cannot be interrupted safely, nor run
// concurrently in one process; so when Exe is set, each render runs in a
// child process ("Exe __render"), which can be killed when it runs late and
// lets several renders run at once on several cores. With Exe empty,
// renders run in this process, one at a time, and the time limit only
// applies by choosing the layout engine by size.
type Renderer struct {
	Exe     string        // path of the kg binary, or "" to render in-process
	Timeout time.Duration // per render; 0 means no limit
}

// SVG renders DOT source to SVG. When the render runs past the time limit
// and the source asks for the dot engine, it is tried once more with neato
// and straight edges, and the returned note says so.
func (r Renderer) SVG(src []byte) (svg []byte, note string, err error) {
	svg, err = r.render(src)
	if !errors.Is(err, ErrRenderTimeout) {
		return svg, "", err
	}
	fast := layoutRE.ReplaceAll(src, []byte("layout=neato\n\t\toverlap=false\n\t\tsplines=false"))
	svg, err2 := r.render(fast)
	if err2 != nil {
		return nil, "", fmt.Errorf("%w after %v with dot, and again with neato: %v", ErrRenderTimeout, r.Timeout, err2)
	}
	return svg, fmt.Sprintf("dot took longer than %v; drawn with neato and straight edges instead", r.Timeout), nil
}

var layoutRE = regexp.MustCompile(`layout=dot`)

func (r Renderer) render(src []byte) ([]byte, error) {
	if r.Exe == "" {
		return RenderDOT(src, "svg")
	}
	ctx := context.Background()
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, r.Exe, "__render")
	cmd.Stdin = bytes.NewReader(src)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if ctx.Err() == context.DeadlineExceeded {
		return nil, ErrRenderTimeout
	}
	if err != nil {
		return nil, fmt.Errorf("render: %v: %s", err, bytes.TrimSpace(errb.Bytes()))
	}
	return out.Bytes(), nil
}
