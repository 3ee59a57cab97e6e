package docmodel_test

import (
	"testing"

	"yaodian/docmodel"
)

// Brackets tells the runes outside all brackets from those inside, and
// whether the brackets pair up; a closing bracket too many is unbalanced
// even when an opening one follows it, though the depth counts it.
func TestBrackets(t *testing.T) {
	for _, tc := range []struct {
		text     string
		outside  string
		balanced bool
	}{
		{"", "", true},
		{"市科技局、市财政局", "市科技局、市财政局", true},
		{"市科技局（知识产权局）、市财政局", "市科技局、市财政局", true},
		{"《（一）【甲】》乙〔2025〕丙[x](y)", "乙丙", true},
		{"甲（乙", "甲", false},
		{"甲）乙（丙", "甲丙", false}, // the opening bracket pairs with the one too many
		{"甲）乙", "甲", false},
	} {
		var b docmodel.Brackets
		var outside []rune
		for _, r := range tc.text {
			if b.Read(r) {
				outside = append(outside, r)
			}
		}
		if string(outside) != tc.outside || b.Balanced() != tc.balanced {
			t.Errorf("%s: outside %q, balanced %v; want %q, %v", tc.text, string(outside), b.Balanced(), tc.outside, tc.balanced)
		}
	}
}
