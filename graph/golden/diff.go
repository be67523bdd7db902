package golden

import (
	"fmt"
	"strings"
)

// context is how many unchanged lines Diff shows around a change.
const context = 3

// maxCells bounds the work of the line alignment: past it, Diff shows the
// two versions of the region that differs instead of aligning it.
const maxCells = 4 << 20

// Diff returns a line diff of want and got: hunks headed "@@ -a,n +b,m @@"
// as in unified diffs, removed lines prefixed "-", added "+", context " ".
// It returns "" when the two are equal.
func Diff(want, got string) string {
	if want == got {
		return ""
	}
	a, b := splitLines(want), splitLines(got)
	// the common head and tail need no alignment
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	suf := 0
	for suf < len(a)-pre && suf < len(b)-pre && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	ops := make([]op, 0, len(a)+len(b))
	for i := range pre {
		ops = append(ops, op{' ', a[i]})
	}
	ops = append(ops, align(a[pre:len(a)-suf], b[pre:len(b)-suf])...)
	for i := len(a) - suf; i < len(a); i++ {
		ops = append(ops, op{' ', a[i]})
	}
	return hunks(ops)
}

type op struct {
	kind byte // ' ', '-' or '+'
	line string
}

// splitLines splits s into lines, marking a last line without its newline.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	for i, l := range lines {
		if strings.HasSuffix(l, "\n") {
			lines[i] = l[:len(l)-1]
		} else {
			lines[i] = l + "⏎ (no newline at end)"
		}
	}
	return lines
}

// align finds a longest common subsequence of a and b by dynamic
// programming and returns the edit script.
func align(a, b []string) []op {
	n, m := len(a), len(b)
	if (n+1)*(m+1) > maxCells {
		var ops []op
		for _, l := range a {
			ops = append(ops, op{'-', l})
		}
		for _, l := range b {
			ops = append(ops, op{'+', l})
		}
		return ops
	}
	// lcs[i][j] is the length of an LCS of a[i:] and b[j:]
	lcs := make([][]int32, n+1)
	for i := range lcs {
		lcs[i] = make([]int32, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	var ops []op
	i, j := 0, 0
	for i < n || j < m {
		switch {
		case i < n && j < m && a[i] == b[j]:
			ops = append(ops, op{' ', a[i]})
			i++
			j++
		case j < m && (i == n || lcs[i][j+1] >= lcs[i+1][j]):
			ops = append(ops, op{'+', b[j]})
			j++
		default:
			ops = append(ops, op{'-', a[i]})
			i++
		}
	}
	// removals before additions within a change reads better
	for k := 0; k+1 < len(ops); k++ {
		if ops[k].kind == '+' && ops[k+1].kind == '-' {
			s := k
			for s > 0 && ops[s-1].kind == '+' {
				s--
			}
			ops[s], ops[k+1] = ops[k+1], ops[s]
			k = s
		}
	}
	return ops
}

// hunks prints the changes with their context.
func hunks(ops []op) string {
	var b strings.Builder
	for start := 0; start < len(ops); {
		// the next change
		c := start
		for c < len(ops) && ops[c].kind == ' ' {
			c++
		}
		if c == len(ops) {
			break
		}
		lo := max(c-context, start)
		// extend while changes are within 2*context lines of each other
		hi, quiet := c, 0
		for k := c; k < len(ops); k++ {
			if ops[k].kind == ' ' {
				quiet++
				if quiet > 2*context {
					break
				}
			} else {
				quiet = 0
				hi = k
			}
		}
		end := min(hi+1+context, len(ops))
		aLine, bLine := 1, 1
		for _, o := range ops[:lo] {
			if o.kind != '+' {
				aLine++
			}
			if o.kind != '-' {
				bLine++
			}
		}
		na, nb := 0, 0
		for _, o := range ops[lo:end] {
			if o.kind != '+' {
				na++
			}
			if o.kind != '-' {
				nb++
			}
		}
		fmt.Fprintf(&b, "@@ -%d,%d +%d,%d @@\n", aLine, na, bLine, nb)
		for _, o := range ops[lo:end] {
			b.WriteByte(o.kind)
			b.WriteString(o.line)
			b.WriteByte('\n')
		}
		start = end
	}
	return b.String()
}
