package conformance

import "testing"

func TestVerdict(t *testing.T) {
	for _, c := range []struct {
		value    string
		required bool
		bad      bool
	}{
		{"", false, false},
		{"1", true, false},
		{"0", true, true},
		{"true", true, true},
		{" 1", true, true},
	} {
		required, err := verdict(c.value)
		if required != c.required || (err != nil) != c.bad {
			t.Errorf("verdict(%q) = %v, %v; want required %v, error %v", c.value, required, err, c.required, c.bad)
		}
	}
}

// TestMissing runs Missing in a subtest under each value and checks that
// it skips only when the variable is unset.
func TestMissing(t *testing.T) {
	for _, c := range []struct {
		value   string
		skipped bool
	}{{"", true}, {"1", false}, {"yes", false}} {
		t.Setenv(Env, c.value)
		// Missing on a recorder, not a real subtest: a failing subtest
		// would fail this test too.
		r := &recorder{TB: t}
		func() {
			defer func() { _ = recover() }()
			Missing(r, "tool %q is missing", "x")
		}()
		skipped, failed := r.skipped, r.failed
		if skipped != c.skipped || failed == c.skipped {
			t.Errorf("%s=%q: skipped %v, failed %v", Env, c.value, skipped, failed)
		}
	}
}

// recorder stands in for a test: it records Skip and Fatal and stops the
// goroutine as they would.
type recorder struct {
	testing.TB
	skipped, failed bool
}

type stop struct{}

func (r *recorder) Helper() {}
func (r *recorder) Skip(args ...any) {
	r.skipped = true
	panic(stop{})
}
func (r *recorder) Fatalf(format string, args ...any) {
	r.failed = true
	panic(stop{})
}
