// Package corpus generates synthetic news articles for benchmarks: reports
// of bilateral meetings in French, Vietnamese and English in the style of
// the Vietnamese, Cambodian and Lao state news agencies (headline,
// publication line, dateline, lead, body, sometimes an agreement signed,
// and page noise: share bars, photo credits, "Voir plus"/"Tin khác"/
// "Related" teasers, comment boxes).
//
// Everything is drawn from a seed: the same Options give the same corpus,
// article by article (article i depends only on the seed and i), so a
// corpus of a million articles is generated in constant memory and can be
// regenerated instead of stored. The officials are synthesised from
// syllable tables (Vietnamese family, middle and given names; Khmer, Lao
// and Thai syllables) and hold one office each, so the same people come
// back across articles as they do in a real archive; none is a person of
// the development articles.
//
// Each Article carries its Truth (the officials of the body, their
// meetings, the agreement), so a benchmark can check what an extractor
// finds in it.
package corpus
