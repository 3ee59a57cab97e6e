package main

import (
	"maps"
	"testing"
	"testing/fstest"
)

// The input method server that runs is named to X11 and the toolkits,
// unless the session already named one.
func TestInputMethodEnv(t *testing.T) {
	proc := func(names ...string) fstest.MapFS {
		fsys := fstest.MapFS{"self/comm": {Data: []byte("yaodian\n")}}
		for i, n := range names {
			fsys[string(rune('1'+i))+"0/comm"] = &fstest.MapFile{Data: []byte(n + "\n")}
		}
		return fsys
	}
	none := func(string) string { return "" }
	for _, tc := range []struct {
		name string
		proc fstest.MapFS
		env  func(string) string
		want map[string]string
	}{
		{"fcitx5", proc("bash", "fcitx5"), none, map[string]string{"XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx", "QT_IM_MODULE": "fcitx"}},
		{"搜狗 on fcitx", proc("sogoupinyin-service", "fcitx"), none, map[string]string{"XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx", "QT_IM_MODULE": "fcitx"}},
		{"ibus", proc("ibus-daemon", "ibus-x11"), none, map[string]string{"XMODIFIERS": "@im=ibus", "GTK_IM_MODULE": "ibus", "QT_IM_MODULE": "ibus"}},
		{"both: fcitx first", proc("ibus-daemon", "fcitx5"), none, map[string]string{"XMODIFIERS": "@im=fcitx", "GTK_IM_MODULE": "fcitx", "QT_IM_MODULE": "fcitx"}},
		{"the session named one", proc("fcitx5"), func(k string) string {
			if k == "XMODIFIERS" {
				return "@im=ibus"
			}
			return ""
		}, nil},
		{"a toolkit module already set", proc("fcitx5"), func(k string) string {
			if k == "GTK_IM_MODULE" {
				return "xim"
			}
			return ""
		}, map[string]string{"XMODIFIERS": "@im=fcitx", "QT_IM_MODULE": "fcitx"}},
		{"no input method", proc("bash", "Xvfb"), none, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := inputMethodEnv(tc.proc, tc.env); !maps.Equal(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}
