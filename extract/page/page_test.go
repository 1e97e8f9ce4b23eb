package page

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// parsed is the reviewed part of a Page: texts instead of spans.
type parsed struct {
	title, lang, published, dateline string
	body                             []string
}

func parseText(t *testing.T, text string) (Page, parsed) {
	t.Helper()
	p := Parse(text)
	checkPage(t, text, p)
	r := parsed{title: p.Title, lang: p.Lang, published: p.Published.String(), dateline: text[p.Dateline.Start:p.Dateline.End]}
	for _, s := range p.Body {
		r.body = append(r.body, text[s.Start:s.End])
	}
	return p, r
}

func sameBody(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("body:\n got  %q\n want %q", got, want)
	}
}

// The rules, one by one, on pages written for the test in the layouts of
// the news sites the project reads.
func TestCutRules(t *testing.T) {
	for _, c := range []struct {
		name string
		text string
		want []string
	}{
		{"related stories after Voir plus",
			"Le Laos et la Thaïlande renforcent leur coopération\n\nVientiane (VNA) - Les deux ministres se sont rencontrés le 3 mars.\n\nIls ont signé un mémorandum.\n\nVoir plus\n\nUn autre article sur la Malaisie. Photo: VNA\n\nLa Malaisie accueille un forum régional\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Vientiane (VNA) - Les deux ministres se sont rencontrés le 3 mars.", "Ils ont signé un mémorandum."}},
		{"other news after Tin khác and comments",
			"Hai bộ trưởng hội đàm tại Viêng Chăn\n\nSáng 3/3, hai bộ trưởng đã hội đàm.\n\nHai bên nhất trí tăng cường hợp tác.\n\nT.L\n\nBình luận (0)\n\nTin khác\n\nMột tin khác về Thái Lan\n",
			[]string{"Hai bộ trưởng hội đàm tại Viêng Chăn", "Sáng 3/3, hai bộ trưởng đã hội đàm.", "Hai bên nhất trí tăng cường hợp tác."}},
		{"related news in English",
			"Thailand, Malaysia boost trade\nBangkok (VNA) – The two trade ministers met in Bangkok on March 3.\nThey agreed to double trade by 2030./.\nRelated news\nMalaysia hosts regional forum\n",
			[]string{"Thailand, Malaysia boost trade", "Bangkok (VNA) – The two trade ministers met in Bangkok on March 3.", "They agreed to double trade by 2030."}},
		{"a marker in the menu above the headline is furniture",
			"Latest\nPopular\nThailand, Malaysia boost trade\nThe two trade ministers met in Bangkok on March 3 and agreed on a plan.\n",
			[]string{"Thailand, Malaysia boost trade", "The two trade ministers met in Bangkok on March 3 and agreed on a plan."}},
		{"share bar, banner and breadcrumb",
			"VietnamPlus\nAccueil > Politique > Diplomatie\nLe Laos et la Thaïlande renforcent leur coopération\nPartager | Facebook | Twitter\nLes deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce.\nChia sẻ:\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce."}},
		{"a name alone between the headline and the body is a byline",
			"Japan funds water plant in Phnom Penh\nKhmer Times | Wednesday, 12 March 2025\nSok Sreymom\n\nJapan will provide Cambodia with a grant to expand clean water supply in the capital.\n",
			[]string{"Japan funds water plant in Phnom Penh", "Khmer Times | Wednesday, 12 March 2025", "Japan will provide Cambodia with a grant to expand clean water supply in the capital."}},
		{"a Vietnamese byline alone before the body",
			"Hai bộ trưởng hội đàm tại Viêng Chăn\nNguyễn Thu Hà\nSáng 3/3, tại Viêng Chăn, hai bộ trưởng đã hội đàm về hợp tác thương mại, đầu tư và du lịch giữa hai nước láng giềng.\n",
			[]string{"Hai bộ trưởng hội đàm tại Viêng Chăn", "Sáng 3/3, tại Viêng Chăn, hai bộ trưởng đã hội đàm về hợp tác thương mại, đầu tư và du lịch giữa hai nước láng giềng."}},
		{"a French byline alone",
			"Le Laos et la Thaïlande renforcent leur coopération\nMarie-Anne Lefèvre\nLes deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce, de l'investissement et du tourisme entre les deux pays.\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce, de l'investissement et du tourisme entre les deux pays."}},
		{"a site's menu bar above the headline",
			"Thời sự | Thế giới | Kinh doanh | Giải trí | Pháp luật\nHai bộ trưởng hội đàm tại Viêng Chăn\nSáng 3/3, tại Viêng Chăn, hai bộ trưởng đã hội đàm.\n",
			[]string{"Hai bộ trưởng hội đàm tại Viêng Chăn", "Sáng 3/3, tại Viêng Chăn, hai bộ trưởng đã hội đàm."}},
		{"a French menu bar; a bar of metadata is not one",
			"Accueil | Politique | Société | Monde | Sports\nLe Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés à Vientiane le 3 mars.\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars."}},
		{"an English menu bar",
			"World | Asia Pacific | Business | Law | Sport\nThailand, Malaysia boost trade\nThe two trade ministers met in Bangkok on March 3 and agreed on a plan.\n",
			[]string{"Thailand, Malaysia boost trade", "The two trade ministers met in Bangkok on March 3 and agreed on a plan."}},
		{"rubric above the headline",
			"Politique\nLe Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés à Vientiane le 3 mars.\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars."}},
		{"credit lines and credits after captions",
			"Photo: baochinhphu.vn\nLe Laos et la Thaïlande renforcent leur coopération\nLe ministre lao (gauche) et son homologue thaïlandais. Photo : AKP\nLes deux ministres se sont rencontrés à Vientiane (Photo: https://example.org/a.jpg) le 3 mars.\n(Source: VNA)\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Le ministre lao (gauche) et son homologue thaïlandais.", "Les deux ministres se sont rencontrés à Vientiane", "le 3 mars."}},
		{"inline Vietnamese credit in a one-line article",
			"Hai bộ trưởng hội đàm\nSáng 3/3, hai bộ trưởng đã hội đàm tại Hà Nội. Bộ trưởng phát biểu tại hội đàm. Ảnh: Minh Đức/TTXVN Tại hội đàm, hai bên nhất trí tăng cường hợp tác. Thu Hà (TTXVN) ",
			[]string{"Hai bộ trưởng hội đàm", "Sáng 3/3, hai bộ trưởng đã hội đàm tại Hà Nội. Bộ trưởng phát biểu tại hội đàm.", "Tại hội đàm, hai bên nhất trí tăng cường hợp tác."}},
		{"inline credits: agency then photographer, photographer alone",
			"Hai bộ trưởng hội đàm\nThủ tướng phát biểu tại hội nghị. Ảnh: VGP/Nhật Bắc Theo Thủ tướng, hai nước cần hợp tác. Quang cảnh hội nghị. Ảnh: Thanh Tùng Tại hội nghị, hai bên đã ký ba văn kiện. Các đại biểu chụp ảnh chung. Ảnh: Trần Việt Dũng/TTXVN Hội nghị kết thúc tốt đẹp.",
			[]string{"Hai bộ trưởng hội đàm", "Thủ tướng phát biểu tại hội nghị.", "Theo Thủ tướng, hai nước cần hợp tác. Quang cảnh hội nghị.", "Tại hội nghị, hai bên đã ký ba văn kiện. Các đại biểu chụp ảnh chung.", "Hội nghị kết thúc tốt đẹp."}},
		{"caption artefact after a copy of the headline",
			"Le Laos et la Thaïlande renforcent leur coopération\n\nLe Laos et la Thaïlande renforcent leur coopération ảnh 1Photo : VNA\n\nLes deux ministres se sont rencontrés à Vientiane le 3 mars.\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars."}},
		{"headline with a glued caption",
			"Thailand, Malaysia boost trade hinh anh 1Thai Minister of Commerce (L) meets his Malaysian counterpart (Source: VNA)\n\nBangkok (VNA) – The two trade ministers met on March 3.\n",
			[]string{"Thailand, Malaysia boost trade", "Thai Minister of Commerce (L) meets his Malaysian counterpart", "Bangkok (VNA) – The two trade ministers met on March 3."}},
		{"slug caption artefact",
			"Hai bộ trưởng hội đàm tại Viêng Chăn\n\nSáng 3/3, hai bộ trưởng đã hội đàm.\n\nhai bo truong hoi dam tai vieng chan hinh 1\n\nHai bộ trưởng tại hội đàm.\n\nHai bên nhất trí tăng cường hợp tác.\n",
			[]string{"Hai bộ trưởng hội đàm tại Viêng Chăn", "Sáng 3/3, hai bộ trưởng đã hội đàm.", "Hai bộ trưởng tại hội đàm.", "Hai bên nhất trí tăng cường hợp tác."}},
		{"signatures closing the article",
			"Le Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés à Vientiane le 3 mars. -VNA\nPar Minh Hà\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars."}},
		{"agency on its own line and ./.",
			"Thailand, Malaysia boost trade\nThe two trade ministers met in Bangkok on March 3.\nThey agreed to double trade by 2030./.\n\nVNA\n",
			[]string{"Thailand, Malaysia boost trade", "The two trade ministers met in Bangkok on March 3.", "They agreed to double trade by 2030."}},
		{"signature after ./. on the same line",
			"Hai bộ trưởng hội đàm\nHai bên nhất trí tăng cường hợp tác trong lĩnh vực thương mại./. Thu Hà/VOV",
			[]string{"Hai bộ trưởng hội đàm", "Hai bên nhất trí tăng cường hợp tác trong lĩnh vực thương mại."}},
		{"spaced agency signature",
			"Le Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés à Vientiane. - CVN/VNA\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane."}},
		{"repeated lead keeps the copy with the dateline",
			"Thailand, Malaysia boost trade\nThe two trade ministers on March 3 agreed to double bilateral trade by 2030.\nBangkok (VNA) – The two trade ministers on March 3 agreed to double bilateral trade by 2030.\nThey also discussed tourism.\n",
			[]string{"Thailand, Malaysia boost trade", "Bangkok (VNA) – The two trade ministers on March 3 agreed to double bilateral trade by 2030.", "They also discussed tourism."}},
		{"subheadings stay",
			"Le Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés à Vientiane le 3 mars.\nUn commerce en hausse\nLes échanges ont atteint 8 milliards de dollars en 2022.\n",
			[]string{"Le Laos et la Thaïlande renforcent leur coopération", "Les deux ministres se sont rencontrés à Vientiane le 3 mars.", "Un commerce en hausse", "Les échanges ont atteint 8 milliards de dollars en 2022."}},
		{"link to another story inside the body",
			"Hai bộ trưởng hội đàm tại Viêng Chăn\nSáng 3/3, hai bộ trưởng đã hội đàm.\nXem thêm: Thủ tướng tiếp Đại sứ Lào\nHai bên nhất trí tăng cường hợp tác.\n",
			[]string{"Hai bộ trưởng hội đàm tại Viêng Chăn", "Sáng 3/3, hai bộ trưởng đã hội đàm.", "Hai bên nhất trí tăng cường hợp tác."}},
		{"CRLF line ends",
			"Thailand, Malaysia boost trade\r\nThe two trade ministers met in Bangkok on March 3.\r\nRelated\r\nOther story\r\n",
			[]string{"Thailand, Malaysia boost trade", "The two trade ministers met in Bangkok on March 3."}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, r := parseText(t, c.text)
			sameBody(t, r.body, c.want)
		})
	}
}

func TestHeadlineAndDate(t *testing.T) {
	for _, c := range []struct {
		name                             string
		text                             string
		title, lang, published, dateline string
	}{
		{"header then headline", " date 2021-05 Le Laos et la Thaïlande renforcent leur coopération\n\nLes deux ministres se sont rencontrés le 3 mai.\n",
			"Le Laos et la Thaïlande renforcent leur coopération", "fr", "2021-05", ""},
		{"header then caption with credit", " date 2021-05 Le ministre lao (gauche) et son homologue thaïlandais. Photo: VNA\n\nVientiane (VNA) - Les deux ministres se sont rencontrés le 3 mai.\n",
			"Le ministre lao (gauche) et son homologue thaïlandais.", "fr", "2021-05", "Vientiane (VNA) -"},
		{"header refined by a dateline", " date 2021-05 Titre de l'article\n\nVientiane, 3 mai (VNA) - Les deux ministres se sont rencontrés hier.\n",
			"Titre de l'article", "fr", "2021-05-03", "Vientiane, 3 mai (VNA) -"},
		{"dateline without year", "Le Laos et la Thaïlande renforcent leur coopération\n\nVientiane, 3 mai (VNA) - Les deux ministres se sont rencontrés hier.\n",
			"Le Laos et la Thaïlande renforcent leur coopération", "fr", "--05-03", "Vientiane, 3 mai (VNA) -"},
		{"dateline on its own line", "Le Laos et la Thaïlande renforcent leur coopération\n\nKPL Vientiane, 3 mai 2019 –\n\nLes deux ministres se sont rencontrés cet après-midi.\n",
			"Le Laos et la Thaïlande renforcent leur coopération", "fr", "2019-05-03", "KPL Vientiane, 3 mai 2019 –"},
		{"English dateline with year", "Thailand, Malaysia boost trade\nKuala Lumpur, March 3, 2021 – The two trade ministers met on Tuesday.\n",
			"Thailand, Malaysia boost trade", "en", "2021-03-03", "Kuala Lumpur, March 3, 2021 –"},
		{"English dateline with the agency after the date", "Thailand, Malaysia boost trade\nKuala Lumpur, March 3, 2021 BERNAMA --\nThe two trade ministers met on Tuesday.\n",
			"Thailand, Malaysia boost trade", "en", "2021-03-03", "Kuala Lumpur, March 3, 2021 BERNAMA -"},
		{"a place in capitals and a colon", "Malaysia, Thailand step up patrols\nKUALA LUMPUR: The two home ministers met today.\n",
			"Malaysia, Thailand step up patrols", "en", "", "KUALA LUMPUR: "},
		{"a sentence with a colon is no dateline", "Malaysia, Thailand step up patrols\nThe ministers said: the patrols will grow.\n",
			"Malaysia, Thailand step up patrols", "en", "", ""},
		{"agency dateline gives no date", "Thailand, Malaysia boost trade\nBangkok (VNA) – The two trade ministers met on March 3.\n",
			"Thailand, Malaysia boost trade", "en", "", "Bangkok (VNA) –"},
		{"publication line with weekday and time", "Hai bộ trưởng hội đàm tại Viêng Chăn\n\nThứ tư, 05/05/2021 09:15 AM - 2 Trả lời\n\n(CLO) Sáng 5/5, hai bộ trưởng đã hội đàm.\n",
			"Hai bộ trưởng hội đàm tại Viêng Chăn", "vi", "2021-05-05", "(CLO)"},
		{"French publication line", "Publié le 12/12/2024 à 10h30\nLe Laos et la Thaïlande renforcent leur coopération\nLes deux ministres se sont rencontrés le 11 décembre.\n",
			"Le Laos et la Thaïlande renforcent leur coopération", "fr", "2024-12-12", ""},
		{"English byline with date", "Thailand, Malaysia boost trade\nBy Nguyen Thu Ha | Updated: May 5, 2021 10:30 GMT+7\nThe two trade ministers met on May 4.\n",
			"Thailand, Malaysia boost trade", "en", "2021-05-05", ""},
		{"a bar of metadata with an agency and an editor", "Thailand, Malaysia boost trade\nSource: Bernama | 2023-07-14 09:12:40 | Editor: desk\n\nThe two trade ministers met on Friday.\n",
			"Thailand, Malaysia boost trade", "en", "2023-07-14", ""},
		{"an agency's header line with a bar", "GLOBAL WIRE - Jul 14, 2023 - 09:12 | World, Asia\n\nThailand, Malaysia boost trade\n\nThe two trade ministers met on Friday.\n",
			"Thailand, Malaysia boost trade", "en", "2023-07-14", ""},
		{"an English day-first publication line read through the dateline", "Thailand, Malaysia boost trade\n04/08/2025 05:41 PM\n\nKUALA LUMPUR, Aug 4 (Bernama) -- The two trade ministers met today.\n",
			"Thailand, Malaysia boost trade", "en", "2025-08-04", "KUALA LUMPUR, Aug 4 (Bernama) -"},
		{"an English month-first publication line read through the dateline", "Thailand, Malaysia boost trade\n08/04/2025 05:41 PM\n\nKUALA LUMPUR, Aug 4 (Bernama) -- The two trade ministers met today.\n",
			"Thailand, Malaysia boost trade", "en", "2025-08-04", "KUALA LUMPUR, Aug 4 (Bernama) -"},
		{"an English numeric line no dateline settles gives no date", "Thailand, Malaysia boost trade\n04/08/2025 05:41 PM\n\nThe two trade ministers met on Monday.\n",
			"Thailand, Malaysia boost trade", "en", "", ""},
		{"Vietnamese dateline with a day and a month", "Thứ trưởng làm việc tại Philippines\nManila, 3/6 (TTXVN) - Ngày 2/6, ông A đã tiếp ông B.\n",
			"Thứ trưởng làm việc tại Philippines", "vi", "--06-03", "Manila, 3/6 (TTXVN) -"},
		{"a byline, a dash, a date and a clock time", "Hai thành phố đẩy mạnh hợp tác\n\nLan Chi - 15/10/2024 19:05 GMT+7\n\nChiều 15.10, hai bên đã hội đàm.\n",
			"Hai thành phố đẩy mạnh hợp tác", "vi", "2024-10-15", ""},
		{"a section label, a clock time and a date", "Seoul, Hanoi discuss trade\n\nAll Headlines 16:20 November 19, 2024\n\nSEOUL, Nov. 19 (Yonhap) -- The two trade ministers met on Tuesday.\n",
			"Seoul, Hanoi discuss trade", "en", "2024-11-19", "SEOUL, Nov. 19 (Yonhap) -"},
		{"a short dated line is not a publication line", "Hai bộ trưởng hội đàm tại Viêng Chăn\nLễ ký kết ngày 4/4/2023\nHai bên đã ký ba văn kiện.\n",
			"Hai bộ trưởng hội đàm tại Viêng Chăn", "vi", "", ""},
		{"a date in the body is not the publication date", "Hai bộ trưởng hội đàm tại Viêng Chăn\nChiều 23/6, tại Hà Nội, hai bộ trưởng đã hội đàm.\n",
			"Hai bộ trưởng hội đàm tại Viêng Chăn", "vi", "", ""},
		{"an abbreviation in parentheses is not a dateline", "Le Laos et la Thaïlande renforcent leur coopération\nLe Premier ministre (PM) a reçu son homologue le 3 mars.\n",
			"Le Laos et la Thaïlande renforcent leur coopération", "fr", "", ""},
		{"a dated event sentence in the lead is not a dateline", "Thailand, Malaysia boost trade\nOn March 3, 2021, the two trade ministers met in Bangkok.\n",
			"Thailand, Malaysia boost trade", "en", "", ""},
		{"leading photo credit, lead as headline", "Photo: baochinhphu.vn\n\nVientiane (VNA) - Une réunion entre les deux pays a eu lieu du 13 au 17 juin à Vientiane.\n\nElle s'est déroulée dans une ambiance d'amitié.\n",
			"Une réunion entre les deux pays a eu lieu du 13 au 17 juin à Vientiane.", "fr", "", "Vientiane (VNA) -"},
		{"a long first line gives its first sentence", strings.Repeat("x", 0) + "Les deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce, de l'investissement, du tourisme et de la culture entre les deux pays voisins et amis de longue date. Ils ont signé trois accords de coopération dans les domaines de l'énergie, des transports et de l'éducation, et sont convenus de se revoir.\n",
			"Les deux ministres se sont rencontrés à Vientiane le 3 mars pour discuter du commerce, de l'investissement, du tourisme et de la culture entre les deux pays voisins et amis de longue date.", "fr", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, r := parseText(t, c.text)
			if r.title != c.title || r.lang != c.lang || r.published != c.published || r.dateline != c.dateline {
				t.Errorf("got title %q lang %q published %q dateline %q\nwant title %q lang %q published %q dateline %q",
					r.title, r.lang, r.published, r.dateline, c.title, c.lang, c.published, c.dateline)
			}
		})
	}
}

func TestDetectLang(t *testing.T) {
	for _, c := range []struct{ name, text, want string }{
		{"French headline", "Le Laos et la Thaïlande renforcent leur coopération", "fr"},
		{"French without function words", "Coopération décentralisée", "fr"},
		{"Vietnamese headline", "Hai bộ trưởng hội đàm tại Viêng Chăn", "vi"},
		{"Vietnamese two words", "Hội đàm", "vi"},
		{"English headline", "Thailand, Malaysia boost trade", "en"},
		{"English sentence", "The two ministers met in Bangkok on Tuesday.", "en"},
		{"English with a Vietnamese name", "Deputy Prime Minister Trần Hồng Hà met the Lao ambassador in Hanoi on Tuesday and said the two countries would work together.", "en"},
		{"French with Vietnamese names", "Le vice-Premier ministre Bùi Thanh Sơn a eu une conversation téléphonique avec son homologue cambodgien et ils ont convenu de renforcer la coopération.", "fr"},
		{"Spanish", "El presidente de Vietnam y el primer ministro de Camboya se reunieron en la capital para hablar del comercio", "es"},
		{"German", "Der Präsident und die Regierung haben sich auf einen Plan für die Zusammenarbeit geeinigt", "de"},
		{"Khmer", "សម្តេចតេជោ ហ៊ុន សែន", "km"},
		{"Lao", "ນາຍົກລັດຖະມົນຕີ ສປປ ລາວ", "lo"},
		{"Thai", "นายกรัฐมนตรีไทยพบกับนายกรัฐมนตรีมาเลเซีย", "th"},
		{"Chinese", "越南与柬埔寨加强合作", "zh"},
		{"Russian", "Вьетнам и Камбоджа укрепляют сотрудничество", "ru"},
		{"decomposed Vietnamese", "Hai bo\u0323\u0302 trươ\u0309ng ho\u0323\u0302i đa\u0300m", "vi"},
		{"error: no letters", "2023 - 12 / 01 !!!", ""},
		{"error: empty", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := DetectLang(c.text); got != c.want {
				t.Errorf("DetectLang(%q) = %q, want %q", c.text, got, c.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct {
		name    string
		text    string
		problem string
	}{
		{"empty", "", "empty text"},
		{"white space", " \n\t\r\n ", "empty text"},
		{"binary", "\x00\x01\x02PK\x03\x04 some zip bytes \x00\x00", "binary content"},
		{"only noise", "Photo: VNA\nPartager | Facebook\nVietnamPlus\n", "no article body found"},
		{"only punctuation", "*** --- ***\n!!!\n", "language not recognised"},
		{"unreadable header date", " date 2023-13 Le Laos et la Thaïlande\nLes deux ministres se sont rencontrés.\n", `header date: dates: "2023-13" is not a partial ISO date`},
		{"invalid UTF-8", "Thailand, Malaysia \xff\xfe boost trade\nThe two ministers met on March 3.\n", "invalid UTF-8 at byte 19"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p, _ := parseText(t, c.text)
			found := false
			for _, pr := range p.Problems {
				found = found || strings.Contains(pr, c.problem)
			}
			if !found {
				t.Errorf("problems %q, want one containing %q", p.Problems, c.problem)
			}
		})
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{
		" date 2023-12 Titre. Photo: VNA\n\nHanoï (VNA) - Texte le 1er décembre.\n\nVoir plus\n\nAutre",
		"Tiêu đề\nThứ ba, 04/04/2023 17:43 PM - 0 Trả lời\n(CLO) Ngày 4/4.\nN.H\nBình Luận\nTin khác\n",
		"Title hinh anh 1Caption (Source: VNA)\n\nHanoi (VNA) – Text./.\n\nVNA",
		"Tiêu đề\nNội dung. Ảnh: A B/TTXVN Tiếp theo./. Lê Tuyết/VOV ",
		"AKP Phnom Penh, 22 février 2017 –\nPar C. Nika", "\xff\x00", "(", "date 2023", "Photo:", "ảnh 1", "./.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		p := Parse(text)
		checkPage(t, text, p)
		if !p.Published.IsZero() && !p.Published.Valid() {
			t.Fatalf("invalid published %+v", p.Published)
		}
		if utf8.ValidString(text) {
			for _, s := range p.Body {
				if !utf8.ValidString(text[s.Start:s.End]) {
					t.Fatalf("span %+v cuts a character", s)
				}
			}
		}
	})
}

func ExampleParse() {
	text := "Thailand, Malaysia boost trade hinh anh 1Thai Minister of Commerce (L) meets his Malaysian counterpart (Source: VNA)\n\n" +
		"Bangkok, March 3, 2021 – The two trade ministers agreed to double trade by 2030./.\n\n" +
		"Related news\n\nMalaysia hosts regional forum\n"
	p := Parse(text)
	fmt.Println(p.Title)
	fmt.Println(p.Lang, p.Published)
	for _, s := range p.Body {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// Thailand, Malaysia boost trade
	// en 2021-03-03
	// "Thailand, Malaysia boost trade"
	// "Thai Minister of Commerce (L) meets his Malaysian counterpart"
	// "Bangkok, March 3, 2021 – The two trade ministers agreed to double trade by 2030."
}

func TestHasDigit(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"", false},
		{"Publié le 12/12/2024", true},
		{"Thứ ba, 04/04/2023", true},
		{"Par la rédaction", false},
		{"٣ مارس", false}, // dates.Find reads ASCII digits only
	} {
		if got := hasDigit(tt.s); got != tt.want {
			t.Errorf("hasDigit(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
