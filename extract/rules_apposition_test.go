package extract

import "testing"

// Rules about appositions that end at ", and" and the titles after them
// (invented names).
func TestRulesCommaAnd(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:        "a title in a named ministry, then another person's titles after a comma and a conjunction",
			lang:        "en",
			text:        "Phnom Penh (AKP) - The notes were signed on March 11 by Chea Sovannrith, Secretary of State at the Ministry of Commerce, and Japanese Ambassador to Cambodia Kenji Moriyama.\n\n\"Trade is growing,\" the secretary of state said.",
			positions:   []string{"person:cheasovanrit:KH > org:ministry:commerce:KH"},
			noPositions: []string{"person:kenji-moriyama:JP > org:ministry:commerce:JP", "person:kenji-moriyama:JP > org:ministry:foreign-affairs:JP"},
			noOrgs:      []string{"org:ministry:foreign-affairs:KH", "org:ministry:foreign-affairs:JP"},
			pairs:       []string{"person:cheasovanrit:KH + person:kenji-moriyama:JP @ --03-11"},
			noAgrees:    -1,
		},
		{
			name:        "the same in French",
			lang:        "fr",
			text:        "Phnom Penh, 11 mars (AKP) - Les notes ont été signées par Chea Sovannrith, secrétaire d'État au ministère du Commerce, et l'ambassadeur japonais au Cambodge Kenji Moriyama.",
			positions:   []string{"person:cheasovanrit:KH > org:ministry:commerce:KH"},
			noPositions: []string{"person:kenji-moriyama:JP > org:ministry:commerce:JP"},
			noAgrees:    -1,
		},
		{
			name:        "the same in Vietnamese",
			lang:        "vi",
			text:        "Phnom Penh, 11/3 - Văn kiện được ký bởi ông Chea Sovannrith, Quốc vụ khanh Bộ Thương mại Campuchia, và Đại sứ Nhật Bản tại Campuchia Kenji Moriyama.",
			positions:   []string{"person:cheasovanrit:KH > org:ministry:commerce:KH"},
			noPositions: []string{"person:kenji-moriyama:JP > org:ministry:commerce:JP", "person:kenji-moriyama:JP > org:ministry:commerce:KH"},
			noAgrees:    -1,
		},
	})
}
