package textsim

import (
	"math"
	"testing"
)

func TestDice(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want float64
	}{
		{"加强组织领导", "加强组织领导", 1},
		{"加强组织领导", "强化统筹协调", 0},
		{"扩大有效需求", "扩大内需", 2.0 / 8}, // 扩大 shared of 5 + 3 grams
		{"加强，组织。领导", "加强组织领导", 1},   // punctuation ignored
		{"甲", "甲", 1},
		{"", "甲", 0},
	} {
		if got := Dice(Bigrams(tc.a), Bigrams(tc.b)); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("Dice(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}
