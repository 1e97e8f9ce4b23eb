// name: institutions-per-country
// answers: Which institutions of each country appear in the graph, by kind
//   (party, legislature, ministry, government, military, ...), and how many
//   officials hold positions in them?
// param: $country (country, optional): only this country
// example: country=KH
// note: Institutions without a known country are grouped under an empty
//   country; international organizations usually are.
MATCH (o:Organization)
WHERE $country IS NULL OR o.country = $country
WITH o ORDER BY o.name
WITH coalesce(o.country, '') AS country, coalesce(o.kind, '') AS kind,
  count(o) AS institutions,
  collect(o.name) AS names,
  sum(COUNT { (o)<-[:HOLDS_POSITION]-(:Person) }) AS positions
OPTIONAL MATCH (c:Country {code: country})
RETURN country, c.name AS country_name, kind, institutions, positions, names
ORDER BY country, kind
