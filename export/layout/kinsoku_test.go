package layout

import (
	"testing"
	"unicode"
)

// class answers from the table for every character the rules name, and
// no character they name is an ideograph, which class passes over.
func TestClass(t *testing.T) {
	classesOnce.Do(buildClasses)
	for r, c := range classes {
		if r >= 0x3400 && r <= 0x9FFF {
			t.Errorf("%q (U+%04X) is an ideograph, which class never looks up", r, r)
		}
		if got := class(r); got != c {
			t.Errorf("%q: class %b, want %b", r, got, c)
		}
	}
	for _, tc := range []struct {
		r    rune
		want uint8
	}{
		{'要', 0}, {'㐀', 0}, {'A', 0}, {'。', classNoStart | classSqueezeRight}, {'（', classNoEnd | classSqueezeLeft}, {'.', classNoStart | classJoiner}, {'—', classNoStart},
	} {
		if got := class(tc.r); got != tc.want {
			t.Errorf("%q: class %b, want %b", tc.r, got, tc.want)
		}
	}
}

// isWord answers for every character outside the CJK ranges (where it
// says false by design) as its rule says, without the short cuts it
// takes for punctuation and full-width forms.
func TestIsWord(t *testing.T) {
	rule := func(r rune) bool {
		return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' ||
			r >= '０' && r <= '９' || r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ' ||
			r >= 0x80 && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic) && unicode.IsLetter(r)
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0x2E80 && r < 0xFF00 {
			continue
		}
		if got, want := isWord(r), rule(r); got != want {
			t.Errorf("isWord(%q (U+%04X)) = %v, want %v", r, r, got, want)
		}
	}
}

// The characters shaping takes as they are, without asking whether they
// are spaces, controls or format characters, are none of these.
func TestShapeCommonRanges(t *testing.T) {
	for _, rg := range [][2]rune{{0x3001, 0xFDFF}, {'!', 0x7E}, {0xFF01, 0xFF5E}, {0x2010, 0x2027}} {
		for r := rg[0]; r <= rg[1]; r++ {
			if unicode.IsSpace(r) || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
				t.Errorf("%q (U+%04X) is a space, control or format character", r, r)
			}
		}
	}
}
