// Package page reads the raw text of a news page and finds what belongs to
// the article itself: its headline, language, publication date and body,
// cutting the noise around it (site banners, share buttons, photo credits,
// caption artefacts, bylines, related-article teasers, comment sections).
//
// The rules describe site layouts and languages (French, Vietnamese and
// English news agencies), never particular articles. Everything is kept as
// byte ranges of the input, so facts extracted from the body point back at
// their evidence.
package page
