package bench

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/dyadgraph/dyad/facts"
)

// Labels and relationship types of the baselines' statements come from
// these closed tables, never from input text (Cypher cannot take them as
// parameters); every value travels as a parameter or a CSV field.
var (
	labels = map[string]string{
		facts.TypePerson: "Person", facts.TypeOrganization: "Organization", facts.TypeCountry: "Country",
		facts.TypeLocation: "Location", facts.TypeAgreement: "Agreement", facts.TypeEvent: "Event",
	}
	relTypes = map[string]string{
		facts.RelHoldsPosition: "HOLDS_POSITION", facts.RelParticipatedIn: "PARTICIPATED_IN",
		facts.RelHeldIn: "HELD_IN", facts.RelPartyTo: "PARTY_TO", facts.RelPartOf: "PART_OF",
	}
)

// ArticleRow is one article as the baselines write it.
type ArticleRow struct {
	ID, Source, Title, Lang, Published, ContentHash string
}

// MentionRow is one entity mentioned in one article: one fact.
type MentionRow struct {
	Label, ID, Article, Name, Aliases, Country, Kind, Date, Evidence string
}

// SupportRow is one article supporting one relation: one fact.
type SupportRow struct {
	Key                                RelKey
	From, To, Article, Evidence, Title string
}

// RelKey selects the statement of a relation: its type and end labels.
type RelKey struct{ Type, From, To string }

func (k RelKey) String() string { return k.Type + "-" + k.From + "-" + k.To }

// Rows is what the baselines write for a set of docs: the same facts as
// the graph loader counts them (an entity listed twice in one article is
// one mention, a relation stated twice in one article is one support).
type Rows struct {
	Articles []ArticleRow
	Mentions []MentionRow
	Supports []SupportRow
}

// Facts is the number of facts: mentions plus supports (graph.Stats.Facts).
func (r *Rows) Facts() int { return len(r.Mentions) + len(r.Supports) }

// MakeRows turns docs into rows. A doc that does not validate is an
// error naming it: the baselines must load exactly what dyad loads.
func MakeRows(docs []*facts.Doc) (*Rows, error) {
	out := &Rows{}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			return nil, fmt.Errorf("bench rows: %w", err)
		}
		a := d.Article
		pub := ""
		if a.Published != nil {
			pub = *a.Published
		}
		out.Articles = append(out.Articles, ArticleRow{ID: a.ID, Source: a.Source, Title: a.Title, Lang: a.Lang,
			Published: pub, ContentHash: a.ContentHash})
		labelOf := map[string]string{}
		for _, e := range d.Entities {
			if _, dup := labelOf[e.ID]; dup {
				continue
			}
			labelOf[e.ID] = labels[e.Type]
			m := MentionRow{Label: labels[e.Type], ID: e.ID, Article: a.ID, Name: strings.TrimSpace(e.Name),
				Aliases: strings.Join(e.Aliases, "|"), Kind: e.Kind, Evidence: e.Evidence}
			if e.Country != nil {
				m.Country = *e.Country
			}
			if e.Date != nil {
				m.Date = *e.Date
			}
			out.Mentions = append(out.Mentions, m)
		}
		seen := map[[3]string]bool{}
		for _, r := range d.Relations {
			k := [3]string{r.Type, r.From, r.To}
			if seen[k] {
				continue
			}
			seen[k] = true
			out.Supports = append(out.Supports, SupportRow{
				Key:  RelKey{Type: relTypes[r.Type], From: labelOf[r.From], To: labelOf[r.To]},
				From: r.From, To: r.To, Article: a.ID, Evidence: r.Evidence, Title: r.Title})
		}
	}
	return out, nil
}

// mentionLabels and supportKeys list what rows hold, sorted.
func (r *Rows) mentionLabels() []string {
	var out []string
	for _, m := range r.Mentions {
		if !slices.Contains(out, m.Label) {
			out = append(out, m.Label)
		}
	}
	slices.Sort(out)
	return out
}

func (r *Rows) supportKeys() []RelKey {
	var out []RelKey
	for _, s := range r.Supports {
		if !slices.Contains(out, s.Key) {
			out = append(out, s.Key)
		}
	}
	slices.SortFunc(out, func(a, b RelKey) int { return cmp.Compare(a.String(), b.String()) })
	return out
}

// The statements. Each writes one row; LOAD CSV runs it for every line
// of a file, the naive loader once per transaction with the row as a
// parameter. The bodies are the same, so both write the same graph.

const articleBody = `MERGE (s:Source {id: row.source})
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.lang = row.lang, a.published_text = row.published,
    a.published = CASE WHEN size(row.published) = 10 THEN date(row.published) ELSE null END,
    a.content_hash = row.content_hash, a.sources = [row.source]
MERGE (s)-[:OF]->(a)`

func mentionBody(label string) string {
	return `MERGE (e:` + label + ` {id: row.id})
SET e.name = row.name, e.country = row.country, e.kind = row.kind, e.date_text = row.date
WITH e, row
MATCH (a:Article {id: row.article})
MERGE (e)-[m:MENTIONED_IN]->(a)
SET m.name = row.name, m.evidence = row.evidence, m.country = row.country, m.kind = row.kind, m.date = row.date,
    m.aliases = CASE WHEN row.aliases IS NULL OR row.aliases = '' THEN [] ELSE split(row.aliases, '|') END`
}

func supportBody(k RelKey) string {
	s := `MATCH (a:` + k.From + ` {id: row.from})
MATCH (b:` + k.To + ` {id: row.to})
MERGE (a)-[r:` + k.Type + `]->(b)
SET r.articles = coalesce(r.articles, []) + row.article,
    r.evidence = coalesce(r.evidence, []) + coalesce(row.evidence, '')`
	if k.Type == "HOLDS_POSITION" {
		s += `,
    r.titles = coalesce(r.titles, []) + coalesce(row.title, ''),
    r.title = coalesce(r.title, row.title)`
	}
	return s
}

// knownLabel and knownRel check a row's label or key against the closed
// tables before it reaches a statement's text.
func knownLabel(l string) bool {
	for _, v := range labels {
		if v == l {
			return true
		}
	}
	return false
}

func knownKey(k RelKey) bool {
	ok := false
	for _, v := range relTypes {
		ok = ok || v == k.Type
	}
	return ok && knownLabel(k.From) && knownLabel(k.To)
}
