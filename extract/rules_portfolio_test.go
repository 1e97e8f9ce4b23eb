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
