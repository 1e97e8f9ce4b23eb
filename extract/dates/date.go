package dates

import (
	"fmt"
	"strconv"
	"time"
)

// Date is a partial calendar date: 0 marks an unknown part. The forms that
// mean something are year-month-day, year-month, year and month-day (year
// unknown); see String.
type Date struct{ Year, Month, Day int }

// IsZero reports whether nothing is known of the date.
func (d Date) IsZero() bool { return d.Year == 0 && d.Month == 0 && d.Day == 0 }

// String returns the partial ISO form: "2023-12-01", "2023-12", "2023" or
// "--12-01"; "" for the zero Date and for combinations that have no partial
// ISO form (a day without a month, a month without a year or day).
func (d Date) String() string {
	if !d.Valid() || d.IsZero() {
		return ""
	}
	switch {
	case d.Year > 0 && d.Month > 0 && d.Day > 0:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	case d.Year > 0 && d.Month > 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case d.Year > 0:
		return fmt.Sprintf("%04d", d.Year)
	default:
		return fmt.Sprintf("--%02d-%02d", d.Month, d.Day)
	}
}

// Valid reports whether d is the zero Date or one of the four partial ISO
// forms with parts in range (the day exists in its month; 29 February needs
// a leap year or an unknown year).
func (d Date) Valid() bool {
	if d.IsZero() {
		return true
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 12 || d.Day < 0 {
		return false
	}
	switch {
	case d.Year > 0 && d.Month > 0 && d.Day > 0:
		return d.Day <= daysIn(d.Year, d.Month)
	case d.Year > 0 && d.Month > 0 && d.Day == 0:
		return true
	case d.Year > 0 && d.Month == 0 && d.Day == 0:
		return true
	case d.Year == 0 && d.Month > 0 && d.Day > 0:
		return d.Day <= daysIn(0, d.Month)
	}
	return false
}

// HasDay reports whether year, month and day are all known.
func (d Date) HasDay() bool { return d.Year > 0 && d.Month > 0 && d.Day > 0 }

// Time returns the date as a UTC midnight time when it is a full date.
func (d Date) Time() (time.Time, bool) {
	if !d.HasDay() {
		return time.Time{}, false
	}
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC), true
}

// Compare orders dates by year, then month, then day, unknown parts (0)
// first. It returns -1, 0 or +1.
func (d Date) Compare(e Date) int {
	for _, p := range [][2]int{{d.Year, e.Year}, {d.Month, e.Month}, {d.Day, e.Day}} {
		if p[0] < p[1] {
			return -1
		}
		if p[0] > p[1] {
			return 1
		}
	}
	return 0
}

// ParseISO reads a partial ISO date: "2023-12-01", "2023-12", "2023" or
// "--12-01". The error names the value.
func ParseISO(s string) (Date, error) {
	bad := func(why string) (Date, error) {
		return Date{}, fmt.Errorf("dates: %q is not a partial ISO date (2023-12-01, 2023-12, 2023 or --12-01): %s", s, why)
	}
	var d Date
	ok1, ok2, ok3 := true, true, true
	switch {
	case len(s) == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-':
		d.Month, ok1 = digits(s[2:4])
		d.Day, ok2 = digits(s[5:7])
	case len(s) == 4:
		d.Year, ok1 = digits(s)
	case len(s) == 7 && s[4] == '-':
		d.Year, ok1 = digits(s[:4])
		d.Month, ok2 = digits(s[5:7])
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		d.Year, ok1 = digits(s[:4])
		d.Month, ok2 = digits(s[5:7])
		d.Day, ok3 = digits(s[8:10])
	default:
		return bad("unknown form")
	}
	if !ok1 || !ok2 || !ok3 {
		return bad("parts must be digits")
	}
	if len(s) != 7 || s[0] != '-' { // forms with a year
		if d.Year < 1 {
			return bad("year out of range")
		}
	}
	if len(s) >= 7 && (d.Month < 1 || d.Month > 12) {
		return bad("month out of range")
	}
	if (len(s) == 10 || s[0] == '-') && (d.Day < 1 || d.Day > daysIn(d.Year, d.Month)) {
		return bad("day out of range for its month")
	}
	return d, nil
}

// digits parses an all-ASCII-digit string.
func digits(s string) (int, bool) {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	return n, err == nil
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn is the length of a month; year 0 (unknown) allows 29 February.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y == 0 || isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	default:
		return 31
	}
}

// addDays moves a full date by n days.
func addDays(d Date, n int) Date {
	t, ok := d.Time()
	if !ok {
		return Date{}
	}
	t = t.AddDate(0, 0, n)
	return Date{t.Year(), int(t.Month()), t.Day()}
}

// dayIndex counts days from a fixed epoch, for distances between full dates.
func dayIndex(y, m, d int) int {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return int(t.Unix() / 86400)
}
