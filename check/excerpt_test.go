package check

import (
	"strings"
	"testing"
)

// A proofreading quote keeps its context within the sentence and never
// cuts a number or a Latin word in two.
func TestExcerpt(t *testing.T) {
	for _, tc := range []struct{ text, match, want string }{
		{"科学技术局2021年全市科技工作要点范文", "范文", "2021年全市科技工作要点范文"},
		{"上年。截止2025年底，全市高新技术企业达到500家。", "截止", "截止2025年底，全市高新技"},
		{"推动R&D经费投入强度达到3.25%以上，加快发展高新技术技术产业", "技术技术", "3.25%以上，加快发展高新技术技术产业"},
		{"重点推进GDPgrowth和5G基站建设，技术技术", "技术技术", "GDPgrowth和5G基站建设，技术技术"},
	} {
		i := strings.Index(tc.text, tc.match)
		got, at := excerpt(tc.text, i, i+len(tc.match))
		if got != tc.want || tc.text[at:at+len(got)] != got {
			t.Errorf("excerpt of %q in %q = %q, want %q", tc.match, tc.text, got, tc.want)
		}
	}
}
