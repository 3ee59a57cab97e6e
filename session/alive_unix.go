//go:build unix

package session

import (
	"errors"
	"os"
	"syscall"
)

// alive reports whether a process with the given ID is running, by sending
// it the null signal. EPERM means it runs under another user.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	defer p.Release()
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}
