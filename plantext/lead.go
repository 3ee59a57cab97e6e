package plantext

import (
	"strings"
	"unicode/utf8"
)

// LeadMaxRunes is the longest first sentence SplitLead takes for a lead
// sentence; real lead sentences run to about 25 characters.
const LeadMaxRunes = 40

// SplitLead splits off the lead sentence of a numbered paragraph whose lead
// is not marked (not bold): a first sentence of 2 to LeadMaxRunes
// characters ending in 。！？, as in 加强创新平台建设。实施……. It returns ""
// and the whole text when there is none.
func SplitLead(s string) (lead, rest string) {
	i := strings.IndexAny(s, "。！？")
	if i < 0 {
		return "", s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	lead = s[:i+size]
	if n := utf8.RuneCountInString(lead); n < 2 || n > LeadMaxRunes {
		return "", s
	}
	return lead, s[i+size:]
}
