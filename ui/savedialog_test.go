package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/session"
)

// nameEntry is the file name field of the save dialog on top.
func nameEntry(t *testing.T, win fyne.Window) *dialogEntry {
	t.Helper()
	overlays := win.Canvas().Overlays().List()
	for i := len(overlays) - 1; i >= 0; i-- {
		for _, obj := range test.LaidOutObjects(overlays[i]) {
			if e, ok := obj.(*dialogEntry); ok && e.Visible() {
				return e
			}
		}
	}
	t.Fatal("no save dialog")
	return nil
}

// topButton finds the button labelled label in the dialog on top.
func topButton(t *testing.T, win fyne.Window, label string) *widget.Button {
	t.Helper()
	overlays := win.Canvas().Overlays().List()
	for i := len(overlays) - 1; i >= 0; i-- {
		for _, obj := range test.LaidOutObjects(overlays[i]) {
			if b, ok := asButton(obj); ok && b.Text == label && b.Visible() {
				return b
			}
		}
	}
	t.Fatalf("no dialog button %q", label)
	return nil
}

// Save As over an existing file: the file stays byte for byte as it was
// until the writer confirms, and afterwards its old content is the .bak.
func TestSaveAsOverExistingFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "old.yaodian")
	old := []byte("the previous version, which must survive")
	os.WriteFile(path, old, 0o640)
	w, _ := newPlan(t)
	w.saveDir = dir
	w.saveAs()
	e := nameEntry(t, w.win)
	if e.Text != "2025年工作要点.yaodian" {
		t.Errorf("proposed name %q", e.Text)
	}
	e.SetText("old.yaodian")
	test.Tap(topButton(t, w.win, "保存"))
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Fatal("the file changed before replacing it was confirmed")
	}
	test.Tap(topButton(t, w.win, "取消"))
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) || w.s.Path() != "" {
		t.Fatal("cancelling the replacement wrote the file")
	}
	test.Tap(topButton(t, w.win, "保存"))
	test.Tap(topButton(t, w.win, "替换"))
	if w.s.Path() != path || w.s.Dirty() {
		t.Fatalf("after Save As: path %q, dirty %v", w.s.Path(), w.s.Dirty())
	}
	if bak, _ := os.ReadFile(path + ".bak"); !bytes.Equal(bak, old) {
		t.Errorf("the backup holds %d bytes, not the previous version", len(bak))
	}
	info, _ := os.Stat(path)
	if s, err := session.OpenFile(path); err != nil || s.Doc().Meta.Title != "2025年工作要点" || info.Mode().Perm() != 0o640 {
		t.Errorf("saved file: %v, mode %v", err, info.Mode().Perm())
	}
}

// A name of another type gets the extension, and the file of that name
// is never touched: the writer is told so first.
func TestSaveAsOtherType(t *testing.T) {
	dir := t.TempDir()
	notes := filepath.Join(dir, "notes.txt")
	os.WriteFile(notes, []byte("my notes"), 0o644)
	w, _ := newPlan(t)
	w.saveDir = dir
	w.saveAs()
	nameEntry(t, w.win).SetText("notes.txt")
	test.Tap(topButton(t, w.win, "保存"))
	if got, _ := os.ReadFile(notes); string(got) != "my notes" {
		t.Fatal("notes.txt was changed")
	}
	test.Tap(topButton(t, w.win, "保存为 notes.txt.yaodian"))
	if got, _ := os.ReadFile(notes); string(got) != "my notes" {
		t.Error("notes.txt was changed")
	}
	if w.s.Path() != notes+".yaodian" {
		t.Errorf("saved to %q", w.s.Path())
	}
}

// The conflict dialog's 另存为 proposes a new name beside the file, and
// the other program's version stays as it is.
func TestConflictSaveAsProposesNewName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaodian")
	if err := session.New(session.Template(2025)).SaveAs(path); err != nil {
		t.Fatal(err)
	}
	w := newTestWindow(t)
	if err := w.Open(path); err != nil {
		t.Fatal(err)
	}
	w.meta.title.SetText("本窗口的标题")
	other, _ := docmodel.Encode(session.Template(2026))
	os.WriteFile(path, other, 0o644)
	w.save()
	test.Tap(topButton(t, w.win, "另存为…"))
	e := nameEntry(t, w.win)
	if e.Text != "plan（副本）.yaodian" {
		t.Fatalf("另存为 proposes %q", e.Text)
	}
	test.Tap(topButton(t, w.win, "保存"))
	if got, _ := os.ReadFile(path); !bytes.Equal(got, other) {
		t.Error("the other program's version was overwritten")
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		t.Error("a backup of the other program's version was made over")
	}
	if w.s.Path() != filepath.Join(dir, "plan（副本）.yaodian") || w.s.Dirty() {
		t.Errorf("saved to %q, dirty %v", w.s.Path(), w.s.Dirty())
	}
}

// A file moved away while open: saving says so and can put it back.
func TestSaveWhenFileMissing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaodian")
	session.New(session.Template(2025)).SaveAs(path)
	w := newTestWindow(t)
	w.Open(path)
	w.meta.title.SetText("本窗口的标题")
	os.Rename(path, filepath.Join(dir, "moved.yaodian"))
	w.save()
	test.Tap(topButton(t, w.win, "在原位置重新保存"))
	if s, err := session.OpenFile(path); err != nil || s.Doc().Meta.Title != "本窗口的标题" || w.s.Dirty() {
		t.Errorf("after saving again: %v, dirty %v", err, w.s.Dirty())
	}
}

// Exporting over an existing file replaces it only after the writer
// confirms, keeping the previous export as .bak.
func TestExportOverExistingFile(t *testing.T) {
	dir := t.TempDir()
	md := filepath.Join(dir, "2025年工作要点.md")
	os.WriteFile(md, []byte("previous export"), 0o644)
	w, _ := newPlan(t)
	w.saveDir = dir
	w.chooseExport(".md")
	test.Tap(topButton(t, w.win, "保存"))
	if got, _ := os.ReadFile(md); string(got) != "previous export" {
		t.Fatal("the export was emptied before replacing it was confirmed")
	}
	// While the export is made, as when a kill -9 strikes, the previous
	// export is whole.
	io := w.io
	w.io = func(work, done func()) {
		if got, _ := os.ReadFile(md); string(got) != "previous export" {
			t.Errorf("while exporting the file holds %q", got)
		}
		io(work, done)
	}
	test.Tap(topButton(t, w.win, "替换"))
	if got, _ := os.ReadFile(md); !strings.Contains(string(got), "工作要点") {
		t.Errorf("the export holds %q", got)
	}
	if bak, _ := os.ReadFile(md + ".bak"); string(bak) != "previous export" {
		t.Errorf("backup holds %q", bak)
	}
}

// An autosave that fails says so in a dialog and keeps saying so in the
// status line while the writer types, until an autosave works again.
func TestAutosaveFailureStaysVisible(t *testing.T) {
	blocker := filepath.Join(t.TempDir(), "not-a-folder")
	os.WriteFile(blocker, nil, 0o644)
	w, _ := newPlan(t)
	w.recoveryDir = filepath.Join(blocker, "recovery")
	w.s.SetRecoveryDir(w.recoveryDir)
	test.Type(w.editor.title, "加强平台建设")
	w.autosave()
	topButton(t, w.win, "确定")
	if n := strings.Count(w.autosaveProblem, "自动保存失败"); n != 1 {
		t.Errorf("the reason %q says 自动保存失败 %d times", w.autosaveProblem, n)
	}
	test.Type(w.editor.title, "和应用")
	if !strings.Contains(w.status.Text, "自动保存失败") {
		t.Errorf("after typing the status line says %q", w.status.Text)
	}
	w.recoveryDir = t.TempDir()
	w.s.SetRecoveryDir(w.recoveryDir)
	w.autosave()
	if strings.Contains(w.status.Text, "自动保存失败") {
		t.Errorf("after a good autosave the status line still says %q", w.status.Text)
	}
}

// A document recovered after its file was changed behind the app's back
// says so, and saving it asks instead of overwriting.
func TestRecoveryOfChangedFile(t *testing.T) {
	rec := t.TempDir()
	path := filepath.Join(t.TempDir(), "plan.yaodian")
	session.New(session.Template(2025)).SaveAs(path)
	w := newTestWindowIn(t, test.NewTempApp(t), rec)
	w.Open(path)
	w.meta.title.SetText("崩溃前的修改")
	w.autosave()
	// The process dies; another program changes the file.
	other, _ := docmodel.Encode(session.Template(2026))
	os.WriteFile(path, other, 0o644)

	again := newTestWindowIn(t, test.NewTempApp(t), rec)
	again.OfferRecovery()
	test.Tap(topButton(t, again.win, "恢复"))
	found := false
	for _, o := range again.win.Canvas().Overlays().List() {
		for _, obj := range test.LaidOutObjects(o) {
			if l, ok := obj.(*flowLabel); ok && strings.Contains(l.Text, "已被其他程序修改") {
				found = true
			}
		}
	}
	if !found {
		t.Error("the restore did not say the file was changed")
	}
	again.save()
	topButton(t, again.win, "重新载入（放弃本窗口的修改）")
	if got, _ := os.ReadFile(path); !bytes.Equal(got, other) {
		t.Error("saving the recovered document overwrote the other program's version")
	}
}
