// Package cookbook is dyad's collection of read-only Cypher queries for
// researchers: who met whom and when, an official's career in the graph,
// the agreements of a country pair, the articles behind each fact.
//
// Each query is a .cypher file in queries/ (embedded in the binary) that
// starts with a comment header:
//
//	// name: meetings-between-countries
//	// answers: Which meetings brought officials of two countries together?
//	// param: $a (country): ISO 3166-1 alpha-2 code of one country, e.g. VN
//	// param: $from (date, optional): first day of the period, e.g. 2023-01-01
//	// param: $limit (int, default 100): at most this many rows
//	// note: free text, shown with --list (may repeat)
//
// A header line that starts with "//" followed by two or more spaces
// continues the previous field. Parameter types are string, int, float,
// bool, date (YYYY-MM-DD, sent as a Neo4j DATE), country (two letters, sent
// upper case) and closed lists written A|B|C. A parameter is required unless
// it is marked "optional" (null when not given) or has a default. [Parse]
// checks that the body uses exactly the declared parameters.
//
// [Run] executes a query in a read transaction, so a query that tries to
// write fails with [ErrWriteQuery] and changes nothing. A [Result] prints as
// an aligned table, CSV or JSON.
package cookbook
