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
	toml := read("../../FyneApp.toml")
	desktop := read("../../packaging/linux/cn.yaodian.desktop.desktop")
	mime := read("../../packaging/linux/cn.yaodian.desktop.xml")
	nsis := read("../../packaging/windows/yaodian.nsi")
	for _, c := range []struct{ what, got, want string }{
		{"FyneApp.toml ID", field(toml, `(?m)^ID = "(.*)"`), appID},
		{"FyneApp.toml Name", field(toml, `(?m)^Name = "(.*)"`), appName},
		{"FyneApp.toml Version", field(toml, `(?m)^Version = "(.*)"`), version},
		{"desktop entry name", field(desktop, `(?m)^Name=(.*)$`), appName},
		{"desktop entry icon", field(desktop, `(?m)^Icon=(.*)$`), appID},
		{"desktop entry command", field(desktop, `(?m)^Exec=(\S+)`), "yaodian-gui"},
		{"MIME type", field(desktop, `(?m)^MimeType=(.*);$`), field(mime, `<mime-type type="([^"]+)"`)},
		{"MIME glob", field(mime, `<glob pattern="([^"]+)"`), "*.yaodian"},
		{"installer association", field(nsis, `WriteRegStr HKCR "(\.\w+)"`), ".yaodian"},
	} {
		if c.got != c.want {
			t.Errorf("%s is %q, want %q", c.what, c.got, c.want)
		}
	}
	for _, want := range []string{
		`File "yaodian-gui.exe"`, `File "yaodian.exe"`,
		`CreateShortcut "$SMPROGRAMS\要点.lnk" "$INSTDIR\yaodian-gui.exe"`,
		`'"$INSTDIR\yaodian-gui.exe" "%1"'`,
		`Delete "$SMPROGRAMS\要点.lnk"`, `Delete "$INSTDIR\yaodian-gui.exe"`, `Delete "$INSTDIR\yaodian.exe"`,
	} {
		if !strings.Contains(nsis, want) {
			t.Errorf("the installer lacks %s: both programs are installed and removed, the Start menu and .yaodian files open the window program", want)
		}
	}
	if out, err := exec.Command("bash", "-n", "../../scripts/dist").CombinedOutput(); err != nil {
		t.Errorf("scripts/dist does not parse: %v\n%s", err, out)
	}
}
