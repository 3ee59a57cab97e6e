package check

import (
	"strings"
	"testing"
)

func TestTitleYear(t *testing.T) {
	for _, tc := range []struct {
		title string
		known int
		want  int
	}{
		{"2025年全市科技工作要点", 0, 2025},
		{"2024年工作总结和2025年工作计划", 0, 2025},
		{"2024年工作总结和2025年工作计划", 2025, 2025},
		{"县科技局2022年工作總結及2023年工作要點", 0, 2023},
		// Two years without a review: the first, as before.
		{"2025年贯彻落实2024年经济工作会议精神工作要点", 0, 2025},
		{"关于印发工作要点的通知", 0, 0},
	} {
		if got := titleYear(tc.title, tc.known); got != tc.want {
			t.Errorf("titleYear(%q, %d) = %d, want %d", tc.title, tc.known, got, tc.want)
		}
	}
}

// Where the year cannot be known it is said once, whatever the number of
// rules it turns off.
func TestYearUnknownOnce(t *testing.T) {
	p := plan(t, "# 一、甲\n\n2011年是“十二五”的开局之年。\n")
	n := 0
	for _, f := range Run(Input{Draft: p, Priors: []Plan{plan(t, "---\ntitle: 2010年工作要点\n---\n\n# 一、甲\n")}}) {
		if strings.Contains(f.Message, "哪一年") {
			n++
		}
	}
	if n != 1 {
		t.Errorf("the unknown year is said %d times, want once", n)
	}
}
