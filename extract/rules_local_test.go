package extract

import "testing"

// Rules about bodies of provinces and towns (invented names and towns).
func TestRulesLocalBodies(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:      "the people's committee of a town no list knows",
			lang:      "vi",
			text:      "Ngày 15/10, ông Phạm Văn Lực, Phó Chủ tịch UBND thành phố Hòa Lạc Đông đã tiếp đoàn Lào.",
			orgs:      []string{"org:peoples-committee:VN:hoa-lac-dong"},
			positions: []string{"person:pham-van-luc:VN > org:peoples-committee:VN:hoa-lac-dong"},
			noAgrees:  -1,
		},
		{
			name:     "the same in French",
			lang:     "fr",
			text:     "Le 15 octobre, M. Pham Van Luc, vice-président du Comité populaire de la ville de Hoa Lac Dong, a reçu la délégation laotienne.",
			orgs:     []string{"org:peoples-committee:VN:hoa-lac-dong"},
			noAgrees: -1,
		},
		{
			name:     "the same in English",
			lang:     "en",
			text:     "On October 15, Pham Van Luc, Vice Chairman of the People's Committee of Hoa Lac Dong city, received the Lao delegation.",
			orgs:     []string{"org:peoples-committee:VN:hoa-lac-dong"},
			noAgrees: -1,
		},
		{
			name:      "a province's border guard and its customs department",
			lang:      "vi",
			text:      "Ngày 15/10, Đại tá Lê Văn Hòa, Chỉ huy trưởng Bộ đội Biên phòng tỉnh Quảng Ninh đã hội đàm với đoàn Trung Quốc; dự có đại diện Cục Hải quan Quảng Ninh.",
			orgs:      []string{"org:border-guard:VN:quang-ninh", "org:VN:cuc-hai-quan-quang-ninh"},
			positions: []string{"person:le-van-hoa:VN > org:border-guard:VN:quang-ninh"},
			noOrgs:    []string{"org:cuc-hai-quan"},
			noAgrees:  -1,
		},
		{
			name:     "a detachment named after the town it serves; its chief is a title",
			lang:     "vi",
			text:     "Ngày 15/10, Đại tá Vương Kiến Quân, Chi đội trưởng Chi đội Quản lý biên giới Thanh Khê (Trung Quốc) đã hội đàm với phía Việt Nam.",
			orgs:     []string{"org:CN:chi-doi-quan-ly-bien-gioi-thanh-khe"},
			noOrgs:   []string{"org:chi-doi-truong"},
			noAgrees: -1,
		},
	})
}

// People of a past era spoken of during talks took no part in them.
func TestRulesPastEra(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "từ thời Chủ tịch X và Tổng thống Y", lang: "vi", noAgrees: -1,
			text:    "Sáng 27/11, tại Hà Nội, Phó Chủ tịch Quốc hội Trần Thị Mai hội đàm với Phó Chủ tịch Quốc hội Angola Joana Baptista Neto. Phát biểu tại hội đàm, bà Trần Thị Mai nhấn mạnh tình hữu nghị được vun đắp từ thời Chủ tịch Lê Văn Đạo và Tổng thống Manuel Antunes.",
			pairs:   []string{"person:joana-baptista-neto:AO + person:tran-thi-mai:VN @ --11-27"},
			noPairs: []string{"person:joana-baptista-neto:AO + person:le-van-dao:VN @ --11-27", "person:manuel-antunes:AO + person:tran-thi-mai:VN @ --11-27"},
		},
		{
			name: "à l'époque du président X", lang: "fr", noAgrees: -1,
			text:    "Hanoï, 27 novembre (VNA) - La vice-présidente de l'Assemblée nationale Tran Thi Mai a eu des entretiens le 27 novembre avec la vice-présidente du Parlement angolais Joana Baptista Neto. Lors des entretiens, elle a rappelé l'amitié forgée à l'époque du président Manuel Antunes.",
			pairs:   []string{"person:joana-baptista-neto:AO + person:tran-thi-mai:VN @ --11-27"},
			noPairs: []string{"person:manuel-antunes:AO + person:tran-thi-mai:VN @ --11-27", "person:manuel-antunes + person:tran-thi-mai:VN @ --11-27"},
		},
		{
			name: "since the days of President X", lang: "en", noAgrees: -1,
			text:    "Hanoi (VNA) - National Assembly Vice Chairwoman Tran Thi Mai held talks with Angolan Parliament Vice President Joana Baptista Neto on November 27. During the talks, Mai recalled the friendship nurtured since the days of President Manuel Antunes.",
			pairs:   []string{"person:joana-baptista-neto:AO + person:tran-thi-mai:VN @ --11-27"},
			noPairs: []string{"person:manuel-antunes:AO + person:tran-thi-mai:VN @ --11-27", "person:manuel-antunes + person:tran-thi-mai:VN @ --11-27"},
		},
	})
}

// A deputy minister leading a delegation of a ministry is of that ministry.
func TestRulesDelegationBody(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "une délégation du ministère X conduite par le vice-ministre Y", lang: "fr", noAgrees: -1,
			text:      "Vientiane (VNA) - Une délégation du ministère vietnamien de la Justice conduite par le vice-ministre, le général Tran Quoc Hung, a eu le 9 janvier des entretiens avec son homologue lao.",
			positions: []string{"person:tran-quoc-hung:VN > org:ministry:justice:VN"},
		},
		{
			name: "a delegation of the Ministry of X led by Deputy Minister Y", lang: "en", noAgrees: -1,
			text:      "Vientiane (VNA) - A delegation of the Vietnamese Ministry of Justice led by Deputy Minister Tran Quoc Hung held talks with Lao officials on January 9.",
			positions: []string{"person:tran-quoc-hung:VN > org:ministry:justice:VN"},
		},
		{
			name: "đoàn công tác Bộ X do Thứ trưởng Y dẫn đầu", lang: "vi", noAgrees: -1,
			text:      "Ngày 9/1, đoàn công tác Bộ Tư pháp Việt Nam do Thứ trưởng Trần Quốc Hùng dẫn đầu đã hội đàm với phía Lào.",
			positions: []string{"person:tran-quoc-hung:VN > org:ministry:justice:VN"},
		},
		{
			name: "a delegation received by a minister: the minister is not of the delegation's ministry", lang: "en", noAgrees: -1,
			text:        "Vientiane (KPL) - A delegation of the Vietnamese Ministry of Justice was received on January 9 by Lao Minister Phet Sengdara.",
			noPositions: []string{"person:petsengdara:LA > org:ministry:justice:VN"},
		},
	})
}

// A delegation from a province abroad, led by its governor: the governor
// serves that province's country. A French body's name does not run on
// over a comma into the sentence.
func TestRulesDelegationFromPlace(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "une délégation de la province de X conduite par sa gouverneure", lang: "fr", noAgrees: -1,
			text:    "Hanoï, 12 septembre (VNA) - Le président du Comité populaire de Hanoï a reçu jeudi une délégation de la province de Maputo, conduite par sa gouverneure, Luisa Cumbane Mavie.",
			persons: map[string]string{"person:luisa-cumbane-mavie:MZ": "MZ"},
		},
		{
			name: "a delegation of X province led by its governor", lang: "en", noAgrees: -1,
			text:    "Hanoi (VNA) - The Chairman of the Hanoi People's Committee on September 12 received a delegation of Maputo province led by its governor, Luisa Cumbane Mavie.",
			persons: map[string]string{"person:luisa-cumbane-mavie:MZ": "MZ"},
		},
		{
			name: "đoàn tỉnh X do Thống đốc Y dẫn đầu", lang: "vi", noAgrees: -1,
			text:    "Ngày 12/9, Chủ tịch UBND thành phố Hà Nội đã tiếp đoàn tỉnh Maputo do Thống đốc Luisa Cumbane Mavie dẫn đầu.",
			persons: map[string]string{"person:luisa-cumbane-mavie:MZ": "MZ"},
		},
		{
			name: "a French body's name stops at a comma before the sentence goes on", lang: "fr", noAgrees: -1,
			text:   "Selon le Service des relations extérieures de la province, les deux parties ont convenu d'échanger des délégations.",
			noOrgs: []string{"org:service-des-relations-exterieures-de-la-province-les-deux-parties"},
			orgs:   []string{"org:service-des-relations-exterieures-de-la-province"},
		},
	})
}

// Conference venues named by their kind.
func TestRulesConventionCentre(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "tại Trung tâm Hội nghị X", lang: "vi", noAgrees: -1,
			text:       "Chiều 10/7, tại Trung tâm Hội nghị Viêng Chăn, Bộ trưởng Ngoại giao Lê Minh Quân gặp Ngoại trưởng Lào Bounkong Sisavath.",
			places:     []string{"--07-10 @ loc:LA:trung-tam-hoi-nghi-vieng-chan"},
			pairPlaces: []string{"person:bunkongsisavat:LA + person:le-minh-quan:VN @ loc:LA:trung-tam-hoi-nghi-vieng-chan"},
		},
		{
			name: "au Centre de conventions de X", lang: "fr", noAgrees: -1,
			text:   "Vientiane, 10 juillet (VNA) - Le ministre des Affaires étrangères Le Minh Quan a rencontré son homologue laotien Bounkong Sisavath au Centre de conventions de Vientiane.",
			places: []string{" @ loc:LA:centre-de-conventions-de-vientiane"},
		},
		{
			name: "at the X Convention Centre", lang: "en", noAgrees: -1,
			text:   "Vientiane (VNA) - Foreign Minister Le Minh Quan met his Lao counterpart Bounkong Sisavath at the Vientiane Convention Centre on July 10.",
			places: []string{"--07-10 @ loc:LA:vientiane-convention-centre"},
		},
	})
}

// A body named bare, held by the person a visitor meets, is the host's, not
// the one of the first body of that kind the article named.
func TestRulesCounterpartBody(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a courtesy call on the deputy minister of defence", lang: "en", noAgrees: -1,
			text: "Jakarta - Vietnam's Deputy Defence Minister Nguyen Van Hieu led the Vietnamese delegation to the talks with Indonesia on Tuesday. " +
				"Later in the day, Mr Hieu paid a courtesy call on Mrs Sari Wulandari, Deputy Minister of Defence, at the Ministry of Defence.",
			persons:     map[string]string{"person:sari-wulandari:ID": "ID"},
			positions:   []string{"person:sari-wulandari:ID > org:ministry:defence:ID"},
			noPositions: []string{"person:sari-wulandari:VN > org:ministry:defence:VN"},
		},
		{
			name: "une visite de courtoisie à la vice-ministre de la Défense", lang: "fr", noAgrees: -1,
			text: "Jakarta, 18 novembre (VNA) - Le vice-ministre vietnamien de la Défense Nguyen Van Hieu a conduit la délégation vietnamienne aux entretiens mardi. " +
				"Plus tard, M. Hieu a rendu une visite de courtoisie à Mme Sari Wulandari, vice-ministre de la Défense.",
			persons: map[string]string{"person:sari-wulandari:ID": "ID"},
		},
		{
			name: "chào xã giao Thứ trưởng Quốc phòng", lang: "vi", noAgrees: -1,
			text: "Jakarta, 18/11 - Thứ trưởng Bộ Quốc phòng Việt Nam Nguyễn Văn Hiếu dẫn đầu đoàn Việt Nam hội đàm với phía Indonesia. " +
				"Cùng ngày, Thứ trưởng Nguyễn Văn Hiếu đã chào xã giao bà Sari Wulandari, Thứ trưởng Bộ Quốc phòng.",
			persons: map[string]string{"person:sari-wulandari:ID": "ID"},
		},
	})
}

// A name coordinated with a place named by its kind is a place of that kind.
func TestRulesCoordinatedPlaces(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "các tỉnh X và Y", lang: "vi", noAgrees: -1,
			text:      "Ngày 27/11, tại tỉnh Zambora và Nakuvi, Bộ trưởng Lê Văn Hòa đã làm việc với Thống đốc Mozambique Luisa Cumbane Mavie.",
			locations: []string{"loc:XX:zambora", "loc:XX:nakuvi"},
		},
		{
			name: "X and Y districts", lang: "en", noAgrees: -1,
			text:      "Phnom Penh (AKP) - Minister Le Van Hoa met Governor Chea Sophal in Chbar Kampong and Meanchey Thmey districts on March 11.",
			locations: []string{"loc:XX:chbar-kampong", "loc:XX:meanchey-thmey"},
		},
		{
			name: "les provinces de X et de Y", lang: "fr", noAgrees: -1,
			text:      "Phnom Penh, 11 mars (AKP) - Le ministre Le Van Hoa a rencontré le gouverneur Chea Sophal dans les provinces de Zambora et de Nakuvi le 11 mars.",
			locations: []string{"loc:XX:zambora", "loc:XX:nakuvi"},
		},
	})
}

// "Dự hội đàm có X" at the head of a sentence: X attended the talks.
func TestRulesAttendanceHead(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Dự hội đàm có", lang: "vi", noAgrees: -1,
			text: "Ngày 15/10, tại Móng Cái, Đại tá Lê Văn Hòa hội đàm với Đại tá Vương Kiến Quân của Trung Quốc. " +
				"Dự hội đàm có đồng chí Trần Văn Khải, Phó Chủ tịch UBND thành phố Móng Cái.",
			pairs: []string{"person:le-van-hoa:VN + person:tran-van-khai:VN @ --10-15"},
		},
		{
			name: "Attending the talks were", lang: "en", noAgrees: -1,
			text: "Mong Cai (VNA) - Colonel Le Van Hoa held talks with Chinese Colonel Wang Jianjun on October 15. " +
				"Attending the talks was Tran Van Khai, Vice Chairman of the Mong Cai City People's Committee.",
			pairs: []string{"person:le-van-hoa:VN + person:tran-van-khai:VN @ --10-15"},
		},
		{
			name: "Étaient présents", lang: "fr", noAgrees: -1,
			text: "Mong Cai, 15 octobre (VNA) - Le colonel Le Van Hoa a eu des entretiens le 15 octobre avec le colonel chinois Wang Jianjun. " +
				"Étaient également présents aux entretiens Tran Van Khai, vice-président du Comité populaire de la ville de Mong Cai.",
			pairs: []string{"person:le-van-hoa:VN + person:tran-van-khai:VN @ --10-15"},
		},
	})
}

// A Vietnamese body named again by the name it was given before does not
// run on into the sentence.
func TestRulesKnownBodyPrefix(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Hội đồng X named before, then the sentence goes on", lang: "vi", noAgrees: -1,
			text: "Chiều 3/5, Viện trưởng Lê Văn Hòa chào xã giao bà Larisa Ivanova, Chủ tịch Hội đồng Cộng hòa Quốc hội Belarus. " +
				"Bà Ivanova cho biết Hội đồng Cộng hòa sẵn sàng thúc đẩy hợp tác.",
			noOrgs: []string{"org:hoi-dong-cong-hoa-san-sang-thuc-day-hop-tac", "org:BY:hoi-dong-cong-hoa-san-sang-thuc-day-hop-tac"},
		},
		{
			name: "a body's long name read whole the first time", lang: "vi", noAgrees: -1,
			text: "Ngày 3/5, ông Lê Văn Hòa, Trưởng Ban Quan hệ quốc tế Bộ Tư pháp Việt Nam, đã tiếp đoàn Lào.",
			orgs: []string{"org:ministry:justice:VN/ban-quan-he-quoc-te"},
		},
	})
}

// A one-word place name at the end of a longer proper name is not the place.
func TestRulesPlaceInsideName(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "le pavillon Minh Viên", lang: "fr", noAgrees: -1,
			text:        "Huế, 12 juin (VNA) - Les deux maires ont signé une lettre d'intention sur la restauration du pavillon Minh Viên.",
			locations:   []string{"loc:VN:hue"},
			noLocations: []string{"loc:AT:vienna"},
		},
		{
			name: "đình Minh Viên; Viên itself is Vienna", lang: "vi", noAgrees: -1,
			text:      "Huế, 12/6 - Hai bên ký thư ý định về trùng tu đình Minh Viên. Đoàn sẽ thăm thủ đô Viên của Áo.",
			locations: []string{"loc:AT:vienna"},
		},
		{
			name: "the Minh Vien pavilion", lang: "en", noAgrees: -1,
			text:        "Hue (VNA) - The two mayors agreed to restore the Minh Vienna pavilion in Hue.",
			noLocations: []string{"loc:AT:vienna"},
		},
	})
}

// English venues named by a head word at their end.
func TestRulesVenueHeads(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "the X Offices defence complex", lang: "en", noAgrees: -1,
			text:       "Canberra (Antara) - General Budi Hartono held talks with Admiral John Whitfield on Thursday at the Russell Offices defence complex.",
			pairPlaces: []string{"person:budi-hartono + person:john-whitfield @ loc:XX:russell-offices"},
		},
		{
			name: "the X Barracks", lang: "en", noAgrees: -1,
			text:      "Canberra (Antara) - The two generals inspected troops at the Lavarack Barracks on Thursday.",
			locations: []string{"loc:XX:lavarack-barracks"},
		},
	})
}

// The heads of military and border units and their units.
func TestRulesUnitHeads(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "Chi đội trưởng Chi đội X", lang: "vi", noAgrees: -1,
			text:      "Ngày 15/10, Đại tá Lê Văn Hòa hội đàm với Đại tá Vương Kiến Quân, Chi đội trưởng Chi đội Quản lý biên giới Thanh Khê (Trung Quốc).",
			positions: []string{"person:vuong-kien-quan:CN > org:CN:chi-doi-quan-ly-bien-gioi-thanh-khe"},
		},
		{
			name: "commander of the X Border Management Detachment", lang: "en", noAgrees: -1,
			text:      "Mong Cai (VNA) - Colonel Le Van Hoa held talks with Colonel Wang Jianjun, commander of the Chinese Qingxi Border Management Detachment, on October 15.",
			positions: []string{"person:wang-jianjun:CN > org:CN:qingxi-border-management-detachment"},
		},
		{
			name: "commandant du Détachement X", lang: "fr", noAgrees: -1,
			text:    "Mong Cai, 15 octobre (VNA) - Le colonel Le Van Hoa a eu des entretiens avec le colonel Wang Jianjun, commandant du Détachement chinois de gestion des frontières de Qingxi.",
			persons: map[string]string{"person:wang-jianjun:CN": "CN"},
		},
	})
}
