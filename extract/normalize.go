package extract

import (
	"strings"
	"unicode"
)

// fold maps single runes to their normalized form; -1 drops the rune.
var fold = map[rune]rune{
	'\u064A': 'ی',                            // Arabic yeh
	'\u0649': 'ی',                            // alef maksura
	'\u06CC': 'ی',                            // Persian yeh (identity, listed for clarity)
	'\u0626': 'ی',                            // yeh with hamza
	'\u0643': 'ک',                            // Arabic kaf
	'\u0629': 'ه',                            // teh marbuta
	'\u06C0': 'ه',                            // heh with yeh above
	'\u06D5': 'ه',                            // ae
	'\u06BE': 'ه',                            // heh doachashmee
	'\u0623': 'ا',                            // alef with hamza above
	'\u0625': 'ا',                            // alef with hamza below
	'\u0622': 'ا',                            // alef with madda
	'\u0671': 'ا',                            // alef wasla
	'\u0624': 'و',                            // waw with hamza
	'\u0640': -1,                             // tatweel
	'\u200D': -1,                             // zero-width joiner
	'\u200B': -1,                             // zero-width space
	'\uFEFF': -1,                             // byte-order mark
	'\u00AD': -1,                             // soft hyphen
	'\u200E': -1, '\u200F': -1, '\u061C': -1, // directional marks
	'\u202A': -1, '\u202B': -1, '\u202C': -1, '\u202D': -1, '\u202E': -1,
	'\u2066': -1, '\u2067': -1, '\u2068': -1, '\u2069': -1,
	'\u200C': ' ', // zero-width non-joiner separates morphemes: a word boundary
}

// presentation forms FE80..FEF4, in order: each base letter and how many
// contextual forms it has.
var presentationRuns = []struct {
	base  rune
	forms int
}{
	{'ء', 1}, {'آ', 2}, {'أ', 2}, {'ؤ', 2}, {'إ', 2}, {'ئ', 4}, {'ا', 2}, {'ب', 4}, {'ة', 2},
	{'ت', 4}, {'ث', 4}, {'ج', 4}, {'ح', 4}, {'خ', 4}, {'د', 2}, {'ذ', 2}, {'ر', 2}, {'ز', 2},
	{'س', 4}, {'ش', 4}, {'ص', 4}, {'ض', 4}, {'ط', 4}, {'ظ', 4}, {'ع', 4}, {'غ', 4}, {'ف', 4},
	{'ق', 4}, {'ك', 4}, {'ل', 4}, {'م', 4}, {'ن', 4}, {'ه', 4}, {'و', 2}, {'ى', 2}, {'ي', 4},
}

// presentation maps Arabic presentation forms, which some PDF extractors
// emit, to their base letters (before folding).
var presentation = func() map[rune]string {
	m := map[rune]string{}
	r := rune(0xFE80)
	for _, p := range presentationRuns {
		for range p.forms {
			m[r] = string(p.base)
			r++
		}
	}
	// lam-alef ligatures FEF5..FEFC, two forms each
	for i, alef := range []rune{'آ', 'أ', 'إ', 'ا'} {
		m[0xFEF5+rune(2*i)] = "ل" + string(alef)
		m[0xFEF6+rune(2*i)] = "ل" + string(alef)
	}
	// Persian letters in Arabic Presentation Forms-A
	for _, p := range []struct {
		from, to rune
		base     rune
	}{{0xFB56, 0xFB59, 'پ'}, {0xFB7A, 0xFB7D, 'چ'}, {0xFB8A, 0xFB8B, 'ژ'}, {0xFB8E, 0xFB91, 'ک'},
		{0xFB92, 0xFB95, 'گ'}, {0xFBFC, 0xFBFF, 'ی'}} {
		for r := p.from; r <= p.to; r++ {
			m[r] = string(p.base)
		}
	}
	return m
}()

func isDiacritic(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r >= 0x0610 && r <= 0x061A ||
		r >= 0x06D6 && r <= 0x06ED
}

// Normalize returns s in the form kg matches on: Arabic-script letter
// variants folded to one form, tatweel, diacritics, joiners and bidi
// controls removed, zero-width non-joiners turned into spaces, Persian and
// Arabic-Indic digits in ASCII, Latin script lowercased, and every run of
// whitespace a single space, with none at either end.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	write := func(r rune) {
		if unicode.IsSpace(r) {
			space = b.Len() > 0
			return
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	var one func(r rune)
	one = func(r rune) {
		switch {
		case r >= 0x06F0 && r <= 0x06F9:
			r = '0' + r - 0x06F0
		case r >= 0x0660 && r <= 0x0669:
			r = '0' + r - 0x0660
		case isDiacritic(r):
			return
		}
		if f, ok := fold[r]; ok {
			if f == -1 {
				return
			}
			r = f
		}
		if r < 0x80 {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
		} else if unicode.IsUpper(r) {
			r = unicode.ToLower(r)
		}
		write(r)
	}
	for _, r := range s {
		if p, ok := presentation[r]; ok {
			for _, q := range p {
				one(q)
			}
			continue
		}
		one(r)
	}
	return b.String()
}

// compact is Normalize with every space removed. Cue phrases are compared in
// this form, because PDF extraction both splits words ("دانشكد ة") and runs
// them together.
func compact(s string) string {
	return strings.ReplaceAll(Normalize(s), " ", "")
}
