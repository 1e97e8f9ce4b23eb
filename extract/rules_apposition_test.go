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

// A body's name before a building's head word is the building; a national
// army named "National Armed Forces".
func TestRulesBodyVenueAndArmy(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:     "Parliament House is a place, not the parliament",
			lang:     "en",
			text:     "Wellington (Xinhua) - The meeting at Parliament House on Friday brought together Foreign Minister Aroha Tane and Thai Foreign Minister Somchai Wongsakul.",
			places:   []string{" @ loc:XX:parliament-house"},
			noOrgs:   []string{"org:legislature:NZ", "org:legislature:TH"},
			noAgrees: -1,
		},
		{
			name:     "House of Representatives stays a body",
			lang:     "en",
			text:     "Manila (PNA) - Speaker of the House of Representatives Ramon Dizon received Thai Ambassador Somchai Wongsakul on Friday.",
			orgs:     []string{"org:house-of-representatives:PH"},
			noAgrees: -1,
		},
		{
			name:      "the commander of a National Armed Forces",
			lang:      "en",
			text:      "Jakarta (Antara) - The delegation included the Commander of the Indonesian National Armed Forces (TNI), General Bambang Wicaksono.",
			persons:   map[string]string{"person:bambang-wicaksono:ID": "ID"},
			positions: []string{"person:bambang-wicaksono:ID > org:army:ID"},
			noAgrees:  -1,
		},
		{
			name:      "commandant des Forces armées nationales",
			lang:      "fr",
			text:      "Jakarta, 4 mai (VNA) - Le commandant des Forces armées nationales indonésiennes, le général Bambang Wicaksono, a reçu la délégation.",
			persons:   map[string]string{"person:bambang-wicaksono:ID": "ID"},
			positions: []string{"person:bambang-wicaksono:ID > org:army:ID"},
			noAgrees:  -1,
		},
		{
			name:      "Tư lệnh Quân đội Quốc gia",
			lang:      "vi",
			text:      "Jakarta, 4/5 - Tư lệnh Quân đội Quốc gia Indonesia, Đại tướng Bambang Wicaksono đã tiếp đoàn.",
			persons:   map[string]string{"person:bambang-wicaksono:ID": "ID"},
			positions: []string{"person:bambang-wicaksono:ID > org:army:ID"},
			noAgrees:  -1,
		},
	})
}
