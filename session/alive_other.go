//go:build !unix

package session

import "os"

// alive reports whether a process with the given ID is running. On
// Windows os.FindProcess opens the process and fails if there is none.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	p.Release()
	return true
}
