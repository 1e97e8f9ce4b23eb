// Package config holds dyad's typed configuration: the Neo4j connection, the
// logger, the ingest job and the user's lexicon files, with their defaults,
// validation, a redacted copy for display, and the zap logger built from it.
//
// The package knows nothing of where values come from. The dyad command
// reads the file, the environment and the flags (with viper, which only
// cmd/dyad imports), unmarshals them once into a [Config] and passes it down.
package config
