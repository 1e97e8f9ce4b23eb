package extract

import "testing"

// Rules about the names, titles and positions of people (invented names).
func TestRulesPeople(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name:     "a Russian patronymic is not part of the identity",
			lang:     "en",
			text:     "Hanoi (VNA) - Deputy Minister Tran Quoc Binh on May 3 received Admiral Pavel Andreyevich Morozkin, Commander of the Russian Navy.\n\nMorozkin said the visit was important.",
			persons:  map[string]string{"person:pavel-morozkin:RU": "RU"},
			noAgrees: -1,
		},
		{
			name:      "a Korean name in either order is one person",
			lang:      "en",
			text:      "Seoul (Yonhap) - Foreign Minister Choi Dong-wook met Philippine Foreign Affairs Secretary Maria Santos on June 2.\n\nDong-wook Choi said the talks were fruitful.",
			persons:   map[string]string{"person:choi-dong-wook:KR": "KR"},
			noPersons: []string{"dong-wook-choi"},
			noAgrees:  -1,
		},
		{
			name:     "a Korean name is not a Vietnamese one",
			lang:     "en",
			text:     "The document was signed by Korea Coast Guard Commissioner General Kim Hyun-soo and Vietnam Coast Guard commander Lieutenant General Pham Van Loc on Monday.",
			persons:  map[string]string{"person:kim-hyun-soo:KR": "KR", "person:pham-van-loc:VN": "VN"},
			noAgrees: -1,
		},
		{
			name:     "Cộng hòa before a country's name is the country",
			lang:     "vi",
			text:     "Hà Nội, 5/3 - Chủ tịch nước tiếp Đại sứ Cộng hòa Kenya Amani Wanjiru Otieno đến trình Quốc thư.",
			persons:  map[string]string{"person:amani-wanjiru-otieno:KE": "KE"},
			noAgrees: -1,
		},
		{
			name:      "the head of a Vietnamese body is a title, not the body",
			lang:      "vi",
			text:      "Sáng 16/10, đồng chí Lương Văn Tâm, Viện trưởng Viện kiểm sát nhân dân tối cao Việt Nam đã hội đàm với Tổng Công tố Cộng hòa Kenya Amani Otieno.",
			persons:   map[string]string{"person:luong-van-tam:VN": "VN", "person:amani-otieno:KE": "KE"},
			positions: []string{"person:luong-van-tam:VN > org:procuracy:VN"},
			noPersons: []string{"tong-cong"},
			noAgrees:  -1,
		},
		{
			name:      "a Mongolian name with a glued initial",
			lang:      "en",
			text:      "Ulaanbaatar (Montsame) - Speaker of the State Great Khural (Parliament) of Mongolia Ts.Batbold received on June 10 Vice Chairman of the National Assembly of Vietnam Tran Van Son.\n\nThe delegation also met with G.Oyunbileg, Chairman of the Citizens' Khural, on June 11.",
			persons:   map[string]string{"person:ts-batbold:MN": "MN"},
			noPersons: []string{"person:batbold", "person:oyunbileg"},
			noAgrees:  -1,
		},
		{
			name:     "one name after a rank or an honorific",
			lang:     "en",
			text:     "Jakarta (Antara) - Indonesian Navy Chief of Staff Admiral Suryadarma received Vietnamese Deputy Minister of Defence Senior Lieutenant General Hoang Van Nam on Tuesday.\n\n\"We agreed on patrols,\" Suryadarma told reporters.",
			persons:  map[string]string{"person:suryadarma:ID": "ID"},
			pairs:    []string{"person:hoang-van-nam:VN + person:suryadarma:ID @ "},
			noAgrees: -1,
		},
		{
			name:      "a Vietnamese given name alone is not a person",
			lang:      "fr",
			text:      "Hanoï, 3 mars (VNA) - Le ministre a reçu M. Tùng et Mme Wiśniewska hier.",
			noPersons: []string{"tung"},
			noAgrees:  -1,
		},
		{
			name:      "de inside a Portuguese name in English text",
			lang:      "en",
			text:      "Brasilia (VNA) - Minister Tran Minh Chau was received by Brazilian Senator Joana Ferreira de Albuquerque on October 7.",
			persons:   map[string]string{"person:joana-ferreira-de-albuquerque:BR": "BR"},
			noPersons: []string{"person:joana-ferreira:"},
			noAgrees:  -1,
		},
		{
			name:      "a region's name ends with its kind",
			lang:      "en",
			text:      "Hue (VNA) - Chairman of the Hue People's Committee Ngo Van Kha received Vice Governor of Russia's Khabarovsk Krai Irina Nikolayevna Sorokina on May 27.\n\nSorokina said Khabarovsk Krai wanted closer ties.",
			persons:   map[string]string{"person:irina-sorokina:RU": "RU"},
			noPersons: []string{"krai"},
			noAgrees:  -1,
		},
		{
			name:      "the start of a Vietnamese body's name is no person",
			lang:      "vi",
			text:      "Hà Nội, 5/3 - Đoàn đến chào xã giao đồng chí Carlos Eduardo Mendoza Ruiz, Phó Chủ tịch Đảng Xã hội Dân chủ Peru.\n\nÔng Mendoza mong muốn Đoàn Thanh niên Peru học tập kinh nghiệm.",
			persons:   map[string]string{"person:carlos-eduardo-mendoza-ruiz:PE": "PE"},
			noPersons: []string{"dang-xa", "doan-thanh"},
			noAgrees:  -1,
		},
		{
			name:      "bodies left bare that disagree tell no country",
			lang:      "fr",
			text:      "Phnom Penh, 14 octobre (AKP) - S.E. Vannak Sothearith, vice-Premier ministre et ministre de l'Intérieur, a reçu au ministère de l'Intérieur une délégation chinoise conduite par M. Liu Wenbo, vice-ministre de la Sécurité publique de Chine.\n\nS.E. Vannak Sothearith a remercié le gouvernement chinois pour son aide.",
			noPersons: []string{"person:vannak-sothearith:CN"},
			noAgrees:  -1,
		},
		{
			name:      "Vietnamese company and agency names written word by word hold their heads' positions",
			lang:      "vi",
			text:      "Chiều 5/6, Tổng giám đốc Công ty cổ phần Dịch vụ Thanh toán Quốc gia Việt Nam Đỗ Văn Hùng và Tổng giám đốc Tập đoàn KPAY của Malaysia Ahmad Faizal Rahman đã ký thỏa thuận. Giám đốc điều hành Cơ quan Tiền tệ Malaysia Lim Boon Keat dự lễ ký.",
			positions: []string{"person:do-van-hung:VN > org:VN:cong-ty-co-phan-dich-vu-thanh-toan-quoc-gia", "person:ahmad-faizal-rahman:MY > org:MY:tap-doan-kpay", "person:lim-boon-keat:MY > org:MY:co-quan-tien-te"},
			noAgrees:  -1,
		},
		{
			name:     "European bodies",
			lang:     "fr",
			text:     "Bruxelles (VNA) - Le vice-ministre Trần Văn Phúc a rencontré le député européen Jan Kowalczyk, président de la délégation du Parlement européen pour les relations avec l'ASEAN, et Mme Ingrid Holm, secrétaire générale adjointe du Service européen pour l'action extérieure (SEAE).",
			orgs:     []string{"org:european-parliament", "org:eeas"},
			noAgrees: -1,
		},
		{
			name:      "an auditor general heads the state audit; a person already named ends a body's name",
			lang:      "en",
			text:      "Lima (VNA) - State Auditor General Pham Quoc Dat held talks with President of Peru's National Court of Accounts (CNC) Mateo Ferreira de Souza on March 3.\n\nState Auditor General Pham Quoc Dat and President of Peru's National Court of Accounts Mateo Ferreira de Souza signed the MoU.",
			positions: []string{"person:pham-quoc-dat:VN > org:state-audit:VN"},
			noOrgs:    []string{"org:PE:national-court-of-accounts-mateo-ferreira"},
			persons:   map[string]string{"person:mateo-ferreira-de-souza:PE": "PE"},
			noAgrees:  -1,
		},
	})
}
