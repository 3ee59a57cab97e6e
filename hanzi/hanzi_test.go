package hanzi

import "testing"

func TestSimplify(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"吉林省人民政府辦公廳", "吉林省人民政府办公厅"},
		{"關於創新型省份建設的意見", "关于创新型省份建设的意见"},
		{"統籌戰略性科技團隊", "统筹战略性科技团队"},
		{"後續發展", "后续发展"},
		// Simplified text, Latin letters, digits and punctuation stay.
		{"加强组织领导，R&D经费增长10%。", "加强组织领导，R&D经费增长10%。"},
		{"", ""},
	} {
		if got := Simplify(tc.in); got != tc.want {
			t.Errorf("Simplify(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Every pair of the table folds one character to another that does not
// fold again, so folding twice gives what folding once gives.
func TestTableFoldsOnce(t *testing.T) {
	n := 0
	for r := rune(first); r <= last; r++ {
		s := SimplifyRune(r)
		if s == r {
			continue
		}
		n++
		if SimplifyRune(s) != s {
			t.Errorf("%c folds to %c, which folds again to %c", r, s, SimplifyRune(s))
		}
	}
	if n < 2500 {
		t.Errorf("%d characters fold, want the table's 2,500 or more", n)
	}
}

func BenchmarkSimplify(b *testing.B) {
	s := "推動高質量發展，加快建設創新型省份，全面提升自主創新能力和產業競爭力。"
	for b.Loop() {
		Simplify(s)
	}
}
