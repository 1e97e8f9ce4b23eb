// Package extract turns the text of a news article about relations between
// countries into facts (package facts): the people named, the institutions
// they hold positions in, the countries, places, agreements, and the
// meetings between people, each relation with the sentence it comes from.
//
// The rules are generic: a name is found by its shape and its context (a
// title before it, an honorific, an apposition, "son homologue
// cambodgien"), never from a list of people. The lexicons (package lexicon)
// hold only generic knowledge: countries, places, institutions, titles and
// event words in French, Vietnamese and English.
//
// What no list knows is read from the grammar of the languages: a name is
// the run of capitalised words after a title (with initials and particles:
// "Karen L. Whitfield", "Lula da Silva"), or before a verb of saying; a
// place is named by its head word ("thành phố Đông Hà", "Dong Ha city",
// "parc industriel de Dông Mai"); an institution by its head noun
// ("Agence japonaise de coopération internationale (JICA)", "Vietnam-Cuba
// Friendship Association"), the abbreviation in parentheses being another
// of its names.
//
// An [Extractor] is built once with [New] (everything is compiled then) and
// is safe for concurrent use.
package extract
