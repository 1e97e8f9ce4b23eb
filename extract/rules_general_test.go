package extract

import "testing"

// Rules that generalise beyond the development articles: name shapes of
// many countries, titles in lists, places named by their head word,
// institutions with abbreviations, witnessed signings. Every sentence
// here is written for the test.
func TestRulesGeneral(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "middle initial and a three-part Spanish name", lang: "fr", noAgrees: -1,
			text: "Hanoï, 5 mars (VNA) - Mary J. Collins, ambassadrice des États-Unis, a rencontré le 5 mars Alberto Ruiz Ortega, vice-ministre cubain des Affaires étrangères. Mary Collins a salué les relations.",
			// the initial is not part of the identity: one person
			noPersons: []string{"mary-j-collins"},
			persons:   map[string]string{"person:mary-collins:US": "US", "person:alberto-ruiz-ortega:CU": "CU"},
			pairs:     []string{"person:alberto-ruiz-ortega:CU + person:mary-collins:US @ --03-05"},
		},
		{
			name: "each title in a list binds to the name right after it", lang: "fr", noAgrees: -1,
			text:      "Ont assisté à la réunion le ministre malaisien du Droit, Ahmad Zulkifli, le ministre philippin de la Planification, Maria Santos Reyes, et le ministre thaïlandais de la Justice, Anan Chaiyasit.",
			persons:   map[string]string{"person:ahmad-zulkifli:MY": "MY", "person:maria-santos-reyes:PH": "PH", "person:ananchaiasit:TH": "TH"},
			positions: []string{"person:ahmad-zulkifli:MY > org:ministry:law:MY", "person:ananchaiasit:TH > org:ministry:justice:TH"},
		},
		{
			name: "stacked titles stay with the first of two people joined by và", lang: "vi", noAgrees: -1,
			text:    "Tham dự có Thượng tướng Lê Quang Hòa, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng và ông Trần Văn Lâm, Phó Chủ tịch UBND tỉnh Quảng Trị và ông Bounmy Keovilay, Phó Tỉnh trưởng tỉnh Savannakhet.",
			persons: map[string]string{"person:le-quang-hoa:VN": "VN", "person:tran-van-lam:VN": "VN", "person:bunmikeovilai:LA": "LA"},
			positions: []string{"person:le-quang-hoa:VN > org:cpv/central-committee", "person:le-quang-hoa:VN > org:ministry:defence:VN",
				"person:tran-van-lam:VN > org:peoples-committee:VN:quang-tri"},
		},
		{
			name: "a title without a name does not pass to the recipient", lang: "vi", noAgrees: -1,
			text:    "Đại tướng Phạm Quốc Huy gửi lời thăm hỏi của Bộ trưởng Quốc phòng Ấn Độ tới Đại tướng Vũ Thanh Sơn.",
			persons: map[string]string{"person:vu-thanh-son:VN": "VN"},
		},
		{
			name: "the country of the title's institution wins over the shape of a transcribed name", lang: "vi", noAgrees: -1,
			text:      "Sáng 12/9, tại Hà Nội, Đại tướng Lê Hữu Tâm đã hội đàm với ông Vương Kiến Quốc, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an nước Cộng hòa Nhân dân Trung Hoa.",
			persons:   map[string]string{"person:vuong-kien-quoc:CN": "CN"},
			positions: []string{"person:vuong-kien-quoc:CN > org:ministry:public-security:CN"},
			pairs:     []string{"person:le-huu-tam:VN + person:vuong-kien-quoc:CN @ --09-12"},
		},
		{
			name: "a given name that is a country's name, after a rank", lang: "vi", noAgrees: -1,
			text:      "Đại tướng Nguyễn Tân Đức tiếp Đại sứ Nhật Bản. Đại tướng Đức đề nghị hai bên tăng cường hợp tác.",
			countries: []string{"country:JP"},
			noPersons: []string{"person:duc"},
		},
		{
			name: "places named by their head word are not people", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - Minister Nguyen Thanh Long met Lao Governor Khamphan Sitthidet in Dong Ha city on March 5.",
			noPersons: []string{"dong-ha"},
			places:    []string{"--03-05 @ loc:VN:dong-ha"},
			pairs:     []string{"person:kampansitidet:LA + person:nguyen-thanh-long:VN @ --03-05"},
		},
		{
			name: "a monument is a place, a person after an honorific is not", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - The delegation laid a wreath at the President Ho Chi Minh Mausoleum on March 5. Mr Michael Park met them.",
			persons:   map[string]string{"person:michael-park": ""},
			noPersons: []string{"ho-chi-minh"},
		},
		{
			name: "Korean given names are hyphened, Korea alone is the country", lang: "en", noAgrees: -1,
			text:      "Seoul (Yonhap) - Speaker of the National Assembly of Korea Kim Min-jae received Deputy Prime Minister Tran Van Hai on May 2. Lawmaker Kang Ho-sung also attended.",
			noPersons: []string{"person:kim-min:KR"},
			persons:   map[string]string{"person:kim-min-jae:KR": "KR", "person:kang-ho-sung": ""},
			pairs:     []string{"person:kim-min-jae:KR + person:tran-van-hai:VN @ --05-02"},
		},
		{
			name: "signers in their presence: the leaders just reported witness, at their meeting's place", lang: "fr", noAgrees: -1,
			text: "Vientiane, 4 avril (VNA) - Le ministre vietnamien des Finances Pham Van Long et son homologue lao Bounthavy Sisouk se sont entretenus le 3 avril à Vientiane. En leur présence, le vice-ministre vietnamien des Finances Do Thi Mai et le vice-ministre lao des Finances Somsack Inthavong ont signé un mémorandum d'accord.",
			pairs: []string{"person:pham-van-long:VN + person:somsakintavong:LA @ --04-03", "person:buntavisisuk:LA + person:do-thi-mai:VN @ --04-03",
				"person:do-thi-mai:VN + person:somsakintavong:LA @ --04-03"},
			pairPlaces: []string{"person:do-thi-mai:VN + person:somsakintavong:LA @ loc:LA:vientiane"},
		},
		{
			name: "a meeting the same day is in the same town", lang: "en", noAgrees: -1,
			text:       "Minister Tran Van Nam met Lao Minister Khamla Phommavong in Vientiane on June 2. The same day, Nam was received by Lao Prime Minister Sonexay Vongsa.",
			pairs:      []string{"person:sonsaivongsa:LA + person:tran-van-nam:VN @ --06-02"},
			pairPlaces: []string{"person:sonsaivongsa:LA + person:tran-van-nam:VN @ loc:LA:vientiane"},
		},
		{
			name: "a venue longer than an institution's name is the venue", lang: "en", noAgrees: -1,
			text:       "Hanoi (VNA) - Vice Chairman of the National Assembly Tran Van Nam met Lao Deputy Minister Khamla Phommavong at the National Assembly House on June 2.",
			pairPlaces: []string{"person:kamlapomavong:LA + person:tran-van-nam:VN @ loc:VN:national-assembly-house"},
		},
		{
			name: "the central committee of a named foreign party", lang: "vi", noAgrees: -1,
			text:    "Sáng 3/4, đồng chí Trần Văn Phúc tiếp đồng chí Bounthong Vilay, Ủy viên Trung ương Đảng Nhân dân Cách mạng Lào, Bí thư Tỉnh ủy Houaphanh.",
			persons: map[string]string{"person:buntongvilai:LA": "LA"},
			noOrgs:  []string{"org:cpv/central-committee"},
			pairs:   []string{"person:buntongvilai:LA + person:tran-van-phuc:VN @ --04-03"},
		},
		{
			name: "a city with its own name in a province of almost the same name; a signing after the reception, witnessed, is at its place", lang: "vi", noAgrees: -1,
			text: "Sáng 3/4, tại thành phố Điện Biên Phủ, ông Trần Văn Phúc, Chủ tịch UBND tỉnh Điện Biên tiếp ông Bounthong Vilay, Tỉnh trưởng tỉnh Houaphanh. " +
				"Ngay sau buổi tiếp, dưới sự chứng kiến của hai lãnh đạo, bà Lê Thị Lan, Phó Chủ tịch UBND tỉnh Điện Biên và ông Somphone Keo, Phó Tỉnh trưởng tỉnh Houaphanh đã ký Biên bản ghi nhớ.",
			pairPlaces: []string{"person:buntongvilai:LA + person:tran-van-phuc:VN @ loc:VN:dien-bien-phu",
				"person:le-thi-lan:VN + person:somponkeo:LA @ loc:VN:dien-bien-phu"},
			pairs: []string{"person:le-thi-lan:VN + person:tran-van-phuc:VN @ --04-03"},
		},
		{
			name: "attending in Vietnamese: cùng dự có X joins the talks", lang: "vi", noAgrees: -1,
			text:  "Sáng 3/4, tại Hà Nội, Bộ trưởng Ngoại giao Trần Văn Phúc đã hội đàm với Bộ trưởng Ngoại giao Lào Bounthong Vilay. Cùng dự có Đại sứ Lào tại Việt Nam Somphone Keo.",
			pairs: []string{"person:somponkeo:LA + person:tran-van-phuc:VN @ --04-03", "person:buntongvilai:LA + person:somponkeo:LA @ --04-03"},
		},
		{
			name: "attending in English: also joined the talks", lang: "en", noAgrees: -1,
			text:  "Minister Tran Van Phuc held talks with Lao Minister Bounthong Vilay in Hanoi on April 3. Lao Ambassador Somphone Keo also joined the talks.",
			pairs: []string{"person:somponkeo:LA + person:tran-van-phuc:VN @ --04-03"},
		},
		{
			name: "attending in French: étaient également présents", lang: "fr", noAgrees: -1,
			text:    "Le ministre vietnamien Tran Van Phuc a reçu le 3 avril à Hanoï le ministre lao Bounthong Vilay. Était également présent l'ambassadeur lao Somphone Keo.",
			pairs:   []string{"person:somponkeo:LA + person:tran-van-phuc:VN @ --04-03"},
			noPairs: []string{},
		},
		{
			name: "a minister attending a conference alone joins nobody", lang: "en", noAgrees: -1,
			text:    "Minister Tran Van Phuc held talks with Lao Minister Bounthong Vilay in Hanoi on April 3. On April 5, Thai Minister Anan Chaiyasit attended a conference in Bangkok.",
			noPairs: []string{"person:ananchaiasit:TH + person:tran-van-phuc:VN @ --04-03"},
		},
		{
			name: "yesterday glossed with an abbreviated month does not split the sentence", lang: "en", published: "2025-03-06", noAgrees: -1,
			text:  "Hanoi (VNA) - Minister Tran Van Phuc yesterday (Mar. 5) received Lao Ambassador Somphone Keo.",
			pairs: []string{"person:somponkeo:LA + person:tran-van-phuc:VN @ 2025-03-05"},
		},
		{
			name: "hôm qua glossed in parentheses", lang: "vi", published: "2025-03-06", noAgrees: -1,
			text:  "Hôm qua (5/3), tại Hà Nội, Bộ trưởng Trần Văn Phúc tiếp Đại sứ Lào Somphone Keo.",
			pairs: []string{"person:somponkeo:LA + person:tran-van-phuc:VN @ 2025-03-05"},
		},
		{
			name: "a coordinating minister and ministry topics of other countries", lang: "en", noAgrees: -1,
			text:    "Jakarta (VNA) - Ambassador Tran Van Phuc met Indonesian Coordinating Minister for Economic Affairs Budi Santoso and Brazilian Minister of Agriculture and Livestock Joao Pereira on March 5.",
			persons: map[string]string{"person:budi-santoso:ID": "ID", "person:joao-pereira:BR": "BR"},
			pairs:   []string{"person:budi-santoso:ID + person:tran-van-phuc:VN @ --03-05"},
		},
		{
			name: "a place no list knows, after à, ends the event's sentence; a region is no place", lang: "fr", noAgrees: -1,
			text:       "Le vice-ministre Tran Van Phuc et l'ambassadeur du Brésil Paulo Costa se sont rencontrés le 6 mai à Montrichard. Le 7 mai, Tran Van Phuc a rencontré le ministre thaïlandais Anan Chaiyasit en Asie.",
			pairPlaces: []string{"person:paulo-costa:BR + person:tran-van-phuc:VN @ loc:XX:montrichard"},
			noPairs:    []string{},
		},
		{
			name: "an unknown place in English, and a month is no place", lang: "en", noAgrees: -1,
			text:       "Minister Tran Van Phuc met Brazilian Ambassador Paulo Costa in Londrina on May 6. They met again in May.",
			pairPlaces: []string{"person:paulo-costa:BR + person:tran-van-phuc:VN @ loc:XX:londrina"},
		},
		{
			name: "a head of a central commission, and a foreign party official's bare bodies belong to his party", lang: "vi", noAgrees: -1,
			text:      "Sáng 3/4, tại Hà Nội, Trưởng Ban Tổ chức Trung ương Trần Văn Phúc đã tiếp đồng chí Pedro Alvarez Ruiz, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương Đảng Cộng sản Cuba.",
			persons:   map[string]string{"person:tran-van-phuc:VN": "VN", "person:pedro-alvarez-ruiz:CU": "CU"},
			positions: []string{"person:tran-van-phuc:VN > org:cpv/party-organisation-commission", "person:pedro-alvarez-ruiz:CU > org:cpcuba/politburo"},
			pairs:     []string{"person:pedro-alvarez-ruiz:CU + person:tran-van-phuc:VN @ --04-03"},
		},
		{
			name: "a friendship group with a plural possessive is one body", lang: "en", noAgrees: -1,
			text:   "Hanoi (VNA) - Vice Chairman of the National Assembly Tran Van Phuc on May 4 received a delegation of the Japan-Vietnam Parliamentarians' Friendship Group of the House of Representatives of Japan. Phuc thanked the Japan-Vietnam Parliamentarians' Friendship Group for its support.",
			orgs:   []string{"org:japan-vietnam-parliamentarians-friendship-group"},
			noOrgs: []string{"org:friendship-group"},
		},
		{
			name: "a venue written in lower case after tại", lang: "vi", noAgrees: -1,
			text:       "Sáng 3/4, tại trụ sở Trung ương Đảng, đồng chí Trần Văn Phúc đã tiếp đồng chí Bounthong Vilay, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào.",
			pairPlaces: []string{"person:buntongvilai:LA + person:tran-van-phuc:VN @ loc:VN:party-central-committee-headquarters"},
		},
		{
			name: "a relative date after a document's name dates the signing, not the document", lang: "en", published: "2025-05-09", noAgrees: -1,
			text:   "Phnom Penh (AKP) - Deputy Prime Minister Sok Vanna and Japanese Ambassador Kenji Sato signed a grant agreement yesterday in Phnom Penh.",
			pairs:  []string{"person:kenji-sato:JP + person:sokvana:KH @ 2025-05-08"},
			agrees: []string{"grant agreement"},
		},
		{
			name: "a city-state named as the place of a meeting", lang: "en", noAgrees: -1,
			text:       "Hanoi (VNA) - Deputy Minister Tran Van Phuc and Singaporean Permanent Secretary Albert Lim co-chaired the political consultation in Singapore on May 9.",
			pairPlaces: []string{"person:albert-lim:SG + person:tran-van-phuc:VN @ loc:SG:singapore"},
			countries:  []string{"country:SG"},
		},
		{
			name: "a mausoleum named after a person is one place in every language", lang: "vi", noAgrees: -1,
			text:      "Sáng 5/3, Đoàn đặt vòng hoa tại Lăng Chủ tịch Hồ Chí Minh.",
			noPersons: []string{"ho-chi-minh"},
		},
		{
			name: "a mausoleum in French", lang: "fr", noAgrees: -1,
			text:      "Le 5 mars, la délégation a déposé une gerbe au Mausolée du Président Hô Chi Minh.",
			noPersons: []string{"ho-chi-minh"},
		},
		{
			name: "the city of a province", lang: "vi", noAgrees: -1,
			text:   "Chiều 12/3, tại thành phố Tây Ninh, ông Nguyễn Văn An, Phó Chủ tịch UBND tỉnh Tây Ninh đã tiếp ông Sok Vanna.",
			places: []string{"--03-12 @ loc:VN:tay-ninh-city"},
		},
		{
			name: "a name with its abbreviation, a demonym in a body's name, a provincial party committee", lang: "fr", noAgrees: -1,
			text: "Le Comité provincial du Parti de Quang Ninh a rencontré l'Agence coréenne de coopération internationale (KOICA). La KOICA a financé le projet.",
			orgs: []string{"org:KR:agence-coreenne-de-cooperation-internationale", "org:party-committee:VN:quang-ninh"},
		},
		{
			name: "a joint committee with a topic word and an en dash", lang: "en", noAgrees: -1,
			text: "The Vietnam – Laos Joint Trade Committee (JTC) met in Hanoi.",
			orgs: []string{"org:joint-committee:trade:LA-VN"},
		},
		{
			name: "one-word references to Thai and Western names", lang: "en", noAgrees: -1, published: "2024-03-06",
			text:  "Hanoi (VNA) - Deputy Prime Minister Le Minh Khai received Thai Minister of Commerce Somsak Thepsuthin in Hanoi on March 5. Earlier the same day, Somsak and Vietnamese Minister of Industry and Trade Nguyen Hong Dien co-chaired a meeting.",
			pairs: []string{"person:le-minh-khai:VN + person:somsaktepsutin:TH @ 2024-03-05", "person:nguyen-hong-dien:VN + person:somsaktepsutin:TH @ 2024-03-05"},
		},
		{
			name: "a delegation as the subject of a meeting is its leader", lang: "en", noAgrees: -1,
			text:  "Hanoi (VNA) - A Lao delegation led by Governor Khamphan Sitthidet visited Quang Tri on December 4. The Lao delegation held a working session with Chairman of the Quang Tri provincial People's Committee Vo Van Hung on December 4.",
			pairs: []string{"person:kampansitidet:LA + person:vo-van-hung:VN @ --12-04"},
		},
		{
			name: "trafficking is not a treaty", lang: "fr", noAgrees: 0,
			text: "Les deux ministres ont évoqué la lutte contre la traite des êtres humains.",
		},
		{
			name: "the host of an embassy from another mention", lang: "fr", noAgrees: -1,
			text:   "Le ministre cambodgien de l'Intérieur, Sar Kheng, a reçu l'ambassadeur du Japon au Cambodge, Ueno Atsushi. L'ambassade du Japon a financé le projet.",
			orgs:   []string{"org:embassy:JP:KH"},
			noOrgs: []string{"org:embassy:JP:XX"},
		},
		{
			name: "embassies named by a demonym, or hosted by the source's country", lang: "en", noAgrees: -1,
			text:   "Hanoi (VNA) - Indian Ambassador to Vietnam Rohan Mehta met Deputy Minister Le Van Thanh on May 4. The Indian Embassy and the Russian Embassy co-organised the event.",
			orgs:   []string{"org:embassy:IN:VN", "org:embassy:RU:VN"},
			noOrgs: []string{"org:embassy:RU:XX"},
		},
		{
			name: "the headline's document is the body's", lang: "en", noAgrees: 1, agrees: nil,
			text: "Vietnam, Laos sign MoU on power trade\n\nVientiane (VNA) - Vietnamese Minister of Industry and Trade Nguyen Hong Dien and Lao Minister of Energy and Mines Phoxay Sayasone signed a memorandum of understanding on cooperation in electricity trading in Vientiane on March 5.",
		},
		{
			name: "a witnessed signing is one event on the meeting's day", lang: "vi", noAgrees: -1,
			text: "Chiều 10/3, tại Hà Nội, Thủ tướng Phạm Minh Chính đã hội đàm với Thủ tướng Lào Sonexay Siphandone. Dưới sự chứng kiến của Thủ tướng Phạm Minh Chính và Thủ tướng Sonexay Siphandone, Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên và Bộ trưởng Bộ Năng lượng và Mỏ Lào Phosay Sayasone đã ký Bản ghi nhớ hợp tác về năng lượng.",
			pairs: []string{"person:nguyen-hong-dien:VN + person:posaisaiason:LA @ --03-10", "person:pham-minh-chinh:VN + person:posaisaiason:LA @ --03-10",
				"person:nguyen-hong-dien:VN + person:sonsaisipandon:LA @ --03-10"},
		},
		{
			name: "a year in a relative clause does not date the signing", lang: "en", noAgrees: -1,
			text:    "Hanoi (VNA) - Deputy Prime Minister Tran Hong Ha met Lao Deputy Prime Minister Saleumxay Kommasith in Hanoi on May 7. The two sides witnessed the signing of an agreement on road transport, which took effect in 2020, between Minister Tran Hong Minh and Lao Minister Viengsavath Siphandone.",
			pairs:   []string{"person:tran-hong-minh:VN + person:viengsavatsipandon:LA @ --05-07", "person:saleumsaikomasit:LA + person:tran-hong-minh:VN @ --05-07"},
			noPairs: []string{"person:tran-hong-minh:VN + person:viengsavatsipandon:LA @ 2020"},
		},
		{
			name: "a document's period does not date its signing; the ministers present witness it", lang: "fr", noAgrees: -1,
			text:  "Vientiane, 8 novembre (VNA) - Le ministre vietnamien de la Justice, Tran Van Minh, s'est entretenu le 8 novembre avec son homologue lao, Bounlert Sengdara. En présence des deux ministres, le vice-ministre Le Thi Hoa et le vice-ministre lao Somsack Inthavong ont signé un programme de coopération pour 2025-2026.",
			pairs: []string{"person:le-thi-hoa:VN + person:somsakintavong:LA @ --11-08", "person:bunlertsengdara:LA + person:le-thi-hoa:VN @ --11-08"},
		},
		{
			name: "yesterday with the date in parentheses", lang: "vi", noAgrees: -1,
			text:  "Hôm qua (7/11), Bộ trưởng Bộ Ngoại giao Lê Hoài Trung đã có cuộc điện đàm với Bộ trưởng Ngoại giao Hàn Quốc Cho Hyun.",
			pairs: []string{"person:cho-hyun:KR + person:le-hoai-trung:VN @ --11-07"},
		},
		{
			name: "English institutions with the head noun last", lang: "en", noAgrees: -1,
			text:      "President of the Vietnam-Cuba Friendship Association Nguyen Van Nam met the Japan International Cooperation Agency.",
			orgs:      []string{"org:JP:japan-international-cooperation-agency", "org:VN:vietnam-cuba-friendship-association"},
			positions: []string{"person:nguyen-van-nam:VN > org:VN:vietnam-cuba-friendship-association"},
		},
		{
			name: "deputy party secretary, a province's committee not named again", lang: "vi", noAgrees: -1,
			text: "Ông Hoàng Minh Tuấn, Bí thư Tỉnh ủy Quảng Ninh và ông Đỗ Văn Hải, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh đã tiếp Đại tướng Lê Minh Khôi, Phó Bí thư Quân ủy Trung ương.",
			positions: []string{"person:do-van-hai:VN > org:party-committee:VN:quang-ninh", "person:do-van-hai:VN > org:peoples-committee:VN:quang-ninh",
				"person:le-minh-khoi:VN > org:cpv/central-military-commission", "person:hoang-minh-tuan:VN > org:party-committee:VN:quang-ninh"},
		},
		{
			name: "French provincial committees", lang: "fr", noAgrees: -1,
			text:      "Le secrétaire du Comité provincial du Parti de Quang Ninh, Hoang Minh Tuan, et le président du Comité populaire provincial, Do Van Hai, ont reçu l'ambassadeur de France au Vietnam, Paul Martin.",
			positions: []string{"person:hoang-minh-tuan:VN > org:party-committee:VN:quang-ninh", "person:do-van-hai:VN > org:peoples-committee:VN:quang-ninh", "person:paul-martin:FR > org:embassy:FR:VN"},
		},
		{
			name: "names with particles, Japanese and Indian names after titles", lang: "en", noAgrees: -1,
			text: "Hanoi (VNA) - Foreign Minister Bui Thanh Son held talks with Japanese Foreign Minister Tanaka Hiroshi, Brazilian President Marcos Antonio Pereira da Costa, Indian External Affairs Minister Rajiv Menon and Dutch Prime Minister Pieter van den Berg in Hanoi on March 3.",
			persons: map[string]string{"person:tanaka-hiroshi:JP": "JP", "person:marcos-antonio-pereira-da-costa:BR": "BR",
				"person:rajiv-menon:IN": "IN", "person:pieter-van-den-berg:NL": "NL"},
		},
		{
			name: "a title before an unknown long name is not the previous person's", lang: "fr", noAgrees: -1,
			text:    "Le ministre vietnamien des Affaires étrangères, Bui Thanh Son, a reçu la présidente de la Commission européenne, Greta von Stein, le président brésilien Marcos Antonio Pereira da Costa.",
			persons: map[string]string{"person:greta-von-stein": "", "person:marcos-antonio-pereira-da-costa:BR": "BR"},
		},
		{
			name: "English appositions with the country first, and a list joined by and", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - Deputy Foreign Minister Nguyen Minh Hang received Susan T. Miller, U.S. Deputy Assistant Secretary of State, and Jorge Alvarez Ruiz, Cuban Ambassador to Vietnam, in Hanoi on March 6. She also met with Tan Wei Jie, Singapore's Senior Minister of State for Foreign Affairs.",
			persons:   map[string]string{"person:susan-miller:US": "US", "person:jorge-alvarez-ruiz:CU": "CU", "person:tan-wei-jie:SG": "SG"},
			positions: []string{"person:jorge-alvarez-ruiz:CU > org:embassy:CU:VN", "person:tan-wei-jie:SG > org:ministry:foreign-affairs:SG"},
		},
		{
			name: "Vietnamese departments named before their ministry or army", lang: "vi", noAgrees: -1,
			text:   "Cục Đối ngoại Bộ Quốc phòng Việt Nam và Ban Hợp tác quốc tế Quân đội Hoàng gia Thái Lan đã ký Biên bản ghi nhớ về hợp tác đào tạo. Hội đàm diễn ra tại Hội nghị quốc tế.",
			orgs:   []string{"org:ministry:defence:VN/cuc-doi-ngoai", "org:army:TH/ban-hop-tac-quoc-te"},
			noOrgs: []string{"org:hoi-dam", "org:hoi-nghi-quoc-te"},
		},
		{
			name: "a minister's title does not jump over a recipient to a rank", lang: "vi", noAgrees: -1,
			text:      "Thượng tướng Hoàng Văn Bình chuyển lời thăm hỏi của Đại tướng Phạm Văn Long, Bộ trưởng Bộ Quốc phòng tới Đại tướng Somsak Chaiyaporn.",
			positions: []string{"person:pham-van-long:VN > org:ministry:defence:VN"},
		},
		{
			name: "a name without a title, as the subject of a verb of saying or meeting", lang: "en", noAgrees: -1,
			text:      "Vientiane (VNA) - Minister Dao Van Hung met Lao Minister of Justice Bounthong Sayavong on May 8. Khamla Vongsavath said Laos is ready. Bangkok Post said the talks went well.",
			persons:   map[string]string{"person:khamla-vongsavath": ""},
			noPersons: []string{"bangkok"},
		},
		{
			name: "a pronoun after a short opening phrase", lang: "fr", noAgrees: -1,
			text:  "Le vice-ministre vietnamien des Affaires étrangères Le Van Tam est arrivé à Vientiane. Le 9 mars, il a rencontré le vice-ministre lao des Affaires étrangères Khamphao Ernthavanh.",
			pairs: []string{"person:kampaoerntavan:LA + person:le-van-tam:VN @ --03-09"},
		},
		{
			name: "a Vietnamese name starting with a function word after a title, a leader named by the country", lang: "en", noAgrees: -1,
			text:  "Hanoi (VNA) – National Assembly Chairman Tran Thanh Man held talks with Chairman of the State Great Khural of Mongolia Gombojav Zandanshatar in Hanoi on November 12. Earlier the same day, the Mongolian leader paid a courtesy call to Party General Secretary To Lam.",
			pairs: []string{"person:gombojav-zandanshatar:MN + person:to-lam:VN @ --11-12", "person:gombojav-zandanshatar:MN + person:tran-thanh-man:VN @ --11-12"},
			orgs:  []string{"org:legislature:MN"},
		},
		{
			name: "a delegation led by someone takes its body's country; the committee named again by its head", lang: "vi", noAgrees: -1,
			text:      "Chiều 20/5, tại Hà Nội, Phó Chủ tịch Quốc hội Trần Quang Phương đã tiếp Đoàn đại biểu Ủy ban Quan hệ quốc tế Quốc hội Cuba do bà Mirta Ruiz Soto, Chủ tịch Ủy ban dẫn đầu.",
			persons:   map[string]string{"person:mirta-ruiz-soto:CU": "CU"},
			positions: []string{"person:mirta-ruiz-soto:CU > org:legislature:CU/uy-ban-quan-he-quoc-te"},
			noOrgs:    []string{"org:uy-ban-dan-dau"},
		},
		{
			name: "a representative of a foreign agency", lang: "fr", noAgrees: -1,
			text:      "Le ministre de l'Intérieur a reçu M. Sato Kenji, représentant en chef de l'Agence japonaise de coopération internationale (JICA) au Cambodge.",
			persons:   map[string]string{"person:sato-kenji:JP": "JP"},
			positions: []string{"person:sato-kenji:JP > org:JP:agence-japonaise-de-cooperation-internationale"},
		},
		{
			name: "a Vietnamese delegation phrase ends with its country", lang: "vi", noAgrees: -1,
			text:  "Chiều 5/3, tại Hà Nội, Thủ tướng Lê Văn Phúc tiếp ông Khamphan Phommathat, Thủ tướng Lào. Trước đó, Đoàn đại biểu cấp cao Lào đã hội đàm với Phó Thủ tướng Trần Minh Đức.",
			pairs: []string{"person:kampanpomatat:LA + person:tran-minh-duc:VN @ --03-05"},
		},
		{
			name: "someone meeting the source country's people in a bilateral article serves the other country", lang: "en", noAgrees: -1,
			text:    "Vientiane (VNA) - Minister Dao Van Hung met Lao Minister of Justice Bounthong Sayavong on May 8. Minister Dao Van Hung also received Khamla Vongsavath on May 8.",
			persons: map[string]string{"person:kamlavongsavat:LA": "LA"},
		},
		{
			name: "provincial commands whose name starts like a ministry's", lang: "vi", noAgrees: -1,
			text: "Đoàn đã làm việc với Bộ Chỉ huy Quân sự tỉnh Tây Ninh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh Tây Ninh.",
			orgs: []string{"org:military-command:VN:tay-ninh", "org:border-guard-command:VN:tay-ninh"},
		},
		{
			name: "named foreign legislatures and international bodies", lang: "en", noAgrees: -1,
			text: "Chairman of the National Assembly Tran Thanh Man met a delegation of the State Great Khural and of the Inter-Parliamentary Union (IPU).",
			orgs: []string{"org:legislature:MN", "org:ipu"},
		},
	})
}
