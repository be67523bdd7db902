package extract

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"kg/graph"
)

// loadKB loads the repository's curated data.
func loadKB(tb testing.TB) *graph.KB {
	tb.Helper()
	kb, err := graph.Load(graph.Options{DataDir: "../data", SeedsDir: "../seeds"})
	if err != nil {
		tb.Fatal(err)
	}
	return kb
}

// BenchmarkMentionsCorpus is `kg extract mentions` over the five real texts:
// reading them, building the gazetteer, normalizing and matching.
func BenchmarkMentionsCorpus(b *testing.B) {
	dir := corpusDir(b)
	kb := loadKB(b)
	size := int64(0)
	c, err := OpenCorpus(dir)
	if err != nil {
		b.Fatal(err)
	}
	for _, d := range kb.Documents {
		t, err := c.Text(d)
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range t.Lines {
			size += int64(len(l)) + 1
		}
	}
	b.SetBytes(size)
	cpu := cpuTime()
	for b.Loop() {
		c, err := OpenCorpus(dir)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Mentions(kb, c, nil); err != nil {
			b.Fatal(err)
		}
	}
	reportCPU(b, cpu, size)
}

// reportCPU adds the processor time per operation since cpu, and the
// bytes processed per second of it, to a benchmark's results. On a machine
// shared with other work, wall time (ns/op) counts the waits for a
// processor; these do not. With several goroutines, cpu-MB/s is per
// processor.
func reportCPU(b *testing.B, cpu time.Duration, bytes int64) {
	used := cpuTime() - cpu
	if used <= 0 || b.N == 0 {
		return
	}
	per := used.Seconds() / float64(b.N)
	b.ReportMetric(per*1e3, "cpu-ms/op")
	b.ReportMetric(float64(bytes)/per/1e6, "cpu-MB/s")
}

// generatedSize is the size of the generated corpus of
// BenchmarkMentionsThroughput.
const generatedSize = 100 << 20

var generated struct {
	once sync.Once
	text []byte
}

// generateCorpus writes about size bytes of lines that look like the
// corpus: Persian, Arabic and English words around actors' names and
// aliases, with the noise PDF extraction leaves (Arabic letters in Persian
// words, tatweel, diacritics, zero-width non-joiners, CRLF line ends,
// names run into the next word). The generator is seeded: the text is the
// same on every run.
func generateCorpus(kb *graph.KB, size int) []byte {
	rng := rand.New(rand.NewPCG(8, 2025))
	var names []string
	for _, a := range kb.Actors {
		for _, n := range a.Names {
			names = append(names, n)
		}
		for _, l := range sortedKeys(a.Aliases) {
			names = append(names, a.Aliases[l]...)
		}
	}
	// map order must not leak into the text
	slices.Sort(names)
	words := map[int][]string{
		0: strings.Fields("روابط و در از به با که این را است های برای کشور دو همکاری سیاست منطقه امنیت اقتصادی پس جنگ اتحاد نرم راهبردی حمایت تهدید نظامی روسیه\u200cای می\u200cشود بوده شده دولت"),
		1: strings.Fields("العلاقات بين في من على إلى مع التي الذي هذه خلال عام السياسة الخارجية الإقليمي الدولي تعاون حكومة زيارة الرئيس الوزراء الأمن الاقتصادية دعم مؤتمر قمة"),
		2: strings.Fields("relations between the and of in to with a is that for regional security cooperation alliance two countries government support war economic policy strategic after"),
	}
	arabicLetters := strings.NewReplacer("ی", "ي", "ک", "ك")
	noise := func(w string) string {
		switch rng.IntN(12) {
		case 0:
			w = arabicLetters.Replace(w)
		case 1:
			if rs := []rune(w); len(rs) > 2 {
				i := 1 + rng.IntN(len(rs)-2)
				w = string(rs[:i]) + "ـــ" + string(rs[i:])
			}
		case 2:
			w += "\u064E"
		case 3:
			w = "و" + w
		case 4:
			w += "\u200cها"
		}
		return w
	}
	var b strings.Builder
	b.Grow(size + 1024)
	for b.Len() < size {
		lang := rng.IntN(3)
		n := 6 + rng.IntN(18)
		for i := range n {
			if i > 0 {
				b.WriteByte(' ')
			}
			if rng.IntN(9) == 0 {
				w := names[rng.IntN(len(names))]
				if lang < 2 {
					w = noise(w)
				}
				b.WriteString(w)
				continue
			}
			ws := words[lang]
			w := ws[rng.IntN(len(ws))]
			if lang < 2 {
				w = noise(w)
			}
			b.WriteString(w)
		}
		if rng.IntN(4) == 0 {
			b.WriteString("\r\n")
		} else {
			b.WriteByte('\n')
		}
	}
	return []byte(b.String())
}

// BenchmarkMentionsThroughput counts mentions in a generated corpus of 100
// MB: "mentions" normalizes and matches every line of a text already split
// into lines; "read+mentions" also checks the bytes as UTF-8, hashes and
// splits them, as reading a corpus file does.
func BenchmarkMentionsThroughput(b *testing.B) {
	kb := loadKB(b)
	generated.once.Do(func() { generated.text = generateCorpus(kb, generatedSize) })
	data := generated.text
	g := NewGazetteer(kb)
	b.Run("mentions", func(b *testing.B) {
		t, err := ParseText("generated", data)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(len(data)))
		cpu := cpuTime()
		for b.Loop() {
			t.norm = nil
			if m := g.mentionsIn(t); len(m) == 0 {
				b.Fatal("no mentions")
			}
		}
		reportCPU(b, cpu, int64(len(data)))
	})
	b.Run("read+mentions", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		cpu := cpuTime()
		defer func() { reportCPU(b, cpu, int64(len(data))) }()
		for b.Loop() {
			t, err := ParseText("generated", data)
			if err != nil {
				b.Fatal(err)
			}
			if m := g.mentionsIn(t); len(m) == 0 {
				b.Fatal("no mentions")
			}
		}
	})
}
