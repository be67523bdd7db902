package extract

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"kg/graph"
)

// MaxTextSize is the largest document text read from a corpus: 64 MiB,
// as for a YAML file, some 700 times the largest text in the seeds (92 KB),
// and small enough that a text, its lines and their normalized forms fit
// in memory many times over. A larger file is refused, as is anything but
// a regular file: a named pipe would block the reader, a link to /dev/zero
// would never end.
const MaxTextSize = 64 << 20

// Text is one document's text, split into lines.
type Text struct {
	Path   string
	SHA256 string   // of the file's bytes as stored
	Lines  []string // without line ends; Lines[0] is line 1
	norm   []string // Normalize(Lines[i]), filled on first use
}

// ReadText reads a text file: a regular file (symbolic links followed) of
// at most MaxTextSize bytes. A byte-order mark is dropped and CRLF line
// ends are accepted; invalid UTF-8 is an error naming its byte offset.
func ReadText(path string) (*Text, error) {
	data, err := graph.ReadRegularFile(path, MaxTextSize, "texts")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return ParseText(path, data)
}

// ParseText is ReadText on bytes already read.
func ParseText(path string, data []byte) (*Text, error) {
	sum := sha256.Sum256(data)
	t := &Text{Path: path, SHA256: hex.EncodeToString(sum[:])}
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(body) {
		off := len(data) - len(body)
		for i := 0; i < len(body); {
			r, n := utf8.DecodeRune(body[i:])
			if r == utf8.RuneError && n <= 1 {
				off += i
				break
			}
			i += n
		}
		return nil, fmt.Errorf("%s: invalid UTF-8 at byte offset %d", path, off)
	}
	if len(body) == 0 {
		return t, nil
	}
	s := strings.TrimSuffix(string(body), "\n")
	t.Lines = strings.Split(s, "\n")
	for i, l := range t.Lines {
		t.Lines[i] = strings.TrimSuffix(l, "\r")
	}
	return t, nil
}

// Normalized returns line n (1-based) in normalized form.
func (t *Text) Normalized(n int) string {
	if t.norm == nil {
		t.norm = make([]string, len(t.Lines))
		normalizeLines(t.norm, t.Lines)
	}
	return t.norm[n-1]
}

// Corpus is a folder of document texts, read on demand.
type Corpus struct {
	Dir   string
	texts map[string]*Text
	errs  map[string]error
}

// OpenCorpus returns the corpus in dir; it fails if dir is not a folder.
func OpenCorpus(dir string) (*Corpus, error) {
	st, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("corpus folder: %w", err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("corpus folder: %s is not a folder", dir)
	}
	return &Corpus{Dir: dir, texts: map[string]*Text{}, errs: map[string]error{}}, nil
}

// Text returns the document's text, read once.
func (c *Corpus) Text(d *graph.Document) (*Text, error) {
	if t, ok := c.texts[d.File]; ok {
		return t, nil
	}
	if err, ok := c.errs[d.File]; ok {
		return nil, err
	}
	t, err := ReadText(filepath.Join(c.Dir, d.File))
	if err != nil {
		c.errs[d.File] = err
		return nil, err
	}
	c.texts[d.File] = t
	return t, nil
}
