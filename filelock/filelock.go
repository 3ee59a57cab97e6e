// Package filelock tells whether a file is still in use by the process
// that made it. A process holds a file it works on (a temporary file being
// written, the lock of an open document); after a crash or kill -9 the
// operating system lets go of it, so another process can tell a file left
// behind from one still in use, which a process ID cannot do once the ID
// is reused.
package filelock

import "os"

// Hold marks f, open for writing, as in use by this process until it is
// closed or the process ends.
func Hold(f *os.File) error { return hold(f) }

// Abandoned reports whether the file at path exists and no running process
// holds it.
func Abandoned(path string) bool { return abandoned(path) }
