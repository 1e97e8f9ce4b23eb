package corpus

import (
	"fmt"
	"strings"
)

// viTitle is the Vietnamese title of an office; the partner's country
// follows the title ("Thủ tướng Campuchia").
func viTitle(o official, c country, host bool) string {
	suffix := ""
	if !host {
		suffix = " " + c.viName
	}
	switch o.office {
	case offPM:
		return "Thủ tướng" + suffix
	case offDPM:
		return "Phó Thủ tướng" + suffix
	case offNAChair:
		return "Chủ tịch Quốc hội" + suffix
	case offNAVice:
		return "Phó Chủ tịch Quốc hội" + suffix
	case offAmbassador:
		return "Đại sứ" + suffix + " tại Việt Nam"
	}
	t, _ := officeTopic(o.office)
	if host {
		return "Bộ trưởng Bộ " + t.viMinistry
	}
	return "Bộ trưởng " + t.viMinistry + suffix
}

func (w *writer) vietnamese() string {
	p, r := w.p, w.r
	vn := countries["VN"]
	pc := p.partner
	host, guest := p.host.nameIn("vi"), p.guest.nameIn("vi")
	hostIntro := viTitle(p.host, vn, true) + " " + host
	guestIntro := viTitle(p.guest, pc, false) + " " + guest
	kv := map[string]string{"H": host, "G": guest, "PC": pc.viName, "F": p.field.viField, "N": p.num,
		"Y": fmt.Sprint(p.published.Year() - 1), "Y3": fmt.Sprint(p.published.Year() + 3)}
	verb := map[string]string{"talks": "hội đàm với", "meeting": "hội kiến", "reception": "tiếp",
		"phone_call": "điện đàm với", "working_session": "làm việc với"}[p.kind]

	titles := []string{
		hostIntro + " " + verb + " " + guestIntro,
		"Việt Nam - " + pc.viName + " tăng cường hợp tác trong lĩnh vực " + p.field.viField,
		"Thúc đẩy quan hệ hữu nghị truyền thống Việt Nam - " + pc.viName,
	}
	title := oneOf(r, titles...)

	if p.noise.breadcrumb {
		w.line("Trang chủ / Thời sự / Đối ngoại")
	}
	w.line(fmt.Sprintf("%s, %s %s (GMT+7)", viWeekdays[p.published.Weekday()], p.published.Format("02/01/2006"), p.hhmm))
	if p.noise.share {
		w.line("Chia sẻ | Facebook | Zalo")
	}
	w.line("")

	when := oneOf(r, "Sáng", "Chiều", "Tối", "Ngày") + " " + viDay(p.date)
	var lead string
	if p.place != nil {
		where := p.place.vi
		if p.place.capital && p.place.country == "VN" && r.IntN(3) == 0 {
			where = oneOf(r, "Nhà Quốc hội", "Phủ Chủ tịch", "Trụ sở Chính phủ")
			if p.host.office == offNAChair || p.host.office == offNAVice {
				where = "Nhà Quốc hội"
			}
		}
		lead = fmt.Sprintf("%s, tại %s, %s đã %s %s.", when, where, hostIntro, verb, guestIntro)
	} else {
		lead = fmt.Sprintf("%s, %s đã %s %s.", when, hostIntro, verb, guestIntro)
	}
	if p.noise.lead {
		w.para("TTXVN - " + lead)
	}
	city := "Hà Nội"
	if p.place != nil {
		city = p.place.vi
	}
	w.para(oneOf(r, city+", "+viDate(p.date)+" (TTXVN) - ", city+" (TTXVN) - ", "") + lead)

	pool := []string{
		"{H} khẳng định Việt Nam luôn coi trọng và dành ưu tiên hàng đầu cho việc củng cố quan hệ hữu nghị truyền thống với {PC}.",
		"{G} cảm ơn sự đón tiếp trọng thị của Việt Nam và nhấn mạnh chuyến thăm góp phần thắt chặt hơn nữa quan hệ giữa hai nước.",
		"Hai bên nhất trí tăng cường trao đổi đoàn các cấp, thúc đẩy hợp tác trong các lĩnh vực kinh tế, thương mại, đầu tư, giáo dục và y tế.",
		"Theo {H}, kim ngạch thương mại song phương năm {Y} đạt {N} tỷ USD.",
		"Hai bên cũng trao đổi về các vấn đề khu vực và quốc tế cùng quan tâm.",
		"{G} mong muốn hai nước đẩy mạnh hợp tác trong lĩnh vực {F} và đào tạo nguồn nhân lực.",
		"Hai bên nhất trí phối hợp chặt chẽ tại các diễn đàn đa phương, nhất là ASEAN.",
		"{H} đề nghị hai bên tập trung thực hiện hiệu quả các thỏa thuận đã đạt được giữa lãnh đạo cấp cao hai nước.",
		"Hai bên nhấn mạnh tầm quan trọng của kết nối hạ tầng giao thông và tạo thuận lợi cho thương mại biên giới.",
		"{G} bày tỏ mong muốn các doanh nghiệp Việt Nam tăng cường đầu tư vào {PC}.",
		"Hai bên cam kết xây dựng đường biên giới chung hòa bình, hữu nghị, hợp tác và phát triển.",
		"Hai bên đánh giá cao kết quả kỳ họp gần nhất của Ủy ban hỗn hợp về hợp tác song phương.",
	}
	sents := w.sentences(pool, 2*p.paras+1)
	for i := 0; i < len(sents); i += 3 {
		j := min(i+3, len(sents))
		w.para(fill(strings.Join(sents[i:j], " "), kv))
	}
	if p.third != nil {
		v := "làm việc với"
		if p.thirdKind == "meeting" {
			v = "hội kiến"
		}
		w.para(fmt.Sprintf("Cùng ngày, %s đã %s %s %s.", guest, v, viTitle(*p.third, vn, true), p.third.nameIn("vi")))
	}
	if p.agreement != "" {
		doc := map[string]string{"mou": "Bản ghi nhớ hợp tác trong lĩnh vực " + p.field.viField,
			"plan":      fmt.Sprintf("Kế hoạch hợp tác giai đoạn %d-%d", p.published.Year(), p.published.Year()+3),
			"agreement": "Hiệp định hợp tác về " + p.field.viField}[p.agreement]
		w.para(fmt.Sprintf("Sau hội đàm, hai bên đã ký %s giữa Việt Nam và %s.", doc, pc.viName))
	}
	w.para(fill(oneOf(r, "Nhân dịp này, {G} mời {H} sớm sang thăm {PC}; {H} vui vẻ nhận lời.",
		"Hai bên nhất trí sẽ gặp lại vào năm tới."), kv))
	if p.noise.caption {
		w.para(hostIntro + " và " + guestIntro + ". Ảnh: TTXVN")
	}
	w.line("Tin khác")
	for _, t := range w.p.teasers {
		c := countries[t.country]
		w.line(viTitle(t, c, t.country == "VN") + " " + t.nameIn("vi") + " " +
			oneOf(r, "tiếp đoàn đại biểu cấp cao", "chủ trì hội nghị về hội nhập khu vực", "đề nghị tăng cường hợp tác"))
	}
	if p.noise.comments {
		w.line("")
		w.line("Bình luận (0)")
		w.line("Gửi bình luận")
	}
	return title
}
