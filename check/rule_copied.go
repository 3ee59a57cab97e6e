package check

import (
	"fmt"
	"unicode/utf8"

	"yaodian/docmodel"
	"yaodian/textsim"
)

// copiedText finds a paragraph — of the preamble or the outline —
// identical or nearly identical to one in a plan of an earlier year, in
// either script (a Traditional copy is the same text). Some carry-over is
// normal (the safeguards change little); when much of the draft is carried
// over, the findings become warnings.
type copiedText struct{}

func (copiedText) ID() string { return "copied-text" }

const (
	// minCopiedRunes is the shortest paragraph worth comparing.
	minCopiedRunes = 30
	// nearCopy is the bigram similarity from which a paragraph counts as
	// copied with small edits.
	nearCopy = 0.9
	// copiedShare is the share of compared paragraphs from which copying
	// is a warning rather than a note.
	copiedShare = 0.3
)

func (copiedText) Check(in *Input) []Finding {
	if len(in.Priors) == 0 {
		return nil
	}
	type priorPara struct {
		plan  *Plan
		path  string
		grams textsim.Set
	}
	exact := map[string]priorPara{}
	var nearest []priorPara
	near := in.Nearest()
	for i := range in.Priors {
		p := &in.Priors[i]
		for _, s := range in.spans(p.Doc) {
			if utf8.RuneCountInString(s.text) < minCopiedRunes {
				continue // normalizing only shortens it
			}
			key := normalizeText(s.text)
			if utf8.RuneCountInString(key) < minCopiedRunes {
				continue
			}
			// Later years overwrite earlier ones: the nearest is named.
			if old, ok := exact[key]; !ok || old.plan.Year <= p.Year {
				exact[key] = priorPara{plan: p, path: s.path}
			}
			if p == near {
				nearest = append(nearest, priorPara{plan: p, path: s.path, grams: textsim.Bigrams(key)})
			}
		}
	}
	var out []Finding
	compared := 0
	for _, s := range in.spans(in.Draft.Doc) {
		key := normalizeText(s.text)
		if s.path == docmodel.PathTitle || utf8.RuneCountInString(key) < minCopiedRunes {
			continue
		}
		compared++
		how := "相同"
		match, ok := exact[key]
		if !ok {
			grams := textsim.Bigrams(key)
			best := 0.0
			for _, p := range nearest {
				if sim := textsim.Dice(grams, p.grams); sim >= nearCopy && sim > best {
					best, match, ok = sim, p, true
				}
			}
			how = fmt.Sprintf("几乎相同（相似度 %.0f%%）", best*100)
		}
		if ok {
			out = append(out, Finding{Rule: "copied-text", Severity: Info, Path: s.path, NodeID: s.nodeID,
				Message:  fmt.Sprintf("这段与%d年计划%s的一段%s", match.plan.Year, place(match.path), how),
				Evidence: clip(s.text, 80), Prior: &PriorRef{Year: match.plan.Year, File: match.plan.File, Path: match.path}})
		}
	}
	if compared > 0 && float64(len(out)) >= copiedShare*float64(compared) {
		for i := range out {
			out[i].Severity = Warning
			out[i].Message += fmt.Sprintf("；全稿 %d 段中有 %d 段沿用往年原文", compared, len(out))
		}
	}
	return out
}
