package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Rune classes of the Arabic block (U+0600..U+06FF) and of a few other
// code points: what Normalize writes for each. drop removes the rune, blank
// turns it into a word boundary.
const (
	keep  rune = 0
	drop  rune = -1
	blank rune = -2
)

// arabicFold maps each rune of the Arabic block to its normalized form:
// keep (itself), drop, or the rune it folds to.
var arabicFold = func() [256]rune {
	var t [256]rune
	set := func(to rune, from ...rune) {
		for _, r := range from {
			t[r-0x0600] = to
		}
	}
	// yeh: Arabic yeh, alef maksura, yeh with hamza above, and the Farsi,
	// Kashmiri, Urdu and Pashto yeh forms
	set('ی', 'ي', 'ى', 'ئ', 0x0620, 0x063D, 0x063E, 0x063F, 0x0678, 0x06CD, 0x06CE, 0x06D0, 0x06D1, 0x06D2, 0x06D3)
	// kaf: Arabic kaf and the keheh variants
	set('ک', 'ك', 0x063B, 0x063C, 0x06AA)
	// heh: teh marbuta, heh with yeh above (Persian ezafe), heh goal and
	// its forms, heh doachashmee, ae
	set('ه', 'ة', 'ۀ', 0x06C1, 0x06C2, 0x06C3, 'ھ', 'ە')
	// alef: with hamza above or below, with madda, wasla, wavy and high hamza
	set('ا', 'أ', 'إ', 'آ', 'ٱ', 0x0672, 0x0673, 0x0675)
	// waw: with hamza above, high hamza waw
	set('و', 'ؤ', 0x0676)
	// tatweel, the Arabic letter mark, diacritics and Quranic annotation
	set(drop, 'ـ', 0x061C)
	for r := rune(0x0610); r <= 0x061A; r++ {
		set(drop, r)
	}
	for r := rune(0x064B); r <= 0x065F; r++ {
		set(drop, r)
	}
	set(drop, 0x0670)
	for r := rune(0x06D6); r <= 0x06ED; r++ {
		set(drop, r)
	}
	// Arabic-Indic and Persian digits, decimal and thousands separators
	for d := rune(0); d < 10; d++ {
		set('0'+d, 0x0660+d, 0x06F0+d)
	}
	set('.', 0x066B)
	set(',', 0x066C)
	return t
}()

// otherFold maps the code points outside the Arabic block that Normalize
// changes (other than whitespace and case).
var otherFold = map[rune]rune{
	0x200C: blank,                                          // zero-width non-joiner separates morphemes: a word boundary
	0x200B: drop,                                           // zero-width space
	0x200D: drop,                                           // zero-width joiner
	0x2060: drop,                                           // word joiner
	0x2061: drop, 0x2062: drop, 0x2063: drop, 0x2064: drop, // invisible operators
	0xFEFF: drop,               // byte-order mark
	0x00AD: drop,               // soft hyphen
	0x034F: drop,               // combining grapheme joiner
	0x200E: drop, 0x200F: drop, // directional marks
	0x202A: drop, 0x202B: drop, 0x202C: drop, 0x202D: drop, 0x202E: drop, // embeddings and overrides
	0x2066: drop, 0x2067: drop, 0x2068: drop, 0x2069: drop, // isolates
	'‘': '\'', '’': '\'', '‚': '\'', '‛': '\'', // single quotation marks
	'“': '"', '”': '"', '„': '"', '‟': '"', // double quotation marks
}

// presentationRuns lists Arabic Presentation Forms-B, U+FE80..U+FEF4, in
// order: each base letter and how many contextual forms it has.
var presentationRuns = []struct {
	base  rune
	forms int
}{
	{'ء', 1}, {'آ', 2}, {'أ', 2}, {'ؤ', 2}, {'إ', 2}, {'ئ', 4}, {'ا', 2}, {'ب', 4}, {'ة', 2},
	{'ت', 4}, {'ث', 4}, {'ج', 4}, {'ح', 4}, {'خ', 4}, {'د', 2}, {'ذ', 2}, {'ر', 2}, {'ز', 2},
	{'س', 4}, {'ش', 4}, {'ص', 4}, {'ض', 4}, {'ط', 4}, {'ظ', 4}, {'ع', 4}, {'غ', 4}, {'ف', 4},
	{'ق', 4}, {'ك', 4}, {'ل', 4}, {'م', 4}, {'ن', 4}, {'ه', 4}, {'و', 2}, {'ى', 2}, {'ي', 4},
}

// presentation maps the Arabic presentation forms that some PDF extractors
// emit to their letters, already normalized; "" drops the form.
var presentation = func() map[rune]string {
	raw := map[rune]string{}
	r := rune(0xFE80)
	for _, p := range presentationRuns {
		for range p.forms {
			raw[r] = string(p.base)
			r++
		}
	}
	// lam-alef ligatures FEF5..FEFC, two forms each
	for i, alef := range []rune{'آ', 'أ', 'إ', 'ا'} {
		raw[0xFEF5+rune(2*i)] = "ل" + string(alef)
		raw[0xFEF6+rune(2*i)] = "ل" + string(alef)
	}
	// isolated and medial diacritics and tatweel forms FE70..FE7F
	for r := rune(0xFE70); r <= 0xFE7F; r++ {
		raw[r] = ""
	}
	// Presentation Forms-A: the letters Persian and Arabic texts use
	for _, p := range []struct {
		from, to rune
		base     rune
	}{
		{0xFB50, 0xFB51, 'ٱ'}, {0xFB56, 0xFB59, 'پ'}, {0xFB7A, 0xFB7D, 'چ'}, {0xFB8A, 0xFB8B, 'ژ'},
		{0xFB8E, 0xFB91, 'ک'}, {0xFB92, 0xFB95, 'گ'}, {0xFBA4, 0xFBA5, 'ۀ'}, {0xFBA6, 0xFBA9, 0x06C1},
		{0xFBAA, 0xFBAD, 'ھ'}, {0xFBAE, 0xFBB1, 0x06D2}, {0xFBE4, 0xFBE7, 0x06D0}, {0xFBE8, 0xFBE9, 'ى'},
		{0xFBFC, 0xFBFF, 'ی'},
	} {
		for r := p.from; r <= p.to; r++ {
			raw[r] = string(p.base)
		}
	}
	raw[0xFDF2] = "الله" // the Allah ligature
	m := make(map[rune]string, len(raw))
	for r, s := range raw {
		var b strings.Builder
		for _, q := range s {
			switch f := arabicFold[q-0x0600]; f {
			case keep:
				b.WriteRune(q)
			case drop:
			default:
				b.WriteRune(f)
			}
		}
		m[r] = b.String()
	}
	return m
}()

// latinLigatures are the typographic ligatures of English PDF text.
var latinLigatures = map[rune]string{
	0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl", 0xFB05: "st", 0xFB06: "st",
}

// Normalize returns s in the form kg matches on: Arabic-script letter
// variants folded to one form, tatweel, diacritics, joiners and bidi
// controls removed, zero-width non-joiners turned into spaces, Persian and
// Arabic-Indic digits in ASCII, Arabic presentation forms and Latin
// ligatures spelled out, curly quotation marks straightened, Latin script
// lowercased, and every run of whitespace a single space, with none at
// either end. Normalize is idempotent.
func Normalize(s string) string {
	return string(appendNormalized(make([]byte, 0, len(s)), s))
}

// appendNormalized appends Normalize(s) to b.
func appendNormalized(b []byte, s string) []byte {
	start := len(b)
	space := false // a space is due before the next rune written
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = len(b) > start
				continue
			case 'A' <= c && c <= 'Z':
				c += 'a' - 'A'
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, c)
			continue
		}
		if (c == 0xD8 || c == 0xD9 || c == 0xDA || c == 0xDB) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// the Arabic block, U+0600..U+06FF: two bytes, from a table
			r := rune(c&0x1F)<<6 | rune(s[i+1]&0x3F)
			f := arabicFold[r-0x0600]
			if f == drop {
				i += 2
				continue
			}
			if space {
				b = append(b, ' ')
				space = false
			}
			switch {
			case f == keep:
				b = append(b, c, s[i+1])
			case f < utf8.RuneSelf:
				b = append(b, byte(f))
			default:
				b = append(b, byte(0xC0|f>>6), byte(0x80|f&0x3F))
			}
			i += 2
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if r >= 0x0600 && r <= 0x06FF {
			f := arabicFold[r-0x0600]
			switch f {
			case keep:
			case drop:
				continue
			default:
				r = f
			}
		} else if f, ok := otherFold[r]; ok {
			switch f {
			case drop:
				continue
			case blank:
				space = len(b) > start
				continue
			default:
				r = f
			}
		} else if p, ok := presentation[r]; ok {
			if p != "" {
				if space {
					b = append(b, ' ')
					space = false
				}
				b = append(b, p...)
			}
			continue
		} else if p, ok := latinLigatures[r]; ok {
			if space {
				b = append(b, ' ')
				space = false
			}
			b = append(b, p...)
			continue
		} else if unicode.IsSpace(r) {
			space = len(b) > start
			continue
		} else if r >= 0x08D3 && r <= 0x08FF {
			continue // Arabic Extended-A marks
		} else if unicode.IsUpper(r) {
			r = unicode.ToLower(r)
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		b = utf8.AppendRune(b, r)
	}
	return b
}

// compact is Normalize with every space removed. Cue phrases are compared in
// this form, because PDF extraction both splits words ("دانشكد ة") and runs
// them together.
func compact(s string) string {
	return strings.ReplaceAll(Normalize(s), " ", "")
}
