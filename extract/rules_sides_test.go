package extract

import "testing"

// Rules written from outlets other than VNA's: who sits on which side of a
// meeting, the meeting a later sentence dates, a minister's list of
// portfolios, and the place of a meeting at an institution's seat. Every
// sentence and name here is invented for the test.
func TestRulesSidesAndSeats(t *testing.T) {
	runRules(t, []ruleCase{
		{
			name: "a host's officials no cue tells are of the side opposite the guests", lang: "fr", noAgrees: -1,
			published: "2025-05-14",
			text: "Bamako, 14 mai 2025 (AMAP) – Le ministre de l'Élevage, Oumar Kante Sidibe, a reçu mardi une délégation vietnamienne conduite par le vice-ministre de l'Agriculture du Vietnam, Tran Van Loc, pour parler de la coopération entre le Mali et le Vietnam. " +
				"Étaient également présents l'ambassadeur du Vietnam, Do Thi Lan, et le directeur de l'Office du riz, Seydou Konare Bah.",
			persons: map[string]string{"person:oumar-kante-sidibe:ML": "ML", "person:tran-van-loc:VN": "VN"},
		},
		{
			name: "plural and feminine participles of receiving report a reception", lang: "fr", noAgrees: -1,
			published: "2025-06-18",
			text:      "Phnom Penh, 18 juin 2025 (AKP) – Le lundi 16 juin, le général Chen Haolin et la délégation chinoise se sont rendus à Kampot, où ils ont été accueillis par le vice-amiral Keo Saroeun, commandant de la Marine royale cambodgienne.",
			pairs:     []string{"person:chen-haolin + person:keosaroeun:KH @ 2025-06-16"},
		},
		{
			name: "the meeting a later sentence dates and places is the one just reported", lang: "en", noAgrees: -1,
			published: "2025-05-28",
			text: "Rauf Aliyev, chairman of the culture committee of the Milli Majlis, has met with a delegation led by Nguyen Van Tam, Vice Chairman of the Vietnamese National Assembly's Committee for Culture, Azernews reports. " +
				"The meeting, held in Baku on May 27, was also attended by Vietnam's Ambassador to Azerbaijan Le Thi Hoa and MP Gunel Mammadli.",
			pairs:      []string{"person:nguyen-van-tam:VN + person:rauf-aliyev:AZ @ 2025-05-27", "person:gunel-mammadli + person:le-thi-hoa:VN @ 2025-05-27"},
			pairPlaces: []string{"person:nguyen-van-tam:VN + person:rauf-aliyev:AZ @ loc:AZ:baku"},
			noPersons:  []string{"mp-gunel"},
		},
		{
			name: "the name after a minister's list of portfolios is the minister's", lang: "fr", noAgrees: -1,
			published: "2024-11-21",
			text:      "Le ministre sénégalais de l'Agriculture, de la Souveraineté alimentaire et de l'Élevage, Abdou Karim Sall, a reçu jeudi à Dakar le vice-ministre vietnamien des Affaires étrangères, Ngo Van Son.",
			pairs:     []string{"person:abdou-karim-sall:SN + person:ngo-van-son:VN @ 2024-11-21"},
		},
		{
			name: "tại trụ sở X TP HCM: the town of the institution's seat", lang: "vi", noAgrees: -1,
			published:  "2025-06-05",
			text:       "Chiều 5-6, tại trụ sở Liên đoàn Lao động (LĐLĐ) TP Cần Thơ, bà Nguyễn Thị Thu, Chủ tịch LĐLĐ TP Cần Thơ, đã tiếp ông Bounmy Sayavong, Chủ tịch Liên hiệp Công đoàn tỉnh Champasak (Lào).",
			pairs:      []string{"person:bunmisaiavong:LA + person:nguyen-thi-thu:VN @ 2025-06-05"},
			pairPlaces: []string{"person:bunmisaiavong:LA + person:nguyen-thi-thu:VN @ loc:VN:can-tho"},
		},
		{
			name: "tại trụ sở X (venue), Thủ đô Y: the town after the venue", lang: "vi", noAgrees: -1,
			published:  "2024-12-04",
			text:       "Ngày 4/12, tại Trụ sở Bộ Tư lệnh Hải quân Ấn Độ (Nausena Bhawan), Thủ đô Niu Đê-li, Trung tướng Trần Văn Bình đã hội đàm với Đô đốc Vikram Singh Rana, Tư lệnh Hải quân Ấn Độ.",
			pairPlaces: []string{"person:tran-van-binh:VN + person:vikram-singh-rana:IN @ loc:IN:new-delhi"},
		},
		{
			name: "in the New Administrative Capital: a run ending on a place's head word", lang: "en", noAgrees: -1,
			published: "2025-02-17",
			text:      "Egypt's Minister of Trade, Ahmed Samir Fawzy, met on Sunday with Vietnam's Deputy Minister of Industry and Trade, Le Van Khanh, at the ministry's headquarters in the New Administrative Capital, to discuss trade.",
			pairs:     []string{"person:ahmed-samir-fawzy:EG + person:le-van-khanh:VN @ 2025-02-16"},
		},
	})
}
