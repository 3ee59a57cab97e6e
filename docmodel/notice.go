package docmodel

import (
	"strconv"
	"strings"
)

// RecipientsLine prints the recipients (主送机关) as a document prints them
// on a line of their own under its number: 各区县科技局，市直有关单位：.
// It returns "" when there are none.
func (m Meta) RecipientsLine() string {
	if len(m.Recipients) == 0 {
		return ""
	}
	return strings.Join(m.Recipients, "，") + "："
}

// AttachmentLines prints a notice's 附件 line as the notice prints it:
// 附件：name for one attachment; for more, 附件：1．name, then 2．name …
// each on a line of its own. It returns nothing for no names.
func AttachmentLines(names []string) []string {
	if len(names) == 1 {
		return []string{"附件：" + names[0]}
	}
	var out []string
	for i, name := range names {
		line := strconv.Itoa(i+1) + "．" + name
		if i == 0 {
			line = "附件：" + line
		}
		out = append(out, line)
	}
	return out
}
