package main

import (
	_ "embed"
	"errors"
	"io/fs"
	"os"
	"path/filepath"

	"kg/extract"
)

// defaultLexicon is kg's own cue lexicon, the repository's
// data/lexicon.yaml as it was when kg was built: the lexicon of a data
// folder that has none (a fixture, an imported map).
//
//go:embed data/lexicon.yaml
var defaultLexicon []byte

// lexicon reads the data folder's cue lexicon, or kg's own when the folder
// has none; problems come out positioned, like the knowledge base's.
func (e *env) lexicon() (*extract.Lexicon, error) {
	path := filepath.Join(e.data, extract.LexiconFile)
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		path, data, err = "(built-in) data/"+extract.LexiconFile, defaultLexicon, nil
	}
	if err != nil {
		return nil, err
	}
	lex, err := extract.ReadLexicon(path, data)
	if err != nil {
		return nil, &dataError{problem{detail: err, msg: "the cue lexicon has " + plural(countErrors(err), "problem")}}
	}
	return lex, nil
}
