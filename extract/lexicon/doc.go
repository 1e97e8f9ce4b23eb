// Package lexicon holds the generic knowledge the extraction rules use:
// countries and their demonyms, places, institutions (national bodies,
// named ones, organs, ministries by topic, local bodies, joint committees),
// titles, honorifics, event and agreement words, name shapes. The data are
// YAML files embedded in the binary (data/*.yaml); users can add their own
// files of the same schema on top with [Load]. Nothing here names a person:
// people are found by the shape of the text, never by a list.
package lexicon
