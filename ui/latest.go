package ui

import "fyne.io/fyne/v2"

// latest runs jobs off the GUI goroutine and shows only the result of the
// one started last: a result that comes back after a later job started,
// or after drop, is thrown away. Its methods are called on the GUI
// goroutine, where show runs too.
type latest[T any] struct {
	serial int // the job whose result is wanted
	// background runs f off the GUI goroutine; tests run it in step.
	background func(f func())
	// gui runs f on the GUI goroutine.
	gui func(f func())
}

// newLatest returns a latest whose jobs run on goroutines of their own
// and whose results are shown through fyne.Do.
func newLatest[T any]() *latest[T] {
	return &latest[T]{background: func(f func()) { go f() }, gui: fyne.Do}
}

// run starts work in the background and calls show with its result on
// the GUI goroutine, unless a later run or a drop came first.
func (l *latest[T]) run(work func() T, show func(T)) {
	l.serial++
	serial, gui := l.serial, l.gui
	l.background(func() {
		r := work()
		gui(func() {
			if serial == l.serial {
				show(r)
			}
		})
	})
}

// drop throws away the result of the job running, if any.
func (l *latest[T]) drop() { l.serial++ }
