package export

import (
	"bytes"
	"context"
	"fmt"
	"sync"

	"github.com/goccy/go-graphviz"
)

// gvMu guards every call into go-graphviz, which is not safe for concurrent
// use, even with one instance per goroutine.
var gvMu sync.Mutex

// RenderDOT lays out and renders DOT source with go-graphviz.
func RenderDOT(src []byte, format string) ([]byte, error) {
	gvMu.Lock()
	defer gvMu.Unlock()
	ctx := context.Background()
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	defer gv.Close()
	g, err := graphviz.ParseBytes(src)
	if err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	defer g.Close()
	var buf bytes.Buffer
	if err := gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		return nil, fmt.Errorf("graphviz: %w", err)
	}
	return buf.Bytes(), nil
}
