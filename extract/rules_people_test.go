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
	})
}
