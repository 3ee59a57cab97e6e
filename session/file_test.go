package session

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// savedPlan writes a template plan to dir/name and opens it.
func savedPlan(t *testing.T, dir, name string) *Session {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := New(Template(2025)).SaveAs(path); err != nil {
		t.Fatal(err)
	}
	s, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// writeOther replaces the file at path as another program would, with a
// plan titled title, and gives it the modification time mod.
func writeOther(t *testing.T, path, title string, mod time.Time) []byte {
	t.Helper()
	d := Template(2025)
	d.Meta.Title = title
	data, err := docmodel.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(path, mod, mod); err != nil {
		t.Fatal(err)
	}
	return data
}

func TestOpenFile(t *testing.T) {
	s := savedPlan(t, t.TempDir(), "a.yaodian")
	if s.Dirty() || s.Path() == "" || s.Source() != s.Path() || s.SuggestedName() != "a.yaodian" {
		t.Errorf("opened: dirty %v path %q source %q name %q", s.Dirty(), s.Path(), s.Source(), s.SuggestedName())
	}
	bad := filepath.Join(t.TempDir(), "bad.yaodian")
	os.WriteFile(bad, []byte(`{"format":"yaodian","schema_version":99}`), 0o644)
	for _, path := range []string{bad, filepath.Join(t.TempDir(), "missing.yaodian")} {
		if _, err := OpenFile(path); err == nil || !strings.Contains(usererr.Chinese(err), path) {
			t.Errorf("OpenFile(%s) = %v, want an error naming the file", path, err)
		}
	}
	huge := filepath.Join(t.TempDir(), "huge.yaodian")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, docmodel.MaxFileSize+1); err != nil { // sparse
		t.Fatal(err)
	}
	if _, err := OpenFile(huge); err == nil || !strings.Contains(usererr.Chinese(err), "超过 64 MB，不是要点文档") || !strings.Contains(err.Error(), "larger than 64 MB") {
		t.Errorf("OpenFile of a file over the limit = %v, want the size refusal", err)
	}
}

func TestSaveConflict(t *testing.T) {
	later := time.Now().Add(time.Hour).Truncate(time.Second)
	for _, tc := range []struct {
		name     string
		change   func(t *testing.T, path string)
		conflict error
	}{
		{"untouched", func(*testing.T, string) {}, nil},
		{"touched only", func(t *testing.T, path string) {
			if err := os.Chtimes(path, later, later); err != nil {
				t.Fatal(err)
			}
		}, nil},
		{"rewritten with the same bytes", func(t *testing.T, path string) {
			data, _ := os.ReadFile(path)
			os.WriteFile(path, append(data[:0:0], data...), 0o644)
			os.Chtimes(path, later, later)
		}, nil},
		{"deleted", func(t *testing.T, path string) { os.Remove(path) }, ErrMissingOnDisk},
		{"changed by another program", func(t *testing.T, path string) {
			writeOther(t, path, "别人改过的要点", later)
		}, ErrChangedOnDisk},
		{"same size, other content", func(t *testing.T, path string) {
			writeOther(t, path, "2025年工作要甲", later) // 点 and 甲 are both three bytes
		}, ErrChangedOnDisk},
		{"same size and time, other content", func(t *testing.T, path string) {
			info, _ := os.Stat(path)
			writeOther(t, path, "2025年工作要甲", info.ModTime())
		}, ErrChangedOnDisk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := savedPlan(t, t.TempDir(), "plan.yaodian")
			s.Edit("修改标题", "", setTitle("我的修改"))
			tc.change(t, s.Path())
			onDisk, _ := os.ReadFile(s.Path())
			err := s.Save()
			if tc.conflict == nil {
				if err != nil {
					t.Fatalf("Save = %v, want success", err)
				}
				if got, _ := os.ReadFile(s.Path()); !bytes.Equal(got, encoding(t, s)) || s.Dirty() {
					t.Errorf("after Save the file differs from the document or the session is dirty")
				}
				return
			}
			if !errors.Is(err, tc.conflict) {
				t.Fatalf("Save = %v, want %v", err, tc.conflict)
			}
			if zh := usererr.Chinese(err); tc.conflict == ErrChangedOnDisk && (!strings.Contains(zh, "其他程序修改") || !strings.Contains(zh, "重新载入")) || !strings.Contains(zh, "另存为") {
				t.Errorf("conflict message %q should say what happened and offer 重新载入 / 另存为", zh)
			}
			if got, _ := os.ReadFile(s.Path()); !bytes.Equal(got, onDisk) {
				t.Error("a refused Save wrote the file")
			}
			if _, err := os.Stat(s.Path() + ".bak"); err == nil {
				t.Error("a refused Save wrote a backup")
			}
			if !s.Dirty() || s.Doc().Meta.Title != "我的修改" {
				t.Error("a refused Save lost the document's changes")
			}

			if tc.conflict == ErrMissingOnDisk {
				return
			}
			// Reload takes the other program's version and starts afresh.
			if err := s.Reload(); err != nil {
				t.Fatal(err)
			}
			if got := encoding(t, s); !bytes.Equal(got, onDisk) || s.Dirty() || s.CanUndo() || s.CanRedo() {
				t.Errorf("after Reload: same as disk %v, dirty %v, undo %v, redo %v", bytes.Equal(got, onDisk), s.Dirty(), s.CanUndo(), s.CanRedo())
			}
			s.Edit("修改标题", "", setTitle("重新载入后的修改"))
			if err := s.Save(); err != nil {
				t.Errorf("Save after Reload = %v", err)
			}
		})
	}
}

func TestSaveAs(t *testing.T) {
	dir := t.TempDir()
	s := New(Template(2025))
	if err := s.Save(); !errors.Is(err, ErrNoPath) {
		t.Fatalf("Save of an untitled document = %v, want ErrNoPath", err)
	}
	s.Edit("修改标题", "", setTitle("甲"))
	first := filepath.Join(dir, "first.yaodian")
	if err := s.SaveAs(first); err != nil {
		t.Fatal(err)
	}
	if s.Path() != first || s.Dirty() {
		t.Errorf("after SaveAs: path %q dirty %v", s.Path(), s.Dirty())
	}
	d, _, _, err := loadStamped(first)
	if err != nil || d.Meta.Title != "甲" {
		t.Fatalf("the saved file has title %v, %v", d, err)
	}

	// SaveAs does not check for conflicts: the dialog has confirmed.
	other := filepath.Join(dir, "other.yaodian")
	writeOther(t, other, "别人的文件", time.Now())
	if err := s.SaveAs(other); err != nil {
		t.Fatal(err)
	}
	// And the stamp follows the new file: a later change there is a conflict.
	writeOther(t, other, "又被改了一次", time.Now().Add(time.Hour))
	s.Edit("修改标题", "", setTitle("乙"))
	if err := s.Save(); !errors.Is(err, ErrChangedOnDisk) {
		t.Errorf("Save after another program changed the SaveAs file = %v", err)
	}
	if err := s.SaveAs(""); !errors.Is(err, ErrNoPath) {
		t.Errorf("SaveAs(\"\") = %v, want ErrNoPath", err)
	}
	if err := New(nil).Reload(); !errors.Is(err, ErrNoPath) {
		t.Errorf("Reload of an untitled session = %v, want ErrNoPath", err)
	}
}

func TestSaveFailureKeepsChanges(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	os.Mkdir(dir, 0o755)
	s := savedPlan(t, dir, "plan.yaodian")
	s.Edit("修改标题", "", setTitle("未能保存的修改"))
	want := encoding(t, s)
	if os.Geteuid() == 0 {
		// root ignores permissions: make the folder a regular file instead.
		os.RemoveAll(dir)
		os.WriteFile(dir, []byte("not a folder"), 0o644)
	} else {
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
	}
	for _, save := range []func() error{s.Save, func() error { return s.SaveAs(filepath.Join(dir, "new.yaodian")) }} {
		err := save()
		if err == nil {
			t.Fatal("saving into an unwritable folder succeeded")
		}
		if zh := usererr.Chinese(err); !strings.Contains(zh, "无法保存") || !strings.Contains(zh, "没有保存") {
			t.Errorf("message %q should say in Chinese that the document was not saved", zh)
		}
		if !s.Dirty() || !bytes.Equal(encoding(t, s), want) || !s.CanUndo() || filepath.Dir(s.Path()) != dir || filepath.Base(s.Path()) != "plan.yaodian" {
			t.Error("a failed save changed the session")
		}
	}
}

func TestRecent(t *testing.T) {
	abs := func(p string) string { return absClean(p) }
	var many []string
	for i := range 12 {
		many = append(many, "/docs/"+string(rune('a'+i))+".yaodian")
	}
	for _, tc := range []struct {
		name string
		list []string
		path string
		want []string
	}{
		{"added to an empty list", nil, "/docs/a.yaodian", []string{"/docs/a.yaodian"}},
		{"new path first", []string{"/docs/a.yaodian", "/docs/b.yaodian"}, "/docs/c.yaodian",
			[]string{"/docs/c.yaodian", "/docs/a.yaodian", "/docs/b.yaodian"}},
		{"existing path moves to the front", []string{"/docs/a.yaodian", "/docs/b.yaodian", "/docs/c.yaodian"}, "/docs/b.yaodian",
			[]string{"/docs/b.yaodian", "/docs/a.yaodian", "/docs/c.yaodian"}},
		{"the same file under another spelling", []string{"/docs/a.yaodian", "/docs/./x/../b.yaodian"}, "/docs//b.yaodian",
			[]string{"/docs/b.yaodian", "/docs/a.yaodian"}},
		{"relative path made absolute", nil, "plan.yaodian", []string{abs("plan.yaodian")}},
		{"duplicates in the list removed", []string{"/docs/a.yaodian", "/docs/a.yaodian/"}, "", []string{"/docs/a.yaodian"}},
		{"capped at ten", many, "/docs/new.yaodian", append([]string{"/docs/new.yaodian"}, many[:9]...)},
	} {
		got := Recent(tc.list, tc.path)
		want := make([]string, len(tc.want))
		for i, p := range tc.want {
			want[i] = abs(p)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: Recent = %q, want %q", tc.name, got, want)
		}
	}
}
