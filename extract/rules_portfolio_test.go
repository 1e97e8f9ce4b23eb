package extract

import "testing"

// Rules about portfolios: the topic of a minister's title (invented names).
func TestRulesPortfolio(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:      "a portfolio no list knows ends where the name begins",
			lang:      "en",
			text:      "Kuala Lumpur (Bernama) - Malaysian Minister of Rural Villages and Transmigration Ahmad Zulkarnain Idris received Thai Minister of Migrant Workers Protection Somchai Kittiporn on May 4.",
			persons:   map[string]string{"person:ahmad-zulkarnain-idris:MY": "MY", "person:somchaikitiporn:TH": "TH"},
			noPersons: []string{"protection", "transmigration-ahmad"},
			pairs:     []string{"person:ahmad-zulkarnain-idris:MY + person:somchaikitiporn:TH @ --05-04"},
			noAgrees:  -1,
		},
		{
			name:      "a portfolio before the title: Human Resources Minister, Home Minister",
			lang:      "en",
			text:      "Kuala Lumpur, May 4 (Bernama) -- Human Resources Minister Datuk Seri Azlan Mokhtar met Home Minister Datuk Seri Faridah Yusof today at the Human Resources Ministry.",
			persons:   map[string]string{"person:azlan-mokhtar:MY": "MY", "person:faridah-yusof:MY": "MY"},
			noPersons: []string{"human-resources"},
			positions: []string{"person:azlan-mokhtar:MY > org:ministry:human-resources:MY", "person:faridah-yusof:MY > org:ministry:interior:MY"},
			noAgrees:  -1,
		},
		{
			name:      "a ministry of human resources in French",
			lang:      "fr",
			text:      "Kuala Lumpur, 4 mai (VNA) - Le ministre malaisien des Ressources humaines, Azlan Mokhtar, a reçu le 4 mai l'ambassadeur du Vietnam, Trân Van Hai.",
			persons:   map[string]string{"person:azlan-mokhtar:MY": "MY"},
			positions: []string{"person:azlan-mokhtar:MY > org:ministry:human-resources:MY"},
			noAgrees:  -1,
		},
		{
			name:      "a ministry of human resources in Vietnamese",
			lang:      "vi",
			text:      "Kuala Lumpur, ngày 4/5 - Bộ trưởng Nhân lực Malaysia Azlan Mokhtar đã tiếp Đại sứ Việt Nam Trần Văn Hải.",
			persons:   map[string]string{"person:azlan-mokhtar:MY": "MY"},
			positions: []string{"person:azlan-mokhtar:MY > org:ministry:human-resources:MY"},
			noAgrees:  -1,
		},
	})
}

// In Latin America the chancellor is the foreign minister; elsewhere the
// head of government.
func TestRulesChancellor(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Brazilian Chancellor", lang: "en", noAgrees: -1,
			text:        "Brasilia (VNA) - The Vietnamese delegation was received on May 4 by Brazilian Chancellor Mariana Teixeira Lobo.",
			positions:   []string{"person:mariana-teixeira-lobo:BR > org:ministry:foreign-affairs:BR"},
			noPositions: []string{"person:mariana-teixeira-lobo:BR > org:government:BR"},
		},
		{
			name: "le chancelier argentin", lang: "fr", noAgrees: -1,
			text:        "Buenos Aires, 4 mai (VNA) - Le chancelier argentin Martín Ezequiel Roldán a reçu la délégation vietnamienne.",
			positions:   []string{"person:martin-ezequiel-roldan:AR > org:ministry:foreign-affairs:AR"},
			noPositions: []string{"person:martin-ezequiel-roldan:AR > org:government:AR"},
		},
		{
			name: "German Chancellor stays the head of government", lang: "en", noAgrees: -1,
			text:      "Berlin (VNA) - German Chancellor Klaus Richter Brandt received the Vietnamese delegation on May 4.",
			positions: []string{"person:klaus-richter-brandt:DE > org:government:DE"},
		},
		{
			name: "Thủ tướng Đức", lang: "vi", noAgrees: -1,
			text:      "Berlin, 4/5 - Thủ tướng Đức Klaus Richter Brandt đã tiếp đoàn đại biểu Việt Nam.",
			positions: []string{"person:klaus-richter-brandt:DE > org:government:DE"},
		},
	})
}

// An initial glued to the name ("D.Solongo") is the Mongolian way: a
// Mongolian when nothing else tells.
func TestRulesMongolianShape(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Member of Parliament D.X", lang: "en", noAgrees: -1,
			text:    "Ulaanbaatar (Montsame) - Vietnamese Vice President Le Thi Hoa met Prime Minister L.Oyun-Erdene on June 10. Also present were Member of Parliament D.Tsetsegmaa and Ambassador of Vietnam Doan Van Minh.",
			persons: map[string]string{"person:d-tsetsegmaa:MN": "MN"},
		},
		{
			name: "Ts.X, vice-présidente du Parlement", lang: "fr", noAgrees: -1,
			text:    "Oulan-Bator, 10 juin (VNA) - La vice-présidente vietnamienne Le Thi Hoa a rencontré le 10 juin Ts.Tsetsegmaa, vice-présidente du Parlement.",
			persons: map[string]string{"person:ts-tsetsegmaa:MN": "MN"},
		},
		{
			name: "Phó Chủ tịch Quốc hội D.X", lang: "vi", noAgrees: -1,
			text:    "Ulaanbaatar, 10/6 - Phó Chủ tịch nước Lê Thị Hoa đã gặp Phó Chủ tịch Quốc hội D.Tsetsegmaa.",
			persons: map[string]string{"person:d-tsetsegmaa:MN": "MN"},
		},
	})
}

// "Secretary" after a ministry's topic is the minister.
func TestRulesTopicSecretary(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Foreign Affairs Secretary", lang: "en", noAgrees: -1,
			text:      "Manila (PNA) - Foreign Affairs Secretary Maria Lourdes Santiago held talks with Lao Foreign Minister Bounkong Sisavath on Monday.",
			positions: []string{"person:maria-lourdes-santiago:PH > org:ministry:foreign-affairs:PH"},
		},
		{
			name: "Trade Secretary", lang: "en", noAgrees: -1,
			text:      "Manila (PNA) - Trade Secretary Maria Lourdes Santiago met Lao Minister of Industry and Commerce Bounkong Sisavath on Monday.",
			positions: []string{"person:maria-lourdes-santiago:PH > org:ministry:commerce:PH"},
		},
		{
			name: "the same in Vietnamese", lang: "vi", noAgrees: -1,
			text:      "Manila, 15/9 - Ngoại trưởng Philippines Maria Lourdes Santiago đã hội đàm với Ngoại trưởng Lào Bounkong Sisavath.",
			positions: []string{"person:maria-lourdes-santiago:PH > org:ministry:foreign-affairs:PH"},
		},
	})
}

// "<body> <country> Office <title> <name>": the title is in the body.
func TestRulesCountryOffice(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "an agency's country office before a title", lang: "en", noAgrees: -1,
			text:      "Vientiane (KPL) - The grant agreement was signed on March 11 by Korea International Cooperation Agency (KOICA) Laos Office country director Kim Min-ji and Lao Deputy Minister Bounkong Sisavath.",
			persons:   map[string]string{"person:kim-min-ji:KR": "KR"},
			positions: []string{"person:kim-min-ji:KR > org:KR:korea-international-cooperation-agency"},
		},
		{
			name: "a United Nations country office", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - United Nations Development Programme (UNDP) Vietnam Office resident representative Ingrid Solberg Dahl met Deputy Minister Tran Van Hai on March 11.",
			positions: []string{"person:ingrid-solberg-dahl > org:undp"},
		},
	})
}
