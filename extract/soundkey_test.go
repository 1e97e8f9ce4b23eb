package extract

import "testing"

// A name written by sound in Vietnamese and its romanisation are one key;
// different names are not.
func TestSoundKey(t *testing.T) {
	same := [][2]string{
		{"Xỏn-xay Xi-phăn-đon", "Sonexay Siphandone"},
		{"Thoong-lun Xi-xu-lít", "Thongloun Sisoulith"},
		{"Hun Xen", "Hun Sen"},
		{"Pra-bô-vô Xu-bi-an-tô", "Prabowo Subianto"},
		{"Xrét-thả Tha-vi-xin", "Srettha Thavisin"},
		{"Phôm-ma-chăn", "Phommachanh"},
		{"Khăm Chăn Phôm Sẻng Sạ Văn", "Khamchanh Phomsengsavanh"},
		{"Bun-nhăng Vo-ra-chít", "Bounnhang Vorachith"},
	}
	for _, p := range same {
		if a, b := soundKey(p[0]), soundKey(p[1]); a != b {
			t.Errorf("soundKey(%q) = %q, soundKey(%q) = %q: want one key", p[0], a, p[1], b)
		}
	}
	differ := [][2]string{
		{"Chea Sim", "Chea Sam"},
		{"Hun Sen", "Hun Manet"},
		{"Sok An", "Sok Eng"},
		{"Li Qiang", "Li Keqiang"},
	}
	for _, p := range differ {
		if a, b := soundKey(p[0]), soundKey(p[1]); a == b {
			t.Errorf("soundKey(%q) = soundKey(%q) = %q: want two keys", p[0], p[1], a)
		}
	}
}

// A Lao official written by sound in a Vietnamese article and romanised in
// an English one gets one id.
func TestTranscribedNamesOneID(t *testing.T) {
	x := newTestExtractor(t)
	ids := map[string]bool{}
	for _, in := range []Input{
		{Source: "vi", Lang: "vi", Text: "Chiều 5/6, Thủ tướng Phạm Văn Hùng hội đàm với Thủ tướng Lào Xỏn-xay Phôm-ma-vông."},
		{Source: "en", Lang: "en", Text: "Prime Minister Pham Van Hung held talks with Lao Prime Minister Sonexay Phommavong on June 5."},
	} {
		d := x.Extract(in)
		for _, e := range d.Entities {
			if e.Type == "Person" && e.Country != nil && *e.Country == "LA" {
				ids[e.ID] = true
			}
		}
	}
	if len(ids) != 1 {
		t.Errorf("want one id for the Lao prime minister, got %v", ids)
	}
}
