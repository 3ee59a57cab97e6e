package main

import (
	"os"
	"os/exec"
	"regexp"
	"strings"
	"testing"
)

// The identity the app gives itself, FyneApp.toml, the desktop entry, the
// MIME type and the installer agree, and the dist script parses: what
// `make dist` packs is checked on every change without building it.
func TestPackagingAgrees(t *testing.T) {
	read := func(path string) string {
		t.Helper()
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	field := func(text, re string) string {
		m := regexp.MustCompile(re).FindStringSubmatch(text)
		if m == nil {
			t.Fatalf("no match for %s", re)
		}
		return m[1]
	}
	toml := read("FyneApp.toml")
	desktop := read("packaging/linux/cn.yaodian.desktop.desktop")
	mime := read("packaging/linux/cn.yaodian.desktop.xml")
	nsis := read("packaging/windows/yaodian.nsi")
	for _, c := range []struct{ what, got, want string }{
		{"FyneApp.toml ID", field(toml, `(?m)^ID = "(.*)"`), appID},
		{"FyneApp.toml Name", field(toml, `(?m)^Name = "(.*)"`), appName},
		{"FyneApp.toml Version", field(toml, `(?m)^Version = "(.*)"`), version},
		{"desktop entry name", field(desktop, `(?m)^Name=(.*)$`), appName},
		{"desktop entry icon", field(desktop, `(?m)^Icon=(.*)$`), appID},
		{"desktop entry command", field(desktop, `(?m)^Exec=(\S+)`), "yaodian"},
		{"MIME type", field(desktop, `(?m)^MimeType=(.*);$`), field(mime, `<mime-type type="([^"]+)"`)},
		{"MIME glob", field(mime, `<glob pattern="([^"]+)"`), "*.yaodian"},
		{"installer association", field(nsis, `WriteRegStr HKCR "(\.\w+)"`), ".yaodian"},
	} {
		if c.got != c.want {
			t.Errorf("%s is %q, want %q", c.what, c.got, c.want)
		}
	}
	if !strings.Contains(nsis, `File "yaodian.exe"`) || !strings.Contains(nsis, `Delete "$SMPROGRAMS\要点.lnk"`) {
		t.Error("the installer does not install the program or its uninstaller does not remove the Start-menu entry")
	}
	if out, err := exec.Command("bash", "-n", "scripts/dist").CombinedOutput(); err != nil {
		t.Errorf("scripts/dist does not parse: %v\n%s", err, out)
	}
}
