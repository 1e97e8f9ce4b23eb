// name: most-active-officials
// answers: Which officials took part in the most events, with their
//   positions and the countries of the people they met?
// param: $country (country, optional): only officials of this country
// param: $limit (int, default 20): at most this many officials
// example: country=VN limit=10
// note: Ties are broken by the number of articles mentioning the official,
//   then by id, so the list is stable from run to run.
MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)
WHERE $country IS NULL OR p.country = $country
WITH p, count(DISTINCT e) AS events
WITH p, events, COUNT { (p)-[:MENTIONED_IN]->(:Article) } AS articles
RETURN p.name AS official,
  p.country AS country,
  events,
  articles,
  COLLECT { MATCH (p)-[h:HOLDS_POSITION]->(o:Organization) RETURN coalesce(h.title + ', ', '') + o.name AS n ORDER BY n } AS positions,
  COLLECT { MATCH (p)-[:PARTICIPATED_IN]->(:Event)<-[:PARTICIPATED_IN]-(q:Person) WHERE q.country IS NOT NULL AND q.country <> coalesce(p.country, '') RETURN DISTINCT q.country AS c ORDER BY c } AS met_countries,
  p.id AS id
ORDER BY events DESC, articles DESC, id
LIMIT $limit
