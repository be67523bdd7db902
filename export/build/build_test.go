//go:build unix

package build

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"kg/export/diagram"
	"kg/export/output"
	"kg/graph"
)

// fakeRenderer is a render child written as a shell script: it notes its
// process id in pids, then does what body says.
func fakeRenderer(t *testing.T, body string) (exe, pids string) {
	t.Helper()
	dir := t.TempDir()
	exe, pids = filepath.Join(dir, "render.sh"), filepath.Join(dir, "pids")
	script := "#!/bin/sh\necho $$ >> '" + pids + "'\n" + body + "\n"
	if err := os.WriteFile(exe, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return exe, pids
}

// TestBuildFailsAfterRecovery: a build stopped between its two renames
// left the previous output in out.old; the next build puts it back first,
// so when that build fails too, the previous output is there.
func TestBuildFailsAfterRecovery(t *testing.T) {
	kb := loadExportKB(t, smallFixtureDir)
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	if _, err := Build(kb, Options{Out: out, NoSVG: true}); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(out, out+".old"); err != nil {
		t.Fatal(err)
	}
	exe, _ := fakeRenderer(t, "echo broken >&2; exit 3")
	var log bytes.Buffer
	_, err := Build(kb, Options{Out: out, Renderer: diagram.Renderer{Exe: exe}, Log: &log})
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Fatalf("the build with a failing renderer gave %v", err)
	}
	if !strings.Contains(log.String(), "restored") {
		t.Errorf("the repair was not reported: %q", log.String())
	}
	for _, f := range []string{output.BuildMarker, "index.md", "all/graph.dot"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("the previous output is not back: %v", err)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "all", "graph.svg")); err == nil {
		t.Error("the failed build's files are in the output")
	}
	assertOnly(t, parent, "out")
}

// assertOnly fails unless dir holds exactly the names given.
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %q, want %q", dir, got, names)
	}
}

// TestBuildHelperProcess is not a test: the tests below run the test binary
// with KG_BUILD_HELPER_OUT set, so that it runs a build that they
// interrupt or kill.
func TestBuildHelperProcess(t *testing.T) {
	out := os.Getenv("KG_BUILD_HELPER_OUT")
	if out == "" {
		t.Skip("run by the interruption tests")
	}
	kb := loadExportKB(t, smallFixtureDir)
	_, err := Build(kb, Options{Out: out, Renderer: diagram.Renderer{Exe: os.Getenv("KG_BUILD_HELPER_EXE")}})
	t.Fatalf("the build was not stopped: %v", err)
}

// startBuildHelper starts a build in a child process whose render children
// sleep; it returns when the first render child runs, with the ids of the
// render children started so far.
func startBuildHelper(t *testing.T, out string) (*exec.Cmd, []int) {
	t.Helper()
	exe, pids := fakeRenderer(t, "exec sleep 60")
	cmd := exec.Command(os.Args[0], "-test.run=^TestBuildHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), "KG_BUILD_HELPER_OUT="+out, "KG_BUILD_HELPER_EXE="+exe)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill() })
	deadline := time.Now().Add(30 * time.Second)
	for {
		data, _ := os.ReadFile(pids)
		if ids := parsePids(string(data)); len(ids) > 0 {
			// the script writes its id and then becomes sleep: let it
			time.Sleep(200 * time.Millisecond)
			data, _ = os.ReadFile(pids)
			return cmd, parsePids(string(data))
		}
		if time.Now().After(deadline) {
			t.Fatalf("no render child started in 30s\n%s", stderr.String())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

func parsePids(s string) []int {
	var ids []int
	for _, f := range strings.Fields(s) {
		if n, err := strconv.Atoi(f); err == nil {
			ids = append(ids, n)
		}
	}
	return ids
}

// gone reports whether a process has ended (a zombie has ended too: in a
// container, nothing may reap it).
func gone(pid int) bool {
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return true
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return errors.Is(err, os.ErrNotExist)
	}
	s := string(stat)
	if i := strings.LastIndexByte(s, ')'); i >= 0 && len(s) > i+2 {
		return s[i+2] == 'Z' || s[i+2] == 'X'
	}
	return false
}

func waitGone(t *testing.T, pids []int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for _, pid := range pids {
		for !gone(pid) {
			if time.Now().After(deadline) {
				t.Errorf("render child %d outlived kg", pid)
				syscall.Kill(pid, syscall.SIGKILL)
				break
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
}

// TestBuildInterrupted: a build that gets SIGTERM (or SIGINT from the
// terminal) kills its render children, removes its temporary folder and
// ends by the signal, leaving the output as it was.
func TestBuildInterrupted(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			parent := t.TempDir()
			out := filepath.Join(parent, "out")
			cmd, pids := startBuildHelper(t, out)
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("the build ended with %v", err)
			}
			if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != sig {
				t.Errorf("the build did not end by %v: %v", sig, err)
			}
			waitGone(t, pids)
			assertOnly(t, parent)
		})
	}
}

// TestBuildKilled: a build killed outright (SIGKILL) cannot clean up, but
// on Linux its render children die with it; its temporary folder is
// removed by the next build.
func TestBuildKilled(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the parent-death signal is Linux's")
	}
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	cmd, pids := startBuildHelper(t, out)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	waitGone(t, pids)
	left, _ := filepath.Glob(filepath.Join(parent, ".out.tmp-"+strconv.Itoa(cmd.Process.Pid)+"-*"))
	if len(left) != 1 {
		t.Fatalf("the killed build left %q, want its temporary folder", left)
	}
	kb := loadExportKB(t, smallFixtureDir)
	var log bytes.Buffer
	if _, err := Build(kb, Options{Out: out, NoSVG: true, Log: &log}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(log.String(), "removed") {
		t.Errorf("the cleanup was not reported: %q", log.String())
	}
	assertOnly(t, parent, "out")
}

// smallFixtureDir is the small fixture of the graph tests.
var smallFixtureDir = filepath.Join("..", "..", "testdata", "fixture")

func loadExportKB(t testing.TB, dir string) *graph.KB {
	t.Helper()
	kb, err := graph.Load(graph.Options{DataDir: filepath.Join(dir, "data"), SeedsDir: filepath.Join(dir, "seeds")})
	if err != nil {
		t.Fatalf("loading %s: %v", dir, err)
	}
	return kb
}
