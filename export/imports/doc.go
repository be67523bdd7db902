// Package imports reads graphs other tools wrote, CSV in Kumu's layout and
// GraphML, into a Draft, and writes a draft as kg YAML for a curator to
// complete (docs/formats.md).
//
// # What a draft holds
//
// Actors, relation types, eras and claims with valid kg ids made from the
// input's ids and labels (lowercase, hyphens, "-2", "-3" for repeats). A
// kg export reads back as it was written: its columns and attributes (kind,
// name_<lang>, part_of, category, sign, modality, start, end, era,
// confidence, weight, document, lines, cues) are used where present, so
// claims keep their documents, ids and evidence. A relation type the
// input does not describe becomes a type of category "other" and sign
// "0".
//
// # What the curator completes
//
// kg requires evidence for every claim. WriteYAML writes each claim the
// input gives no evidence with a placeholder evidence entry (line 1, cue
// "TODO"), every claim with a note saying where in the input it came
// from, one claims file per document, and registers each document (a
// placeholder: file "<doc>.txt", the digest of an empty file) to fill in. kg validate
// accepts the files as written; with the document's text in the corpus,
// it then points at every placeholder cue.
//
// # Tolerance and matching
//
// What a draft cannot hold is skipped or changed with a warning in
// Draft.Warnings at its position (a self-loop, a weight over 10, a
// relation type without a sign); columns and attributes kg has no place
// for are kept in notes and listed in Draft.Kept. Draft.Match uses a
// knowledge base's actors (by id, code, name, alias), relation types (by
// id or label) and documents' registry entries where the draft names
// them.
//
// # Errors and limits
//
// Problems are reported all at once as a graph.ErrorList, positioned at
// the CSV line and column or the GraphML element's line. No input makes
// the readers panic, and none makes them exhaust memory: an input is at
// most MaxInputSize, CSV rows are read one at a time, and a draft holds at
// most MaxActors actors and MaxClaims claims, a CSV cell at most
// MaxNamesPerCell names and a row at most MaxClaimsPerRow claims. Past a
// limit the reader stops with an error at the place that reaches it.
//
// # Writing
//
// WriteYAML encodes one item at a time, splits claims into files of at
// most PartSize, and writes into a temporary folder whose data and seeds
// folders it renames into place at the end.
package imports
