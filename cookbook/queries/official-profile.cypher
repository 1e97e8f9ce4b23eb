// name: official-profile
// answers: What does the graph know about an official: the positions held
//   (with the title as written) and every event attended, with the other
//   participants and where it took place?
// param: $person (string): the person's id (person:...), or part of a name
//   or alias, case-insensitive, e.g. "Hun Manet"
// example: person="Pham Minh Chinh"
// note: Position rows come first (date empty), then events in date order
//   (undated events last). If the text matches several people, each gets
//   their rows; the person column tells them apart.
MATCH (p:Person)
WHERE p.id = $person
   OR toLower(p.name) CONTAINS toLower($person)
   OR any(a IN coalesce(p.aliases, []) WHERE toLower(a) CONTAINS toLower($person))
CALL (p) {
  MATCH (p)-[h:HOLDS_POSITION]->(o:Organization)
  RETURN 0 AS rank, null AS sort, 'position' AS kind, null AS date,
    coalesce(h.title, '') AS role, o.name AS what, o.country AS country,
    [] AS others, [] AS place, size(coalesce(h.articles, [])) AS articles
  UNION ALL
  MATCH (p)-[r:PARTICIPATED_IN]->(e:Event)
  RETURN 1 AS rank, coalesce(e.date, CASE WHEN e.date_text =~ '[0-9]{4}(-[0-9]{2})?' THEN date(e.date_text) END) AS sort, coalesce(e.kind, 'event') AS kind,
    coalesce(e.date_text, toString(e.date)) AS date,
    '' AS role, e.name AS what, null AS country,
    COLLECT { MATCH (q:Person)-[:PARTICIPATED_IN]->(e) WHERE q <> p RETURN q.name + coalesce(' (' + q.country + ')', '') AS n ORDER BY n } AS others,
    COLLECT { MATCH (e)-[:HELD_IN]->(pl) RETURN pl.name AS n ORDER BY n } AS place,
    size(coalesce(r.articles, [])) AS articles
}
RETURN p.name AS person, p.country AS person_country, kind, date, role, what, country, others, place, articles
ORDER BY p.name, p.id, rank, sort, date, what
