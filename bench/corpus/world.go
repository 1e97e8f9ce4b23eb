package corpus

import (
	"fmt"
	"time"
)

// country is how each language writes a country.
type country struct {
	code string
	// French: name, "du Cambodge" form, "au Cambodge" form, adjective (m, f).
	frName, frOf, frIn, frAdjM, frAdjF string
	// English: name and adjective.
	enName, enAdj string
	// Vietnamese name.
	viName string
	// Agency of the country (dateline credit).
	agency string
}

var countries = map[string]country{
	"VN": {code: "VN", frName: "Vietnam", frOf: "du Vietnam", frIn: "au Vietnam", frAdjM: "vietnamien", frAdjF: "vietnamienne",
		enName: "Vietnam", enAdj: "Vietnamese", viName: "Việt Nam", agency: "VNA"},
	"KH": {code: "KH", frName: "Cambodge", frOf: "du Cambodge", frIn: "au Cambodge", frAdjM: "cambodgien", frAdjF: "cambodgienne",
		enName: "Cambodia", enAdj: "Cambodian", viName: "Campuchia", agency: "AKP"},
	"LA": {code: "LA", frName: "Laos", frOf: "du Laos", frIn: "au Laos", frAdjM: "laotien", frAdjF: "laotienne",
		enName: "Laos", enAdj: "Lao", viName: "Lào", agency: "KPL"},
	"TH": {code: "TH", frName: "Thaïlande", frOf: "de la Thaïlande", frIn: "en Thaïlande", frAdjM: "thaïlandais", frAdjF: "thaïlandaise",
		enName: "Thailand", enAdj: "Thai", viName: "Thái Lan", agency: "TNA"},
}

// partners are the countries Vietnam meets in the corpus, with weights.
var partners = []weighted[string]{{"KH", 45}, {"LA", 40}, {"TH", 15}}

// place is a city where meetings are held: its names per language and
// whether it is the capital.
type place struct {
	country        string
	fr, en, vi     string
	capital        bool
	canonicalASCII string // the name the truth records (first lexicon name)
}

var places = []place{
	{country: "VN", fr: "Hanoï", en: "Hanoi", vi: "Hà Nội", capital: true, canonicalASCII: "Hanoi"},
	{country: "VN", fr: "Hô Chi Minh-Ville", en: "Ho Chi Minh City", vi: "Thành phố Hồ Chí Minh", canonicalASCII: "Ho Chi Minh City"},
	{country: "VN", fr: "Da Nang", en: "Da Nang", vi: "Đà Nẵng", canonicalASCII: "Da Nang"},
	{country: "KH", fr: "Phnom Penh", en: "Phnom Penh", vi: "Phnom Penh", capital: true, canonicalASCII: "Phnom Penh"},
	{country: "KH", fr: "Siem Reap", en: "Siem Reap", vi: "Xiêm Riệp", canonicalASCII: "Siem Reap"},
	{country: "LA", fr: "Vientiane", en: "Vientiane", vi: "Viêng Chăn", capital: true, canonicalASCII: "Vientiane"},
	{country: "LA", fr: "Luang Prabang", en: "Luang Prabang", vi: "Luông Pha-băng", canonicalASCII: "Luang Prabang"},
	{country: "TH", fr: "Bangkok", en: "Bangkok", vi: "Băng Cốc", capital: true, canonicalASCII: "Bangkok"},
}

func placesOf(code string) []place {
	var out []place
	for _, p := range places {
		if p.country == code {
			out = append(out, p)
		}
	}
	return out
}

// topic is a ministry's field, as each language names the ministry and
// the field of cooperation.
type topic struct {
	key string
	// French: "des Affaires étrangères"; the field "la santé".
	frMinistry, frField string
	// English: "Foreign Affairs"; the field "health".
	enMinistry, enField string
	// Vietnamese: "Ngoại giao"; the field "y tế".
	viMinistry, viField string
}

var topics = []topic{
	{"foreign-affairs", "des Affaires étrangères", "la diplomatie", "Foreign Affairs", "diplomacy", "Ngoại giao", "ngoại giao"},
	{"defence", "de la Défense", "la défense", "Defence", "defence", "Quốc phòng", "quốc phòng"},
	{"finance", "des Finances", "les finances", "Finance", "finance", "Tài chính", "tài chính"},
	{"health", "de la Santé", "la santé", "Health", "health", "Y tế", "y tế"},
	{"justice", "de la Justice", "la justice", "Justice", "justice", "Tư pháp", "tư pháp"},
	{"commerce", "du Commerce", "le commerce", "Commerce", "trade", "Thương mại", "thương mại"},
	{"interior", "de l'Intérieur", "l'administration", "Home Affairs", "public administration", "Nội vụ", "nội vụ"},
	{"transport", "des Transports", "les transports", "Transport", "transport", "Giao thông vận tải", "giao thông vận tải"},
	{"construction", "de la Construction", "la construction", "Construction", "construction", "Xây dựng", "xây dựng"},
	{"tourism", "du Tourisme", "le tourisme", "Tourism", "tourism", "Du lịch", "du lịch"},
}

// Office kinds. Every person holds one office for good, so the same
// person carries the same title in every article.
const (
	offPM         = 0
	offDPM        = 1
	offMinister   = 2 // + topic index
	offNAChair    = offMinister + 10
	offNAVice     = offNAChair + 1
	offAmbassador = offNAVice + 1
	numOffices    = offAmbassador + 1
)

func officeTopic(o int) (topic, bool) {
	if o >= offMinister && o < offMinister+len(topics) {
		return topics[o-offMinister], true
	}
	return topic{}, false
}

// officeKey names an office in the truth: "pm", "minister:health", ...
func officeKey(o int) string {
	switch o {
	case offPM:
		return "pm"
	case offDPM:
		return "dpm"
	case offNAChair:
		return "na-chair"
	case offNAVice:
		return "na-vice"
	case offAmbassador:
		return "ambassador"
	}
	if t, ok := officeTopic(o); ok {
		return "minister:" + t.key
	}
	return fmt.Sprintf("office-%d", o)
}

// poolSize is how many people held an office in a country over the
// corpus: a few for the head of government, more for ministers. It grows
// slowly with the corpus so that a large archive still sees the same
// officials again and again, as a real one does.
func poolSize(office, n int) int {
	var s int
	switch office {
	case offPM, offNAChair:
		s = 2 + n/5000
	case offDPM:
		s = 4 + n/1000
	case offAmbassador:
		s = 2 + n/2000
	default:
		s = 3 + n/2000
	}
	return min(s, maxPool)
}

// maxPool bounds each office's pool so that every country's name space
// (the smallest is about 14,000 names) holds all its officials.
const maxPool = 600

// Month names.
var (
	frMonths = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
		"septembre", "octobre", "novembre", "décembre"}
	enMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	frWeekdays = []string{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}
	viWeekdays = []string{"Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"}
)

func frDay(t time.Time) string {
	if t.Day() == 1 {
		return "1er " + frMonths[t.Month()-1]
	}
	return fmt.Sprintf("%d %s", t.Day(), frMonths[t.Month()-1])
}

func frDate(t time.Time) string { return fmt.Sprintf("%s %d", frDay(t), t.Year()) }

func enDay(t time.Time) string { return fmt.Sprintf("%s %d", enMonths[t.Month()-1], t.Day()) }

func enDate(t time.Time) string {
	return fmt.Sprintf("%s %d, %d", enMonths[t.Month()-1], t.Day(), t.Year())
}

func viDay(t time.Time) string { return fmt.Sprintf("%d/%d", t.Day(), int(t.Month())) }

func viDate(t time.Time) string {
	return fmt.Sprintf("ngày %d/%d/%d", t.Day(), int(t.Month()), t.Year())
}

// weighted is one choice and its weight.
type weighted[T any] struct {
	v T
	w int
}
