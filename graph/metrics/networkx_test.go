package metrics

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// python is Debian's interpreter, the one python3-networkx installs into.
const python = "/usr/bin/python3"

// TestNetworkXScript reruns networkx_metrics.py with the real NetworkX and
// checks that it writes the committed expected files byte for byte, so
// that the reference values cannot drift from the library they claim to
// come from. Skipped where /usr/bin/python3 lacks networkx 2.8.8.
func TestNetworkXScript(t *testing.T) {
	out, err := exec.Command(python, "-c", "import networkx; print(networkx.__version__)").Output()
	if err != nil {
		t.Skipf("%s cannot import networkx (apt-get install python3-networkx): %v", python, err)
	}
	if v := strings.TrimSpace(string(out)); v != "2.8.8" {
		t.Skipf("the expected files come from networkx 2.8.8; %s has %s", python, v)
	}

	dir := t.TempDir()
	cmd := exec.Command(python, filepath.Join(networksDir, "networkx_metrics.py"), "-o", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("networkx_metrics.py: %v\n%s", err, out)
	}
	for _, name := range networks(t) {
		file := name + ".expected.json"
		want, err := os.ReadFile(filepath.Join(networksDir, file))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(dir, file))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: NetworkX now writes something else (first difference: %s); rerun networkx_metrics.py and review the change",
				file, firstDifference(got, want))
		}
	}
}

func firstDifference(got, want []byte) string {
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range min(len(g), len(w)) {
		if g[i] != w[i] {
			return fmt.Sprintf("line %d: %s, committed %s", i+1, strings.TrimSpace(g[i]), strings.TrimSpace(w[i]))
		}
	}
	return "length"
}
