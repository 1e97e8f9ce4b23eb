package dates

import "strings"

// phrase is a relative expression: words to match (lower-cased; "'" and
// "-" match any apostrophe or dash) and the day offset from the reference.
type phrase struct {
	words     []string
	offset    int
	anaphoric bool // "le même jour": the date of the event told before, not of the reference
}

func phrases(spec string) []phrase {
	var out []phrase
	for _, line := range strings.Split(spec, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		f := strings.Fields(line)
		p := phrase{words: f[1:]}
		switch f[0] {
		case "same":
			p.anaphoric = true
		case "-2":
			p.offset = -2
		case "-1":
			p.offset = -1
		case "+1":
			p.offset = 1
		}
		out = append(out, p)
	}
	return out
}

// Longer phrases come first where one starts another.
var (
	phrasesFR = phrases(`
		0 aujourd ' hui
		-2 avant - hier
		-1 hier
		+1 demain
		0 ce matin
		0 cet après - midi
		0 cet apres - midi
		0 ce soir
		0 cette nuit
		same le même jour
		same le meme jour
		same ce jour - là
		same ce même jour`)
	phrasesVI = phrases(`
		0 ngày hôm nay
		-1 ngày hôm qua
		0 hôm nay
		-1 hôm qua
		-2 hôm kia
		0 sáng nay
		0 trưa nay
		0 chiều nay
		0 tối nay
		0 đêm nay
		-1 sáng qua
		-1 trưa qua
		-1 chiều qua
		-1 tối qua
		-1 đêm qua
		+1 ngày mai
		same cùng ngày
		same ngày hôm đó
		same hôm đó`)
	phrasesEN = phrases(`
		0 earlier today
		0 today
		-1 yesterday
		+1 tomorrow
		0 tonight
		0 this morning
		0 this afternoon
		0 this evening
		same the same day
		same that day
		same on the same day`)
	phrasesAny = append(append(append([]phrase{}, phrasesEN...), phrasesFR...), phrasesVI...)
)

// relative matches a relative phrase at token i.
func (m *matcher) relative(i int) (match, bool) {
	t := &m.t[i]
	if t.kind != kWord || t.ei == 0 {
		return match{}, false
	}
	for _, p := range t.ent().starts {
		j, ok := i, true
		for _, w := range p.words[1:] {
			j = m.next(j)
			if j < 0 || !m.phraseWord(j, w) {
				ok = false
				break
			}
			// Words of a phrase stand apart; "'" and "-" glue them.
			if w != "'" && w != "-" && !m.t[j].space && !m.punct(j-1, '\'', '’', '-', '‐', '‑') {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		if p.anaphoric {
			return match{end: j, relative: true, anaph: true}, true
		}
		return match{end: j, d: m.shift(p.offset), relative: true}, true
	}
	return match{}, false
}

func (m *matcher) phraseWord(j int, w string) bool {
	switch w {
	case "'":
		return m.punct(j, '\'', '’', 'ʼ')
	case "-":
		return m.dash(j)
	}
	return m.t[j].kind == kWord && m.t[j].ei != 0 && m.t[j].ent().w == w
}

// weekdayWords returns how many tokens a weekday name takes at i (mardi,
// Tuesday, thứ Ba, thứ 3, chủ nhật), or 0.
func (m *matcher) weekdayWords(i int) int {
	if _, n := m.weekday(i); n > 0 {
		return n
	}
	return 0
}

// weekday reads a weekday name at i: its number (0 = Sunday) and length in tokens.
func (m *matcher) weekday(i int) (int, int) {
	if i < 0 || i >= len(m.t) || m.t[i].kind != kWord || m.t[i].ei == 0 {
		return 0, 0
	}
	if t := &m.t[i]; t.wday > 0 {
		if t.flags&fNeedCap != 0 && !t.cap {
			return 0, 0
		}
		return int(t.wday) - 1, 1
	}
	if m.lang != "fr" && m.lang != "en" {
		j := m.next(i)
		switch m.t[i].ent().w {
		case "thứ":
			if j < 0 {
				return 0, 0
			}
			if m.t[j].kind == kNum && m.t[j].ndig == 1 && m.v(j) >= 2 && m.v(j) <= 7 {
				return m.v(j) - 1, 2
			}
			if m.t[j].kind == kWord && m.t[j].ei != 0 {
				if wd, ok := viWeekday[m.t[j].ent().w]; ok {
					return int(wd) - 1, 2
				}
			}
		case "chủ":
			if m.word(j, "nhật") {
				return 0, 2
			}
		}
	}
	return 0, 0
}

// weekdayAlone matches a weekday named without a date (mardi, on Tuesday,
// thứ Ba): the most recent such day on or before the reference.
func (m *matcher) weekdayAlone(i int) (match, bool) {
	wd, n := m.weekday(i)
	if n == 0 {
		return match{}, false
	}
	end := i + n - 1
	after := m.next(end)
	// Future weekdays (mardi prochain, next Tuesday, thứ Ba tới) are not past events.
	if m.word(after, "prochain") || m.word(after, "tới") || m.word(after, "sau") || m.word(after, "tuần") {
		return match{}, false
	}
	if i > 0 && !m.t[i].nl && (m.word(i-1, "next") || m.word(i-1, "coming")) {
		return match{}, false
	}
	if n == 2 && m.t[i].ent().w == "thứ" {
		// "thứ ba" is also "third" (lần thứ ba): a weekday only when
		// capitalised (thứ Ba) or after a time-of-day or date cue.
		prevCue := i > 0 && !m.t[i].nl && m.flag(i-1, fPrefix)
		if !m.t[i+1].cap && !prevCue {
			return match{}, false
		}
		if m.t[i+1].kind == kNum && !prevCue {
			return match{}, false
		}
	}
	return match{end: end, d: m.lastWeekday(wd), relative: true}, true
}
