package graph

import (
	"fmt"
	"strings"
)

// Kind is the kind of an actor.
type Kind uint8

// Actor kinds.
const (
	State Kind = iota + 1
	ArmedGroup
	Party
	Person
	Organization
	Bloc
	Region
	OtherKind
)

var kindNames = []string{"", "state", "armed-group", "party", "person", "organization", "bloc", "region", "other"}

func (k Kind) String() string { return enumString(kindNames, int(k)) }

// ParseKind parses an actor kind such as "armed-group".
func ParseKind(s string) (Kind, error) {
	i, err := parseEnum("actor kind", kindNames, s)
	return Kind(i), err
}

// Category is the category of a relation type, from a fixed vocabulary.
type Category uint8

// Relation categories.
const (
	Alliance Category = iota + 1
	Coalition
	StrategicPartnership
	Cooperation
	Economic
	CulturalReligious
	Support
	Mediation
	Diplomatic
	Rivalry
	Hostility
	War
	OccupationIntervention
	Threat
	Sanctions
	Dependency
	Membership
	OtherCategory
)

var categoryNames = []string{"", "alliance", "coalition", "strategic-partnership", "cooperation", "economic",
	"cultural-religious", "support", "mediation", "diplomatic", "rivalry", "hostility", "war",
	"occupation-intervention", "threat", "sanctions", "dependency", "membership", "other"}

func (c Category) String() string { return enumString(categoryNames, int(c)) }

// ParseCategory parses a relation category such as "strategic-partnership".
func ParseCategory(s string) (Category, error) {
	i, err := parseEnum("category", categoryNames, s)
	return Category(i), err
}

// Categories lists every category in vocabulary order.
func Categories() []Category {
	out := make([]Category, 0, len(categoryNames)-1)
	for i := 1; i < len(categoryNames); i++ {
		out = append(out, Category(i))
	}
	return out
}

// Sign is the sign of a tie: cooperative, hostile or neutral.
type Sign int8

// Signs.
const (
	Negative Sign = -1
	Neutral  Sign = 0
	Positive Sign = 1
)

func (s Sign) String() string {
	switch s {
	case Positive:
		return "+"
	case Negative:
		return "-"
	}
	return "0"
}

// ParseSign parses "+", "-" or "0".
func ParseSign(s string) (Sign, error) {
	switch s {
	case "+":
		return Positive, nil
	case "-":
		return Negative, nil
	case "0":
		return Neutral, nil
	}
	return 0, fmt.Errorf("unknown sign %q (want \"+\", \"-\" or \"0\")", s)
}

// Modality says how a document holds a claim.
type Modality uint8

// Modalities.
const (
	Asserted Modality = iota + 1
	Prospective
	Hypothetical
	Negated
	// Reported is a view the text attributes to someone other than its
	// author ("some experts say ..."); the claim names the holder in
	// attributed_to.
	Reported
)

var modalityNames = []string{"", "asserted", "prospective", "hypothetical", "negated", "reported"}

func (m Modality) String() string { return enumString(modalityNames, int(m)) }

// ParseModality parses a modality such as "prospective".
func ParseModality(s string) (Modality, error) {
	i, err := parseEnum("modality", modalityNames, s)
	return Modality(i), err
}

// Confidence is the curator's confidence in a claim. Higher is more confident.
type Confidence uint8

// Confidence levels.
const (
	Low Confidence = iota + 1
	Medium
	High
)

var confidenceNames = []string{"", "low", "medium", "high"}

func (c Confidence) String() string { return enumString(confidenceNames, int(c)) }

// ParseConfidence parses "high", "medium" or "low".
func ParseConfidence(s string) (Confidence, error) {
	i, err := parseEnum("confidence", confidenceNames, s)
	return Confidence(i), err
}

// DocumentKind is the kind of a source document.
type DocumentKind uint8

// Document kinds.
const (
	JournalArticle DocumentKind = iota + 1
	Report
	News
	PolicyBrief
	OtherDocument
)

var documentKindNames = []string{"", "journal-article", "report", "news", "policy-brief", "other"}

func (k DocumentKind) String() string { return enumString(documentKindNames, int(k)) }

// ParseDocumentKind parses a document kind such as "journal-article".
func ParseDocumentKind(s string) (DocumentKind, error) {
	i, err := parseEnum("document kind", documentKindNames, s)
	return DocumentKind(i), err
}

func enumString(names []string, i int) string {
	if i <= 0 || i >= len(names) {
		return fmt.Sprintf("invalid(%d)", i)
	}
	return names[i]
}

func parseEnum(what string, names []string, s string) (int, error) {
	for i := 1; i < len(names); i++ {
		if names[i] == s {
			return i, nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want %s)", what, s, strings.Join(names[1:], ", "))
}
