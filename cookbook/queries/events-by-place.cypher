// name: events-by-place
// answers: What took place where? One row per event held at a place, with
//   its date, kind and participants, places in name order, events by date.
// param: $place (string, optional): only this place: its id, an ISO country
//   code (every place in that country), or part of its name, case-insensitive
// example: place=Hanoi
// note: Only events with a HELD_IN fact appear; an event can be held in both
//   a city and its country, and then appears under each.
MATCH (e:Event)-[:HELD_IN]->(pl)
WHERE $place IS NULL
   OR pl.id = $place
   OR pl.code = toUpper($place)
   OR (size($place) = 2 AND pl.country = toUpper($place))
   OR toLower(pl.name) CONTAINS toLower($place)
RETURN pl.name AS place,
  coalesce(pl.code, pl.country) AS country,
  coalesce(e.date_text, toString(e.date)) AS date,
  e.kind AS kind,
  e.name AS event,
  COLLECT { MATCH (q:Person)-[:PARTICIPATED_IN]->(e) RETURN q.name + coalesce(' (' + q.country + ')', '') AS n ORDER BY n } AS participants,
  e.id AS event_id
ORDER BY place, coalesce(e.date, CASE WHEN e.date_text =~ '[0-9]{4}(-[0-9]{2})?' THEN date(e.date_text) END), date, event_id
