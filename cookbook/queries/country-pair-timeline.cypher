// name: country-pair-timeline
// answers: What happened between country $a and country $b, in date order:
//   the meetings their officials held together and the agreements both are
//   party to (directly or through one of their institutions)?
// param: $a (country): ISO 3166-1 alpha-2 code of one country, e.g. VN
// param: $b (country): ISO code of the other country, e.g. LA
// param: $from (date, optional): first day of the period, e.g. 2023-01-01
// param: $to (date, optional): last day of the period, e.g. 2023-12-31
// example: a=VN b=LA from=2023-01-01
// note: Partial dates are placed as in meetings-between-countries: a month
//   or a year overlapping the period counts; an unknown year falls back to
//   the earliest dated article reporting the item (dated_by = article).
CALL () {
  MATCH (pa:Person {country: $a})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(pb:Person {country: $b})
  WHERE pa <> pb
  WITH DISTINCT e
  RETURN e AS item, 'meeting' AS what,
    COLLECT { MATCH (x:Person)-[:PARTICIPATED_IN]->(e) WHERE x.country IN [$a, $b] RETURN DISTINCT x.name AS n ORDER BY n } AS who
  UNION
  MATCH (x)-[:PARTY_TO]->(g:Agreement)<-[:PARTY_TO]-(y)
  WHERE ((x:Country AND x.code = $a) OR (x:Organization AND x.country = $a))
    AND ((y:Country AND y.code = $b) OR (y:Organization AND y.country = $b))
    AND x <> y
  WITH DISTINCT g
  RETURN g AS item, 'agreement' AS what,
    COLLECT { MATCH (z)-[:PARTY_TO]->(g) RETURN DISTINCT z.name AS n ORDER BY n } AS who
}
WITH item, what, who,
  CASE
    WHEN item.date IS NOT NULL THEN [item.date, item.date, 'own']
    WHEN item.date_text =~ '[0-9]{4}-[0-9]{2}' THEN [date(item.date_text), date(item.date_text) + duration('P1M') - duration('P1D'), 'own']
    WHEN item.date_text =~ '[0-9]{4}' THEN [date(item.date_text), date(item.date_text) + duration('P1Y') - duration('P1D'), 'own']
    ELSE [d IN COLLECT { MATCH (item)-[:MENTIONED_IN]->(r:Article) WHERE r.published IS NOT NULL RETURN r.published AS d ORDER BY d LIMIT 1 } | [d, d, 'article']][0]
  END AS span
WHERE ($from IS NULL OR span[1] >= $from) AND ($to IS NULL OR span[0] <= $to)
RETURN coalesce(item.date_text, toString(item.date), toString(span[0])) AS date,
  span[2] AS dated_by,
  what,
  item.kind AS kind,
  item.name AS name,
  COLLECT { MATCH (item)-[:HELD_IN]->(p) RETURN p.name AS n ORDER BY n } AS place,
  who,
  COUNT { (item)-[:MENTIONED_IN]->(:Article) } AS articles,
  item.id AS id
ORDER BY span[0], what, id
