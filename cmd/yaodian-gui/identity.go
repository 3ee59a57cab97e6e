package main

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"

	"yaodian/assets"
)

// The app's identity, as FyneApp.toml states it; `make dist` sets version
// from that file at link time.
const (
	appID   = "cn.yaodian.desktop"
	appName = "要点"
)

var version = "0.3.0"

// newApp makes the Fyne application under Yaodian's ID, name, version and
// icon, which the window and the desktop's task bar show.
func newApp() fyne.App {
	icon := fyne.NewStaticResource("yaodian.png", assets.Icon)
	app.SetMetadata(fyne.AppMetadata{ID: appID, Name: appName, Version: version, Icon: icon})
	a := app.NewWithID(appID)
	a.SetIcon(icon)
	return a
}
