package main

import (
	"maps"
	"strings"
	"testing"
)

// posixLocale returns the locale a C library takes a category from:
// LC_ALL, else the category's own variable, else LANG (POSIX, 8.2).
func posixLocale(env map[string]string, category string) string {
	for _, k := range []string{"LC_ALL", category, "LANG"} {
		if env[k] != "" {
			return env[k]
		}
	}
	return ""
}

// firstLanguage returns the language gettext, and Fyne through go-locale,
// take first: LANGUAGE's first, where the messages locale is not C, else
// that locale's.
func firstLanguage(env map[string]string) string {
	messages := posixLocale(env, "LC_MESSAGES")
	if base, _, _ := strings.Cut(messages, "."); base == "C" || base == "POSIX" || base == "" {
		return ""
	}
	if env["LANGUAGE"] != "" {
		first, _, _ := strings.Cut(env["LANGUAGE"], ":")
		return first
	}
	base, _, _ := strings.Cut(messages, ".")
	return base
}

// The window's language is Chinese whatever the session's, and the
// character type — what GLFW's X input method, and each program the
// window starts, take from the environment — stays the session's, so that
// a machine without the zh_CN.UTF-8 locale still types Chinese.
func TestChineseEnv(t *testing.T) {
	for _, tc := range []struct {
		name     string
		session  map[string]string
		language string // the first language after setChineseEnv
	}{
		{"English desktop", map[string]string{"LANG": "en_US.UTF-8"}, "zh_CN"},
		{"English desktop with LANGUAGE", map[string]string{"LANG": "en_US.UTF-8", "LANGUAGE": "en_US:en"}, "zh_CN"},
		{"Chinese desktop", map[string]string{"LANG": "zh_CN.UTF-8", "LANGUAGE": "zh_CN:zh"}, "zh_CN"},
		{"LC_ALL set", map[string]string{"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "zh_CN"},
		{"Traditional character type", map[string]string{"LANG": "zh_TW.UTF-8", "LC_CTYPE": "zh_TW.Big5"}, "zh_CN"},
		// In the C locale gettext and go-locale read no LANGUAGE; Fyne's
		// wording is Chinese all the same.
		{"C locale", map[string]string{"LANG": "C.UTF-8"}, ""},
	} {
		env := maps.Clone(tc.session)
		maps.Copy(env, chineseEnv)
		if got, want := posixLocale(env, "LC_CTYPE"), posixLocale(tc.session, "LC_CTYPE"); got != want {
			t.Errorf("%s: the character type is %q, want the session's %q", tc.name, got, want)
		}
		if got := firstLanguage(env); got != tc.language {
			t.Errorf("%s: the first language is %q, want %q", tc.name, got, tc.language)
		}
	}
}
