// name: find-entity
// answers: Which entities match a name? Gives the ids the other queries
//   take, with label, country, kind and how many articles mention each.
// param: $text (string): part of a name, alias or id, case-insensitive
// param: $label (Person|Organization|Country|Location|Agreement|Event, optional):
//   only entities with this label
// param: $limit (int, default 50): at most this many entities
// example: text=assembly label=Organization
MATCH (n)
WHERE (n:Person OR n:Organization OR n:Country OR n:Location OR n:Agreement OR n:Event)
  AND ($label IS NULL OR $label IN labels(n))
  AND (toLower(n.id) CONTAINS toLower($text)
       OR toLower(n.name) CONTAINS toLower($text)
       OR any(a IN coalesce(n.aliases, []) WHERE toLower(a) CONTAINS toLower($text)))
WITH n, COUNT { (n)-[:MENTIONED_IN]->(:Article) } AS articles
RETURN [l IN labels(n) WHERE l IN ['Person', 'Organization', 'Country', 'Location', 'Agreement', 'Event']][0] AS label,
  n.id AS id,
  n.name AS name,
  coalesce(n.country, n.code) AS country,
  n.kind AS kind,
  articles,
  n.aliases AS aliases
ORDER BY articles DESC, label, name, id
LIMIT $limit
