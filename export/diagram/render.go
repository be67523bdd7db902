package diagram

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"regexp"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"kg/graph"
)

// ErrRenderTimeout is returned when a render does not finish in time.
var ErrRenderTimeout = errors.New("render timed out")

// Renderer lays out DOT source into SVG with a time limit. Each render runs
// in a kg-render child process (export/diagram/kg-render), which links
// go-graphviz so that kg does not; a child can be killed when it runs late,
// and several run at once on several cores. kg-render runs with TMPDIR set
// to a folder inside kg's private cache folder (PrivateDir), where
// go-graphviz keeps its compiled code, never in the shared temporary folder.
type Renderer struct {
	// Exe is the path of kg-render; "" finds it on first use: $KG_RENDER,
	// a kg-render beside the kg executable or on PATH, or else one built
	// once with the Go toolchain when kg runs from its source tree.
	Exe string
	// CacheDir holds kg's private folder (CacheDir/kg); "" means
	// os.UserCacheDir().
	CacheDir string
	Timeout  time.Duration // per render; 0 means no limit
	Log      io.Writer     // notices, such as building kg-render; nil for none
}

// Ready finds kg-render and checks its private folder without rendering,
// so that a missing renderer is one error rather than one per diagram.
func (r Renderer) Ready() error {
	_, err := r.proc()
	return err
}

// SVG renders DOT source to SVG. When the render runs past the time limit
// it is tried once more with a faster engine, set explicitly as a graph
// attribute that overrides the source's: dot gives way to neato with
// straight edges, neato to sfdp; an sfdp graph is not tried again. The
// returned note says what was done.
func (r Renderer) SVG(src []byte) (svg []byte, note string, err error) {
	svg, err = r.render(src)
	if !errors.Is(err, ErrRenderTimeout) {
		return svg, "", err
	}
	engine := layoutOf(src)
	next, ok := fallbackEngine[engine]
	if !ok {
		return nil, "", fmt.Errorf("%w after %v with %s (no faster engine to try)", ErrRenderTimeout, r.Timeout, engine)
	}
	svg, err2 := r.render(withEngine(src, next))
	if err2 != nil {
		return nil, "", fmt.Errorf("%w after %v with %s, and again with %s: %v", ErrRenderTimeout, r.Timeout, engine, next, err2)
	}
	return svg, fmt.Sprintf("%s took longer than %v; drawn with %s and straight edges instead", engine, r.Timeout, next), nil
}

// fallbackEngine is the engine a render that ran late is tried again with.
var fallbackEngine = map[string]string{"dot": "neato", "neato": "sfdp"}

var layoutRE = regexp.MustCompile(`\blayout\s*=\s*"?([a-z]+)"?`)

// layoutOf returns the engine DOT source asks for (the last layout
// attribute, as Graphviz takes it), "dot" when it names none.
func layoutOf(src []byte) string {
	m := layoutRE.FindAllSubmatch(src, -1)
	if len(m) == 0 {
		return "dot"
	}
	return string(m[len(m)-1][1])
}

// withEngine returns src with graph attributes setting the engine, and
// straight edges without overlaps, added as the graph's last statements,
// which override earlier ones.
func withEngine(src []byte, engine string) []byte {
	i := bytes.LastIndexByte(src, '}')
	if i < 0 {
		return src
	}
	out := slices.Clone(src[:i])
	out = fmt.Appendf(out, "\tgraph [layout=%s overlap=false splines=false]\n", engine)
	return append(out, src[i:]...)
}

func (r Renderer) render(src []byte) ([]byte, error) { return r.Render(src, "svg") }

// Render lays out DOT source into a Graphviz output format ("svg" or
// "plain") within the time limit. When kg-render fails to start (a panic
// in go-graphviz's initialization, as a corrupt cache entry causes), its
// cache folder is replaced by an empty one and the render tried once more.
func (r Renderer) Render(src []byte, format string) ([]byte, error) {
	p, err := r.proc()
	if err != nil {
		return nil, err
	}
	out, gen, err := r.run(p, src, format)
	var se *startError
	if errors.As(err, &se) {
		if err := p.reset(gen); err != nil {
			return nil, err
		}
		out, _, err = r.run(p, src, format)
		if errors.As(err, &se) {
			return nil, fmt.Errorf("kg-render %q failed to start, twice, the second time with an empty cache: %v", p.exe, se)
		}
	}
	return out, err
}

// startError is a kg-render that ended without saying why: it panicked or
// was killed before it could render.
type startError struct {
	err    error
	stderr string
}

func (e *startError) Error() string {
	msg, _, _ := strings.Cut(e.stderr, "\n")
	if msg == "" {
		return e.err.Error()
	}
	return fmt.Sprintf("%v: %s", e.err, msg)
}

// run runs kg-render once on src; gen is the generation of its TMPDIR.
func (r Renderer) run(p *renderProc, src []byte, format string) (out []byte, gen int, err error) {
	ctx := context.Background()
	if r.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, r.Timeout)
		defer cancel()
	}
	cmd := exec.CommandContext(ctx, p.exe, format)
	cmd.Env, gen = p.env()
	cmd.Stdin = bytes.NewReader(src)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = runChild(cmd)
	if ctx.Err() == context.DeadlineExceeded {
		return nil, gen, ErrRenderTimeout
	}
	if err != nil {
		msg := strings.TrimSpace(stderr.String())
		// kg-render prefixes what it reports with its name
		if strings.HasPrefix(msg, "kg-render: ") {
			return nil, gen, errors.New(msg)
		}
		return nil, gen, &startError{err, msg}
	}
	return stdout.Bytes(), gen, nil
}

// children are the render child processes running, so that an interrupted
// build can end them (StopChildren).
var children struct {
	sync.Mutex
	procs    map[*os.Process]bool
	stopping bool
}

// runChild runs a render child that ends with kg: on Linux the kernel
// kills it when kg dies (childAttrs), and StopChildren kills the ones
// running when kg is interrupted. The goroutine keeps its thread while the
// child runs, since Linux's parent-death signal follows the thread that
// started the child, not the process.
func runChild(cmd *exec.Cmd) error {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	cmd.SysProcAttr = childAttrs()
	cmd.Cancel = func() error { return killChild(cmd.Process) }
	children.Lock()
	if children.stopping {
		children.Unlock()
		return errors.New("render: kg is stopping")
	}
	if err := cmd.Start(); err != nil {
		children.Unlock()
		return err
	}
	if children.procs == nil {
		children.procs = map[*os.Process]bool{}
	}
	children.procs[cmd.Process] = true
	children.Unlock()
	err := cmd.Wait()
	children.Lock()
	delete(children.procs, cmd.Process)
	children.Unlock()
	return err
}

// Stopping reports whether kg is stopping (StopChildren was called): a
// render that failed then failed because kg interrupted it.
func Stopping() bool {
	children.Lock()
	defer children.Unlock()
	return children.stopping
}

// StopChildren kills the render children running and keeps new ones from
// starting.
func StopChildren() {
	children.Lock()
	defer children.Unlock()
	children.stopping = true
	for p := range children.procs {
		killChild(p)
	}
}

// Layout computes node positions for a network with neato, in inches, by
// actor id. Two diagrams drawn with the same positions (Options.Pos)
// line up for comparison; compute them on the union of the two views.
func (r Renderer) Layout(n *graph.Network) (map[string][2]float64, error) {
	src, err := dotBytes(n, Options{Layout: "neato"})
	if err != nil {
		return nil, err
	}
	plain, err := r.Render(src, "plain")
	if err != nil {
		return nil, err
	}
	ids := map[string]bool{}
	for _, a := range n.Actors {
		ids[a.ID] = true
	}
	pos := map[string][2]float64{}
	for _, line := range strings.Split(string(plain), "\n") {
		f := plainFields(line)
		if len(f) < 4 || f[0] != "node" || !ids[f[1]] {
			continue
		}
		x, err1 := strconv.ParseFloat(f[2], 64)
		y, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("layout: cannot read %q", line)
		}
		pos[f[1]] = [2]float64{x, y}
	}
	if len(pos) != len(n.Actors) {
		return nil, fmt.Errorf("layout: positions for %d of %d actors", len(pos), len(n.Actors))
	}
	return pos, nil
}

// plainFields splits a line of Graphviz's plain output, where names with
// spaces are quoted.
func plainFields(line string) []string {
	var out []string
	for line = strings.TrimSpace(line); line != ""; line = strings.TrimSpace(line) {
		if line[0] == '"' {
			end := 1
			for end < len(line) && (line[end] != '"' || line[end-1] == '\\') {
				end++
			}
			s, err := strconv.Unquote(line[:min(end+1, len(line))])
			if err != nil {
				s = line[1:end]
			}
			out = append(out, s)
			line = line[min(end+1, len(line)):]
			continue
		}
		i := strings.IndexByte(line, ' ')
		if i < 0 {
			i = len(line)
		}
		out = append(out, line[:i])
		line = line[i:]
	}
	return out
}
