package main

import (
	"os"
	"testing"

	"github.com/jeandeaual/go-locale"
)

// The window's language is Chinese whatever the session's, as go-locale,
// through which Fyne picks its locale, reads it; and the character type —
// what GLFW's X input method, and each program the window starts, take
// from the environment — stays the session's, so that a machine without
// the zh_CN.UTF-8 locale still types Chinese.
func TestChineseEnv(t *testing.T) {
	vars := []string{"LC_ALL", "LC_MESSAGES", "LC_CTYPE", "LANG", "LANGUAGE"}
	for _, tc := range []struct {
		name    string
		session map[string]string
		c       bool // the C locale, where gettext and go-locale read no LANGUAGE
	}{
		{"English desktop", map[string]string{"LANG": "en_US.UTF-8"}, false},
		{"English desktop with LANGUAGE", map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "en_US:en"}, false},
		{"Chinese desktop", map[string]string{"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh"}, false},
		{"LC_ALL set", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, false},
		{"Traditional character type", map[string]string{"LANG": "zh_TW.UTF-8", "LC_CTYPE": "zh_TW.Big5"}, false},
		{"C locale", map[string]string{"LANG": "C.UTF-8"}, true},
		{"C locale forced", map[string]string{"LANG": "en_US.UTF-8", "LC_ALL": "C"}, true},
		{"nothing set", map[string]string{}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			for _, v := range vars {
				t.Setenv(v, tc.session[v]) // restored after the test
			}
			setChineseEnv()
			got, err := locale.GetLocales()
			if err != nil {
				t.Fatal(err)
			}
			switch {
			case tc.c && len(got) != 0:
				t.Errorf("go-locale reads %q in the C locale, want nothing", got)
			case !tc.c && (len(got) == 0 || got[0] != "zh-CN"):
				t.Errorf("go-locale reads %q, want zh-CN first", got)
			}
			for _, v := range []string{"LC_ALL", "LC_CTYPE", "LANG"} {
				if os.Getenv(v) != tc.session[v] {
					t.Errorf("%s is %q, want the session's %q", v, os.Getenv(v), tc.session[v])
				}
			}
		})
	}
}
