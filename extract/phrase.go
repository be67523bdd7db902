package extract

import "strings"

// maxPhraseWords is the longest phrase copied as a cue, in words.
const maxPhraseWords = 6

// phrase copies at most six words from raw, a line as the file stores it
// whose normalized form is norm: the words that hold the normalized byte
// range must and, of the ranges in want, as many as fit.
func phrase(raw, norm string, must [2]int, want [][2]int) string {
	fields := strings.Fields(raw)
	// where each word lies in the normalized line
	spans := make([][2]int, len(fields))
	pos := 0
	for k, f := range fields {
		n := Normalize(f)
		if n == "" {
			spans[k] = [2]int{-1, -1}
			continue
		}
		if pos > 0 {
			pos++
		}
		spans[k] = [2]int{pos, pos + len(n)}
		pos += len(n)
	}
	if pos != len(norm) || len(fields) == 0 {
		// not expected: Normalize works word by word
		return strings.Join(fields[:min(len(fields), maxPhraseWords)], " ")
	}
	covering := func(r [2]int) (lo, hi int) {
		lo, hi = -1, -1
		for k, s := range spans {
			if s[0] < r[1] && r[0] < s[1] {
				if lo < 0 {
					lo = k
				}
				hi = k
			}
		}
		return lo, hi
	}
	lo, hi := covering(must)
	if lo < 0 {
		lo, hi = 0, 0
	}
	hi = min(hi, lo+maxPhraseWords-1)
	// prefer more mentions, then more words, then the cue nearer the middle
	best, bestN, bestW, bestOff := lo, -1, 0, 0
	for start := max(0, hi-maxPhraseWords+1); start <= lo; start++ {
		end := min(len(fields), start+maxPhraseWords) // exclusive
		n := 0
		for _, r := range want {
			if a, b := covering(r); a >= start && b < end {
				n++
			}
		}
		off := abs((start + end - 1) - (lo + hi))
		if n > bestN || n == bestN && (end-start > bestW || end-start == bestW && off < bestOff) {
			best, bestN, bestW, bestOff = start, n, end-start, off
		}
	}
	return strings.Join(fields[best:min(len(fields), best+maxPhraseWords)], " ")
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
