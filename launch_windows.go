package main

import (
	"os"
	"os/exec"

	"yaodian/usererr"
)

// openWindow starts the window program gui opening args and returns the
// console to the user at once, as starting any Windows program from a
// console does. It returns only if the program could not be started.
func openWindow(gui string, args []string) error {
	err := exec.Command(gui, args...).Start()
	if err == nil {
		os.Exit(0)
	}
	return usererr.New("无法启动窗口程序 "+gui+"："+err.Error(), "cannot start the window program "+gui+": "+err.Error())
}
