package main

import "os"

// setChineseEnv makes the window's language Chinese whatever the
// session's locale, before the window opens, so that Fyne and the programs
// the window starts read it: the language Fyne picks fallback fonts and
// date formats by (its wording is Chinese anyway: ui gives every language
// Fyne knows Chinese wording). It sets LANGUAGE, the list of languages
// that gettext, and Fyne through go-locale, put before the locale's own
// where the locale is not C; in the C locale (containers, not desktops)
// they ignore it, and Fyne takes English for the fallback fonts. It sets
// no LC_ALL, LC_CTYPE or LANG: they choose the character set too, and one
// naming a locale the system lacks (zh_CN.UTF-8 is not on every machine)
// leaves GLFW's X input method, and every program the window starts, in
// the C locale, where Chinese cannot be typed.
func setChineseEnv() {
	os.Setenv("LANGUAGE", "zh_CN")
}
