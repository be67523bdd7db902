package graph

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a partial ISO date: a year, a month of a year, or a day. The zero
// Date is unset (an open end when used in an Interval).
type Date struct {
	Year  int
	Month int // 0 when only the year is known
	Day   int // 0 when only the year or month is known
}

// ParseDate parses YYYY, YYYY-MM or YYYY-MM-DD.
func ParseDate(s string) (Date, error) {
	bad := fmt.Errorf("invalid date %q (want YYYY, YYYY-MM or YYYY-MM-DD)", s)
	parts := strings.Split(s, "-")
	if len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, bad
	}
	var d Date
	var err error
	if d.Year, err = atoiDigits(parts[0]); err != nil || d.Year == 0 {
		return Date{}, bad
	}
	if len(parts) >= 2 {
		if len(parts[1]) != 2 {
			return Date{}, bad
		}
		if d.Month, err = atoiDigits(parts[1]); err != nil {
			return Date{}, bad
		}
		if d.Month < 1 || d.Month > 12 {
			return Date{}, fmt.Errorf("invalid date %q: month %d out of range", s, d.Month)
		}
	}
	if len(parts) == 3 {
		if len(parts[2]) != 2 {
			return Date{}, bad
		}
		if d.Day, err = atoiDigits(parts[2]); err != nil {
			return Date{}, bad
		}
		if n := daysIn(d.Year, d.Month); d.Day < 1 || d.Day > n {
			return Date{}, fmt.Errorf("invalid date %q: day %d out of range for %04d-%02d", s, d.Day, d.Year, d.Month)
		}
	}
	return d, nil
}

func atoiDigits(s string) (int, error) {
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, strconv.ErrSyntax
		}
	}
	return strconv.Atoi(s)
}

func daysIn(year, month int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Year == 0 }

func (d Date) String() string {
	switch {
	case d.Year == 0:
		return ""
	case d.Month == 0:
		return fmt.Sprintf("%04d", d.Year)
	case d.Day == 0:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
}

// FirstDay is the first day a partial date covers, at midnight UTC: 2003 is
// 2003-01-01.
func (d Date) FirstDay() time.Time {
	return time.Date(d.Year, time.Month(max(d.Month, 1)), max(d.Day, 1), 0, 0, 0, 0, time.UTC)
}

// LastDay is the last day a partial date covers, at midnight UTC: 2003 is
// 2003-12-31 and 2004-02 is 2004-02-29.
func (d Date) LastDay() time.Time {
	l := d.last()
	return time.Date(l/10000, time.Month(l/100%100), l%100, 0, 0, 0, 0, time.UTC)
}

// first and last give the first and last day d covers, as yyyymmdd numbers.
func (d Date) first() int {
	m, day := max(d.Month, 1), max(d.Day, 1)
	return d.Year*10000 + m*100 + day
}

func (d Date) last() int {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 12
	}
	if day == 0 {
		day = daysIn(d.Year, m)
	}
	return d.Year*10000 + m*100 + day
}

// Interval is a period between two partial dates, inclusive. A zero Start or
// End is open on that side.
type Interval struct {
	Start, End Date
}

func (iv Interval) String() string {
	s, e := iv.Start.String(), iv.End.String()
	if s == "" {
		s = ".."
	}
	if e == "" {
		e = ".."
	}
	return s + "/" + e
}

// Valid reports whether the interval's start is not after its end.
func (iv Interval) Valid() bool {
	if iv.Start.IsZero() || iv.End.IsZero() {
		return true
	}
	return iv.Start.first() <= iv.End.last()
}

// Clip returns the part of iv inside w: an open or earlier start becomes
// w's start, an open or later end w's end. The result is not Valid when the
// two do not overlap.
func (iv Interval) Clip(w Interval) Interval {
	if !w.Start.IsZero() && (iv.Start.IsZero() || iv.Start.first() < w.Start.first()) {
		iv.Start = w.Start
	}
	if !w.End.IsZero() && (iv.End.IsZero() || iv.End.last() > w.End.last()) {
		iv.End = w.End
	}
	return iv
}

// Before reports whether d ends before iv starts. An open start never
// excludes.
func (iv Interval) Before(d Date) bool { return !iv.Start.IsZero() && d.last() < iv.Start.first() }

// After reports whether d starts after iv ends. An open end never excludes.
func (iv Interval) After(d Date) bool { return !iv.End.IsZero() && d.first() > iv.End.last() }

// Overlaps reports whether the two intervals share at least one day.
func (iv Interval) Overlaps(o Interval) bool {
	lo1, hi1 := iv.bounds()
	lo2, hi2 := o.bounds()
	return lo1 <= hi2 && lo2 <= hi1
}

// Contains reports whether the interval shares at least one day with d.
func (iv Interval) Contains(d Date) bool {
	return iv.Overlaps(Interval{Start: d, End: d})
}

func (iv Interval) bounds() (lo, hi int) {
	lo, hi = 0, 99999999
	if !iv.Start.IsZero() {
		lo = iv.Start.first()
	}
	if !iv.End.IsZero() {
		hi = iv.End.last()
	}
	return lo, hi
}
