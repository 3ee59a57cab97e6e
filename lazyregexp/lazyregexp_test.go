package lazyregexp

import (
	"reflect"
	"regexp"
	"testing"
)

// Each method answers what regexp.Regexp's does.
func TestForwards(t *testing.T) {
	const expr, text = `(\d+)年(\d*)`, "2024年、2025年3"
	lazy, re := New(expr), regexp.MustCompile(expr)
	for _, tc := range []struct {
		name      string
		got, want any
	}{
		{"MatchString", lazy.MatchString(text), re.MatchString(text)},
		{"FindStringIndex", lazy.FindStringIndex(text), re.FindStringIndex(text)},
		{"FindStringSubmatch", lazy.FindStringSubmatch(text), re.FindStringSubmatch(text)},
		{"FindSubmatch", lazy.FindSubmatch([]byte(text)), re.FindSubmatch([]byte(text))},
		{"FindAllStringIndex", lazy.FindAllStringIndex(text, -1), re.FindAllStringIndex(text, -1)},
		{"FindAllStringSubmatch", lazy.FindAllStringSubmatch(text, 1), re.FindAllStringSubmatch(text, 1)},
		{"FindAllStringSubmatchIndex", lazy.FindAllStringSubmatchIndex(text, -1), re.FindAllStringSubmatchIndex(text, -1)},
		{"ReplaceAllString", lazy.ReplaceAllString(text, "$1"), re.ReplaceAllString(text, "$1")},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s = %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

// Outside a test binary nothing is compiled before first use; in one a
// bad pattern fails at once.
func TestWhenCompiled(t *testing.T) {
	defer func(was bool) { inTest = was }(inTest)
	inTest = false
	r := New(`a+`)
	if r.rx != nil {
		t.Error("compiled before first use")
	}
	if !r.MatchString("caat") || r.rx == nil {
		t.Error("first use did not compile")
	}
	inTest = true
	defer func() {
		if recover() == nil {
			t.Error("an invalid pattern did not panic in a test binary")
		}
	}()
	New(`(`)
}
