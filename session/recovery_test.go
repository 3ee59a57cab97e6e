package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// recoveryFiles lists the recovery files in dir.
func recoveryFiles(t *testing.T, dir string) []string {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*"+RecoveryExt))
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// recoveredTitle returns the title of the document in a recovery file.
func recoveredTitle(t *testing.T, file string) string {
	t.Helper()
	_, _, d, err := readRecovery(file)
	if err != nil {
		t.Fatal(err)
	}
	return d.Meta.Title
}

func TestAutosaveTiming(t *testing.T) {
	rec := filepath.Join(t.TempDir(), "recovery")
	s := savedPlan(t, t.TempDir(), "plan.yaodian")
	s.SetRecoveryDir(rec)
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)

	if s.AutosaveDue(t0) {
		t.Error("autosave due without an edit")
	}
	if err := s.Autosave(t0); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(rec); err == nil {
		t.Error("the recovery folder was created before anything needed saving")
	}

	s.Edit("修改标题", "", setTitle("第一次修改"))
	if !s.AutosaveDue(t0) {
		t.Fatal("the first edit should be due at once")
	}
	if err := s.Autosave(t0); err != nil {
		t.Fatal(err)
	}
	files := recoveryFiles(t, rec)
	if len(files) != 1 || recoveredTitle(t, files[0]) != "第一次修改" {
		t.Fatalf("after the first autosave: %v", files)
	}
	if s.AutosaveDue(t0.Add(time.Hour)) {
		t.Error("autosave due with nothing new to write")
	}

	s.Edit("修改标题", "", setTitle("第二次修改"))
	for _, tc := range []struct {
		after time.Duration
		due   bool
	}{{5 * time.Second, false}, {29 * time.Second, false}, {AutosaveInterval, true}, {time.Minute, true}} {
		if got := s.AutosaveDue(t0.Add(tc.after)); got != tc.due {
			t.Errorf("AutosaveDue %v after the last write = %v, want %v", tc.after, got, tc.due)
		}
	}
	s.Autosave(t0.Add(10 * time.Second)) // not due: writes nothing
	if recoveredTitle(t, files[0]) != "第一次修改" {
		t.Error("Autosave wrote before it was due")
	}
	s.Autosave(t0.Add(AutosaveInterval))
	if got := recoveryFiles(t, rec); len(got) != 1 || got[0] != files[0] || recoveredTitle(t, got[0]) != "第二次修改" {
		t.Errorf("the second autosave should rewrite the same file: %v", got)
	}

	// Undoing back to the saved state: the recovery file is no longer needed.
	s.Undo()
	s.Undo()
	if s.Dirty() || !s.AutosaveDue(t0.Add(2*AutosaveInterval)) {
		t.Fatal("undo to the saved state should be clean and due")
	}
	s.Autosave(t0.Add(2 * AutosaveInterval))
	if got := recoveryFiles(t, rec); len(got) != 0 {
		t.Errorf("a clean session kept its recovery file: %v", got)
	}

	// Saving removes the recovery file.
	s.Edit("修改标题", "", setTitle("第三次修改"))
	s.Autosave(t0.Add(3 * AutosaveInterval))
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	if got := recoveryFiles(t, rec); len(got) != 0 || s.AutosaveDue(t0.Add(time.Hour)) {
		t.Errorf("Save left the recovery file %v or something due", got)
	}

	// No recovery folder, no autosave.
	s.SetRecoveryDir("")
	s.Edit("修改标题", "", setTitle("第四次修改"))
	if s.AutosaveDue(t0.Add(time.Hour)) {
		t.Error("autosave due with autosave turned off")
	}
}

func TestAutosaveFailure(t *testing.T) {
	notDir := filepath.Join(t.TempDir(), "file")
	os.WriteFile(notDir, nil, 0o644)
	s := New(Template(2025))
	s.SetRecoveryDir(filepath.Join(notDir, "recovery"))
	s.Edit("修改标题", "", setTitle("甲"))
	t0 := time.Now()
	err := s.Autosave(t0)
	if err == nil || !strings.HasPrefix(usererr.Chinese(err), "自动保存失败") {
		t.Fatalf("Autosave into an impossible folder = %v", err)
	}
	if s.AutosaveDue(t0.Add(time.Second)) || !s.AutosaveDue(t0.Add(AutosaveInterval)) {
		t.Error("after a failure autosave should wait one interval, then try again")
	}
}

func TestCrashRecovery(t *testing.T) {
	rec := t.TempDir()
	now := time.Now()

	// A saved plan and an untitled one are edited and autosaved, then the
	// program dies: neither session is closed.
	saved := savedPlan(t, t.TempDir(), "plan.yaodian")
	saved.SetRecoveryDir(rec)
	saved.Edit("添加部分", "", addSection("崩溃前添加的部分"))
	saved.Autosave(now.Add(-time.Minute))
	wantSaved := encoding(t, saved)

	untitled := New(Template(2026))
	untitled.SetRecoveryDir(rec)
	untitled.Edit("修改标题", "", setTitle("未命名的要点"))
	untitled.Autosave(now)
	wantUntitled := encoding(t, untitled)
	path := saved.Path()
	saved, untitled = nil, nil

	recs, err := Recoveries(rec)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 {
		t.Fatalf("Recoveries found %d files, want 2: %+v", len(recs), recs)
	}
	if recs[0].Title != "未命名的要点" || recs[0].Path != "" || recs[1].Title != "2025年工作要点" || recs[1].Path != path {
		t.Errorf("Recoveries, newest first = %+v", recs)
	}
	if !recs[0].Saved.Equal(now) {
		t.Errorf("Saved = %v, want the autosave time %v", recs[0].Saved, now)
	}

	s, err := Restore(recs[1])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encoding(t, s), wantSaved) || !s.Dirty() || s.Path() != path {
		t.Errorf("restored: same document %v, dirty %v, path %q", bytes.Equal(encoding(t, s), wantSaved), s.Dirty(), s.Path())
	}
	if err := s.Save(); err != nil {
		t.Fatalf("saving a restored document over its unchanged file = %v", err)
	}
	if _, err := os.Stat(recs[1].File); !os.IsNotExist(err) {
		t.Error("Save after Restore kept the recovery file")
	}

	u, err := Restore(recs[0])
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(encoding(t, u), wantUntitled) || !u.Dirty() || u.Path() != "" {
		t.Error("the restored untitled document differs")
	}
	if err := u.Close(); err != nil {
		t.Fatal(err)
	}
	if got, err := Recoveries(rec); len(got) != 0 || err != nil {
		t.Errorf("after Close: Recoveries = %v, %v", got, err)
	}
}

func TestRestoreOverChangedFile(t *testing.T) {
	rec := t.TempDir()
	s := savedPlan(t, t.TempDir(), "plan.yaodian")
	s.SetRecoveryDir(rec)
	s.Edit("修改标题", "", setTitle("恢复的修改"))
	s.Autosave(time.Now())
	recs, _ := Recoveries(rec)
	if len(recs) != 1 {
		t.Fatalf("Recoveries = %v", recs)
	}
	r, err := Restore(recs[0])
	if err != nil {
		t.Fatal(err)
	}
	// The file changes after the restore: that is someone else's change.
	writeOther(t, r.Path(), "恢复后别人改的", time.Now().Add(time.Hour))
	if err := r.Save(); err == nil || !strings.Contains(usererr.Chinese(err), "其他程序") {
		t.Errorf("Save over a file changed after Restore = %v", err)
	}
}

func TestRestoreWhereNoFileWas(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaodian")
	for _, appears := range []bool{false, true} {
		os.Remove(path)
		file := writeFixture(t, dir, "crashed", 0, time.Now())
		s, err := Restore(Recovery{File: file, Path: path})
		if err != nil {
			t.Fatal(err)
		}
		if appears {
			writeOther(t, path, "别人新建的文件", time.Now())
		}
		err = s.Save()
		if appears && !errors.Is(err, ErrChangedOnDisk) || !appears && err != nil {
			t.Errorf("file appears %v: Save = %v", appears, err)
		}
	}
}

// writeFixture writes a recovery file as a process with the given ID would.
func writeFixture(t *testing.T, dir, name string, pid int, saved time.Time) string {
	t.Helper()
	doc, err := docmodel.Encode(Template(2025))
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.Marshal(recoveryFile{Format: recoveryFormat, SchemaVersion: recoverySchema, Title: name, PID: pid, Saved: saved, Document: doc})
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, name+RecoveryExt)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

func TestRecoveriesSkipsLiveProcesses(t *testing.T) {
	const other, dead = 424242, 434343
	processAlive = func(pid int) bool { return pid == other || pid == os.Getpid() }
	t.Cleanup(func() { processAlive = alive })

	dir := t.TempDir()
	now := time.Now()
	writeFixture(t, dir, "other-window", other, now)
	writeFixture(t, dir, "crashed", dead, now.Add(-2*time.Hour))
	writeFixture(t, dir, "this-process", os.Getpid(), now.Add(-time.Hour))
	recs, err := Recoveries(dir)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range recs {
		titles = append(titles, r.Title)
	}
	if strings.Join(titles, ",") != "this-process,crashed" {
		t.Errorf("Recoveries = %v, want the crashed and this process's files, newest first", titles)
	}
}

func TestRecoveriesReportsDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFixture(t, dir, "good", 0, time.Now())
	data, _ := os.ReadFile(good)
	for name, content := range map[string][]byte{
		"truncated":    data[:len(data)/2],
		"not-recovery": []byte(`{"format":"something-else","schema_version":1}`),
		"future":       bytes.Replace(data, []byte(`"schema_version":1`), []byte(`"schema_version":9`), 1),
		"bad-document": bytes.Replace(data, []byte(`"next_id"`), []byte(`"next_idx"`), 1),
	} {
		os.WriteFile(filepath.Join(dir, name+RecoveryExt), content, 0o600)
	}
	os.WriteFile(filepath.Join(dir, "unrelated.txt"), []byte("x"), 0o600)
	os.WriteFile(filepath.Join(dir, ".good.yaodian-recovery.123.tmp"), []byte("x"), 0o600)

	recs, err := Recoveries(dir)
	if len(recs) != 1 || recs[0].File != good {
		t.Errorf("damaged files hid the good one: %+v", recs)
	}
	if err == nil {
		t.Fatal("damaged recovery files were not reported")
	}
	zh := usererr.Chinese(err)
	for _, name := range []string{"truncated", "not-recovery", "future", "bad-document"} {
		if !strings.Contains(zh, name+RecoveryExt) {
			t.Errorf("the error does not name %s: %s", name, zh)
		}
	}
	if !strings.HasPrefix(zh, "有 4 个恢复文件无法读取") {
		t.Errorf("message = %q", zh)
	}
	if got, err := Recoveries(filepath.Join(dir, "missing")); got != nil || err != nil {
		t.Errorf("a missing folder: %v, %v", got, err)
	}
}

func TestDiscard(t *testing.T) {
	dir := t.TempDir()
	file := writeFixture(t, dir, "crashed", 0, time.Now())
	recs, _ := Recoveries(dir)
	if len(recs) != 1 {
		t.Fatalf("Recoveries = %v", recs)
	}
	if err := Discard(recs[0]); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(file); !os.IsNotExist(err) {
		t.Error("Discard kept the file")
	}
	if err := Discard(recs[0]); err != nil {
		t.Errorf("discarding a file already gone = %v", err)
	}
}

func TestAlive(t *testing.T) {
	if !alive(os.Getpid()) {
		t.Error("this process is not alive")
	}
	for _, pid := range []int{0, -1} {
		if alive(pid) {
			t.Errorf("alive(%d) = true", pid)
		}
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run a child process:", err)
	}
	if alive(cmd.Process.Pid) {
		t.Errorf("a finished child process %d counts as alive", cmd.Process.Pid)
	}
}
