// Package fold turns text into comparison keys and tokens: Unicode NFD,
// combining marks stripped, đ→d, lower case (so "Bùi Văn Cường", "Bui Van
// Cuong" and "BUI VAN CUONG" fold alike), and a tokeniser that keeps the byte
// offsets of every token in the original text, so every fact extracted from
// tokens can point back at its evidence.
package fold
