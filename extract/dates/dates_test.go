package dates

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// mention is the expected part of a Mention: its text and dates as partial ISO.
type want struct {
	text, date, until string
	relative          bool
}

func got(ms []Mention) []want {
	out := make([]want, 0, len(ms))
	for _, m := range ms {
		out = append(out, want{m.Text, m.Date.String(), m.Until.String(), m.Relative})
	}
	return out
}

type findCase struct {
	name string
	text string
	ref  Date
	want []want
}

func runFind(t *testing.T, lang string, cases []findCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ms := Find(c.text, lang, c.ref)
			g := got(ms)
			if fmt.Sprint(g) != fmt.Sprint(c.want) {
				t.Errorf("Find(%q, %q, %v)\n got  %v\n want %v", c.text, lang, c.ref, g, c.want)
			}
			checkMentions(t, c.text, ms)
		})
	}
}

// checkMentions asserts the invariants every caller relies on.
func checkMentions(t *testing.T, text string, ms []Mention) {
	t.Helper()
	prev := 0
	for _, m := range ms {
		if m.Start < prev || m.End <= m.Start || m.End > len(text) {
			t.Fatalf("mention %+v out of order or bounds (prev end %d, len %d)", m, prev, len(text))
		}
		if text[m.Start:m.End] != m.Text {
			t.Fatalf("mention text %q is not text[%d:%d] = %q", m.Text, m.Start, m.End, text[m.Start:m.End])
		}
		for _, d := range []Date{m.Date, m.Until} {
			if d.IsZero() {
				continue
			}
			if _, err := ParseISO(d.String()); err != nil {
				t.Fatalf("mention %q: date %+v is not partial ISO: %v", m.Text, d, err)
			}
		}
		if m.Date.IsZero() && !m.Relative {
			t.Fatalf("absolute mention %q without a date", m.Text)
		}
		if m.Anaphoric && (!m.Relative || !m.Date.IsZero()) {
			t.Fatalf("anaphoric mention %q: relative %v, date %v", m.Text, m.Relative, m.Date)
		}
		if !m.Until.IsZero() && m.Until.Compare(m.Date) <= 0 && m.Date.Year > 0 {
			t.Fatalf("mention %q: range end %v not after start %v", m.Text, m.Until, m.Date)
		}
		prev = m.End
	}
}

func TestFindFrench(t *testing.T) {
	ref := Date{2023, 12, 5}
	runFind(t, "fr", []findCase{
		{"day month with le", "Il s'est entretenu le 1er décembre avec son homologue.", ref,
			[]want{{"le 1er décembre", "2023-12-01", "", false}}},
		{"day month year", "signé le 1er décembre 2021 à Vientiane", ref,
			[]want{{"le 1er décembre 2021", "2021-12-01", "", false}}},
		{"ce day month", "Ils se sont réunis ce 12 décembre.", Date{2024, 12, 13},
			[]want{{"ce 12 décembre", "2024-12-12", "", false}}},
		{"range du au", "une session a eu lieu du 13 au 17 juin à Phnom Penh", Date{2022, 6, 20},
			[]want{{"du 13 au 17 juin", "2022-06-13", "2022-06-17", false}}},
		{"range with dash", "les 13-17 juin prochains", Date{2022, 6, 1},
			[]want{{"les 13-17 juin", "2022-06-13", "2022-06-17", false}}},
		{"range across months with year", "du 30 juin au 2 juillet 2023", Date{},
			[]want{{"du 30 juin au 2 juillet 2023", "2023-06-30", "2023-07-02", false}}},
		{"range et le", "entre le 3 et le 5 mars", Date{2019, 3, 10},
			[]want{{"le 3 et le 5 mars", "2019-03-03", "2019-03-05", false}}},
		{"full date", "AKP Phnom Penh, 22 février 2017 –", Date{},
			[]want{{"22 février 2017", "2017-02-22", "", false}}},
		{"no year and no reference", "a eu lieu le 21 février à Hô Chi Minh-Ville", Date{},
			[]want{{"le 21 février", "--02-21", "", false}}},
		{"December in a January article", "Le 28 décembre, le comité s'est réuni.", Date{2024, 1, 10},
			[]want{{"Le 28 décembre", "2023-12-28", "", false}}},
		{"January announced in December", "La visite est prévue le 3 janvier.", Date{2023, 12, 20},
			[]want{{"le 3 janvier", "2024-01-03", "", false}}},
		{"month reference keeps its year", "réunion le 1er décembre", Date{2023, 12, 0},
			[]want{{"le 1er décembre", "2023-12-01", "", false}}},
		{"unaccented month", "le 4 fevrier 2020", Date{},
			[]want{{"le 4 fevrier 2020", "2020-02-04", "", false}}},
		{"abbreviated month", "le 4 déc. 2020", Date{},
			[]want{{"le 4 déc. 2020", "2020-12-04", "", false}}},
		{"weekday before date", "Mardi 4 avril 2023, à Hanoï", Date{},
			[]want{{"Mardi 4 avril 2023", "2023-04-04", "", false}}},
		{"month and year", "au cours du mois de juillet 2018", Date{},
			[]want{{"juillet 2018", "2018-07", "", false}}},
		{"year with en", "les échanges ont atteint 10 milliards en 2022", Date{},
			[]want{{"en 2022", "2022", "", false}}},
		{"period of years", "le plan pour la période 2026-2030", Date{},
			[]want{{"2026-2030", "2026", "2030", false}}},
		{"numeric date", "publié le 04/04/2023 à 10h30", Date{},
			[]want{{"le 04/04/2023", "2023-04-04", "", false}}},
		{"iso date", "date 2023-12-01 Le secrétaire", Date{},
			[]want{{"2023-12-01", "2023-12-01", "", false}}},
		{"iso month", "date 2023-12 Le secrétaire", Date{},
			[]want{{"2023-12", "2023-12", "", false}}},
		{"yesterday", "Il a déclaré hier que", ref,
			[]want{{"hier", "2023-12-04", "", true}}},
		{"day before yesterday", "avant-hier, à Paris", ref,
			[]want{{"avant-hier", "2023-12-03", "", true}}},
		{"today with apostrophe", "aujourd'hui et aujourd’hui", ref,
			[]want{{"aujourd'hui", "2023-12-05", "", true}, {"aujourd’hui", "2023-12-05", "", true}}},
		{"this afternoon", "a eu cet après-midi au Palais de la Paix", Date{2017, 2, 22},
			[]want{{"cet après-midi", "2017-02-22", "", true}}},
		{"this afternoon with month reference", "cet après-midi", Date{2017, 2, 0},
			[]want{{"cet après-midi", "2017-02", "", true}}},
		{"yesterday needs a day", "hier", Date{2017, 2, 0},
			[]want{{"hier", "", "", true}}},
		{"same day is anaphoric", "Le même jour, le secrétaire général a travaillé", ref,
			[]want{{"Le même jour", "", "", true}}},
		{"weekday", "Le ministre a annoncé mardi que", ref,
			[]want{{"mardi", "2023-12-05", "", true}}},
		{"weekday before reference", "a déclaré lundi", Date{2023, 12, 7},
			[]want{{"lundi", "2023-12-04", "", true}}},
		{"future weekday skipped", "la réunion de mardi prochain", ref, []want{}},
		{"percent and clock", "environ 16% et 17:43 puis 10h30", ref, []want{}},
		{"ordinal is not a day", "la 21e réunion du Comité mixte", ref, []want{}},
	})
}

func TestFindVietnamese(t *testing.T) {
	ref := Date{2023, 4, 4}
	runFind(t, "vi", []findCase{
		{"ngày d/m", "Ngày 4/4, tại Nhà Quốc hội", ref,
			[]want{{"Ngày 4/4", "2023-04-04", "", false}}},
		{"d/m/y", "hạn chót 4/4/2023", Date{},
			[]want{{"4/4/2023", "2023-04-04", "", false}}},
		{"afternoon", "Chiều 26/6, Chủ tịch Quốc hội đã hội đàm", Date{2017, 6, 27},
			[]want{{"Chiều 26/6", "2017-06-26", "", false}}},
		{"day-month with a dash after a cue", "TTO - Sáng 21-1, tại cửa khẩu", Date{2025, 1, 21},
			[]want{{"Sáng 21-1", "2025-01-21", "", false}}},
		{"day-month with a dash, no cue", "tỉ số 2-1 nghiêng về đội khách", Date{2025, 1, 21},
			nil},
		{"day.month with a dot after a cue", "Chiều 15.10, tại trụ sở UBND", Date{2024, 10, 15},
			[]want{{"Chiều 15.10", "2024-10-15", "", false}}},
		{"a decimal-looking number with no cue", "tăng 15.10 điểm so với năm trước", Date{2024, 10, 15},
			nil},
		{"morning without reference", "sáng 18/5, Đoàn đại biểu", Date{},
			[]want{{"sáng 18/5", "--05-18", "", false}}},
		{"full date with ngày", "dự kiến tổ chức vào ngày 25/6/2017 tại Hà Nội", Date{},
			[]want{{"vào ngày 25/6/2017", "2017-06-25", "", false}}},
		{"range with dash", "sẽ được tổ chức từ ngày 13-16/7/2017 tại tỉnh Quảng Bình", Date{},
			[]want{{"từ ngày 13-16/7/2017", "2017-07-13", "2017-07-16", false}}},
		{"range with words", "thăm chính thức từ ngày 23 đến 26/6.", Date{2017, 6, 23},
			[]want{{"từ ngày 23 đến 26/6", "2017-06-23", "2017-06-26", false}}},
		{"range of full dates", "(19/5/1890 - 19/5/2024)", Date{},
			[]want{{"19/5/1890 - 19/5/2024", "1890-05-19", "2024-05-19", false}}},
		{"month and year", "vào tháng 11/2022 và tháng 7 năm 2023", Date{},
			[]want{{"vào tháng 11/2022", "2022-11", "", false}, {"tháng 7 năm 2023", "2023-07", "", false}}},
		{"written out", "ngày 4 tháng 4 năm 2023", Date{},
			[]want{{"ngày 4 tháng 4 năm 2023", "2023-04-04", "", false}}},
		{"year", "tại Campuchia vào năm 2025.", Date{},
			[]want{{"vào năm 2025", "2025", "", false}}},
		{"period", "giai đoạn 2017 – 2020", Date{},
			[]want{{"2017 – 2020", "2017", "2020", false}}},
		{"weekday with date", "Thứ ba, 04/04/2023 17:43 PM", Date{},
			[]want{{"Thứ ba, 04/04/2023", "2023-04-04", "", false}}},
		{"yesterday", "hôm qua, hôm nay và chiều nay", ref,
			[]want{{"hôm qua", "2023-04-03", "", true}, {"hôm nay", "2023-04-04", "", true}, {"chiều nay", "2023-04-04", "", true}}},
		{"yesterday glossed in parentheses", "Hôm qua (3/4), tại Hà Nội", ref,
			[]want{{"Hôm qua (3/4)", "2023-04-03", "", false}}},
		{"yesterday glossed, no reference", "Chiều qua (28/3), đoàn đã tới", Date{},
			[]want{{"Chiều qua (28/3)", "--03-28", "", false}}},
		{"parentheses that are no date stay out", "hôm qua (3 đoàn) đã tới", ref,
			[]want{{"hôm qua", "2023-04-03", "", true}}},
		{"same day", "Cùng ngày, hai đoàn đã hội đàm", ref,
			[]want{{"Cùng ngày", "", "", true}}},
		{"weekday", "Sáng thứ Hai, đoàn đã tới", ref,
			[]want{{"Sáng thứ Hai", "2023-04-03", "", true}}},
		{"ordinal is not a weekday", "Hội nghị lần thứ 3 và lần thứ ba", ref, []want{}},
		{"duration", "trong vòng 2 – 3 ngày tại Việt Nam", ref, []want{}},
		{"fraction without cue", "chiếm 1/3 dân số, 86% và AIPA-43", ref, []want{}},
		{"legal number", "Nghị định số 15/2023/NĐ-CP", ref, []want{}},
		{"quarter", "quý I/2024", ref, []want{}},
		{"zero padded without cue", "cập nhật 04/04 lúc 17:43", ref,
			[]want{{"04/04", "2023-04-04", "", false}}},
	})
}

func TestFindEnglish(t *testing.T) {
	ref := Date{2023, 2, 14}
	runFind(t, "en", []findCase{
		{"on month day", "Hun Sen, who is on an official visit to Laos, on February 13 agreed", ref,
			[]want{{"on February 13", "2023-02-13", "", false}}},
		{"yesterday glossed in parentheses", "Hanoi (VNA) - The minister yesterday (Feb. 13) received", ref,
			[]want{{"yesterday (Feb. 13)", "2023-02-13", "", false}}},
		{"month day without reference", "Nguyen Quoc Hung on October 15 called for", Date{},
			[]want{{"on October 15", "--10-15", "", false}}},
		{"abbreviated with year", "signed on Feb. 13, 2023, in Vientiane", Date{},
			[]want{{"on Feb. 13, 2023", "2023-02-13", "", false}}},
		{"dateline", "Hanoi, August 22, 2018 – The", Date{},
			[]want{{"August 22, 2018", "2018-08-22", "", false}}},
		{"day month year", "on 13 February 2023", Date{},
			[]want{{"on 13 February 2023", "2023-02-13", "", false}}},
		{"ordinal of", "the 13th of February", ref,
			[]want{{"the 13th of February", "2023-02-13", "", false}}},
		{"range", "from February 13-15", ref,
			[]want{{"from February 13-15", "2023-02-13", "2023-02-15", false}}},
		{"range across months", "from February 28 to March 2, 2024", Date{},
			[]want{{"from February 28 to March 2, 2024", "2024-02-28", "2024-03-02", false}}},
		{"month year", "in March 2023", Date{},
			[]want{{"in March 2023", "2023-03", "", false}}},
		{"year", "in 2023 and since 1993", Date{},
			[]want{{"in 2023", "2023", "", false}, {"since 1993", "1993", "", false}}},
		{"period", "strategic partnership for 2023-2027 between", Date{},
			[]want{{"2023-2027", "2023", "2027", false}}},
		{"weekday", "The ministers met on Tuesday in Hanoi", Date{2023, 2, 16},
			[]want{{"on Tuesday", "2023-02-14", "", true}}},
		{"yesterday", "yesterday and this morning", ref,
			[]want{{"yesterday", "2023-02-13", "", true}, {"this morning", "2023-02-14", "", true}}},
		{"unambiguous us numeric", "10/15/2023 and 15/10/2023", Date{},
			[]want{{"10/15/2023", "2023-10-15", "", false}, {"15/10/2023", "2023-10-15", "", false}}},
		{"ambiguous numeric skipped", "on 10/11/2023 and 10/15", Date{}, []want{}},
		{"last week skipped", "last week and next Tuesday", ref, []want{}},
		{"modal may", "they may 5 times", ref, []want{}},
		{"percentage", "demarcation is now 86% complete", ref, []want{}},
	})
}

func TestFindErrors(t *testing.T) {
	for _, c := range []struct {
		name, lang, text string
	}{
		{"empty", "fr", ""},
		{"spaces", "vi", " \n\t "},
		{"invalid day", "vi", "ngày 31/2 và ngày 30/2/2023"},
		{"invalid month", "vi", "ngày 13/13"},
		{"invalid french day", "fr", "le 32 décembre et le 31 avril 2023"},
		{"february 29 in a common year", "en", "February 29, 2023"},
		{"zero day", "vi", "ngày 0/4"},
		{"garbage", "fr", "@@@ ### 12//12 ::: --- ..."},
		{"binary", "en", "\x00\x01\xff\xfe February\x00 13"},
		{"huge number", "vi", "ngày 99999999999999999999/4"},
		{"lone numbers", "en", "1 2 3 12 31 2023"},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Find(c.text, c.lang, Date{2023, 4, 4})
			if len(ms) != 0 {
				t.Errorf("Find(%q) = %v, want no mention", c.text, got(ms))
			}
		})
	}
}

func TestAnaphoric(t *testing.T) {
	for _, c := range []struct {
		name, lang, text string
		anaphoric        bool
	}{
		{"le même jour", "fr", "Le même jour, il a reçu", true},
		{"cùng ngày", "vi", "Cùng ngày, đoàn đã", true},
		{"the same day", "en", "On the same day, he met", true},
		{"yesterday without a known day", "fr", "hier", false},
		{"weekday without a full reference", "en", "on Tuesday", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms := Find(c.text, c.lang, Date{Year: 2023, Month: 4})
			if len(ms) != 1 || ms[0].Anaphoric != c.anaphoric || !ms[0].Date.IsZero() || !ms[0].Relative {
				t.Errorf("Find(%q) = %+v, want one relative mention, zero date, anaphoric %v", c.text, ms, c.anaphoric)
			}
		})
	}
}

func TestFindUnknownLanguage(t *testing.T) {
	// An unknown language tries the three: English month first, French day
	// first, Vietnamese numeric day/month after a cue.
	ms := Find("February 13; le 1er décembre; ngày 4/4", "", Date{2023, 4, 10})
	g := fmt.Sprint(got(ms))
	w := fmt.Sprint([]want{{"February 13", "2023-02-13", "", false}, {"le 1er décembre", "2022-12-01", "", false}, {"ngày 4/4", "2023-04-04", "", false}})
	if g != w {
		t.Errorf("got %s, want %s", g, w)
	}
}

func TestFindNFD(t *testing.T) {
	// Decomposed Vietnamese (tone marks as combining characters) reads the same.
	text := "Chiều nay và ngày 4/4"
	nfd := "Chie\u0302\u0300u nay va\u0300 nga\u0300y 4/4"
	a, b := got(Find(text, "vi", Date{2023, 4, 5})), got(Find(nfd, "vi", Date{2023, 4, 5}))
	if len(a) != 2 || len(b) != 2 || a[0].date != b[0].date || a[1].date != b[1].date {
		t.Errorf("NFC %v, NFD %v", a, b)
	}
}

func TestDateString(t *testing.T) {
	for _, c := range []struct {
		name string
		d    Date
		want string
	}{
		{"day", Date{2023, 12, 1}, "2023-12-01"},
		{"month", Date{2023, 12, 0}, "2023-12"},
		{"year", Date{2023, 0, 0}, "2023"},
		{"month day", Date{0, 12, 1}, "--12-01"},
		{"zero", Date{}, ""},
		{"error: day without month", Date{2023, 0, 5}, ""},
		{"error: month alone", Date{0, 12, 0}, ""},
		{"error: 31 February", Date{2023, 2, 31}, ""},
		{"error: month 13", Date{2023, 13, 1}, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			if g := c.d.String(); g != c.want {
				t.Errorf("%+v.String() = %q, want %q", c.d, g, c.want)
			}
		})
	}
}

func TestParseISO(t *testing.T) {
	for _, c := range []struct {
		in   string
		want Date
	}{
		{"2023-12-01", Date{2023, 12, 1}},
		{"2023-12", Date{2023, 12, 0}},
		{"2023", Date{2023, 0, 0}},
		{"--12-01", Date{0, 12, 1}},
		{"--02-29", Date{0, 2, 29}},
		{"2024-02-29", Date{2024, 2, 29}},
	} {
		t.Run(c.in, func(t *testing.T) {
			d, err := ParseISO(c.in)
			if err != nil || d != c.want {
				t.Fatalf("ParseISO(%q) = %+v, %v; want %+v", c.in, d, err, c.want)
			}
			if d.String() != c.in {
				t.Errorf("round trip: %q -> %q", c.in, d.String())
			}
		})
	}
	for _, in := range []string{"", "20231201", "2023-13", "2023-00", "2023-02-30", "2023-02-29", "--13-01",
		"--02-30", "0000", "0000-12", "--00-00", "2023-1-1", "abcd", "2023-12-01T10:00", "12/01/2023", "-2023"} {
		t.Run("error "+in, func(t *testing.T) {
			_, err := ParseISO(in)
			if err == nil {
				t.Fatalf("ParseISO(%q): no error", in)
			}
			if !strings.Contains(err.Error(), fmt.Sprintf("%q", in)) {
				t.Errorf("error %q does not name the value", err)
			}
		})
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		"le 1er décembre 2023", "du 13 au 17 juin", "từ ngày 13-16/7/2017", "Thứ ba, 04/04/2023 17:43",
		"on Feb. 13, 2023", "from February 28 to March 2", "2023-2027", "hôm qua", "aujourd'hui",
		"19/5/1890 - 19/5/2024", "\xff\xfe", "thứ", "ngày 4 tháng", "February 13-", "le 13 au",
	} {
		for _, lang := range []string{"fr", "vi", "en", ""} {
			f.Add(s, lang, 2023, 4, 4)
		}
	}
	f.Fuzz(func(t *testing.T, text, lang string, y, m, d int) {
		ref := Date{y, m, d}
		ms := Find(text, lang, ref)
		checkMentions(t, text, ms)
		if byLines := findByLines(text, lang, ref); !reflect.DeepEqual(byLines, ms) {
			t.Fatalf("line by line %+v, whole text %+v", byLines, ms)
		}
		if !utf8.ValidString(text) {
			return
		}
		for _, mm := range ms {
			if !utf8.ValidString(mm.Text) {
				t.Fatalf("mention %q cuts a character", mm.Text)
			}
		}
	})
}

// findByLines is Find line by line, through AppendFind.
func findByLines(text, lang string, ref Date) []Mention {
	var out []Mention
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		out = AppendFind(out, text, start, end, lang, ref)
		start = end + 1
	}
	return out
}

// TestFindByLines: no mention spans a line, so the lines of a text read
// one by one give Find's mentions (the extractor skips the lines outside
// the body).
func TestFindByLines(t *testing.T) {
	files, err := filepath.Glob("../../testdata/articles/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, lang := range []string{"fr", "vi", "en", ""} {
			text := string(data)
			want := Find(text, lang, Date{2023, 4, 4})
			if got := findByLines(text, lang, Date{2023, 4, 4}); !reflect.DeepEqual(got, want) {
				t.Errorf("%s (%s): line by line %+v, whole text %+v", f, lang, got, want)
			}
		}
	}
}

func ExampleFind() {
	text := "Hanoï (VNA) - Le secrétaire général s'est entretenu le 1er décembre avec son homologue. Le même jour, il a reçu le vice-ministre."
	for _, m := range Find(text, "fr", Date{Year: 2023, Month: 12}) {
		fmt.Printf("%q %q relative=%v\n", m.Text, m.Date.String(), m.Relative)
	}
	for _, m := range Find("Từ ngày 13-16/7/2017, tại tỉnh Quảng Bình", "vi", Date{}) {
		fmt.Printf("%q %s..%s\n", m.Text, m.Date, m.Until)
	}
	// Output:
	// "le 1er décembre" "2023-12-01" relative=false
	// "Le même jour" "" relative=true
	// "Từ ngày 13-16/7/2017" 2017-07-13..2017-07-16
}

func ExampleParseISO() {
	d, err := ParseISO("--07-18")
	fmt.Println(d.Month, d.Day, err)
	_, err = ParseISO("2023-02-30")
	fmt.Println(err)
	// Output:
	// 7 18 <nil>
	// dates: "2023-02-30" is not a partial ISO date (2023-12-01, 2023-12, 2023 or --12-01): day out of range for its month
}
