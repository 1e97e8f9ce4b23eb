// name: agreements-by-country-pair
// answers: Which agreements (treaties, MoUs, plans, ...) are countries $a
//   and $b both party to, directly or through one of their institutions,
//   and in which year?
// param: $a (country): ISO 3166-1 alpha-2 code of one country, e.g. VN
// param: $b (country): ISO code of the other country, e.g. KH
// param: $year (int, optional): only agreements of that year
// example: a=VN b=KH year=2023
// note: The year is the agreement's own date when it has a year, else the
//   publication year of the earliest dated article reporting it
//   (year_from = article); agreements with neither have an empty year and
//   are left out when $year is given.
MATCH (x)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(y)
WHERE ((x:Country AND x.code = $a) OR (x:Organization AND x.country = $a))
  AND ((y:Country AND y.code = $b) OR (y:Organization AND y.country = $b))
  AND x <> y
WITH DISTINCT g
WITH g,
  CASE
    WHEN g.date IS NOT NULL THEN [g.date.year, 'agreement']
    WHEN g.date_text =~ '[0-9]{4}.*' THEN [toInteger(left(g.date_text, 4)), 'agreement']
    ELSE [d IN COLLECT { MATCH (g)-[:MENTIONED_IN]->(r:Article) WHERE r.published IS NOT NULL RETURN r.published AS d ORDER BY d LIMIT 1 } | [d.year, 'article']][0]
  END AS y
WHERE $year IS NULL OR y[0] = $year
RETURN y[0] AS year,
  y[1] AS year_from,
  coalesce(g.date_text, toString(g.date)) AS date,
  g.name AS agreement,
  g.kind AS kind,
  COLLECT { MATCH (z)-[:PARTY_TO]->(g) RETURN z.name AS n ORDER BY n } AS parties,
  COUNT { (g)-[:MENTIONED_IN]->(:Article) } AS articles,
  g.id AS id
ORDER BY year, date, id
