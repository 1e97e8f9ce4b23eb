// Package facts defines the facts dyad extracts from one article and loads
// into Neo4j: the JSON form both halves of dyad meet at (see CONTRACT.md in
// the evaluation kit). The extract package produces a [Doc] per article; the
// graph package loads them. Neither half needs the other, only this package.
package facts
