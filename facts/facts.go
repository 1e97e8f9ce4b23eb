package facts

import (
	"fmt"
	"regexp"
	"slices"
)

// Entity types. The list is closed: the graph loader maps each to a Neo4j
// label and refuses anything else, so no label ever comes from input text.
const (
	TypePerson       = "Person"
	TypeOrganization = "Organization"
	TypeCountry      = "Country"
	TypeLocation     = "Location"
	TypeAgreement    = "Agreement"
	TypeEvent        = "Event"
)

// Relation types, closed like the entity types.
const (
	RelHoldsPosition  = "HOLDS_POSITION"
	RelParticipatedIn = "PARTICIPATED_IN"
	RelHeldIn         = "HELD_IN"
	RelPartyTo        = "PARTY_TO"
	RelPartOf         = "PART_OF"
)

// EntityTypes lists every entity type, in a stable order.
var EntityTypes = []string{TypePerson, TypeOrganization, TypeCountry, TypeLocation, TypeAgreement, TypeEvent}

// RelationTypes lists every relation type, in a stable order.
var RelationTypes = []string{RelHoldsPosition, RelParticipatedIn, RelHeldIn, RelPartyTo, RelPartOf}

// Doc is everything extracted from one article: one line of `dyad extract --format jsonl`.
type Doc struct {
	Article   Article    `json:"article"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
	// Problems are per-article issues met while extracting (unreadable
	// parts, suspicious input). They never stop the run.
	Problems []string `json:"problems,omitempty"`
}

// Article describes the article itself.
type Article struct {
	ID        string  `json:"id"`     // stable id derived from the normalised text
	Source    string  `json:"source"` // path or URL, as given
	Title     string  `json:"title"`
	Lang      string  `json:"lang"`      // ISO 639-1
	Published *string `json:"published"` // partial ISO date (see ParseDate) or null
	// ContentHash is the hex SHA-256 of the article's normalised text; the
	// loader keeps it to skip unchanged articles on the next run.
	ContentHash string `json:"content_hash,omitempty"`
}

// Entity is one real-world thing named in the article.
type Entity struct {
	ID      string   `json:"id"` // canonical: the same in every article, language and run
	Type    string   `json:"type"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Country *string  `json:"country"`        // ISO 3166-1 alpha-2 or null
	Kind    string   `json:"kind,omitempty"` // sub-kind: meeting, party, mou, ...
	Date    *string  `json:"date,omitempty"` // Event and Agreement: partial ISO date
	// Evidence is the sentence that introduces the entity (first mention).
	Evidence string `json:"evidence,omitempty"`
}

// Relation is one fact between two entities, with the sentence that states it.
type Relation struct {
	Type     string `json:"type"`
	From     string `json:"from"`
	To       string `json:"to"`
	Title    string `json:"title,omitempty"` // HOLDS_POSITION: the title as written
	Evidence string `json:"evidence"`
}

// Precision of a partial ISO date.
const (
	PrecisionDay      = "day"       // 2023-12-01
	PrecisionMonth    = "month"     // 2023-12
	PrecisionYear     = "year"      // 2023
	PrecisionMonthDay = "month-day" // --02-21: day known, year not
)

var partialDate = regexp.MustCompile(`^(?:(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?|--(\d{2})-(\d{2}))$`)

// DatePrecision reports the precision of a partial ISO date, or an error
// naming the value when it is not one.
func DatePrecision(s string) (string, error) {
	m := partialDate.FindStringSubmatch(s)
	if m == nil {
		return "", fmt.Errorf("%q is not a partial ISO date (2023-12-01, 2023-12, 2023 or --12-01)", s)
	}
	switch {
	case m[4] != "":
		return PrecisionMonthDay, nil
	case m[3] != "":
		return PrecisionDay, nil
	case m[2] != "":
		return PrecisionMonth, nil
	default:
		return PrecisionYear, nil
	}
}

// Validate checks the form of a Doc: known types, ids present, relation ends
// that name entities of the article. It reports the first problem found.
func (d *Doc) Validate() error {
	ids := make(map[string]string, len(d.Entities))
	if d.Article.ID == "" {
		return fmt.Errorf("article %q: empty id", d.Article.Source)
	}
	if d.Article.Published != nil {
		if _, err := DatePrecision(*d.Article.Published); err != nil {
			return fmt.Errorf("article %q: published: %w", d.Article.Source, err)
		}
	}
	for i, e := range d.Entities {
		if e.ID == "" {
			return fmt.Errorf("article %q: entity %d (%q): empty id", d.Article.Source, i, e.Name)
		}
		if !slices.Contains(EntityTypes, e.Type) {
			return fmt.Errorf("article %q: entity %q: unknown type %q", d.Article.Source, e.ID, e.Type)
		}
		if e.Date != nil {
			if _, err := DatePrecision(*e.Date); err != nil {
				return fmt.Errorf("article %q: entity %q: date: %w", d.Article.Source, e.ID, err)
			}
		}
		ids[e.ID] = e.Type
	}
	for _, r := range d.Relations {
		if !slices.Contains(RelationTypes, r.Type) {
			return fmt.Errorf("article %q: unknown relation type %q", d.Article.Source, r.Type)
		}
		if _, ok := ids[r.From]; !ok {
			return fmt.Errorf("article %q: %s from unknown entity %q", d.Article.Source, r.Type, r.From)
		}
		if _, ok := ids[r.To]; !ok {
			return fmt.Errorf("article %q: %s to unknown entity %q", d.Article.Source, r.Type, r.To)
		}
	}
	return nil
}
