package cli

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// check --prior with a folder compares the draft only with the earlier
// plans of its own issuer, says which plans it left out and why, one line
// each, and says what it assumed where an issuer is unknown.
func TestCheckPriorIssuers(t *testing.T) {
	plan := func(year int, issuer string) string {
		front := "---\ntitle: " + strconv.Itoa(year) + "年全市科技工作要点\n"
		if issuer != "" {
			front += "issuer: " + issuer + "\n"
		}
		return front + "---\n\n# 一、主要目标\n\n全年新认定高新技术企业" + strconv.Itoa(year-1990) + "家以上。\n\n# 二、保障措施\n\n加强组织领导。\n"
	}
	for _, tc := range []struct {
		name   string
		draft  string
		folder map[string]string
		want   []string // lines or fragments the report must hold
		not    []string // fragments it must not hold
	}{
		{"another issuer's plan is left out",
			plan(2025, "××市科学技术局"),
			map[string]string{"2024.md": plan(2024, "××市科技局"), "2023-other.md": plan(2023, "××县科技局")},
			[]string{"对照往年计划 2024 年", "跳过\t", "发文机关是“××县科技局”，不是本稿的“××市科学技术局”"},
			[]string{"说明\t"}},
		{"a draft without an issuer, the folder one issuer's",
			plan(2025, ""),
			map[string]string{"2024.md": plan(2024, "××市科技局"), "2023.md": plan(2023, "××市科技局")},
			[]string{"对照往年计划 2023、2024 年", "说明\t本稿看不出发文机关；往年计划都出自“××市科技局”，按同一机关的计划对照"},
			[]string{"跳过\t"}},
		{"a draft without a year says so once and compares with none",
			strings.Replace(plan(2025, "××市科技局"), "2025年", "", 1),
			map[string]string{"2024.md": plan(2024, "××市科技局"), "2023.md": plan(2023, "××市科技局")},
			[]string{"年份不明，未对照往年计划", "提示\tyear-unknown\t全文\t看不出本稿是哪一年的计划", "跳过\t", "：本稿年份不明，未参与对照"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			priors := filepath.Join(dir, "priors")
			os.Mkdir(priors, 0o755)
			for name, text := range tc.folder {
				os.WriteFile(filepath.Join(priors, name), []byte(text), 0o644)
			}
			draft := filepath.Join(dir, "draft.md")
			os.WriteFile(draft, []byte(tc.draft), 0o644)
			code, out, errOut := run("check", draft, "--prior", priors)
			if code == ExitUsage || errOut != "" {
				t.Fatalf("check: exit %d %q", code, errOut)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("the report lacks %q:\n%s", w, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("the report holds %q:\n%s", n, out)
				}
			}
			if n := strings.Count(out, "哪一年"); n > 1 {
				t.Errorf("the unknown year is said %d times:\n%s", n, out)
			}
		})
	}
}
