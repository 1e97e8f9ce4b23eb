// name: shortest-path-between-officials
// answers: How are two officials connected through facts (positions,
//   shared events, places, agreements, institutions)? All shortest paths,
//   up to 10 hops.
// param: $person_a (string): the first person's id (person:...), or part of a
//   name or alias, case-insensitive
// param: $person_b (string): the second person, the same way
// param: $limit (int, default 10): at most this many paths
// example: person_a="Pham Minh Chinh" person_b="Hun Manet"
// note: Only fact relationships are followed; two people merely mentioned
//   in the same article are not connected by that.
MATCH (a:Person), (b:Person)
WHERE (a.id = $person_a OR toLower(a.name) CONTAINS toLower($person_a) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) CONTAINS toLower($person_a)))
  AND (b.id = $person_b OR toLower(b.name) CONTAINS toLower($person_b) OR any(x IN coalesce(b.aliases, []) WHERE toLower(x) CONTAINS toLower($person_b)))
  AND a <> b
MATCH path = allShortestPaths((a)-[:HOLDS_POSITION|PARTICIPATED_IN|HELD_IN|PARTY_TO|PART_OF*..10]-(b))
RETURN a.name AS official_a, b.name AS official_b, length(path) AS hops,
  [n IN nodes(path) | coalesce(n.name, n.id)] AS via,
  path
ORDER BY hops, official_a, official_b, via
LIMIT $limit
