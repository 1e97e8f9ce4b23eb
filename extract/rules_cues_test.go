package extract

import "testing"

// Names without a title, found by what introduces them, and institutions
// whose English names list their fields with commas. Every sentence here
// is written for the test, with invented names.
func TestRulesCues(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a speaker named after said, according to, or before a personal relative pronoun", lang: "en", noAgrees: -1,
			text: `Jakarta (VNA) - "We will deepen our partnership," said Laura Pennington, managing director of the regional fund. ` +
				"According to Tomas Kellerman, a spokesman for the bank, the talks went well. Wiremu Tane, who chairs the board, agreed.",
			persons: map[string]string{"person:laura-pennington": "", "person:tomas-kellerman": "", "person:wiremu-tane": ""},
		},
		{
			name: "a noun of a person with a demonym before the name gives the country", lang: "en", noAgrees: -1,
			text:    "Minister Tran Quoc Lam met with Malaysian businessman Ahmad Faizul Rahim in Hanoi on May 4.",
			persons: map[string]string{"person:ahmad-faizul-rahim:MY": "MY"},
			pairs:   []string{"person:ahmad-faizul-rahim:MY + person:tran-quoc-lam:VN @ --05-04"},
		},
		{
			name: "a delegation led by someone whose name no title announces, the country in the delegation's phrase", lang: "fr", noAgrees: -1,
			text:    "Le 12 mai, le président de la Commission des relations extérieures de l'Assemblée nationale, Vũ Hải Lâm, a reçu une délégation de parlementaires malaisiens conduite par Ahmad Faisal Yunos.",
			persons: map[string]string{"person:ahmad-faisal-yunos:MY": "MY"},
			pairs:   []string{"person:ahmad-faisal-yunos:MY + person:vu-hai-lam:VN @ --05-12"},
		},
		{
			name: "French: a speaker after selon, an expert with a demonym after the noun", lang: "fr", noAgrees: -1,
			text:    "Selon Marta Kowalska, la coopération progresse. L'expert japonais Kenta Morioka a rencontré le ministre Trần Văn Lâm le 3 juin.",
			persons: map[string]string{"person:marta-kowalska": "", "person:kenta-morioka:JP": "JP"},
		},
		{
			name: "Vietnamese: a delegation head named by do ... dẫn đầu", lang: "vi", noAgrees: -1,
			text:    "Sáng 5/6, Chủ tịch Quốc hội Trần Văn Lâm tiếp đoàn nghị sĩ Indonesia do Budiarto Wicaksono dẫn đầu.",
			persons: map[string]string{"person:budiarto-wicaksono:ID": "ID"},
			pairs:   []string{"person:budiarto-wicaksono:ID + person:tran-van-lam:VN @ --06-05"},
		},
		{
			name: "a Malaysian honorific is not part of the name", lang: "en", noAgrees: -1,
			text:      "Malaysian Prime Minister Datuk Seri Hamdan Osmani received Minister Tran Van Lam on July 2.",
			persons:   map[string]string{"person:hamdan-osmani:MY": "MY"},
			noPersons: []string{"datuk"},
		},
		{
			name: "an English ministry whose fields are listed with commas, before a name", lang: "en", noAgrees: -1,
			text:      "Vietnamese Minister of Transport Tran Quoc Lam met with Japanese Minister of Land, Infrastructure, Transport and Tourism Hiroki Tanabata in Tokyo on April 8.",
			persons:   map[string]string{"person:hiroki-tanabata:JP": "JP"},
			positions: []string{"person:hiroki-tanabata:JP > org:JP:ministry-of-land-infrastructure-transport-and-tourism"},
			pairs:     []string{"person:hiroki-tanabata:JP + person:tran-quoc-lam:VN @ --04-08"},
		},
		{
			name: "the same ministry named by its head, and the last field before a Vietnamese name", lang: "en", noAgrees: -1,
			text: "The Ministry of Land, Infrastructure, Transport and Tourism of Japan will help. " +
				"Minister of Agriculture, Forestry and Rural Development Le Van Binh attended.",
			orgs:      []string{"org:JP:ministry-of-land-infrastructure-transport-and-tourism"},
			persons:   map[string]string{"person:le-van-binh:VN": "VN"},
			positions: []string{"person:le-van-binh:VN > org:VN:ministry-of-agriculture-forestry-and-rural-development"},
		},
		{
			name: "English committees and departments named head first, with commas", lang: "en", noAgrees: -1,
			text: "Mr Somchai Wattanaporn, director general of the Thai Department of Trade Negotiations, attended. " +
				"The Committee for External Relations, Culture and Education will review the plan.",
			orgs:      []string{"org:TH:department-of-trade-negotiations", "org:committee-for-external-relations-culture-and-education"},
			positions: []string{"person:somchai-wattanaporn:TH > org:TH:department-of-trade-negotiations"},
		},
		{
			name: "an English document named in capitals, the word last; a plan said of is no document", lang: "en", noAgrees: -1,
			text:   "Minister Tran Quoc Lam met Defence Minister Kenji Harada on May 5. They hailed the Reciprocal Troops Agreement between the two countries. Harada raised a plan discussed since last year.",
			agrees: []string{"Reciprocal Troops Agreement"},
		},
		{
			name: "a document named again with a demonstrative is no new document", lang: "fr", noAgrees: 1,
			text: "Le 3 mai, le ministre Trần Văn Lâm et le ministre lao Khamla Sisouk ont signé un protocole d'accord sur le commerce. Ce protocole constitue une étape concrète.",
		},
		{
			name: "a meeting reported without names takes the day just given", lang: "en", published: "2025-02-08", noAgrees: -1,
			text: "Japanese Defense Minister Kenji Harada and his Philippine counterpart Jose Santillan agreed Saturday to strengthen cooperation. " +
				"Meeting in Manila, the two ministers signed a memorandum of cooperation. Harada told reporters the talks went well. Santillan said the deal matters.",
			pairs:  []string{"person:jose-santillan:PH + person:kenji-harada:JP @ 2025-02-08"},
			agrees: []string{"memorandum of cooperation"},
		},
		{
			name: "a country no longer missing: its demonym and its embassy", lang: "en", noAgrees: -1,
			text:    "Chinese Vice Foreign Minister Li Wenjun met with Mozambican Minister of Foreign Affairs and Cooperation Amina Tembe in Beijing on March 4. Mozambican Ambassador to China Paulo Mabote attended.",
			persons: map[string]string{"person:amina-tembe:MZ": "MZ", "person:paulo-mabote:MZ": "MZ"},
			orgs:    []string{"org:MZ:ministry-of-foreign-affairs-and-cooperation", "org:embassy:MZ:CN"},
		},
	})
}
