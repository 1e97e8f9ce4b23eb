package dates

// Distances (in days) that decide the year of a day and month written
// without one: a date more than lateDays after the reference is last
// year's (a "28 décembre" in a January article); one more than earlyDays
// before it is next year's (a "3 janvier" announced in December).
const (
	lateDays  = 60
	earlyDays = 300
)

// resolve validates a raw day/month/year and fills a missing year from the
// reference. It never invents a year the reference does not have.
func (m *matcher) resolve(raw Date) (Date, bool) {
	if raw.Month < 1 || raw.Month > 12 || raw.Day < 0 {
		return Date{}, false
	}
	if raw.Year > 0 || m.ref.Year == 0 {
		if raw.Year == 0 && raw.Day == 0 {
			return Date{}, false // a month alone has no partial ISO form
		}
		return raw, raw.Valid()
	}
	y := m.ref.Year
	if m.ref.Month > 0 && raw.Day > 0 {
		refEnd := m.ref.Day
		if refEnd == 0 {
			refEnd = daysIn(y, m.ref.Month)
		}
		refIdx := dayIndex(y, m.ref.Month, refEnd)
		day := raw.Day
		if day > daysIn(y, raw.Month) { // 29 February of a common year
			day = daysIn(y, raw.Month)
		}
		switch idx := dayIndex(y, raw.Month, day); {
		case idx-refIdx > lateDays:
			y--
		case m.ref.Day > 0 && refIdx-idx > earlyDays:
			y++
		}
	} else if m.ref.Month > 0 && raw.Month > m.ref.Month+2 {
		y-- // a month alone, well after the reference's month
	}
	d := Date{y, raw.Month, raw.Day}
	if !d.Valid() {
		return Date{}, false
	}
	return d, true
}

// resolveRange resolves both ends of a range; a year written on one end
// only goes to the other (moved across a new year when needed).
func (m *matcher) resolveRange(a, b Date) (Date, Date, bool) {
	switch {
	case a.Year == 0 && b.Year > 0:
		a.Year = b.Year
		if a.Month > b.Month {
			a.Year--
		}
	case a.Year > 0 && b.Year == 0:
		b.Year = a.Year
		if b.Month < a.Month {
			b.Year++
		}
	}
	if a.Year == 0 {
		d, ok := m.resolve(a)
		if !ok {
			return Date{}, Date{}, false
		}
		u := Date{Month: b.Month, Day: b.Day}
		if d.Year > 0 {
			u.Year = d.Year
			if u.Month < d.Month {
				u.Year++
			}
		}
		if !u.Valid() {
			return Date{}, Date{}, false
		}
		if d.Year > 0 && u.Compare(d) <= 0 || d.Year == 0 && u.Month == d.Month && u.Day <= d.Day {
			return Date{}, Date{}, false
		}
		return d, u, true
	}
	if !a.Valid() || !b.Valid() || b.Compare(a) <= 0 || a.Month == 0 && a.Day > 0 || b.Month == 0 && b.Day > 0 {
		return Date{}, Date{}, false
	}
	return a, b, true
}

// shift resolves a relative day (offset days from the reference).
func (m *matcher) shift(offset int) Date {
	ref := m.ref
	switch {
	case offset == 0:
		return ref
	case ref.HasDay():
		return addDays(ref, offset)
	case ref.Year == 0 && ref.Month > 0 && ref.Day > 0:
		d := ref.Day + offset
		// Stay inside the month; 29 February is unknowable without a year.
		if d >= 1 && d <= daysIn(0, ref.Month) && !(ref.Month == 2 && d == 29) {
			return Date{Month: ref.Month, Day: d}
		}
	}
	return Date{}
}

// lastWeekday is the most recent date on or before the reference that falls
// on weekday wd (0 = Sunday); zero unless the reference is a full date.
func (m *matcher) lastWeekday(wd int) Date {
	t, ok := m.ref.Time()
	if !ok {
		return Date{}
	}
	back := (int(t.Weekday()) - wd + 7) % 7
	t = t.AddDate(0, 0, -back)
	return Date{t.Year(), int(t.Month()), t.Day()}
}
