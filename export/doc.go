// Package export writes dyad's graph in formats other tools read: GraphML
// (Gephi, yEd, NetworkX, igraph), the CSV files of `neo4j-admin database
// import`, a Cypher script of MERGE statements (cypher-shell, Neo4j
// Browser) and contract JSON Lines (one facts.Doc per article, what
// `dyad load` reads back).
//
// Every writer takes a [Graph], an in-memory copy of the graph: nodes with
// one label and an id, relationships between (label, id) ends, properties
// as Neo4j stores them. A Graph is filled either from the database
// ([FromDump], over graph.Client.Dump) or straight from extracted articles
// ([FromDocs], the same merge rules as the graph loader, no database), so
// the writers do not care where the data came from and both paths give
// the same files.
//
// Output is deterministic: nodes sorted by label and id, relationships by
// type and ends, properties by name.
package export
