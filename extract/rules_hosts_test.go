package extract

import "testing"

// Rules about who hosts and who leads a delegation, and bodies named with
// "pour" (invented names).
func TestRulesHosts(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:      "a delegation received by a host: the host is not of the delegation's country",
			lang:      "fr",
			text:      "Vientiane, 4 mai (VNA) - Le même jour, la délégation thaïlandaise a été reçue par le vice-Premier ministre Bounmy Phetsavanh, premier vice-président du Conseil pour la promotion des investissements du Laos (CPIL).",
			persons:   map[string]string{"person:bunmipetsavan:LA": "LA"},
			noPersons: []string{"person:bunmipetsavan:TH"},
			noAgrees:  -1,
		},
		{
			name:     "a delegation received by a host, in English",
			lang:     "en",
			text:     "Vientiane (KPL) - The Thai delegation was received on May 4 by Deputy Prime Minister Bounmy Phetsavanh, First Vice Chairman of the Lao Investment Promotion Council.",
			persons:  map[string]string{"person:bunmipetsavan:LA": "LA"},
			noAgrees: -1,
		},
		{
			name:     "a delegation led by someone is of that person's country",
			lang:     "vi",
			text:     "Hà Nội, 4/5 - Đoàn đại biểu Thái Lan do Thứ trưởng Somsak Wongchai dẫn đầu đã thăm Hà Nội.",
			persons:  map[string]string{"person:somsakvongchai:TH": "TH"},
			noAgrees: -1,
		},
		{
			name:     "a French body named with pour",
			lang:     "fr",
			text:     "Phnom Penh, 4 mai (AKP) - M. Chea Sovann, secrétaire général du Conseil pour le développement du Cambodge, a reçu des investisseurs.",
			orgs:     []string{"org:KH:conseil-pour-le-developpement"},
			noAgrees: -1,
		},
	})
}

// A demonym or a country's name that qualifies a currency names the money,
// not the country.
func TestRulesCurrency(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:        "dollars américains",
			lang:        "fr",
			text:        "Phnom Penh, 4 mai (AKP) - Le Cambodge et le Laos veulent porter leurs échanges à 2 milliards de dollars américains d'ici 2027.",
			countries:   []string{"country:KH", "country:LA"},
			noCountries: []string{"country:US"},
			noAgrees:    -1,
		},
		{
			name:        "US dollars and Australian dollars",
			lang:        "en",
			text:        "Vientiane (KPL) - Laos and Cambodia aim to raise trade to 2 billion US dollars, and received 40 million Australian dollars in aid.",
			countries:   []string{"country:KH", "country:LA"},
			noCountries: []string{"country:US", "country:AU"},
			noAgrees:    -1,
		},
		{
			name:        "đô la Mỹ",
			lang:        "vi",
			text:        "Viêng Chăn, 4/5 - Lào và Campuchia đặt mục tiêu nâng kim ngạch thương mại lên 2 tỷ đô la Mỹ vào năm 2027.",
			countries:   []string{"country:KH", "country:LA"},
			noCountries: []string{"country:US"},
			noAgrees:    -1,
		},
		{
			name:      "a demonym before a title is still the country",
			lang:      "en",
			text:      "Vientiane (KPL) - The Australian Ambassador to Laos, Jane Whitmore, pledged 40 million dollars.",
			countries: []string{"country:AU"},
			noAgrees:  -1,
		},
	})
}

// Joint committees: French "Comité conjoint", a trade topic, an English
// topic that goes on in capitals.
func TestRulesJointCommittees(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:     "Comité conjoint sur le commerce",
			lang:     "fr",
			text:     "Vientiane, 4 mai (KPL) - Les deux ministres ont coprésidé la 5e réunion du Comité conjoint sur le commerce Laos-Thaïlande.",
			orgs:     []string{"org:joint-committee:trade:LA-TH"},
			noAgrees: -1,
		},
		{
			name:     "Ủy ban hỗn hợp thương mại",
			lang:     "vi",
			text:     "Viêng Chăn, 4/5 - Hai bộ trưởng đồng chủ trì kỳ họp thứ 5 Ủy ban hỗn hợp thương mại Lào - Thái Lan.",
			orgs:     []string{"org:joint-committee:trade:LA-TH"},
			noAgrees: -1,
		},
		{
			name:     "a topic that goes on in capitals",
			lang:     "en",
			text:     "Vientiane (KPL) - The two ministers agreed to hold the next meeting of the Laos-Thailand Joint Committee on Border Cooperation in Bangkok.",
			orgs:     []string{"org:joint-committee:border:LA-TH"},
			noAgrees: -1,
		},
	})
}

// A country's name in a region's name names no country.
func TestRulesPeninsula(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "bán đảo Triều Tiên", lang: "vi", noAgrees: -1,
			text:        "Hai bên trao đổi về tình hình Biển Đông, bán đảo Triều Tiên và quan hệ Việt Nam - Lào.",
			countries:   []string{"country:VN", "country:LA"},
			noCountries: []string{"country:KP", "country:KR"},
		},
		{
			name: "the Korean Peninsula", lang: "en", noAgrees: -1,
			text:        "The two sides discussed the situation on the Korean Peninsula and Vietnam-Laos relations.",
			countries:   []string{"country:VN", "country:LA"},
			noCountries: []string{"country:KP", "country:KR"},
		},
		{
			name: "la péninsule coréenne", lang: "fr", noAgrees: -1,
			text:        "Les deux parties ont évoqué la situation dans la péninsule coréenne et les relations Vietnam-Laos.",
			countries:   []string{"country:VN", "country:LA"},
			noCountries: []string{"country:KP", "country:KR"},
		},
	})
}

// Oceans named after a place or a country in Vietnamese.
func TestRulesOcean(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Thái Bình Dương is not Thái Bình; Ấn Độ Dương not India", lang: "vi", noAgrees: -1,
			text:        "Hà Nội, 3/5 - Việt Nam và Lào nhất trí hợp tác vì hòa bình ở khu vực Ấn Độ Dương - Thái Bình Dương.",
			countries:   []string{"country:VN", "country:LA"},
			noCountries: []string{"country:IN"},
		},
		{
			name: "a person named Dương after a province", lang: "vi", noAgrees: -1,
			text:    "Ngày 3/5, Giám đốc Sở Ngoại vụ tỉnh Thái Bình Dương Văn Hải đã tiếp Đại sứ Lào Bounkong Sisavath.",
			persons: map[string]string{"person:duong-van-hai:VN": "VN"},
		},
		{
			name: "the Indian Ocean names no country", lang: "en", noAgrees: -1,
			text:        "Hanoi (VNA) - Vietnam and Laos agreed to work for peace in the Asia-Pacific and the Indian Ocean.",
			countries:   []string{"country:VN", "country:LA"},
			noCountries: []string{"country:IN"},
		},
	})
}

// America as a continent is not the United States.
func TestRulesAmericas(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Mỹ Latinh, Nam Mỹ", lang: "vi", noAgrees: -1,
			text:        "Hà Nội, 3/5 - Đoàn Việt Nam thăm Venezuela trong chương trình thăm Mỹ Latinh, bao gồm các nước Nam Mỹ.",
			countries:   []string{"country:VN", "country:VE"},
			noCountries: []string{"country:US"},
		},
		{
			name: "the South American country", lang: "en", noAgrees: -1,
			text:        "Brasilia (VNA) - The Vietnamese delegation visited Brazil, the largest South American country, and other countries of Latin America.",
			countries:   []string{"country:VN", "country:BR"},
			noCountries: []string{"country:US"},
		},
		{
			name: "Amérique latine, Amérique du Sud", lang: "fr", noAgrees: -1,
			text:        "Brasilia, 3 mai (VNA) - La délégation vietnamienne a visité le Brésil, premier pays d'Amérique du Sud, dans le cadre d'une tournée en Amérique latine.",
			countries:   []string{"country:VN", "country:BR"},
			noCountries: []string{"country:US"},
		},
		{
			name: "an American official is still of the United States", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - American Ambassador John Miller Carter met Vietnamese officials on May 3.",
			countries: []string{"country:US"},
		},
	})
}

// "pour les/le" and another field inside a French body's name; "pour" and
// a verb end it.
func TestRulesFrenchPourField(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Fonds de solidarité pour les projets innovants", lang: "fr", noAgrees: -1,
			text: "Huế, 12 juin (VNA) - L'ambassade de France apportera un cofinancement au titre du Fonds de solidarité pour les projets innovants.",
			orgs: []string{"org:fonds-de-solidarite-pour-les-projets-innovants"},
		},
		{
			name: "pour and a verb", lang: "fr", noAgrees: -1,
			text:   "Huế, 12 juin (VNA) - Le Comité de coordination pour renforcer la coopération s'est réuni hier.",
			noOrgs: []string{"org:comite-de-coordination-pour-renforcer-la-cooperation"},
		},
	})
}

// Minutes, exchanges of notes and letters of intent are documents.
func TestRulesMinutesAndNotes(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Biên bản hội đàm", lang: "vi", noAgrees: -1,
			text:   "Kết thúc hội đàm, hai trưởng đoàn đã ký Biên bản hội đàm và Thư ý định về hợp tác đào tạo.",
			agrees: []string{"Biên bản hội đàm", "Thư ý định"},
		},
		{
			name: "procès-verbal, lettre d'intention", lang: "fr", noAgrees: -1,
			text:   "Les deux ministres ont signé le procès-verbal de la 5e réunion du comité et une lettre d'intention sur la formation.",
			agrees: []string{"procès-verbal", "lettre d'intention sur la formation"},
		},
		{
			name: "the Exchange of Notes", lang: "en", noAgrees: -1,
			text:   "Phnom Penh (AKP) - The Exchange of Notes was signed by the two officials, who also signed a letter of intent on training.",
			agrees: []string{"Exchange of Notes", "letter of intent on training"},
		},
	})
}
