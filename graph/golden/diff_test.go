package golden

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	lines := func(n int) []string {
		var out []string
		for i := 1; i <= n; i++ {
			out = append(out, "line "+string(rune('a'+i-1)))
		}
		return out
	}
	base := lines(12)
	changed := append([]string{}, base...)
	changed[1] = "line B"
	changed = append(changed[:8], append([]string{"inserted"}, changed[8:]...)...)
	for _, tc := range []struct {
		name, want, got, diff string
	}{
		{"equal", "a\nb\n", "a\nb\n", ""},
		{"one line", "a\nb\nc\n", "a\nx\nc\n", "@@ -1,3 +1,3 @@\n a\n-b\n+x\n c\n"},
		{"added at end", "a\n", "a\nb\n", "@@ -1,1 +1,2 @@\n a\n+b\n"},
		{"newline at end", "a\nb\n", "a\nb", "@@ -1,2 +1,2 @@\n a\n-b\n+b⏎ (no newline at end)\n"},
		{"two hunks", strings.Join(lines(20), "\n") + "\n", strings.Replace(strings.Join(lines(20), "\n"), "line b", "line B", 1) + "\nextra\n",
			"@@ -1,5 +1,5 @@\n line a\n-line b\n+line B\n line c\n line d\n line e\n@@ -18,3 +18,4 @@\n line r\n line s\n line t\n+extra\n"},
		{"merged hunk", strings.Join(base, "\n") + "\n", strings.Join(changed, "\n") + "\n",
			"@@ -1,11 +1,12 @@\n line a\n-line b\n+line B\n line c\n line d\n line e\n line f\n line g\n line h\n+inserted\n line i\n line j\n line k\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Diff(tc.want, tc.got); got != tc.diff {
				t.Errorf("Diff =\n%s\nwant\n%s", got, tc.diff)
			}
		})
	}
}

// TestDiffLarge: past the alignment's bound, the differing region is shown
// whole rather than aligned, and quickly.
func TestDiffLarge(t *testing.T) {
	var a, b strings.Builder
	for i := range 3000 {
		a.WriteString(strings.Repeat("x", i%7) + "\n")
		b.WriteString(strings.Repeat("y", i%5) + "\n")
	}
	d := Diff(a.String(), b.String())
	if !strings.HasPrefix(d, "@@ -1,3000 +1,3000 @@\n \n-x\n-xx\n") {
		t.Errorf("large diff starts %q", d[:40])
	}
}

func TestUpdate(t *testing.T) {
	for v, want := range map[string]bool{"": false, "0": false, "1": true, "yes": true} {
		t.Setenv(EnvVar, v)
		if Update() != want {
			t.Errorf("%s=%q: Update() = %v", EnvVar, v, !want)
		}
	}
}
