// Package dates finds date expressions in French, Vietnamese and English text
// and normalises them to partial ISO dates (2023-12-01, 2023-12, 2023,
// --12-01) against a reference date, usually the article's publication date.
//
// A year is never guessed: a day and month without a year take the
// reference's year when it has one (moved back a year when that would put
// the date well after the reference, forward when it would put it almost a
// year before), and stay "--MM-DD" otherwise. Relative expressions (hier,
// hôm qua, yesterday, a weekday) are resolved only when the reference is
// precise enough; anaphoric ones ("le même jour", "cùng ngày", "the same
// day") are reported with Relative set and a zero Date, so a caller can tie
// them to the date of the event it saw last.
//
// The scanner is hand-written (no regular expressions) and works on byte
// offsets, so every mention points back at its evidence in the input.
package dates
