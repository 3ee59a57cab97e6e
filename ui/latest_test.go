package ui

import (
	"slices"
	"testing"
)

// Only the result of the job started last is shown, whatever order the
// jobs finish in; a drop throws away the job running. The jobs run on
// their own goroutines and the results are shown on one, as on the GUI
// goroutine, so that the race detector sees the real traffic.
func TestLatest(t *testing.T) {
	for _, tc := range []struct {
		name   string
		jobs   int
		finish []int // the order the jobs finish in
		drop   bool  // drop after starting them
		want   []int // the results shown
	}{
		{"one job", 1, []int{0}, false, []int{0}},
		{"in order", 3, []int{0, 1, 2}, false, []int{2}},
		{"last first", 3, []int{2, 1, 0}, false, []int{2}},
		{"last in the middle", 3, []int{0, 2, 1}, false, []int{2}},
		{"dropped", 2, []int{1, 0}, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gui := make(chan func())
			l := newLatest[int]()
			l.gui = func(f func()) { gui <- f }
			release := make([]chan struct{}, tc.jobs)
			var shown []int
			for i := range tc.jobs {
				release[i] = make(chan struct{})
				l.run(func() int { <-release[i]; return i }, func(r int) { shown = append(shown, r) })
			}
			if tc.drop {
				l.drop()
			}
			for _, i := range tc.finish {
				close(release[i])
				(<-gui)() // the GUI goroutine shows each result as it comes
			}
			if !slices.Equal(shown, tc.want) {
				t.Errorf("shown %v, want %v", shown, tc.want)
			}
		})
	}
}
