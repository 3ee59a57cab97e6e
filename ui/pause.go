package ui

import (
	"time"

	"fyne.io/fyne/v2"
)

// pause runs an action once edits have stopped coming for a while: each
// call of schedule puts it off again, so that typing costs one run, not
// one per keystroke.
type pause struct {
	delay time.Duration
	wait  int // the latest scheduled run; earlier ones are dropped
	// after runs f on the UI goroutine once d has passed. Tests replace
	// it to run in step.
	after func(d time.Duration, f func())
}

func newPause(delay time.Duration) *pause {
	return &pause{delay: delay, after: func(d time.Duration, f func()) {
		time.AfterFunc(d, func() { fyne.Do(f) })
	}}
}

// cancel drops the run scheduled, if any.
func (p *pause) cancel() { p.wait++ }

// schedule runs f after the delay, unless schedule is called again first.
func (p *pause) schedule(f func()) {
	p.wait++
	n := p.wait
	p.after(p.delay, func() {
		if n == p.wait {
			f()
		}
	})
}
