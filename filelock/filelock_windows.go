//go:build windows

package filelock

import (
	"os"
	"syscall"
)

// hold does nothing more on Windows: a file open in a running process
// cannot be opened without sharing, which abandoned tries.
func hold(f *os.File) error { return nil }

// abandoned opens the file without sharing it, which fails while any
// process has it open.
func abandoned(path string) bool {
	p, err := syscall.UTF16PtrFromString(path)
	if err != nil {
		return false
	}
	h, err := syscall.CreateFile(p, syscall.GENERIC_READ, 0, nil, syscall.OPEN_EXISTING, syscall.FILE_ATTRIBUTE_NORMAL, 0)
	if err != nil {
		return false
	}
	syscall.CloseHandle(h)
	return true
}
