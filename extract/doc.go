// Package extract reads the source texts behind the knowledge base: it
// normalizes Persian, Arabic and English text as PDF extraction leaves it,
// finds where actors are mentioned, checks claims' evidence against the
// texts, and proposes candidate claims for curators. docs/extraction.md
// describes the methods and measures them on the corpus.
//
// # Normalization
//
// Normalize folds the letter variants that Persian and Arabic texts mix
// (Arabic yeh and kaf against their Persian forms, alef with hamza, teh
// marbuta), drops tatweel, diacritics, bidi controls and joiners, maps
// Persian and Arabic-Indic digits to ASCII, lowercases Latin script and
// collapses whitespace. Matching is done on normalized text only.
//
// # Mentions
//
// A Gazetteer compiles every actor's names and aliases into one
// Aho-Corasick automaton. A form matches on word boundaries that let the
// Arabic article and attached prepositions stand before it and Persian and
// Arabic endings after it; where forms overlap, the longer wins. Mentions
// counts each actor's matches and lines per document.
//
// # Candidates
//
// Candidates pairs the actors a document mentions on one line or within a
// window of lines, guesses the relation type from a cue lexicon of Persian,
// Arabic and English words, scores the pair, and WriteCandidates prints
// the pairs as commented-out draft claims. Coverage compares them with the
// curated claims; Quality measures recall and precision per document.
package extract
