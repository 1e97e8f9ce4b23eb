// name: fact-evidence
// answers: Which articles support each fact, and with which sentence? One
//   row per (fact, article): the fact, the article's title, date and
//   sources, and the evidence sentence quoted from it.
// param: $entity (string, optional): only facts touching this entity: its id,
//   or part of its name, case-insensitive
// param: $type (HOLDS_POSITION|PARTICIPATED_IN|HELD_IN|PARTY_TO|PART_OF, optional):
//   only facts of this type
// param: $limit (int, default 200): at most this many rows
// example: entity="Hun Manet" type=HOLDS_POSITION
// note: A fact's articles and evidence lists are aligned: evidence i was
//   read in article i. Cite the article's source, not dyad.
MATCH (x)-[r:HOLDS_POSITION|PARTICIPATED_IN|HELD_IN|PARTY_TO|PART_OF]->(y)
WHERE ($type IS NULL OR type(r) = $type)
  AND ($entity IS NULL OR x.id = $entity OR y.id = $entity
       OR toLower(x.name) CONTAINS toLower($entity) OR toLower(y.name) CONTAINS toLower($entity))
UNWIND range(0, size(coalesce(r.articles, [])) - 1) AS i
MATCH (art:Article {id: r.articles[i]})
RETURN x.name AS subject, type(r) AS fact, y.name AS object, r.title AS title,
  art.title AS article,
  coalesce(art.published_text, toString(art.published)) AS published,
  art.lang AS lang,
  art.sources AS sources,
  r.evidence[i] AS evidence,
  art.id AS article_id
ORDER BY subject, fact, object, published, article_id
LIMIT $limit
