package extract

import "testing"

// Rules that tell who took part in which event, when and where, from the
// way the three languages report meetings, signings and ceremonies. Every
// sentence and name here is invented for the test.
func TestRulesEvents(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "after the talks the two presidents sign; those present at the signing join them", lang: "fr", noAgrees: -1,
			text: "Hanoï (VNA) - Le président de la Cour populaire suprême du Vietnam, Trinh Van Phuc, a eu le 4 mai à Hanoï des entretiens avec le président de la Cour suprême du Laos, Khamphanh Sisouvong. " +
				"À l'issue des entretiens, les deux présidents ont signé un mémorandum d'entente sur la formation des juges. " +
				"L'ambassadeur du Laos au Vietnam, Bounthavy Keola, était également présent à la cérémonie de signature.",
			pairs: []string{"person:kampansisuvong:LA + person:trinh-van-phuc:VN @ --05-04",
				"person:buntavikeola:LA + person:trinh-van-phuc:VN @ --05-04"},
			pairPlaces: []string{"person:buntavikeola:LA + person:trinh-van-phuc:VN @ loc:VN:hanoi"},
		},
		{
			name: "following the talks the two ministers sign in the presence of an ambassador", lang: "en", noAgrees: -1,
			text: "Hanoi (VNA) - Minister of Justice Do Van Khiem held talks with Cambodian Minister of Justice Sok Bunthoeun in Hanoi on June 3. " +
				"Following the talks, the two ministers signed a memorandum of understanding on legal aid, in the presence of Cambodian Ambassador to Vietnam Chea Sophal.",
			pairs: []string{"person:do-van-khiem:VN + person:sokbuntoeun:KH @ --06-03", "person:cheasopal:KH + person:do-van-khiem:VN @ --06-03"},
		},
		{
			name: "kết thúc hội đàm hai bên ký; tham dự hội đàm có", lang: "vi", noAgrees: -1,
			text: "Ngày 14/3, tại thủ đô Viêng Chăn, Bộ trưởng Bộ Tư pháp Nguyễn Văn Tường đã hội đàm với Bộ trưởng Bộ Tư pháp Lào Phoxay Vongsack. " +
				"Tham dự hội đàm có Đại sứ Việt Nam tại Lào Lê Văn Bình. " +
				"Kết thúc hội đàm, hai bên đã ký Bản ghi nhớ hợp tác giai đoạn 2025-2030.",
			pairs: []string{"person:nguyen-van-tuong:VN + person:posaivongsak:LA @ --03-14",
				"person:le-van-binh:VN + person:posaivongsak:LA @ --03-14"},
			noPairs: []string{"person:nguyen-van-tuong:VN + person:posaivongsak:LA @ 2025"},
		},
		{
			name: "documents signed in the leaders' presence, then signed by two officials, are one ceremony", lang: "fr", noAgrees: -1,
			text: "Phnom Penh, 9 avril 2024 (AKP) - Le ministre de l'Intérieur, M. Chea Sothy, a reçu le 9 avril à Phnom Penh le vice-ministre chinois de la Sécurité publique, M. Liang Wenbo. " +
				"À l'issue de l'entretien, et en présence des deux dirigeants, deux documents ont été signés. " +
				"Les documents ont été signés par le général Kong Visal, secrétaire d'État au ministère de l'Intérieur, et M. Tang Haoran, directeur général au ministère chinois de la Sécurité publique.",
			pairs: []string{"person:cheasoti:KH + person:liang-wenbo:CN @ 2024-04-09", "person:cheasoti:KH + person:tang-haoran:CN @ 2024-04-09",
				"person:kongvisal:KH + person:liang-wenbo:CN @ 2024-04-09"},
		},
		{
			name: "sous leurs yeux, two ministers sign at the meeting", lang: "fr", noAgrees: -1,
			text: "Vientiane, 6 février 2025 (KPL) - Le ministre lao des Affaires étrangères, M. Souksavanh Phimmasone, et son homologue thaïlandais, M. Anurak Thongdee, ont coprésidé le 5 février à Vientiane la réunion de la Commission mixte. " +
				"À l'issue de la réunion, les deux ministres ont signé le procès-verbal. " +
				"Sous leurs yeux, Mme Vanida Keomany, ministre lao du Travail, et M. Prasit Wongsa, vice-ministre thaïlandais du Travail, ont signé un protocole d'accord sur l'emploi.",
			pairs: []string{"person:anuraktongde:TH + person:vanidakeomani:LA @ 2025-02-05", "person:prasitvongsa:TH + person:suksavanpimason:LA @ 2025-02-05"},
		},
		{
			name: "the host receives the guest named by a demonym", lang: "fr", noAgrees: -1,
			text: "Hanoï (VNA) - Le président de la Cour populaire suprême, Hoang Van Son, a eu le 3 mars à Hanoï des entretiens avec son homologue cubain, M. Ernesto Vidal Pardo. " +
				"Le même jour, la vice-présidente de la République, Dang Thi Lien, a reçu l'hôte cubain au Palais présidentiel.",
			pairs:      []string{"person:dang-thi-lien:VN + person:ernesto-vidal-pardo:CU @ --03-03"},
			pairPlaces: []string{"person:dang-thi-lien:VN + person:ernesto-vidal-pardo:CU @ loc:VN:presidential-palace"},
		},
		{
			name: "a title alone stands for the one person who holds it", lang: "fr", noAgrees: -1,
			text: "Bruxelles (VNA) - Le vice-ministre vietnamien des Affaires étrangères Ngo Van Thao et la secrétaire générale adjointe Ingrid Solberg ont coprésidé lundi 9 décembre à Bruxelles la consultation politique. " +
				"Le même jour, le vice-ministre a rencontré le député européen polonais M. Tomasz Nowicki.",
			pairs: []string{"person:ngo-van-thao:VN + person:tomasz-nowicki @ --12-09"},
		},
		{
			name: "the title of the person named in the sentence is not another's", lang: "vi", noAgrees: -1,
			text:  "Sáng 22/4, tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Hiếu đã tiếp Đại sứ Lào Khamsouk Vilay. Tiếp Đại sứ Lào Bounmy Sengdara, Chủ tịch nước khẳng định Việt Nam coi trọng quan hệ với Lào.",
			pairs: []string{"person:kamsukvilai:LA + person:luong-van-hieu:VN @ --04-22", "person:bunmisengdara:LA + person:luong-van-hieu:VN @ --04-22"},
		},
		{
			name: "envoys listed as presenting credentials are at the one ceremony", lang: "vi", noAgrees: -1,
			text: "Sáng 22/4, tại Phủ Chủ tịch, Chủ tịch nước Lương Văn Hiếu đã chủ trì lễ tiếp nhận Quốc thư của Đại sứ các nước. " +
				"Tham dự lễ có Thứ trưởng Bộ Ngoại giao Đào Thị Hạnh. " +
				"Các Đại sứ trình Quốc thư gồm: Đại sứ Mông Cổ Batbold Erdene và Đại sứ Lào Khamsouk Vilay.",
			pairs: []string{"person:dao-thi-hanh:VN + person:luong-van-hieu:VN @ --04-22", "person:kamsukvilai:LA + person:luong-van-hieu:VN @ --04-22",
				"person:batbold-erdene:MN + person:kamsukvilai:LA @ --04-22"},
			pairPlaces: []string{"person:kamsukvilai:LA + person:luong-van-hieu:VN @ loc:VN:presidential-palace"},
		},
		{
			name: "a late president spoken of is not at the talks", lang: "vi", noAgrees: -1,
			text:    "Ngày 23/7, tại thủ đô Caracas, anh Lâm Văn Trí đã hội đàm với bà Carmen Elena Duarte, Bộ trưởng Thanh niên Venezuela. Tại hội đàm, anh Trí bày tỏ vui mừng thăm Venezuela, đất nước của cố Tổng thống Mateo Ruiz Campos.",
			pairs:   []string{"person:carmen-elena-duarte:VE + person:lam-van-tri:VN @ --07-23"},
			noPairs: []string{"person:lam-van-tri:VN + person:mateo-ruiz-campos:VE @ --07-23", "person:lam-van-tri:VN + person:mateo-ruiz-campos @ --07-23"},
		},
		{
			name: "a signing dated by a past year only is a reminder, not a meeting", lang: "en", noAgrees: -1, published: "2025-06-11",
			text: "Ulaanbaatar, June 11, 2025 /MONTSAME/. Speaker Batbayar Ganbold received Vice Chairman Tran Quoc Hung on June 10. " +
				"Tran Quoc Hung said the cooperation agreement signed by Speaker Batbayar Ganbold and Nguyen Van Tam in 2017 had laid a solid foundation.",
			noPairs: []string{"person:nguyen-van-tam:VN + person:tran-quoc-hung:VN @ 2017", "person:batbayar-ganbold:MN + person:nguyen-van-tam:VN @ 2017"},
		},
		{
			name: "au Bureau du Premier ministre is no town; the meeting is in the town of the day", lang: "fr", noAgrees: -1,
			text: "Vientiane, 6 février 2025 (KPL) - La réunion s'est tenue le 5 février à Vientiane, sous la coprésidence du ministre lao des Affaires étrangères, M. Souksavanh Phimmasone, et de son homologue thaïlandais, M. Anurak Thongdee. " +
				"Le même jour, M. Anurak a rendu une visite de courtoisie au Premier ministre lao, M. Khamphet Inthavong, au Bureau du Premier ministre.",
			pairPlaces: []string{"person:anuraktongde:TH + person:kampetintavong:LA @ loc:LA:vientiane"},
		},
		{
			name: "the next day is the day after the one just reported", lang: "fr", noAgrees: -1,
			text: "Hanoï (VNA) - Le ministre de la Sécurité publique, Lê Van Tâm, a eu le 5 mai à Hanoï des entretiens avec le ministre cambodgien de l'Intérieur, Sar Sokha. " +
				"L'après-midi, le Premier ministre Pham Van Duc a reçu Sar Sokha. Le lendemain, Sar Sokha a eu une séance de travail avec le vice-ministre de la Défense Hoàng Van Kiên.",
			pairs: []string{"person:le-van-tam:VN + person:sarsoka:KH @ --05-05", "person:pham-van-duc:VN + person:sarsoka:KH @ --05-05",
				"person:hoang-van-kien:VN + person:sarsoka:KH @ --05-06"},
			noPairs: []string{"person:le-van-tam:VN + person:pham-van-duc:VN @ --05-05", "person:hoang-van-kien:VN + person:sarsoka:KH @ --05-05"},
		},
		{
			name: "a day earlier, the day before the one reported", lang: "en", noAgrees: -1,
			text:  "Brasilia (VNA) - Auditor General Ha Van Loc held talks with Brazilian Senator Paulo Mendes Rocha in Brasilia on March 1. A day earlier, Ha Van Loc met with Brazilian Minister of Finance Carla Duarte Lima.",
			pairs: []string{"person:carla-duarte-lima:BR + person:ha-van-loc:VN @ --02-28"},
		},
		{
			name: "a one-word name after a rank, then a province's name: the person's surname", lang: "fr", noAgrees: -1,
			text:  "Vientiane (KPL) - Le colonel Bounmy Keosavang a reçu le 4 mars à Vientiane le général de police Wichai Phichit, commandant de la police provinciale de Loei.",
			pairs: []string{"person:bounmy-keosavang + person:vichaipichit:TH @ --03-04"},
		},
		{
			name: "at the event the two leaders sign; at the same time two others hand over an agreement", lang: "vi", noAgrees: -1,
			text: "Chiều 5/6, Thống đốc Ngân hàng Nhà nước Việt Nam Trần Thị Mai và Giám đốc Cơ quan Tiền tệ Singapore Lee Wei Ming đồng chủ trì lễ ra mắt. " +
				"Tại sự kiện, hai lãnh đạo đã ký Biên bản ghi nhớ về hợp tác tài chính. " +
				"Cùng lúc, ông Nguyễn Văn Bình và ông Tan Boon Huat trao Thỏa thuận kết nối thanh toán.",
			pairs: []string{"person:nguyen-van-binh:VN + person:tran-thi-mai:VN @ --06-05", "person:nguyen-van-binh:VN + person:tan-boon-huat:SG @ --06-05"},
		},
		{
			name: "two meetings of one guest on one day stay apart", lang: "en", noAgrees: -1,
			text:    "Hanoi (VNA) - Prime Minister Pham Van Duc received Singaporean Foreign Minister Lee Wei Ming in Hanoi on May 5. Earlier the same day, Lee Wei Ming held talks with Foreign Minister Bui Thanh Long.",
			pairs:   []string{"person:lee-wei-ming:SG + person:pham-van-duc:VN @ --05-05", "person:bui-thanh-long:VN + person:lee-wei-ming:SG @ --05-05"},
			noPairs: []string{"person:bui-thanh-long:VN + person:pham-van-duc:VN @ --05-05"},
		},
		{
			name: "a banquet in honour of a guest is a reception", lang: "fr", noAgrees: -1,
			text:  "Hanoï (VNA) - Le Premier ministre Pham Van Duc a offert le 5 mai à Hanoï un banquet en l'honneur du ministre singapourien des Affaires étrangères, Lee Wei Ming.",
			pairs: []string{"person:lee-wei-ming:SG + person:pham-van-duc:VN @ --05-05"},
		},
		{
			name: "the two countries named after the signers are not the signers", lang: "vi", noAgrees: -1,
			text: "Sáng 5/5, tại Hà Nội, Thủ tướng Phạm Văn Đức đã hội đàm với Thủ tướng Lào Sonexay Phommachanh. " +
				"Ngày 6/5, Bộ trưởng Nguyễn Văn Thắng và Bộ trưởng Lào Bounchom Ubonpaseuth đã ký Hiệp định vận tải giữa hai nước.",
			pairs:   []string{"person:bunchomubonpaseut:LA + person:nguyen-van-thang:VN @ --05-06"},
			noPairs: []string{"person:nguyen-van-thang:VN + person:pham-van-duc:VN @ --05-06", "person:bunchomubonpaseut:LA + person:pham-van-duc:VN @ --05-06"},
		},
		{
			name: "a signing dated by a month long past is a reminder; a month names no place", lang: "en", noAgrees: -1, published: "2025-02-08",
			text: "Manila (Kyodo) - Japanese Defense Minister Kenji Morita and his Philippine counterpart Ramon Villareal held talks in Manila on February 8. " +
				"It was the first visit by a Japanese defense chief since the access agreement between the two countries, signed by Kenji Morita in July 2024, took effect in December.",
			pairs:   []string{"person:kenji-morita:JP + person:ramon-villareal:PH @ 2025-02-08"},
			noPairs: []string{"person:kenji-morita:JP + person:ramon-villareal:PH @ 2024-07"},
		},
		{
			name: "attending the talks were", lang: "en", noAgrees: -1,
			text:  "Hanoi (VNA) - Prime Minister Pham Van Duc held talks with Japanese Prime Minister Kenji Morita in Hanoi on May 5. Attending the talks were Deputy Prime Minister Tran Luu Quang and Japanese Ambassador Ito Naoki.",
			pairs: []string{"person:kenji-morita:JP + person:tran-luu-quang:VN @ --05-05", "person:ito-naoki:JP + person:pham-van-duc:VN @ --05-05"},
		},
		{
			name: "ont pris part", lang: "fr", noAgrees: -1,
			text:  "Hanoï (VNA) - Le Premier ministre Pham Van Duc a eu le 5 mai à Hanoï des entretiens avec le Premier ministre japonais Kenji Morita. Le vice-Premier ministre Tran Luu Quang et l'ambassadeur japonais Ito Naoki y ont pris part.",
			pairs: []string{"person:kenji-morita:JP + person:tran-luu-quang:VN @ --05-05"},
		},
		{
			name: "the delegation welcomed is the main guest's", lang: "vi", noAgrees: -1,
			text: "Chiều 11/8, tại Hà Nội, Đại tướng Phan Văn Giang đã tiếp Phó Đô đốc Nga Igor Petrovich Sokolov, đang dẫn đầu biên đội tàu thăm Việt Nam. " +
				"Trước đó, sáng 9/8, biên đội tàu đã cập cảng. Chuẩn Đô đốc Trần Văn Hòa đã chủ trì lễ đón đoàn.",
			pairs:   []string{"person:igor-sokolov:RU + person:phan-van-giang:VN @ --08-11", "person:igor-sokolov:RU + person:tran-van-hoa:VN @ --08-09"},
			noPairs: []string{"person:phan-van-giang:VN + person:tran-van-hoa:VN @ --08-11"},
		},
		{
			name: "a trip's range of days is not the day of the talks it frames", lang: "vi", noAgrees: -1,
			text:    "Budapest (TTXVN) 12/6 - Trong khuôn khổ chuyến thăm và làm việc tại Hungary từ ngày 10-14/6, chiều 12/6, Bộ trưởng Bộ Công Thương Đỗ Minh Khang đã hội đàm với Bộ trưởng Kinh tế Hungary Bence Lázár tại thủ đô Budapest.",
			pairs:   []string{"person:bence-lazar:HU + person:do-minh-khang:VN @ --06-12"},
			noPairs: []string{"person:bence-lazar:HU + person:do-minh-khang:VN @ --06-10"},
		},
		{
			name: "a day and month joined by a dash after a time of day", lang: "vi", noAgrees: -1,
			text:  "TTO - Sáng 21-1, tại cửa khẩu quốc tế Lệ Thanh, ông Phạm Quốc Hưng - Bí thư Tỉnh ủy Gia Lai - đã hội đàm với ông Sok Vannak - tỉnh trưởng tỉnh Ratanakiri (Campuchia).",
			pairs: []string{"person:pham-quoc-hung:VN + person:sokvanak:KH @ --01-21"},
		},
		{
			name: "the next day, far from the day last given, and what it occasions", lang: "fr", noAgrees: -1,
			text: "Une délégation conduite par le vice-ministre de la Construction Le Van Hoa effectue du 3 au 6 juin une visite de travail au Maroc. " +
				"Mardi 4 juin à Rabat, le vice-ministre Le Van Hoa a eu un entretien avec le ministre marocain de l'Équipement, Karim Bennani. " +
				"Le Van Hoa a souligné l'amitié entre les deux pays. Il a proposé d'élargir la coopération aux ports. " +
				"L'hôte marocain a salué les progrès des projets communs. Les deux parties ont convenu d'accélérer les négociations. " +
				"Le lendemain, au siège de l'Office des ports à Rabat, le vice-ministre Le Van Hoa a eu une séance de travail avec le directeur de l'Office des ports, Youssef Alami. " +
				"À cette occasion, le directeur adjoint de la Société vietnamienne des ports, Pham Van Duc, et le directeur adjoint de l'Office des ports, Nabil Tazi, ont signé un protocole d'accord.",
			pairs:      []string{"person:le-van-hoa:VN + person:youssef-alami:MA @ --06-05", "person:nabil-tazi:MA + person:pham-van-duc:VN @ --06-05"},
			noPairs:    []string{"person:le-van-hoa:VN + person:youssef-alami:MA @ --06-04", "person:nabil-tazi:MA + person:pham-van-duc:VN @ --06-03"},
			pairPlaces: []string{"person:nabil-tazi:MA + person:pham-van-duc:VN @ loc:MA:rabat"},
		},
		{
			name: "a title of one country is not the holder of that title from another", lang: "fr", noAgrees: -1,
			text: "Le ministre délégué français chargé du Commerce extérieur, Paul Girard, en visite au Cambodge, a assisté mardi 12 mars à la signature d'un prêt. " +
				"L'accord a été signé à Phnom Penh par la directrice de l'agence, Claire Dumas, et le directeur de la régie, Sok Pheap, en présence de M. Girard. " +
				"La veille, lundi, le ministre français avait été reçu par le ministre cambodgien du Commerce, Chea Vuthy.",
			pairs:   []string{"person:claire-dumas + person:sokpeap:KH @ --03-12"},
			noPairs: []string{"person:cheavuti:KH + person:claire-dumas @ --03-12", "person:cheavuti:KH + person:paul-girard @ --03-12"},
		},
		{
			name: "the signing was also witnessed by", lang: "en", noAgrees: -1,
			text: "Canberra (VNA) - Minister of Transport Tran Van Long and Australian Minister of Infrastructure Olivia Hart signed a memorandum of understanding on road safety in Canberra on March 6, following their talks. " +
				"At the talks, Long thanked Australia for its support. The host minister said Australia regards Vietnam as a key partner. " +
				"Hart also proposed that the two sides enhance cooperation in aviation. " +
				"The signing was also witnessed by Vietnamese Ambassador to Australia Do Thanh Binh.",
			pairs: []string{"person:do-thanh-binh:VN + person:olivia-hart:AU @ --03-06"},
		},
		{
			name: "the head of a body briefs the visitor who just had a working session with it", lang: "en", noAgrees: -1,
			text: "Canberra (VNA) - Minister of Transport Tran Van Long and Australian Minister of Infrastructure Olivia Hart held talks in Canberra on March 6. " +
				"Earlier, on March 5, the Vietnamese delegation had a working session with Airservices Australia. " +
				"Airservices Chief Executive Peter Walsh briefed Long on the agency's plan to modernise air traffic control.",
			pairs: []string{"person:peter-walsh:AU + person:tran-van-long:VN @ --03-05"},
		},
		{
			name: "a delegation's working session told without names, then who briefed whom", lang: "vi", noAgrees: -1,
			text: "Sáng 14/3, tại Cửa khẩu quốc tế Xa Mát, ông Trần Văn Bình - Bí thư Tỉnh ủy Tây Ninh - đã hội đàm với ông Sok Pisey - tỉnh trưởng tỉnh Tbong Khmum (Campuchia). " +
				"Chiều cùng ngày, đoàn công tác tỉnh Tbong Khmum đã làm việc với Bộ Chỉ huy Bộ đội biên phòng tỉnh Tây Ninh. " +
				"Đại tá Lê Văn Sơn - chỉ huy trưởng - đã thông tin với ông Sok Pisey về kết quả tuần tra song phương.",
			pairs:   []string{"person:le-van-son:VN + person:sokpisei:KH @ --03-14"},
			noPairs: []string{"person:le-van-son:VN + person:tran-van-binh:VN @ --03-14"},
		},
		{
			name: "the meeting just reported, named by another word, held in the presence of", lang: "fr", noAgrees: -1,
			text: "Paksé (KPL) – Le gouverneur de la province de Champassak, M. Viengthong Siphandone, a reçu le 12 mai une délégation de la province thaïlandaise d'Ubon Ratchathani conduite par son vice-gouverneur, M. Somsak Pongsiri. " +
				"La rencontre, qui s'est déroulée au siège de l'administration provinciale, s'est tenue en présence du consul général de Thaïlande à Paksé, M. Anan Chaiyasit.",
			pairs: []string{"person:anan-chaiyasit + person:somsakpongsiri:TH @ --05-12"},
		},
		{
			name: "the talks just reported, named by another word, were attended by", lang: "en", noAgrees: -1,
			text: "Hanoi (VNA) - Prime Minister Pham Van Duc received visiting Lao Minister of Finance Santiphab Phomvihane in Hanoi on May 5. " +
				"The meeting was attended by Lao Ambassador to Vietnam Khamphao Ernthavanh.",
			pairs: []string{"person:kampaoerntavan:LA + person:pham-van-duc:VN @ --05-05"},
		},
		{
			name: "a title with a demonym stands for the one holder of that country", lang: "en", noAgrees: -1,
			text: "KUALA LUMPUR: Home Minister Razak Hamid said this was agreed during his meeting with Indonesian Interior Minister Budi Santoso here on July 10. " +
				"The day before, the Indonesian minister paid a courtesy call on Deputy Prime Minister Azman Yusof at his office in Putrajaya.",
			pairs: []string{"person:azman-yusof + person:budi-santoso:ID @ --07-09"},
		},
		{
			name: "le ministre with a demonym after it stands for the one holder of that country", lang: "fr", noAgrees: -1,
			text: "Vientiane (KPL) - Le ministre lao des Finances, M. Santiphab Phomvihane, a reçu le 10 mars à Vientiane le ministre thaïlandais des Finances, M. Pichai Chunhavajira. " +
				"Le lendemain, le ministre thaïlandais a rencontré le vice-Premier ministre lao, M. Sonexay Siphandone.",
			pairs: []string{"person:pichaichunavajira:TH + person:sonsaisipandon:LA @ --03-11"},
		},
		{
			name: "the next meeting of a committee is not one reported", lang: "en", noAgrees: -1,
			text: "Hanoi (VNA) - Minister of Public Security Nguyen Van Tam held talks with Lao Minister of Security Vilay Lakhamfong in Hanoi on May 5. " +
				"He said the results would be brought to the next meeting of the joint border committee, which is expected to be held in Vientiane later this year.",
			pairs:        []string{"person:nguyen-van-tam:VN + person:vilailakamfong:LA @ --05-05"},
			pairPlaces:   []string{"person:nguyen-van-tam:VN + person:vilailakamfong:LA @ loc:VN:hanoi"},
			noPairPlaces: []string{"person:nguyen-van-tam:VN + person:vilailakamfong:LA @ loc:LA:vientiane"},
		},
		{
			name: "le PDG of a company is a person met", lang: "fr", noAgrees: -1,
			text:  "Le 9 octobre, au siège du groupe à Oran, le vice-ministre Tran Quoc Dat a eu une séance de travail avec le PDG du groupe, Karim Meziane.",
			pairs: []string{"person:karim-meziane + person:tran-quoc-dat:VN @ --10-09"},
		},
		{
			name: "an ambassador of a kingdom, Vương quốc X, attends", lang: "vi", noAgrees: -1,
			text: "Chiều 13/3, tại Hà Nội, Bộ trưởng Bộ Nông nghiệp Lê Minh Hoan đã tiếp Bộ trưởng Nông nghiệp Bỉ Marc Dubois. " +
				"Cùng dự có Đại sứ Vương quốc Bỉ tại Việt Nam Jan Peeters.",
			pairs: []string{"person:jan-peeters:BE + person:le-minh-hoan:VN @ --03-13"},
		},
		{
			name: "a professor met, Giáo sư X, after his title", lang: "vi", noAgrees: -1,
			text:  "Sáng 19/5, tại Praha, Bộ trưởng Bộ Y tế Đào Hồng Lan đã đến thăm Bệnh viện Đại học Motol và làm việc với Giám đốc bệnh viện, Giáo sư Tomas Novak.",
			pairs: []string{"person:dao-hong-lan:VN + person:tomas-novak @ --05-19"},
		},
		{
			name: "the body in the complement of a title is not a person who speaks", lang: "fr", noAgrees: -1,
			text: "Hanoï (VNA) - Le vice-président de l'Assemblée nationale, Tran Van Tuy, a reçu le 14 mars à Hanoï une délégation conduite par le vice-président du Storting norvégien, Lars Haugen. " +
				"Le vice-président du Folke Ting a estimé que les échanges pouvaient encore progresser.",
			pairs:     []string{"person:lars-haugen:NO + person:tran-van-tuy:VN @ --03-14"},
			noPersons: []string{"folke-ting"},
		},
		{
			name: "the friendship group a person chairs is not a person", lang: "vi", noAgrees: -1,
			text:      "Ngày 15/10, Thứ trưởng Nguyễn Minh Hằng đã điện đàm với ông Jan Kowalski, Chủ tịch Nhóm Nghị sĩ hữu nghị Ba Lan - Việt Nam của Hạ viện Ba Lan.",
			pairs:     []string{"person:jan-kowalski:PL + person:nguyen-minh-hang:VN @ --10-15"},
			noPersons: []string{"nhom-nghi"},
		},
		{
			name: "a Thai police rank is not part of the name", lang: "en", noAgrees: -1,
			text:      "BANGKOK: The MoU was signed in Bangkok on May 3 by police director Datuk Hamzah Ali and Royal Thai Police deputy commissioner-general Pol Gen Wichai Sombat.",
			noPersons: []string{"polgen"},
		},
		{
			name: "a Malay name shortened to its given names is the same person", lang: "en", noAgrees: -1,
			text: "Home Minister Hamzah Zainal Abidin held talks with Thai Interior Minister Anutin Chanvirakul in Putrajaya on July 10. " +
				"Hamzah Zainal said the two ministers also agreed to step up joint patrols.",
			noPersons: []string{"person:hamzah-zainal", "hamsahsainal:"},
			pairs:     []string{"person:anutinchanvirakul:TH + person:hamsahsainalabidin:TH @ --07-10"},
		},
		{
			name: "a Malaysian honorific tells the country whatever the shape of the name", lang: "en", noAgrees: -1,
			text: "Home Minister Datuk Seri Hamzah Zainal Abidin held talks with Thai Interior Minister Anutin Chanvirakul in Putrajaya on July 10. " +
				"Also present at the meeting was Deputy Home Minister Datuk Lim Chee Keong.",
			persons: map[string]string{"person:lim-chee-keong:MY": "MY"},
		},
	})
}
