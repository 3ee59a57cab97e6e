package check

import (
	"fmt"
	"sort"
	"strings"
)

// SelectPriors keeps the candidate plans a draft is checked against:
// those of an earlier year, from the same issuer when both name one,
// ordered by year, oldest first. The others are returned with the reason
// they were left out, so that no plan named for comparison is dropped
// without a word.
func SelectPriors(draft Plan, candidates []Plan) (kept []Plan, left []string) {
	issuer := strings.TrimSpace(draft.Doc.Meta.Issuer)
	for _, c := range candidates {
		name := c.File
		if c.Doc.Meta.Title != "" {
			name += "（" + c.Doc.Meta.Title + "）"
		}
		other := strings.TrimSpace(c.Doc.Meta.Issuer)
		switch {
		case draft.Year == 0:
			left = append(left, name+"：本稿看不出年份，无法与往年对照")
		case c.Year == 0:
			left = append(left, name+"：看不出是哪一年的计划")
		case c.Year >= draft.Year:
			left = append(left, fmt.Sprintf("%s：是%d年的计划，不早于本稿的%d年", name, c.Year, draft.Year))
		case issuer != "" && other != "" && other != issuer:
			left = append(left, name+"：发文机关是“"+other+"”，不是“"+issuer+"”")
		default:
			kept = append(kept, c)
		}
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].Year < kept[j].Year })
	return kept, left
}
