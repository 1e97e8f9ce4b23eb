// name: country-pair-graph
// answers: What do the meetings of countries $a and $b look like as a graph:
//   the officials of both who met, the events, where they took place and
//   the institutions the officials hold positions in? Made for Neo4j
//   Browser's graph view; in a table, one row per path.
// param: $a (country): ISO 3166-1 alpha-2 code of one country, e.g. VN
// param: $b (country): ISO code of the other country, e.g. KH
// param: $limit (int, default 50): at most this many events
// example: a=VN b=KH
// note: Events are taken in id order up to $limit; for a period, use
//   meetings-between-countries to find the events first.
MATCH (pa:Person {country: $a})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(pb:Person {country: $b})
WHERE pa <> pb
WITH DISTINCT e ORDER BY e.id LIMIT $limit
CALL (e) {
  MATCH path = (p:Person)-[:PARTICIPATED_IN]->(e)
  WHERE p.country IN [$a, $b]
  RETURN 1 AS k, p.name AS n, path
  UNION ALL
  MATCH (p:Person)-[:PARTICIPATED_IN]->(e)
  WHERE p.country IN [$a, $b]
  MATCH path = (p)-[:HOLDS_POSITION]->(o:Organization)
  RETURN 2 AS k, p.name + ' / ' + o.name AS n, path
  UNION ALL
  MATCH path = (e)-[:HELD_IN]->(pl)
  RETURN 3 AS k, pl.name AS n, path
}
RETURN e.id AS event_id, path
ORDER BY event_id, k, n
