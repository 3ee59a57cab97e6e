package docmodel_test

import (
	"slices"
	"testing"

	"yaodian/docmodel"
)

// The recipients line and the 附件 line are worded as notices print them;
// the clipboard, the PDF layout and the Word writer all print these.
func TestNoticeLines(t *testing.T) {
	recipients := []struct {
		in   []string
		want string
	}{
		{nil, ""},
		{[]string{"各区县科技局"}, "各区县科技局："},
		{[]string{"各区县科技局", "市直有关单位"}, "各区县科技局，市直有关单位："},
	}
	for _, c := range recipients {
		if got := (docmodel.Meta{Recipients: c.in}).RecipientsLine(); got != c.want {
			t.Errorf("RecipientsLine(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	attachments := []struct {
		in   []string
		want []string
	}{
		{nil, nil},
		{[]string{"2025年科技工作要点"}, []string{"附件：2025年科技工作要点"}},
		{[]string{"要点", "重点任务分工表", "主要指标表"}, []string{"附件：1．要点", "2．重点任务分工表", "3．主要指标表"}},
	}
	for _, c := range attachments {
		if got := docmodel.AttachmentLines(c.in); !slices.Equal(got, c.want) {
			t.Errorf("AttachmentLines(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
