package main

import (
	"errors"

	"golang.org/x/sys/windows"

	"yaodian/usererr"
)

// reportStartProblem shows err in a message box, Chinese above English:
// the window program has no console, so a message printed would be seen
// by no one.
func reportStartProblem(err error) {
	message := err.Error()
	var ue *usererr.Error
	if errors.As(err, &ue) {
		message = ue.Zh + "\r\n\r\n" + ue.En
	}
	text, _ := windows.UTF16PtrFromString(message)
	title, _ := windows.UTF16PtrFromString(appName)
	windows.MessageBox(0, text, title, windows.MB_OK|windows.MB_ICONERROR|windows.MB_SETFOREGROUND)
}
