// name: co-participation-network
// answers: Which pairs of officials took part in the same events, and how
//   often? The edge list of the co-participation network (weight = shared
//   events), ready for network analysis.
// param: $country (country, optional): only pairs with at least one official
//   of this country
// param: $cross_border (bool, default false): only pairs of officials of two
//   different countries
// param: $min_events (int, default 1): only pairs sharing at least this many
//   events
// param: $limit (int, default 500): at most this many pairs
// example: country=VN cross_border=true
// note: Each pair appears once, official_a having the smaller id. For the
//   whole graph in Gephi, dyad export --format graphml is the better tool.
MATCH (p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(q:Person)
WHERE p.id < q.id
  AND ($country IS NULL OR p.country = $country OR q.country = $country)
  AND (NOT $cross_border OR (p.country IS NOT NULL AND q.country IS NOT NULL AND p.country <> q.country))
WITH p, q, e ORDER BY coalesce(e.date_text, toString(e.date)), e.id
WITH p, q, count(DISTINCT e) AS shared_events, collect(DISTINCT e.name) AS events
WHERE shared_events >= $min_events
RETURN p.name AS official_a, p.country AS country_a,
  q.name AS official_b, q.country AS country_b,
  shared_events, events,
  p.id AS id_a, q.id AS id_b
ORDER BY shared_events DESC, id_a, id_b
LIMIT $limit
