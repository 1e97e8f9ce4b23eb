// Package graph loads facts.Doc values into Neo4j (5.x, Community is
// enough) and reads the graph back: schema, an idempotent incremental
// batched loader, Forget, a canonical Dump for tests, KnownHashes for
// ingest.
//
// # Connecting
//
// [Connect] takes a [Config] (URI, user, password, database). bolt://host:7687
// talks to one server directly; neo4j://host:7687 asks the server for a
// routing table first (clusters, Aura) and also works against a single
// Community server. When no server answers, the error wraps [ErrUnavailable]
// and is one line naming the URI and how to start one; refused credentials
// wrap [ErrAuth]. The password never appears in an error or a log line.
// The driver logs through the injected *zap.Logger (named "neo4j").
//
// # Graph model
//
// Nodes (every label has a uniqueness constraint on id, named dyad_<label>_id):
//
//	(:Article {id, title, lang, published, published_text, published_precision, sources, content_hash})
//	(:Person|Organization|Country|Location|Agreement|Event
//	    {id, name, aliases, country, kind, date, date_text, date_precision,
//	     _mentions, _country_values, _country_counts, _kind_values,
//	     _kind_counts, _date_values, _date_counts})   Country also {code}
//	(:Source {id})   the path or URL an article was read from
//
// published and date are native DATEs only for a full date with a year
// (2023-12-01); the partial ISO text (2023-12, 2023, --02-21) is always in
// published_text/date_text, its precision (day, month, year, month-day) in
// published_precision/date_precision. sources is the sorted list of the
// article's sources. Absent values are absent properties (null).
//
// Relationships:
//
//	(entity)-[:MENTIONED_IN {name, aliases, evidence, country, kind, date}]->(:Article)
//	(:Source)-[:OF]->(:Article)
//	(a)-[:HOLDS_POSITION|PARTICIPATED_IN|HELD_IN|PARTY_TO|PART_OF
//	    {articles, evidence, titles, title}]->(b)
//
// MENTIONED_IN holds one article's view of an entity (country, kind and date
// included). The entity's own properties are recomputed from its remaining
// mentions after every load and Forget, so they never keep a value only a
// removed article gave, and they do not depend on load order:
//   - name: the greatest mention name in string order;
//   - aliases: the sorted distinct union of mention names and aliases;
//   - country, kind, date: the value most mentions give, ties broken by the
//     greatest value; code (Country) = country.
//
// Properties whose name starts with "_" are the loader's bookkeeping, not
// data: an entity's running aggregates of its mentions, so that a load
// updates it from the new mentions alone. _mentions is how many mentions
// it has; _country_values lists the distinct countries its mentions give,
// sorted, and _country_counts how many mentions give each (the same for
// kind and date; absent when no mention gives one). [Client.Dump] leaves
// them out unless [DumpOptions].Hidden; [Client.RecomputeEntities]
// rebuilds them from the mentions.
//
// A fact is ONE relationship per (type, from, to). Its support is in aligned
// lists sorted by article id: articles, evidence (the sentence of that
// article), and for HOLDS_POSITION titles; title is the first non-empty of
// titles (titles[0] when that is not empty).
//
// Finding articles by source: Neo4j cannot use an index for `x IN
// n.sources` (lists are not indexed), so each source is also a Source node,
// unique on id, linked to its current article by OF. KnownHashes, Forget by
// source and the loader's change detection go through it; the sources
// property is derived from the OF relationships and kept for readers.
//
// Indexes (range, IF NOT EXISTS): Event(date), Agreement(date),
// Article(published), Article(content_hash), Person(name),
// Organization(name), Country(code). [SchemaStatements] lists them.
//
// # Loading
//
// [Loader.Load] writes BatchSize docs per managed write transaction.
// Labels and types come from closed tables in code, every statement is
// built once at init, every value is a parameter. A batch of new articles
// is two statements, whatever labels and relation types it holds:
//   - prepare locks (creating what is new) the batch's sources, the
//     articles they point to now, its articles and its entities, and reads
//     what the batch changes: sources now pointing at another article,
//     articles loaded before, the entities' running aggregates;
//   - write seeks each article and entity once, by the element id prepare
//     read, and sets the properties that change (an entity's computed in
//     Go); it creates the source links of new articles, the mentions, and
//     the facts of entities that had no relationship, and merges the
//     support of the other facts, each part a subquery over its own list
//     (two per relation type). Rows name their nodes by position in the
//     lists of nodes sought, so no row looks a node up again.
//
// For each article the loader retracts, between the two, the support of
// the older version read from the same source (an article left without
// source is removed) and its own previous support; at the end of the
// transaction it deletes the facts and entities nothing supports any more
// (a reload therefore rewrites support without deleting and re-creating
// relationships). These statements run only when a source now points at
// another article or an article of the batch was loaded before.
//
// The cost of a batch follows the batch, not the graph. An entity that only
// gains mentions is updated from the batch's mentions and its running
// aggregates, folded in Go ([EntitySummary]): name = the greater of the
// old and the new names, aliases = the sorted union, votes added up and the
// winner taken again (the same rule as above, so the result is exactly what
// a recompute from every mention gives). Only an entity that lost a mention
// (an article reloaded, replaced or forgotten) is recomputed from all its
// mentions, in Cypher, since votes and a greatest name cannot be
// subtracted; so is an entity written before the aggregates existed (no
// _mentions). What still grows with the graph is a fact's support lists,
// rewritten whole when a batch adds to them (as any list property is in
// Neo4j).
//
// Reloading is idempotent; load order does not matter. Within one Load, a
// source read twice keeps its last article and an article read from
// several sources is loaded once with all of them.
//
// [Client.Forget] takes an article id or a source; given a source it
// removes every article read from it entirely, even one also read from
// another source.
//
// Concurrent loaders converge to the serial result: each transaction takes
// write locks on the sources, articles and entities it touches before
// reading what it will rewrite (lists of support, mentions), rows are
// sorted so locks are taken in a consistent order, and the driver retries
// a transaction that deadlocks (Neo.TransientError.Transaction.DeadlockDetected)
// within Config.MaxRetryTime.
//
// Invalid docs (unknown type, bad date, relation to an unknown entity) are
// skipped and reported in Stats.Rejected with an error naming the article
// and wrapping [ErrInvalidDoc].
//
// # Tests
//
// Integration tests get a database from graph/graphtest (NEO4J_URI or a
// Docker container) and keep to their own id prefix ([DumpOptions].IDPrefix,
// [Client.DeletePrefix]) because packages share one database.
package graph
