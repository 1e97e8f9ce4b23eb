// name: meetings-between-countries
// answers: Which meetings (talks, visits, calls, receptions, signings, ...)
//   brought together officials of country $a and officials of country $b,
//   in a period? One row per event, oldest first.
// param: $a (country): ISO 3166-1 alpha-2 code of one country, e.g. VN
// param: $b (country): ISO code of the other country, e.g. KH
// param: $from (date, optional): first day of the period, e.g. 2023-01-01
// param: $to (date, optional): last day of the period, e.g. 2023-12-31
// example: a=VN b=KH from=2023-01-01 to=2023-12-31
// note: Periods and partial dates: an event's own date is used when it has a
//   year (dated_by = own): dated to the day, the event is in the period when
//   that day is; dated to a month ("2023-12") or a year ("2023"), when that
//   month or year overlaps the period. An event whose year is unknown
//   ("--02-21") or missing is placed at the publication date of the earliest
//   article reporting it (dated_by = article); if no such article has a
//   full publication date either, it is left out whenever $from or $to is
//   given, and listed last otherwise.
// note: Countries come from the officials' country property (nationality as
//   extracted), not from where the event was held.
MATCH (pa:Person {country: $a})-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(pb:Person {country: $b})
WHERE pa <> pb
WITH DISTINCT e
WITH e,
  CASE
    WHEN e.date IS NOT NULL THEN [e.date, e.date, 'own']
    WHEN e.date_text =~ '[0-9]{4}-[0-9]{2}' THEN [date(e.date_text), date(e.date_text) + duration('P1M') - duration('P1D'), 'own']
    WHEN e.date_text =~ '[0-9]{4}' THEN [date(e.date_text), date(e.date_text) + duration('P1Y') - duration('P1D'), 'own']
    ELSE [d IN COLLECT { MATCH (e)-[:MENTIONED_IN]->(r:Article) WHERE r.published IS NOT NULL RETURN r.published AS d ORDER BY d LIMIT 1 } | [d, d, 'article']][0]
  END AS span
WHERE ($from IS NULL OR span[1] >= $from) AND ($to IS NULL OR span[0] <= $to)
RETURN coalesce(e.date_text, toString(e.date), toString(span[0])) AS date,
  span[2] AS dated_by,
  e.kind AS kind,
  e.name AS event,
  COLLECT { MATCH (e)-[:HELD_IN]->(p) RETURN p.name AS n ORDER BY n } AS place,
  COLLECT { MATCH (x:Person {country: $a})-[:PARTICIPATED_IN]->(e) RETURN DISTINCT x.name AS n ORDER BY n } AS officials_a,
  COLLECT { MATCH (x:Person {country: $b})-[:PARTICIPATED_IN]->(e) RETURN DISTINCT x.name AS n ORDER BY n } AS officials_b,
  COUNT { (e)-[:MENTIONED_IN]->(:Article) } AS articles,
  e.id AS event_id
ORDER BY span[0], event_id
