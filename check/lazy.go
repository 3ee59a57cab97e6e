package check

import "sync"

// lazy is a value built on first use, like what sync.OnceValue returns.
// Unlike a package-level sync.OnceValue, which allocates when the program
// starts, a package-level lazy with a function literal is laid out by the
// compiler in the program's data: a command that checks nothing pays
// nothing for the check rules' tables.
type lazy[T any] struct {
	once  sync.Once
	build func() T
	v     T
}

// get returns the value, building it on the first call.
func (l *lazy[T]) get() T {
	l.once.Do(func() { l.v = l.build() })
	return l.v
}
