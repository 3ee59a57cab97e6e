package ui

import (
	"yaodian/check"
	"yaodian/review"
)

// priorPlans reads the plans in the prior-years folder and keeps them
// until a file changes (review.Cache), so that checking after every pause
// in typing does not parse ten Word files each time. It is safe to use
// off the UI goroutine.
type priorPlans struct {
	cache review.Cache
}

// load returns the plans in dir (none when dir is ""), and the files that
// are not plans, each with why.
func (p *priorPlans) load(dir string) (plans []check.Plan, skipped []string, err error) {
	got, err := p.cache.Folder(dir)
	return got.Plans, got.Skipped, err
}
