// Package export writes what kg knows for people and other tools: tables and
// JSON listings of the knowledge base, and (as they are built) diagrams and
// graph formats.
package export
