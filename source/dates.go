package source

import (
	"strconv"
	"time"
)

// dateLayouts are the full timestamps met in feeds, JSON records and meta
// tags besides ISO 8601 (which partialDate reads by pattern).
var dateLayouts = []string{
	time.RFC1123Z, time.RFC1123, time.RFC822Z, time.RFC822,
	"Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", "2 Jan 2006",
}

func parseTime(layout, s string) (time.Time, error) { return time.Parse(layout, s) }

// validDate checks that the digits name a real calendar day.
func validDate(y, m, d string) bool {
	yi, err1 := strconv.Atoi(y)
	mi, err2 := strconv.Atoi(m)
	di, err3 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || err3 != nil || mi < 1 || mi > 12 || di < 1 {
		return false
	}
	t := time.Date(yi, time.Month(mi), di, 0, 0, 0, 0, time.UTC)
	return t.Day() == di && int(t.Month()) == mi
}
