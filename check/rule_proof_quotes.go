package check

import (
	"fmt"
	"strings"
	"unicode"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
)

// straightQuote is a phrase between ASCII straight quotes.
var straightQuote = lazyregexp.New(`"([^"\n]{1,40})"|'([^'\n]{1,40})'`)

// straightQuotes finds Chinese phrases between ASCII straight quotes
// ("双创"), which Chinese text writes “双创”, each with its fix; when
// widespreadHalfWidth paragraphs or more have them, it reports the habit
// once for the whole plan.
func straightQuotes(in *Input) []Finding {
	var out []Finding
	paragraphs := 0
	for _, s := range in.spans(in.Draft.Doc) {
		found := false
		if !strings.ContainsAny(s.text, `"'`) {
			continue
		}
		for _, m := range straightQuote.FindAllStringSubmatchIndex(s.text, -1) {
			open, close, inner := "“", "”", m[2:4]
			if m[2] < 0 {
				open, close, inner = "‘", "’", m[4:6]
			}
			if !hasHan(s.text[inner[0]:inner[1]]) {
				continue
			}
			found = true
			out = append(out, fixFinding(s, m[0], m[1],
				"中文里用了英文直引号，应改为中文引号"+open+close, open+s.text[inner[0]:inner[1]]+close))
		}
		if found {
			paragraphs++
		}
	}
	if paragraphs >= widespreadHalfWidth {
		var edits []Edit
		for _, f := range out {
			edits = append(edits, f.Edits...)
		}
		return []Finding{{Path: docmodel.PathWhole,
			Message:  fmt.Sprintf("全文有 %d 段共 %d 处中文用了英文直引号，应统一改为中文引号“”", paragraphs, len(out)),
			Evidence: out[0].Evidence, Subject: `""`, Edits: edits}}
	}
	return out
}

func hasHan(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
