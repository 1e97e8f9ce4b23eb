// name: articles-without-events
// answers: Which articles gave no event at all? For quality review: either
//   the article reports no meeting (an op-ed, a statistic) or the extractor
//   missed it. The entity counts help tell which.
// param: $lang (string, optional): only articles in this language (fr, vi, en, ...)
// example: lang=vi
// note: Oldest first; articles without a publication date come last.
MATCH (a:Article)
WHERE NOT EXISTS { (:Event)-[:MENTIONED_IN]->(a) }
  AND ($lang IS NULL OR a.lang = $lang)
RETURN a.id AS article_id,
  a.title AS title,
  a.lang AS lang,
  coalesce(a.published_text, toString(a.published)) AS published,
  COUNT { (:Person)-[:MENTIONED_IN]->(a) } AS persons,
  COUNT { (:Organization)-[:MENTIONED_IN]->(a) } AS organizations,
  COUNT { (:Country)-[:MENTIONED_IN]->(a) } AS countries,
  a.sources AS sources
ORDER BY a.published, published, article_id
