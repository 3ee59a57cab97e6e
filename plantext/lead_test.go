package plantext_test

import (
	"strings"
	"testing"

	"yaodian/plantext"
)

func TestSplitLead(t *testing.T) {
	for _, tc := range []struct{ in, lead, rest string }{
		{"加强创新平台建设。实施专项。", "加强创新平台建设。", "实施专项。"},
		{"明确责任和工作目标。", "明确责任和工作目标。", ""},
		{"要不要加强？要。", "要不要加强？", "要。"},
		{"没有句号的一段", "", "没有句号的一段"},
		{"。", "", "。"},
		{strings.Repeat("长", 40) + "。后文", "", strings.Repeat("长", 40) + "。后文"},
		{strings.Repeat("长", 39) + "。后文", strings.Repeat("长", 39) + "。", "后文"},
	} {
		lead, rest := plantext.SplitLead(tc.in)
		if lead != tc.lead || rest != tc.rest {
			t.Errorf("SplitLead(%q) = %q, %q; want %q, %q", tc.in, lead, rest, tc.lead, tc.rest)
		}
	}
}
