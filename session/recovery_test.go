package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"yaodian/docmodel"
	"yaodian/filelock"
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
	_, d, err := readRecovery(file)
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
	}{{5 * time.Second, false}, {autosaveSpacing - time.Second, false}, {autosaveSpacing, true}, {AutosaveInterval, true}, {time.Minute, true}} {
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
	if s.AutosaveDue(t0.Add(time.Second)) || !s.AutosaveDue(t0.Add(autosaveSpacing)) {
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

	s, state, err := Restore(recs[1])
	if err != nil || state != FileSame {
		t.Fatal(state, err)
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

	u, state, err := Restore(recs[0])
	if err != nil || state != FileSame {
		t.Fatal(state, err)
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
	r, _, err := Restore(recs[0])
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
		file := writeFixture(t, dir, recoveryFile{Title: "crashed", Path: path, Base: nil}, time.Now())
		s, state, err := Restore(Recovery{File: file})
		if err != nil || state != FileMissing {
			t.Fatal(state, err)
		}
		if appears {
			writeOther(t, path, "别人新建的文件", time.Now())
		}
		err = s.Save()
		if appears && !errors.Is(err, ErrChangedOnDisk) || !appears && !errors.Is(err, ErrMissingOnDisk) {
			t.Errorf("file appears %v: Save = %v", appears, err)
		}
	}
}

// A file changed, moved or removed between the crash and the restore is
// said plainly, and saving over it is refused until the writer chooses.
func TestRestoreAfterFileChanged(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(t *testing.T, path string)
		state   FileState
		saveErr error
	}{
		{"unchanged", func(*testing.T, string) {}, FileSame, nil},
		{"only touched", func(t *testing.T, path string) {
			later := time.Now().Add(time.Hour)
			os.Chtimes(path, later, later)
		}, FileSame, nil},
		{"changed by another program", func(t *testing.T, path string) {
			writeOther(t, path, "崩溃后别人改的", time.Now().Add(time.Hour))
		}, FileChanged, ErrChangedOnDisk},
		{"same size and time, other content", func(t *testing.T, path string) {
			info, _ := os.Stat(path)
			writeOther(t, path, "2025年工作要甲", info.ModTime())
		}, FileChanged, ErrChangedOnDisk},
		{"moved away", func(t *testing.T, path string) {
			os.Rename(path, path+".moved")
		}, FileMissing, ErrMissingOnDisk},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := t.TempDir()
			s := savedPlan(t, t.TempDir(), "plan.yaodian")
			s.SetRecoveryDir(rec)
			s.Edit("修改标题", "", setTitle("恢复的修改"))
			s.Autosave(time.Now())
			path := s.Path()
			tc.change(t, path)
			before, _ := os.ReadFile(path)
			recs, _ := Recoveries(rec)
			r, state, err := Restore(recs[0])
			if err != nil || state != tc.state {
				t.Fatalf("Restore = %v, %v; want state %v", state, err, tc.state)
			}
			err = r.Save()
			if tc.saveErr == nil && err != nil || !errors.Is(err, tc.saveErr) {
				t.Fatalf("Save = %v, want %v", err, tc.saveErr)
			}
			if after, _ := os.ReadFile(path); tc.saveErr != nil && !bytes.Equal(after, before) {
				t.Error("a refused Save changed the file")
			}
		})
	}
}

// A document opened by a relative path and recovered after starting from
// another folder is saved to its own file, never to a namesake in the
// new working folder.
func TestRestoreFromAnotherFolder(t *testing.T) {
	home, elsewhere, rec := t.TempDir(), t.TempDir(), t.TempDir()
	if err := New(Template(2025)).SaveAs(filepath.Join(home, "plan.yaodian")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(home)
	s, err := OpenFile("plan.yaodian")
	if err != nil {
		t.Fatal(err)
	}
	s.SetRecoveryDir(rec)
	s.Edit("修改标题", "", setTitle("崩溃前的修改"))
	s.Autosave(time.Now())

	t.Chdir(elsewhere)
	unrelated := writeOther(t, filepath.Join(elsewhere, "plan.yaodian"), "无关的同名文件", time.Now())
	recs, _ := Recoveries(rec)
	r, state, err := Restore(recs[0])
	if err != nil || state != FileSame || r.Path() != filepath.Join(home, "plan.yaodian") {
		t.Fatalf("Restore = %q, %v, %v", r.Path(), state, err)
	}
	if err := r.Save(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(elsewhere, "plan.yaodian")); !bytes.Equal(got, unrelated) {
		t.Error("the namesake in the working folder was overwritten")
	}
	if d, _, _, err := loadStamped(filepath.Join(home, "plan.yaodian")); err != nil || d.Meta.Title != "崩溃前的修改" {
		t.Errorf("the document's own file was not updated: %v", err)
	}

	// A recovery file of an older version that kept the relative path
	// restores a document without a file.
	old := writeFixture(t, rec, recoveryFile{SchemaVersion: 1, Title: "旧版", Path: "plan.yaodian"}, time.Now())
	r, state, err = Restore(Recovery{File: old})
	if err != nil || state != FileUnplaced || r.Path() != "" {
		t.Errorf("old relative path: %q, %v, %v", r.Path(), state, err)
	}
}

// writeFixture writes a recovery file as a process would, with the
// format, schema and document filled in if rf leaves them out.
func writeFixture(t *testing.T, dir string, rf recoveryFile, saved time.Time) string {
	t.Helper()
	doc, err := docmodel.Encode(Template(2025))
	if err != nil {
		t.Fatal(err)
	}
	rf.Format, rf.Saved, rf.Document = recoveryFormat, saved, doc
	if rf.SchemaVersion == 0 {
		rf.SchemaVersion = recoverySchema
	}
	data, err := json.Marshal(rf)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, rf.Title+RecoveryExt)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// Only the files of a process that still runs are hidden: one that holds
// its lock. A crashed process's lock is free, even if its PID is reused.
func TestRecoveriesSkipsLiveProcesses(t *testing.T) {
	dir := t.TempDir()
	now := time.Now()
	own, err := processLock(dir)
	if err != nil {
		t.Fatal(err)
	}
	// Another open file stands for another process: flock locks belong
	// to the open file.
	live, err := os.Create(filepath.Join(dir, "process-live.lock"))
	if err != nil || filelock.Hold(live) != nil {
		t.Fatal(err)
	}
	defer live.Close()
	os.WriteFile(filepath.Join(dir, "process-dead.lock"), nil, 0o600)
	writeFixture(t, dir, recoveryFile{Title: "other-window", Lock: "process-live.lock"}, now)
	writeFixture(t, dir, recoveryFile{Title: "crashed", Lock: "process-dead.lock"}, now.Add(-2*time.Hour))
	writeFixture(t, dir, recoveryFile{Title: "this-process", Lock: own}, now.Add(-time.Hour))
	// Schema 1 named a PID, here one that runs: the parent of this test.
	fixture := writeFixture(t, dir, recoveryFile{Title: "pid-reused", SchemaVersion: 1}, now.Add(-3*time.Hour))
	data, _ := os.ReadFile(fixture)
	os.WriteFile(fixture, bytes.Replace(data, []byte(`"schema_version":1`), []byte(fmt.Sprintf(`"schema_version":1,"pid":%d`, os.Getppid())), 1), 0o600)
	recs, err := Recoveries(dir)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, r := range recs {
		titles = append(titles, r.Title)
	}
	if strings.Join(titles, ",") != "this-process,crashed,pid-reused" {
		t.Errorf("Recoveries = %v, want the crashed ones and this process's, newest first", titles)
	}
	if _, err := os.Stat(filepath.Join(dir, "process-dead.lock")); err == nil {
		t.Error("the lock file of the crashed process was kept")
	}
	for _, lock := range []string{own, "process-live.lock"} {
		if _, err := os.Stat(filepath.Join(dir, lock)); err != nil {
			t.Errorf("the held lock %s was removed", lock)
		}
	}
}

func TestRecoveriesReportsDamagedFiles(t *testing.T) {
	dir := t.TempDir()
	good := writeFixture(t, dir, recoveryFile{Title: "good"}, time.Now())
	data, _ := os.ReadFile(good)
	for name, content := range map[string][]byte{
		"truncated":    data[:len(data)/2],
		"not-recovery": []byte(`{"format":"something-else","schema_version":1}`),
		"future":       bytes.Replace(data, []byte(`"schema_version":2`), []byte(`"schema_version":9`), 1),
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
	file := writeFixture(t, dir, recoveryFile{Title: "crashed"}, time.Now())
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

// A GUI that sets a timer for NextAutosave after each edit, and again
// after each write, loses at most AutosaveInterval of typing: edits at
// random moments over two hours of work, each one measured from when it
// was made to when a recovery write holding it was complete, with timers
// firing up to 50 ms late and each write taking a second.
func TestAutosaveLosesAtMostInterval(t *testing.T) {
	s := New(Template(2025))
	s.SetRecoveryDir(t.TempDir())
	t0 := time.Date(2025, 3, 1, 9, 0, 0, 0, time.UTC)
	rng := rand.New(rand.NewPCG(1, 2))
	var timer time.Time // zero: no timer set
	arm := func(now time.Time) {
		if at, ok := s.NextAutosave(); ok && timer.IsZero() {
			timer = at
			if at.Before(now) {
				timer = now
			}
		}
	}
	var waiting []time.Time // edits not yet in the recovery file
	var worst time.Duration
	fire := func() {
		// A timer fires a little late, and a write takes a while: both
		// count against the writer.
		now := timer.Add(time.Duration(rng.Int64N(int64(50 * time.Millisecond))))
		timer = time.Time{}
		if err := s.Autosave(now); err != nil {
			t.Fatal(err)
		}
		written := now.Add(time.Second)
		for _, e := range waiting {
			worst = max(worst, written.Sub(e))
		}
		waiting = waiting[:0]
		arm(now)
	}
	now := t0
	for i := range 2000 {
		// Bursts of typing and pauses of up to two minutes.
		gap := time.Duration(rng.Int64N(int64(3 * time.Second)))
		if rng.IntN(20) == 0 {
			gap = time.Duration(rng.Int64N(int64(2 * time.Minute)))
		}
		next := now.Add(gap)
		for !timer.IsZero() && !timer.After(next) {
			fire()
		}
		now = next
		s.Edit("修改标题", "title", setTitle(fmt.Sprintf("第%d次修改", i)))
		waiting = append(waiting, now)
		arm(now)
	}
	for !timer.IsZero() {
		fire()
	}
	if worst > AutosaveInterval {
		t.Errorf("an edit waited %v for the recovery file, more than %v", worst, AutosaveInterval)
	}
	t.Logf("longest wait of an edit for the recovery file: %v over %v of editing", worst, now.Sub(t0))
}

// A save runs while the writer keeps typing: the file gets the document as
// it was when the save began, and the session stays dirty, with the
// recovery file following the newer state.
func TestSaveWhileEditing(t *testing.T) {
	rec := t.TempDir()
	s := savedPlan(t, t.TempDir(), "plan.yaodian")
	s.SetRecoveryDir(rec)
	s.Edit("修改标题", "", setTitle("保存的版本"))
	w, err := s.PrepareSave()
	if err != nil {
		t.Fatal(err)
	}
	s.Edit("修改标题", "", setTitle("保存后又改的版本"))
	w.Run()
	if err := s.Finish(w); err != nil {
		t.Fatal(err)
	}
	if d, _, _, _ := loadStamped(s.Path()); d.Meta.Title != "保存的版本" {
		t.Errorf("the file holds %q", d.Meta.Title)
	}
	if !s.Dirty() || !s.AutosaveDue(time.Now()) {
		t.Error("the edit made during the save is not waiting to be saved and autosaved")
	}
	// An autosave that finishes after a save made the document clean
	// leaves no recovery file behind.
	a, _ := s.PrepareAutosave(time.Now())
	a.Run()
	if err := s.Save(); err != nil {
		t.Fatal(err)
	}
	s.FinishAutosave(a)
	if files := recoveryFiles(t, rec); len(files) != 0 {
		t.Errorf("a clean session left %v", files)
	}
}

func TestCopyName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "plan.yaodian")
	for _, want := range []string{"plan（副本）.yaodian", "plan（副本2）.yaodian", "plan（副本3）.yaodian"} {
		got := CopyName(path)
		if got != filepath.Join(dir, want) {
			t.Fatalf("CopyName = %q, want %q", got, want)
		}
		os.WriteFile(got, nil, 0o644)
	}
}
