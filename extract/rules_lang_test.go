package extract

import "testing"

func TestRulesFrench(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a short capitalised word of a place's name is no French verb", lang: "fr", noAgrees: -1,
			text:        "Hanoï, 19 novembre (VNA) - Le ministre des Transports Chu Quoc Tam a eu le 19 novembre un entretien téléphonique avec son homologue laotien Vilay Sengdara.",
			persons:     map[string]string{"person:chu-quoc-tam:VN": "VN"},
			noLocations: []string{"loc:CN:sanya"},
		},
		{
			name: "reception with titles before and after names", lang: "fr", noAgrees: -1,
			text:      "Le Vietnam et le Cambodge renforcent leur coopération parlementaire\n\nHanoï (VNA) - Le président de l'Assemblée nationale du Vietnam, Trân Thanh Man, a reçu le 5 mars à Hanoï le vice-président du Sénat cambodgien, Tep Ngorn.\n\nTrân Thanh Man a salué les relations entre les deux organes législatifs.",
			persons:   map[string]string{"person:tran-thanh-man:VN": "VN", "person:tepngorn:KH": "KH"},
			positions: []string{"person:tran-thanh-man:VN > org:legislature:VN", "person:tepngorn:KH > org:senate:KH"},
			pairs:     []string{"person:tepngorn:KH + person:tran-thanh-man:VN @ --03-05"},
			places:    []string{"--03-05 @ loc:VN:hanoi"},
			countries: []string{"country:KH", "country:VN"},
		},
		{
			name: "phone call with a counterpart", lang: "fr", published: "2024-04-11", noAgrees: -1,
			text:      "Le ministre vietnamien de la Défense, Phan Van Giang, a eu le 10 avril une conversation téléphonique avec son homologue lao, Chansamone Chanyalath.",
			persons:   map[string]string{"person:phan-van-giang:VN": "VN", "person:chansamonchanialat:LA": "LA"},
			positions: []string{"person:phan-van-giang:VN > org:ministry:defence:VN", "person:chansamonchanialat:LA > org:ministry:defence:LA"},
			pairs:     []string{"person:chansamonchanialat:LA + person:phan-van-giang:VN @ 2024-04-10"},
		},
		{
			name: "honorific, people's committee, delegation led by", lang: "fr", noAgrees: -1,
			text:      "Mme Tôn Thi Ngoc Huong, vice-présidente du Comité populaire de Hô Chi Minh-Ville, a reçu le 2 juillet une délégation de la province de Kandal conduite par son gouverneur, Kong Sophorn.",
			persons:   map[string]string{"person:ton-thi-ngoc-huong:VN": "VN", "person:kongsoporn:KH": "KH"},
			positions: []string{"person:ton-thi-ngoc-huong:VN > org:peoples-committee:VN:ho-chi-minh-city"},
			pairs:     []string{"person:kongsoporn:KH + person:ton-thi-ngoc-huong:VN @ --07-02"},
		},
		{
			name: "agreement and a later short reference", lang: "fr", published: "2023-09-20",
			text:      "Le vice-Premier ministre Trân Luu Quang s'est entretenu le 19 septembre avec le ministre cambodgien du Commerce, Cham Nimul. Les deux parties ont signé un mémorandum d'accord sur la coopération dans le commerce frontalier. Quang a salué les résultats obtenus.",
			persons:   map[string]string{"person:tran-luu-quang:VN": "VN", "person:chamnimul:KH": "KH"},
			positions: []string{"person:tran-luu-quang:VN > org:government:VN", "person:chamnimul:KH > org:ministry:commerce:KH"},
			pairs:     []string{"person:chamnimul:KH + person:tran-luu-quang:VN @ 2023-09-19"},
			agrees:    []string{"mémorandum d'accord sur la coopération"},
		},
		{
			name: "AKP style: S.E. M., ambassador of a country to another, this morning", lang: "fr", noAgrees: -1,
			text:      "Cambodge et Vietnam\n\nAKP Phnom Penh, le 12 janvier 2024 --\n\nS.E. M. Sok Chenda Sophea, vice-Premier ministre et ministre des Affaires étrangères et de la Coopération internationale, a reçu en audience ce matin S.E. M. Nguyen Huy Tang, ambassadeur du Vietnam au Cambodge.",
			persons:   map[string]string{"person:sokchendasopea:KH": "KH", "person:nguyen-huy-tang:VN": "VN"},
			positions: []string{"person:sokchendasopea:KH > org:ministry:foreign-affairs-international-cooperation:KH", "person:sokchendasopea:KH > org:government:KH", "person:nguyen-huy-tang:VN > org:embassy:VN:KH"},
			pairs:     []string{"person:nguyen-huy-tang:VN + person:sokchendasopea:KH @ 2024-01-12"},
			places:    []string{"2024-01-12 @ loc:KH:phnom-penh"},
		},
		{
			name: "pronouns: il, ce dernier", lang: "fr", noAgrees: -1, published: "2024-03-10",
			text:  "Le vice-ministre vietnamien des Affaires étrangères Do Hung Viet est arrivé à Vientiane. Il a rencontré le 9 mars le vice-ministre lao des Affaires étrangères Phoxay Khaykhamphithoune. Ce dernier a eu le même jour un entretien avec l'ambassadeur du Japon au Laos, Kenichi Kobayashi.",
			pairs: []string{"person:do-hung-viet:VN + person:posaikaikampitun:LA @ 2024-03-09", "person:kenichi-kobayashi:JP + person:posaikaikampitun:LA @ 2024-03-09"},
		},
		{
			name: "Khmer name without a title", lang: "fr", noAgrees: -1,
			text:    "Prak Sokhonn et Bùi Thanh Son ont eu le 4 mars un entretien à Phnom Penh.",
			persons: map[string]string{"person:praksokon:KH": "KH", "person:bui-thanh-son:VN": "VN"},
			pairs:   []string{"person:bui-thanh-son:VN + person:praksokon:KH @ --03-04"},
		},
		{
			name: "plural documents and credits are not facts", lang: "fr", noAgrees: 0,
			text:      "Les accords signés entre les deux pays ont été mis en œuvre. Photo : Nguyên Van Diep/VNA",
			noPersons: []string{"nguyen-van-diep"},
		},
	})
}

func TestRulesEnglish(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "president receives deputy prime minister", lang: "en", noAgrees: -1,
			text:      "Vientiane (VNA) - Lao President Thongloun Sisoulith received Vietnamese Deputy Prime Minister Tran Hong Ha in Vientiane on May 8.",
			persons:   map[string]string{"person:tonglunsisulit:LA": "LA", "person:tran-hong-ha:VN": "VN"},
			positions: []string{"person:tonglunsisulit:LA > country:LA", "person:tran-hong-ha:VN > org:government:VN"},
			pairs:     []string{"person:tonglunsisulit:LA + person:tran-hong-ha:VN @ --05-08"},
			places:    []string{"--05-08 @ loc:LA:vientiane"},
		},
		{
			name: "talks with a counterpart, agreement between legislatures", lang: "en", published: "2024-12-03",
			text:      "Hanoi (VNA) - National Assembly Chairman Tran Thanh Man held talks with his Lao counterpart Saysomphone Phomvihane in Hanoi on December 2. Man and Saysomphone witnessed the signing of a cooperation agreement between the two legislatures.",
			persons:   map[string]string{"person:tran-thanh-man:VN": "VN", "person:saisomponpomvihan:LA": "LA"},
			positions: []string{"person:tran-thanh-man:VN > org:legislature:VN", "person:saisomponpomvihan:LA > org:legislature:LA"},
			pairs:     []string{"person:saisomponpomvihan:LA + person:tran-thanh-man:VN @ 2024-12-02"},
			places:    []string{"2024-12-02 @ loc:VN:hanoi"},
			agrees:    []string{"cooperation agreement between the two legislatures"},
		},
		{
			name: "given name that is also a city, party of the host, same day", lang: "en", noAgrees: -1,
			text:      "Vientiane (VNA) - NA Chairman Vuong Dinh Hue held talks with President of the Lao National Assembly Saysomphone Phomvihane in Vientiane on October 10. Later the same day, Hue had a meeting with Party General Secretary and State President Thongloun Sisoulith.",
			persons:   map[string]string{"person:vuong-dinh-hue:VN": "VN", "person:tonglunsisulit:LA": "LA"},
			positions: []string{"person:vuong-dinh-hue:VN > org:legislature:VN", "person:saisomponpomvihan:LA > org:legislature:LA", "person:tonglunsisulit:LA > org:lprp", "person:tonglunsisulit:LA > country:LA"},
			pairs:     []string{"person:saisomponpomvihan:LA + person:vuong-dinh-hue:VN @ --10-10", "person:tonglunsisulit:LA + person:vuong-dinh-hue:VN @ --10-10"},
			noOrgs:    []string{"org:cpv"},
		},
		{
			name: "lower-case titles with the ministry inside", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - Vietnamese deputy foreign minister Do Hung Viet on March 3 held talks with Lao Deputy Foreign Minister Phoxay Khaykhamphithoune.",
			persons:   map[string]string{"person:do-hung-viet:VN": "VN", "person:posaikaikampitun:LA": "LA"},
			positions: []string{"person:do-hung-viet:VN > org:ministry:foreign-affairs:VN", "person:posaikaikampitun:LA > org:ministry:foreign-affairs:LA"},
			pairs:     []string{"person:do-hung-viet:VN + person:posaikaikampitun:LA @ --03-03"},
		},
		{
			name: "organ after its body", lang: "en", noAgrees: -1,
			text:      "Hanoi (VNA) - Vice Chairwoman of the National Assembly Standing Committee Nguyen Thi Thanh received President of the Cambodian People's Party Central Committee's Commission for External Relations Suos Yara on July 2.",
			persons:   map[string]string{"person:nguyen-thi-thanh:VN": "VN", "person:suosiara:KH": "KH"},
			positions: []string{"person:nguyen-thi-thanh:VN > org:legislature:VN/standing", "person:suosiara:KH > org:cpp/central-committee/external-relations-commission"},
			pairs:     []string{"person:nguyen-thi-thanh:VN + person:suosiara:KH @ --07-02"},
		},
		{
			name: "another meeting on the occasion of the visit; a document signed years ago", lang: "en", noAgrees: -1,
			text:    "Phnom Penh (VNA) – Vietnamese Minister of Labour, Invalids and Social Affairs Dao Ngoc Dung held talks with Cambodian Minister of Labour and Vocational Training Heng Sour in Phnom Penh on April 5. The two ministers reviewed the memorandum of understanding on labour cooperation signed in 2019. On the occasion, Dung paid a courtesy call to Deputy Prime Minister Vongsey Vissoth.",
			pairs:   []string{"person:dao-ngoc-dung:VN + person:hengsur:KH @ --04-05", "person:dao-ngoc-dung:VN + person:vongseivisot:KH @ --04-05"},
			noPairs: []string{"person:hengsur:KH + person:vongseivisot:KH @ --04-05"},
		},
		{
			name: "minister and ambassador", lang: "en", noAgrees: -1,
			text:      "Phnom Penh (VNA) - Cambodian Minister of Foreign Affairs and International Cooperation Sok Chenda Sophea on June 4 received Vietnamese Ambassador to Cambodia Nguyen Huy Tang.",
			persons:   map[string]string{"person:sokchendasopea:KH": "KH", "person:nguyen-huy-tang:VN": "VN"},
			positions: []string{"person:sokchendasopea:KH > org:ministry:foreign-affairs-international-cooperation:KH", "person:nguyen-huy-tang:VN > org:embassy:VN:KH"},
			pairs:     []string{"person:nguyen-huy-tang:VN + person:sokchendasopea:KH @ --06-04"},
		},
	})
}

func TestRulesVietnamese(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a Vietnamese syllable with its marks is no foreign city written without them", lang: "vi", noAgrees: -1,
			text:      "Sáng 12/3, tại Hà Nội, Thứ trưởng Phan Văn Tâm đã tiếp Đại sứ Áo Hans Gruber. Hai bên bàn về hợp tác Viễn thông. Ông Gruber sẽ trở về Viên vào tháng 4.",
			locations: []string{"loc:VN:hanoi", "loc:AT:vienna"},
		},
		{
			name: "the same field alone: no Vienna", lang: "vi", noAgrees: -1,
			text:        "Sáng 12/3, tại Hà Nội, Thứ trưởng Phan Văn Tâm đã tiếp Đại sứ Áo Hans Gruber. Hai bên bàn về hợp tác Viễn thông.",
			noLocations: []string{"loc:AT:vienna"},
		},
		{
			name: "state president receives ambassador", lang: "vi", published: "2025-03-12", noAgrees: -1,
			text:      "Chiều 12/3, tại Phủ Chủ tịch, Chủ tịch nước Lương Cường đã tiếp Đại sứ Campuchia tại Việt Nam Chay Navuth.",
			persons:   map[string]string{"person:luong-cuong:VN": "VN", "person:chainavut:KH": "KH"},
			positions: []string{"person:luong-cuong:VN > country:VN", "person:chainavut:KH > org:embassy:KH:VN"},
			pairs:     []string{"person:chainavut:KH + person:luong-cuong:VN @ 2025-03-12"},
			places:    []string{"2025-03-12 @ loc:VN:presidential-palace"},
		},
		{
			name: "ministers with ministry before the name", lang: "vi", noAgrees: -1,
			text:      "Ngày 20/8, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã hội đàm với Bộ trưởng Quốc phòng Lào Chansamone Chanyalath.",
			persons:   map[string]string{"person:phan-van-giang:VN": "VN", "person:chansamonchanialat:LA": "LA"},
			positions: []string{"person:phan-van-giang:VN > org:ministry:defence:VN", "person:chansamonchanialat:LA > org:ministry:defence:LA"},
			pairs:     []string{"person:chansamonchanialat:LA + person:phan-van-giang:VN @ --08-20"},
			places:    []string{"--08-20 @ loc:VN:hanoi"},
		},
		{
			name: "deputy prime minister, interior ministry, byline", lang: "vi", noAgrees: -1,
			text:      "Sáng 7/11, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Bộ Nội vụ Campuchia Sar Sokha đang thăm Việt Nam. Phó Thủ tướng Trần Hồng Hà đánh giá cao kết quả hợp tác./. Minh Đức/VOV",
			persons:   map[string]string{"person:tran-hong-ha:VN": "VN", "person:sarsoka:KH": "KH"},
			positions: []string{"person:tran-hong-ha:VN > org:government:VN", "person:sarsoka:KH > org:ministry:interior:KH"},
			pairs:     []string{"person:sarsoka:KH + person:tran-hong-ha:VN @ --11-07"},
			noPersons: []string{"minh-duc"},
		},
		{
			name: "city party committee, politburo, delegation led by", lang: "vi", noAgrees: -1,
			text:      "(TTXVN) Chiều 5/9, tại Thành phố Hồ Chí Minh, đồng chí Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP Hồ Chí Minh đã tiếp Đoàn đại biểu tỉnh Svay Rieng (Campuchia) do ông Men Pheakdey, Tỉnh trưởng tỉnh Svay Rieng làm trưởng đoàn. Tại buổi tiếp, Bí thư Thành ủy Nguyễn Văn Nên cảm ơn tỉnh Svay Rieng.",
			persons:   map[string]string{"person:nguyen-van-nen:VN": "VN", "person:menpeakdei:KH": "KH"},
			noPersons: []string{"person:thanh"},
			positions: []string{"person:nguyen-van-nen:VN > org:cpv/politburo", "person:nguyen-van-nen:VN > org:party-committee:VN:ho-chi-minh-city"},
			pairs:     []string{"person:menpeakdei:KH + person:nguyen-van-nen:VN @ --09-05"},
			places:    []string{"--09-05 @ loc:VN:ho-chi-minh-city"},
		},
		{
			name: "regards conveyed and on behalf of: not at the meeting", lang: "vi", noAgrees: -1,
			text:    "Chiều 3/6, tại Hà Nội, thay mặt Thủ tướng Phạm Minh Chính, Phó Thủ tướng Trần Hồng Hà đã tiếp Bộ trưởng Ngoại giao Lào Thongsavanh Phomvihane. Tại buổi tiếp, Phó Thủ tướng Trần Hồng Hà đề nghị Bộ trưởng chuyển lời thăm hỏi tới Thủ tướng Lào Sonexay Siphandone.",
			pairs:   []string{"person:tongsavanpomvihan:LA + person:tran-hong-ha:VN @ --06-03"},
			noPairs: []string{"person:pham-minh-chinh:VN + person:tongsavanpomvihan:LA @ --06-03", "person:sonsaisipandon:LA + person:tran-hong-ha:VN @ --06-03"},
		},
		{
			name: "Lao ministry by its Vietnamese name; one plan named twice", lang: "vi",
			text:      "Ngày 10/1, tại Hà Nội, Thượng tướng Lương Tam Quang, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã hội đàm với Đại tướng Vilay Lakhamphong, Phó Thủ tướng, Bộ trưởng Bộ An ninh Lào. Hai bên thống nhất Kế hoạch hợp tác năm 2025 giữa hai Bộ. Sau hội đàm, hai Bộ trưởng đã ký Kế hoạch hợp tác năm 2025.",
			persons:   map[string]string{"person:luong-tam-quang:VN": "VN", "person:vilailakampong:LA": "LA"},
			noPersons: []string{"person:bo-an"},
			positions: []string{"person:vilailakampong:LA > org:ministry:public-security:LA", "person:luong-tam-quang:VN > org:ministry:public-security:VN"},
			agrees:    []string{"Kế hoạch hợp tác năm 2025"},
		},
		{
			name: "people's committee of a province and an MoU", lang: "vi", published: "2024-05-16",
			text:      "Ngày 15/5, Chủ tịch Ủy ban nhân dân tỉnh An Giang Hồ Văn Mừng đã làm việc với Tỉnh trưởng tỉnh Takeo Vei Samnang. Hai bên đã ký Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2029.",
			persons:   map[string]string{"person:ho-van-mung:VN": "VN"},
			positions: []string{"person:ho-van-mung:VN > org:peoples-committee:VN:an-giang"},
			pairs:     []string{"person:ho-van-mung:VN + person:veisamnang:KH @ 2024-05-15"},
			agrees:    []string{"Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2029"},
		},
	})
}

func TestRulesErrorCases(t *testing.T) {
	runRules(t, []ruleCase{
		{name: "empty", noAgrees: 0, text: ""},
		{name: "spaces only", noAgrees: 0, text: " \n\t \n"},
		{name: "no facts", lang: "en", noAgrees: 0, text: "The weather was fine and the markets were calm."},
		{name: "title without a name", lang: "fr", noAgrees: 0, text: "Le Premier ministre a parlé hier. Le président a rencontré des jeunes.",
			noPersons: []string{"person:"}},
		{name: "photo credit and byline", lang: "vi", noAgrees: 0, text: "Quang cảnh buổi lễ. Ảnh: Nguyễn Văn An/TTXVN\nHai nước hợp tác./. Lê Thu Hà/VOV",
			noPersons: []string{"person:"}},
		{name: "sentence-initial capitals", lang: "fr", noAgrees: 0, text: "Pour sa part, Selon lui, Dans ce cadre, Les Deux Parties ont convenu.",
			noPersons: []string{"person:"}},
	})
}
