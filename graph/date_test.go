package graph

import (
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	good := map[string]Date{
		"1980":       {1980, 0, 0},
		"1980-09":    {1980, 9, 0},
		"1980-09-22": {1980, 9, 22},
		"2024-02-29": {2024, 2, 29},
		"2000-02-29": {2000, 2, 29},
	}
	for s, want := range good {
		got, err := ParseDate(s)
		if err != nil || got != want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v", s, got, err, want)
		}
		if got.String() != s {
			t.Errorf("ParseDate(%q).String() = %q", s, got.String())
		}
	}
	for _, s := range []string{"", "80", "19800", "1980-9", "1980-13", "1980-00", "1980-09-31",
		"1900-02-29", "2023-02-29", "1980-09-22-01", "1980/09", "abcd", "0000", "+198"} {
		if d, err := ParseDate(s); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", s, d)
		}
	}
}

func iv(t *testing.T, start, end string) Interval {
	t.Helper()
	var out Interval
	var err error
	if start != "" {
		if out.Start, err = ParseDate(start); err != nil {
			t.Fatal(err)
		}
	}
	if end != "" {
		if out.End, err = ParseDate(end); err != nil {
			t.Fatal(err)
		}
	}
	return out
}

func TestIntervalOverlaps(t *testing.T) {
	tests := []struct {
		a, b [2]string
		want bool
	}{
		// an era 1980-1988 overlaps a claim dated 1988-08
		{[2]string{"1980", "1988"}, [2]string{"1988-08", "1988-08"}, true},
		{[2]string{"1980-09-22", "1988-08-20"}, [2]string{"1988-08", ""}, true},
		{[2]string{"1980-09-22", "1988-08-20"}, [2]string{"1988-08-21", ""}, false},
		{[2]string{"1980-09-22", "1988-08-20"}, [2]string{"", "1980-09"}, true},
		{[2]string{"1980-09-22", "1988-08-20"}, [2]string{"", "1980-08"}, false},
		{[2]string{"", ""}, [2]string{"2003", "2003"}, true},
		{[2]string{"2003-04-09", ""}, [2]string{"2003", ""}, true},
		{[2]string{"2003-04-09", ""}, [2]string{"1990", "2003-04-08"}, false},
		{[2]string{"1991", "1991"}, [2]string{"1991-12-31", "1991-12-31"}, true},
		{[2]string{"1991", "1991"}, [2]string{"1992-01-01", ""}, false},
	}
	for _, tc := range tests {
		a, b := iv(t, tc.a[0], tc.a[1]), iv(t, tc.b[0], tc.b[1])
		if got := a.Overlaps(b); got != tc.want {
			t.Errorf("%v overlaps %v = %v, want %v", a, b, got, tc.want)
		}
		if got := b.Overlaps(a); got != tc.want {
			t.Errorf("%v overlaps %v = %v, want %v (reversed)", b, a, got, tc.want)
		}
	}
}

func TestIntervalValid(t *testing.T) {
	tests := []struct {
		start, end string
		want       bool
	}{
		{"2003-04", "2003", true}, // a month inside its year
		{"2003", "2003-01", true}, // 2003 may start on 2003-01-01
		{"2003-02", "2003-01", false},
		{"1988-08-20", "1980-09-22", false},
		{"", "1980", true},
		{"1980", "", true},
	}
	for _, tc := range tests {
		if got := iv(t, tc.start, tc.end).Valid(); got != tc.want {
			t.Errorf("%s..%s valid = %v, want %v", tc.start, tc.end, got, tc.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	ids := []string{"iran", "iraq", "saudi-arabia", "united-states"}
	for in, want := range map[string]string{
		"irann":        `did you mean "iran"?`,
		"saudi-arabai": `did you mean "saudi-arabia"?`,
		"united-state": `did you mean "united-states"?`,
		"atlantis":     "",
		"":             "",
	} {
		if got := Suggest(in, ids); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
	// two letters that share nothing with a two-letter name are no typo of it
	langs := []string{"en", "fa", "ar"}
	for in, want := range map[string]string{"xx": "", "fx": `did you mean "fa"?`, "e": ""} {
		if got := Suggest(in, langs); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestFirstLastDay(t *testing.T) {
	for _, tc := range []struct{ in, first, last string }{
		{"2003", "2003-01-01", "2003-12-31"},
		{"2004-02", "2004-02-01", "2004-02-29"},
		{"1900-02", "1900-02-01", "1900-02-28"},
		{"1988-08-20", "1988-08-20", "1988-08-20"},
	} {
		d, err := ParseDate(tc.in)
		if err != nil {
			t.Fatal(err)
		}
		if f, l := d.FirstDay().Format(time.DateOnly), d.LastDay().Format(time.DateOnly); f != tc.first || l != tc.last {
			t.Errorf("%s covers %s to %s, want %s to %s", tc.in, f, l, tc.first, tc.last)
		}
	}
}
