package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/usererr"
)

// topText is the text of the labels of the dialog on top.
func topText(t *testing.T, win fyne.Window) string {
	t.Helper()
	overlays := win.Canvas().Overlays().List()
	if len(overlays) == 0 {
		t.Fatal("no dialog")
	}
	var texts []string
	for _, obj := range test.LaidOutObjects(overlays[len(overlays)-1]) {
		switch l := obj.(type) {
		case *widget.Label:
			if l.Visible() {
				texts = append(texts, l.Text)
			}
		case *flowLabel:
			if l.Visible() {
				texts = append(texts, l.Text)
			}
		}
	}
	return strings.Join(texts, "\n")
}

// 打印… (Ctrl+P) writes a temporary PDF, opens it with the system's
// program and says where it is; when nothing can open it, it says so,
// with the path.
func TestPrint(t *testing.T) {
	for _, tc := range []struct {
		name    string
		openErr error
		want    string
	}{
		{"opened", nil, "已生成打印用 PDF 并用系统程序打开"},
		{"no viewer", usererr.New("没有能打开它的程序", "no program could open it"), "无法用系统程序打开它：没有能打开它的程序"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newTestWindow(t)
			if err := w.Open(bench); err != nil {
				t.Fatal(err)
			}
			var opened string
			w.open = func(path string) error {
				opened = path
				return tc.openErr
			}
			var print *fyne.MenuItem
			for _, it := range w.win.MainMenu().Items[0].Items {
				if it.Label == "打印…" {
					print = it
				}
			}
			if print == nil || print.Shortcut.ShortcutName() != "CustomDesktop:Control+P" {
				t.Fatalf("文件 menu has no 打印… on Ctrl+P: %+v", print)
			}
			print.Action()
			if filepath.Dir(opened) != w.printDir || filepath.Ext(opened) != ".pdf" {
				t.Fatalf("opened %q, want a PDF in the temporary folder", opened)
			}
			b, err := os.ReadFile(opened)
			if err != nil || !strings.HasPrefix(string(b), "%PDF") {
				t.Fatalf("%s is not a PDF: %v", opened, err)
			}
			text := topText(t, w.win)
			if !strings.Contains(text, tc.want) || !strings.Contains(text, opened) {
				t.Errorf("message %q, want %q and the path", text, tc.want)
			}
		})
	}
}

// 打印… and closing the window delete the print PDFs written more than
// printKeep ago, and keep newer ones, which a viewer may have open; other
// files in the folder stay.
func TestPrintCleansOldFiles(t *testing.T) {
	for _, tc := range []struct {
		name string
		act  func(w *Window)
	}{
		{"print", func(w *Window) {
			if err := w.Open(bench); err != nil {
				t.Fatal(err)
			}
			w.open = func(string) error { return nil }
			w.printPDF()
		}},
		{"close", func(w *Window) { w.requestClose() }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			w := newTestWindow(t)
			if err := os.MkdirAll(w.printDir, 0o700); err != nil {
				t.Fatal(err)
			}
			now := time.Now()
			files := []struct {
				name string
				age  time.Duration
				kept bool
			}{
				{"年度工作要点（打印 09-00-00）.pdf", 3 * time.Hour, false},
				{"年度工作要点（打印 11-30-00）.pdf", printKeep + time.Minute, false},
				{"年度工作要点（打印 11-59-00）.pdf", printKeep - 5*time.Minute, true}, // a viewer may have it
				{"年度工作要点（打印 12-00-00）.pdf", time.Minute, true},
				{"说明.txt", 3 * time.Hour, true},
			}
			for _, f := range files {
				path := filepath.Join(w.printDir, f.name)
				if err := os.WriteFile(path, []byte("%PDF"), 0o600); err != nil {
					t.Fatal(err)
				}
				if err := os.Chtimes(path, now.Add(-f.age), now.Add(-f.age)); err != nil {
					t.Fatal(err)
				}
			}
			tc.act(w)
			for _, f := range files {
				_, err := os.Stat(filepath.Join(w.printDir, f.name))
				if kept := err == nil; kept != f.kept {
					t.Errorf("%s: kept %v, want %v", f.name, kept, f.kept)
				}
			}
		})
	}
}

// 打开所在文件夹 says so, with the folder, when nothing can open folders.
func TestOpenFolderFails(t *testing.T) {
	w := newTestWindow(t)
	w.open = func(string) error { return errors.New("exec: \"xdg-open\": executable file not found in $PATH") }
	w.exported("/tmp/导出/plan.pdf", "PDF，1 页")
	test.Tap(button(t, w.win, "打开所在文件夹"))
	text := topText(t, w.win)
	if !strings.Contains(text, "无法打开文件夹") || !strings.Contains(text, "/tmp/导出") {
		t.Errorf("message %q, want that the folder /tmp/导出 could not be opened", text)
	}
}
