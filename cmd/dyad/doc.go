// Command dyad builds a Neo4j knowledge graph of bilateral relations between
// countries from French, Vietnamese and English news articles.
//
//	dyad extract PATH...          print the facts of each article (no database)
//	dyad load FILE.jsonl|-        load extracted facts (contract JSON Lines) into Neo4j
//	dyad ingest PATH... [--feed URL]...  read, extract and load in one streaming run
//	dyad schema                   create the graph's constraints and indexes
//	dyad forget ID|SOURCE         remove an article and the facts only it supported
//	dyad config                   print the effective configuration (password masked)
//	dyad version                  print the version
//
// Configuration comes from dyad.yaml (in the current directory or the user
// config directory, or --config FILE), the environment (DYAD_NEO4J_URI, ...
// and Neo4j's own NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD, NEO4J_DATABASE)
// and flags, in increasing order of precedence. The password is read from the
// environment, the file or --neo4j-password-file, never from a flag.
//
// Exit codes: 0 everything done; 1 some inputs failed and the rest was done;
// 2 nothing could be done (configuration, database unavailable, usage).
package main
