package conformance

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// Env is the variable that turns a missing tool into a failure.
const Env = "KG_REQUIRE_CONFORMANCE"

// DebianPython is the interpreter Debian's python3-* packages install into.
// The python3 first on PATH may be another one.
const DebianPython = "/usr/bin/python3"

// verdict says what a missing tool means under the value of Env: skip
// (false, nil), fail (true, nil), or fail because the value is neither
// empty nor "1".
func verdict(value string) (required bool, err error) {
	switch value {
	case "":
		return false, nil
	case "1":
		return true, nil
	}
	return true, fmt.Errorf("%s=%q: want \"1\" (a missing tool fails the test) or unset (it skips)", Env, value)
}

// Missing ends a test whose tool is missing: it skips with the reason, or
// fails when KG_REQUIRE_CONFORMANCE says conformance is required.
func Missing(t testing.TB, format string, args ...any) {
	t.Helper()
	reason := fmt.Sprintf(format, args...)
	required, err := verdict(os.Getenv(Env))
	switch {
	case err != nil:
		t.Fatalf("%s\n%v", reason, err)
	case required:
		t.Fatalf("%s (%s=1 requires it)", reason, Env)
	}
	t.Skip(reason)
}

// Tool returns the path of the executable name, looked up through PATH,
// or ends the test through Missing; install says how to get it.
func Tool(t testing.TB, name, install string) string {
	t.Helper()
	path, err := exec.LookPath(name)
	if err != nil {
		Missing(t, "%s is not installed (%s)", name, install)
	}
	return path
}

// Python returns DebianPython after checking that it imports every module,
// or ends the test through Missing, naming the Debian packages to install
// (python3-<module>).
func Python(t testing.TB, modules ...string) string {
	t.Helper()
	if len(modules) == 0 {
		panic("conformance: Python without modules")
	}
	cmd := exec.Command(DebianPython, "-c", "import "+strings.Join(modules, ", "))
	if out, err := cmd.CombinedOutput(); err != nil {
		pkgs := make([]string, len(modules))
		for i, m := range modules {
			pkgs[i] = "python3-" + m
		}
		Missing(t, "%s cannot import %s (apt-get install %s): %v %s", DebianPython,
			strings.Join(modules, ", "), strings.Join(pkgs, " "), err, strings.TrimSpace(string(out)))
	}
	return DebianPython
}
