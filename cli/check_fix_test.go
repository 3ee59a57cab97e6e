package cli

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yaodian/check"
)

// A proofreading finding carries its fix in check --json and on a 改为：
// line of the report; a finding without a safe fix has none.
func TestCheckFix(t *testing.T) {
	draft := filepath.Join(t.TempDir(), "2025.md")
	os.WriteFile(draft, []byte("---\ntitle: 2025年全市科技工作要点\n---\n\n# 一、主要目标\n\n截止2025年底，新认定高新技术企业25家以上，加强kejichuangxin平台建设。\n"), 0o644)
	code, out, _ := run("check", draft, "--json")
	var parsed struct {
		Findings []struct{ Rule, Evidence, Fix string }
	}
	if err := json.Unmarshal([]byte(out), &parsed); err != nil || code != ExitOK {
		t.Fatalf("check --json: exit %d, %v\n%s", code, err, out)
	}
	fixes := map[string]string{}
	for _, f := range parsed.Findings {
		fixes[f.Rule] = f.Evidence + "→" + f.Fix
	}
	if want := "截止2025年底，新认定高新→截至2025年底，新认定高新"; fixes[check.Confusable] != want {
		t.Errorf("confusable: %q, want %q", fixes[check.Confusable], want)
	}
	if got := fixes[check.JunkText]; !strings.HasSuffix(got, "→") {
		t.Errorf("junk-text offers a fix for a run of letters it cannot judge: %q", got)
	}
	if !strings.Contains(out, `"fix": "截至2025年底`) {
		t.Errorf("check --json has no fix field:\n%s", out)
	}
	if _, out, _ := run("check", draft); !strings.Contains(out, "\t\t改为：截至2025年底，新认定高新\n") {
		t.Errorf("check report has no 改为： line:\n%s", out)
	}
}
