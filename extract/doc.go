// Package extract reads the source texts behind the knowledge base: it
// normalizes Persian, Arabic and English text as PDF extraction leaves it,
// opens the corpus folder, and checks claims' evidence against the texts.
//
// # Normalization
//
// Normalize folds the letter variants that Persian and Arabic texts mix
// (Arabic yeh and kaf against their Persian forms, alef with hamza, teh
// marbuta), drops tatweel, diacritics, bidi controls and joiners, maps
// Persian and Arabic-Indic digits to ASCII, lowercases Latin script and
// collapses whitespace. Matching is done on normalized text only.
package extract
