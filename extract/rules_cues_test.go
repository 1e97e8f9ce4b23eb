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
			positions: []string{"person:somchaivatanaporn:TH > org:TH:department-of-trade-negotiations"},
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
		{
			name: "an army is not a district: place words are told apart by their accents", lang: "vi", noAgrees: -1,
			text:      "Không quân Hoàng gia Malaysia đã hỗ trợ vận chuyển. Khu di tích Kim Sơn nằm ở quận Ba Đình.",
			noPersons: []string{"kim-son"},
		},
		{
			name: "a minister's counterpart holds the same ministry, not the minister's other office", lang: "fr", noAgrees: -1,
			text:      "Le vice-Premier ministre et ministre des Affaires étrangères Trần Văn Lâm a eu le 4 mars une conversation téléphonique avec son homologue malaisienne, Siti Rahmah.",
			positions: []string{"person:siti-rahmah:MY > org:ministry:foreign-affairs:MY"},
			pairs:     []string{"person:siti-rahmah:MY + person:tran-van-lam:VN @ --03-04"},
		},
		{
			name: "a later mention by a hyphened family name is the same person", lang: "vi", noAgrees: -1,
			text:      "Ngày 22/5, Phó Chủ tịch Quốc hội Trần Thị Lan đã tiếp ông Gábor Kovács-Tóth, Quốc vụ khanh Bộ Ngoại giao Hungary. Ông Kovács-Tóth thông báo về kỳ họp.",
			noPersons: []string{"person:kovacs-toth"},
			pairs:     []string{"person:gabor-kovacs-toth:HU + person:tran-thi-lan:VN @ --05-22"},
		},
		{
			name: "a gloss in parentheses between a title and the name; signers under the eyes of the leaders", lang: "fr", noAgrees: -1,
			text: "Lào Cai, 9 avril (CVN) - Le président du Comité populaire de la province de Lào Cai (Nord), Hoàng Văn Lâm, a reçu hier une délégation conduite par Zhou Minghao, vice-gouverneur du Yunnan. " +
				"Le même après-midi, sous les yeux des deux responsables, la vice-présidente du Comité populaire provincial, Vũ Thị Mai, et Chen Jiaming, directeur de l'Office du commerce du Yunnan, ont signé un protocole d'accord.",
			positions: []string{"person:hoang-van-lam:VN > org:peoples-committee:VN:lao-cai"},
			pairs:     []string{"person:hoang-van-lam:VN + person:vu-thi-mai:VN @ --04-08", "person:vu-thi-mai:VN + person:zhou-minghao:CN @ --04-08"},
		},
		{
			name: "a signing witnessed by the two officials, then its signers; a ministry named topic first", lang: "en", published: "2025-03-25", noAgrees: -1,
			text: "BEIJING, March 25 (Xinhua) -- Chinese Vice Foreign Minister Zhang Wenbo met with Angolan Foreign Minister Maria Tavares in Beijing on Tuesday. " +
				"After the meeting, the two officials witnessed the signing of an agreement on visa exemption. " +
				"The document was signed by Director-General of the Department of African Affairs of the Chinese Foreign Ministry Zhou Lianhe and Angolan Ambassador to China Pedro Lunda.",
			pairs: []string{"person:maria-tavares:AO + person:zhou-lianhe:CN @ 2025-03-25", "person:pedro-lunda:AO + person:zhang-wenbo:CN @ 2025-03-25",
				"person:pedro-lunda:AO + person:zhou-lianhe:CN @ 2025-03-25"},
			positions: []string{"person:zhou-lianhe:CN > org:ministry:foreign-affairs:CN/department-of-african-affairs"},
		},
		{
			name: "a province's department named with a capitalised topic, and a Chinese province's people's government", lang: "fr", noAgrees: -1,
			text: "Le 8 avril, Trần Văn Lâm a reçu Zhou Minghao, vice-gouverneur du gouvernement populaire de la province du Yunnan. " +
				"Le directeur du Département du Commerce du Yunnan, Chen Jiaming, était présent.",
			positions: []string{"person:zhou-minghao:CN > org:peoples-government:CN:yunnan", "person:chen-jiaming:CN > org:CN:departement-du-commerce-du-yunnan"},
			noOrgs:    []string{"org:government:CN"},
		},
		{
			name: "a body named inside a document's name", lang: "vi", noAgrees: -1,
			text: "Hai bên giám sát việc thực thi Hiệp định Thương mại tự do giữa Việt Nam và Liên minh châu Âu (EVFTA).",
			orgs: []string{"org:eu"},
		},
		{
			name: "a foreign party's central commission no list knows is an organ of that party, however it is written", lang: "vi", noAgrees: -1,
			text: "Chiều 18/6, đồng chí Trần Văn Lâm tiếp đồng chí Bounmy Keola, Trưởng Ban Thanh niên Trung ương Đảng Nhân dân Cách mạng Lào. " +
				"Ban Thanh niên và Dân tộc Trung ương đã làm việc với đoàn.",
			positions: []string{"person:bunmikeola:LA > org:lprp/ban-thanh-nien"},
			orgs:      []string{"org:cpv/ban-thanh-nien-va-dan-toc"},
		},
		{
			name: "a Vietnamese ministry joining a known topic to another field", lang: "vi", noAgrees: -1,
			text:      "Ngày 22/5, bà Trần Thị Lan tiếp ông Gábor Kovács, Quốc vụ khanh Bộ Ngoại giao và Kinh tế đối ngoại Hungary.",
			positions: []string{"person:gabor-kovacs:HU > org:HU:bo-ngoai-giao-va-kinh-te-doi-ngoai"},
			noOrgs:    []string{"org:ministry:foreign-affairs:HU"},
		},
		{
			name: "places named by their head word, first or last; armed services named by a demonym", lang: "en", noAgrees: -1,
			text: "MANILA - Defense Minister Kenji Harada met his counterpart at Camp Rizalino in Quezon City on May 3. " +
				"Later, Harada called on the president at Maharlika Palace. The Philippine Navy and the Maritime Self-Defense Force will train together near Scarborough Shoal.",
			orgs: []string{"org:PH:philippine-navy", "org:maritime-self-defense-force"},
		},
		{
			name: "a Vietnamese-shaped name before a dash and another name is a pair of places, not a person", lang: "fr", noAgrees: -1,
			text:      "Les deux provinces accéléreront la mise en service du pont routier Kim Sơn - Hekou. Le ministre Trần Văn Lâm a salué ce projet.",
			noPersons: []string{"kim-son"},
			persons:   map[string]string{"person:tran-van-lam:VN": "VN"},
		},
		{
			name: "a title, its complement in lower case, then the name after a comma", lang: "fr", noAgrees: -1,
			text:    "La ministre doit rencontrer le conseiller à la sécurité nationale, Arjun Malhotra, avant de se rendre à Mumbai.",
			persons: map[string]string{"person:arjun-malhotra": ""},
		},
		{
			name: "a document's period before its word, and the headline's document is the body's one with the same years", lang: "en", noAgrees: 2,
			text: "Tay Ninh, Svay Rieng sign cooperation agreement for 2025-2027\n" +
				"Tay Ninh (VNA) - The two provinces signed a cooperation agreement for the 2025-2027 period on January 16. Both sides reviewed the 2022-2024 cooperation agreement.",
		},
		{
			name: "titles that name their ministry, a chancellor, a ruler's country after the name, a lower house", lang: "en", noAgrees: -1,
			text: "Washington, March 10 (VNA) - US Secretary of State Mark Ellwood held talks with Foreign Minister Bui Van Tam on March 9. " +
				"British Foreign Secretary Daniel Hargreave met Tam the same day. Crown Prince Abdul Rahim Billah of Brunei received Tam. " +
				"Speaker of the House of Representatives Ramon Villareal met Tam on March 8.",
			persons: map[string]string{"person:abdul-rahim-billah:BN": "BN", "person:daniel-hargreave:GB": "GB", "person:ramon-villareal:US": "US"},
			positions: []string{"person:mark-ellwood:US > org:ministry:foreign-affairs:US", "person:daniel-hargreave:GB > org:ministry:foreign-affairs:GB",
				"person:ramon-villareal:US > org:house-of-representatives:US"},
		},
		{
			name: "Vietnamese titles: Ngoại trưởng, Thống đốc, Phó Bộ trưởng", lang: "vi", noAgrees: -1,
			text: "Chiều 10/3, Bộ trưởng Ngoại giao Bùi Văn Tâm hội đàm với Ngoại trưởng Singapore Rajiv Menon. " +
				"Thống đốc Ngân hàng Trung ương Lào Vanxay Dalavong tiếp Phó Bộ trưởng Quốc phòng Australia Michelle Harding.",
			positions: []string{"person:rajiv-menon:SG > org:ministry:foreign-affairs:SG", "person:vansaidalavong:LA > org:central-bank:LA",
				"person:michelle-harding:AU > org:ministry:defence:AU"},
		},
		{
			name: "a German chancellor is the head of the government", lang: "fr", noAgrees: -1,
			text:      "Le chancelier allemand Friedrich Weber a reçu le 11 mars le Premier ministre vietnamien Phạm Văn Hùng.",
			persons:   map[string]string{"person:friedrich-weber:DE": "DE"},
			positions: []string{"person:friedrich-weber:DE > org:government:DE"},
		},
		{
			name: "relative days in three languages; last week gives no day", lang: "vi", published: "2025-03-12", noAgrees: -1,
			text: "Sáng nay, tại Hà Nội, Bộ trưởng Công an Lương Văn Quang tiếp Bộ trưởng An ninh Lào Vilay Somphong. " +
				"Hôm qua, Thứ trưởng Nguyễn Văn Long đã điện đàm với Thứ trưởng Nội vụ Campuchia Sok Pheap. " +
				"Tuần trước, Bộ trưởng Lương Văn Quang đã hội đàm với Bộ trưởng Nội vụ Campuchia Sar Sokhom.",
			pairs: []string{"person:luong-van-quang:VN + person:vilaisompong:LA @ 2025-03-12", "person:nguyen-van-long:VN + person:sokpeap:KH @ 2025-03-11",
				"person:luong-van-quang:VN + person:sarsokom:KH @ "},
		},
		{
			name: "an agency written like a word in the dateline gives the source's country; the counterpart's counterpart is the source's", lang: "en", noAgrees: -1,
			text: "KUALA LUMPUR, Nov 20 (Bernama) -- Defence Minister Datuk Seri Ahmad Razif Kamal said this was agreed during his meeting with his Vietnamese counterpart, General Phan Van Long, here today. " +
				"Also present was Defence Ministry secretary-general Datuk Rosli Hakim.",
			persons:   map[string]string{"person:ahmad-razif-kamal:MY": "MY", "person:rosli-hakim:MY": "MY", "person:phan-van-long:VN": "VN"},
			positions: []string{"person:ahmad-razif-kamal:MY > org:ministry:defence:MY", "person:phan-van-long:VN > org:ministry:defence:VN"},
			pairs:     []string{"person:ahmad-razif-kamal:MY + person:phan-van-long:VN @ --11-20"},
		},
		{
			name: "a senator and a managing director of an international body, in three languages", lang: "vi", noAgrees: -1,
			text: "Ngày 3/4, Đại tướng Phan Văn Long gặp gỡ Thượng nghị sĩ Mỹ Laura Whitcombe. " +
				"Bộ trưởng Bộ Tài chính Nguyễn Văn Thành làm việc với Giám đốc điều hành Ngân hàng Thế giới Ingrid Solberg ngày 2/4.",
			persons:   map[string]string{"person:laura-whitcombe:US": "US", "person:ingrid-solberg": ""},
			positions: []string{"person:laura-whitcombe:US > org:senate:US", "person:ingrid-solberg > org:world-bank"},
		},
		{
			name: "the same in English", lang: "en", noAgrees: -1,
			text: "Hanoi (VNA) - General Phan Van Long met with US Senator Laura Whitcombe on April 3. " +
				"Finance Minister Nguyen Van Thanh had a working session with World Bank Managing Director Ingrid Solberg on April 2.",
			persons:   map[string]string{"person:laura-whitcombe:US": "US", "person:ingrid-solberg": ""},
			positions: []string{"person:laura-whitcombe:US > org:senate:US", "person:ingrid-solberg > org:world-bank"},
		},
		{
			name: "French bodies named by a head, their complement, then a demonym or a province", lang: "fr", noAgrees: -1,
			text:   "Le Commandement de l'espace français suit de près le dossier. Les services du Yunnan se coordonneront avec le Service des douanes de Lào Cai.",
			orgs:   []string{"org:FR:commandement-de-l-espace", "org:VN:service-des-douanes-de-lao-cai"},
			noOrgs: []string{"org:FR:commandement-de-l-espace-francais-suit-de-pres"},
		},
		{
			name: "Vietnamese armed services and commands by their head", lang: "vi", noAgrees: -1,
			text: "Không quân Hoàng gia Australia nhiều lần hỗ trợ vận chuyển. Đoàn làm việc với Bộ Tư lệnh Tác chiến liên quân Australia.",
			orgs: []string{"org:AU:khong-quan-hoang-gia", "org:AU:bo-tu-lenh-tac-chien-lien-quan"},
		},
		{
			name: "an English forum whose field joins two places; a minister whose counterpart is foreign, in an article without a source country", lang: "en", noAgrees: -1,
			text: "Defence Minister Claire Dubois held talks with her Indian counterpart Rajesh Varma in New Delhi on February 4. " +
				"France and India will cooperate within the Forum on China-Africa Cooperation.",
			orgs:      []string{"org:forum-on-china-africa-cooperation"},
			persons:   map[string]string{"person:rajesh-varma:IN": "IN", "person:claire-dubois:FR": "FR"},
			positions: []string{"person:claire-dubois:FR > org:ministry:defence:FR"},
		},
		{
			name: "Vietnamese committees whose fields are listed with commas; the headline's mention is the body's committee", lang: "vi", noAgrees: -1,
			text: "Chủ nhiệm Ủy ban Văn hóa, Giáo dục tiếp đoàn Hàn Quốc\n" +
				"Chiều 7/5, Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội Nguyễn Đắc Minh đã tiếp đoàn do ông Park Jin-ho dẫn đầu. " +
				"Phó Chủ nhiệm Ủy ban Khoa học, Công nghệ và Môi trường Nguyễn Thu Hà làm việc với Đại sứ Hàn Quốc Choi Min-su.",
			positions: []string{"person:nguyen-dac-minh:VN > org:legislature:VN/uy-ban-van-hoa-giao-duc",
				"person:nguyen-thu-ha:VN > org:VN:uy-ban-khoa-hoc-cong-nghe-va-moi-truong"},
			noOrgs: []string{"org:uy-ban-van-hoa-giao-duc", "org:uy-ban-van-hoa"},
		},
		{
			name: "French commissions whose fields are listed with articles and commas", lang: "fr", noAgrees: -1,
			text:      "Le président de la Commission de la culture et de l'éducation de l'Assemblée nationale, Nguyễn Đắc Minh, a reçu le 7 mai une délégation de la Commission de l'éducation, des sciences et de la technologie de l'Assemblée nationale sud-coréenne.",
			positions: []string{"person:nguyen-dac-minh:VN > org:legislature:VN/commission-de-la-culture-et-de-l-education"},
			orgs:      []string{"org:legislature:KR/commission-de-l-education-des-sciences-et-de-la-technologie"},
		},
		{
			name: "an apposition after the name: ministre, sous-secrétaire", lang: "fr", noAgrees: -1,
			text:    "Manille, 3 juin (VNA) - Ramon Castillo, ministre philippin des Affaires étrangères, a reçu le 2 juin Đỗ Văn Hải. Teresa Lagman, sous-secrétaire aux affaires bilatérales, a également salué les progrès.",
			persons: map[string]string{"person:ramon-castillo:PH": "PH", "person:teresa-lagman": ""},
			pairs:   []string{"person:do-van-hai:VN + person:ramon-castillo:PH @ --06-02"},
		},
		{
			name: "no person from a bridge between two places, a company after theo, or an agency before a dash", lang: "fr", noAgrees: -1,
			text:      "Hanoï (VNA) - Le pont Long Biên - Gia Lâm a été rénové. L'expert Nguyễn Văn Minh a affirmé que la croissance continuerait.",
			noPersons: []string{"long-bien", "longbien"},
			persons:   map[string]string{"person:nguyen-van-minh:VN": "VN"},
		},
		{
			name: "no person from a company after theo, or an agency before a dash", lang: "vi", noAgrees: -1,
			text:      "NDO - Theo Vietnam Airlines, số lượng hành khách tăng mạnh. Chuyên gia Nguyễn Văn Minh khẳng định tăng trưởng sẽ tiếp tục.",
			noPersons: []string{"vietnam-airlines", "ndo"},
		},
		{
			name: "one ministry in three languages, with a possessive country or another French wording", lang: "en", noAgrees: -1,
			text: "Vietnam's Ministry of Planning and Investment signed the plan on May 3.",
			orgs: []string{"org:ministry:planning-investment:VN"},
		},
		{
			name: "the same ministry in French", lang: "fr", noAgrees: -1,
			text: "Le ministère vietnamien de la Planification et de l'Investissement a signé le plan le 3 mai.",
			orgs: []string{"org:ministry:planning-investment:VN"},
		},
	})
}
