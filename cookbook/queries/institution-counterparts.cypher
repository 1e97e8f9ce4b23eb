// name: institution-counterparts
// answers: Whom do the members of an institution meet? For each counterpart
//   institution: how many events, which of our officials and theirs took
//   part, first and last date.
// param: $org (string): the organization's id (org:...), or part of its
//   name or alias, case-insensitive, e.g. "National Assembly"
// param: $foreign_only (bool, default true): only counterparts from another
//   country than the institution's
// example: org="National Assembly"
// note: An official's institutions are those of HOLDS_POSITION. A participant
//   with no known position is listed under their country with an empty
//   counterpart. Dates: first and last of the events dated with a year.
MATCH (o:Organization)
WHERE o.id = $org
   OR toLower(o.name) CONTAINS toLower($org)
   OR any(a IN coalesce(o.aliases, []) WHERE toLower(a) CONTAINS toLower($org))
MATCH (o)<-[:HOLDS_POSITION]-(p:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(q:Person)
WHERE q <> p AND NOT (q)-[:HOLDS_POSITION]->(o)
  AND (NOT $foreign_only OR coalesce(q.country, '?') <> coalesce(o.country, p.country, '-'))
OPTIONAL MATCH (q)-[:HOLDS_POSITION]->(qo:Organization)
WITH o, qo, coalesce(qo.country, q.country) AS country, p, q, e,
  coalesce(e.date, CASE WHEN e.date_text =~ '[0-9]{4}(-[0-9]{2})?' THEN date(e.date_text) END) AS day
ORDER BY p.name, q.name
WITH o, qo, country,
  count(DISTINCT e) AS events,
  collect(DISTINCT p.name) AS our_officials,
  collect(DISTINCT q.name) AS their_officials,
  min(day) AS first_date, max(day) AS last_date
RETURN o.name AS institution,
  coalesce(qo.name, '') AS counterpart,
  country,
  events, our_officials, their_officials, first_date, last_date,
  coalesce(qo.id, '') AS counterpart_id
ORDER BY institution, events DESC, counterpart, country
