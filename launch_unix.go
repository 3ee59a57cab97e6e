//go:build unix

package main

import (
	"os"
	"syscall"

	"yaodian/usererr"
)

// openWindow replaces this process with the window program gui opening
// args, so that the window is the process the desktop or the shell
// started: its exit status, its signals and its standard error are the
// command's own. It returns only if the program could not be started.
func openWindow(gui string, args []string) error {
	err := syscall.Exec(gui, append([]string{gui}, args...), os.Environ())
	return usererr.New("无法启动窗口程序 "+gui+"："+err.Error(), "cannot start the window program "+gui+": "+err.Error())
}
