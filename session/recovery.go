package session

import (
	"bytes"
	"cmp"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"yaodian/atomicfile"
	"yaodian/docmodel"
	"yaodian/filelock"
	"yaodian/usererr"
)

// AutosaveInterval is the longest a change waits before it is written to
// the recovery file: a crash loses at most this much typing.
const AutosaveInterval = 30 * time.Second

// RecoveryExt is the file name extension of recovery files.
const RecoveryExt = ".yaodian-recovery"

const (
	recoveryFormat  = "yaodian-recovery"
	recoverySchema  = 2
	maxRecoverySize = 2 * docmodel.MaxFileSize
	lockExt         = ".lock"
	// autosaveSpacing is the time from one recovery write to the next:
	// less than AutosaveInterval by the time a GUI timer may fire late
	// and a large document takes to write.
	autosaveSpacing = AutosaveInterval - 3*time.Second
)

// recoveryFile is the layout of a recovery file. Field order is key order.
// Schema 1 had no base and no lock, and a PID instead.
type recoveryFile struct {
	Format        string `json:"format"`
	SchemaVersion int    `json:"schema_version"`
	// Path is the document's own file, absolute; "" if never saved.
	Path string `json:"path"`
	// Base is what that file looked like when the session last read or
	// wrote it.
	Base  *baseFile `json:"base,omitempty"`
	Title string    `json:"title"`
	// Lock names the lock file, in the same folder, that the writing
	// process holds while it runs.
	Lock     string          `json:"lock,omitempty"`
	Saved    time.Time       `json:"saved"`
	Document json.RawMessage `json:"document"`
}

// baseFile is the fingerprint of the document's file in a recovery file.
type baseFile struct {
	Size     int64     `json:"size"`
	Modified time.Time `json:"modified"`
	SHA256   string    `json:"sha256"`
}

// Recovery describes a recovery file left by a session that did not close
// cleanly.
type Recovery struct {
	File  string    // the recovery file
	Path  string    // the document's own file, "" if it was never saved
	Title string    // the document title
	Saved time.Time // when the recovery file was written
}

// FileState says how the file of a restored document compares with the
// file the document was being edited from.
type FileState int

const (
	// FileSame: the file is as it was, or the document had none.
	FileSame FileState = iota
	// FileChanged: another program changed the file after the crash.
	FileChanged
	// FileMissing: the file is gone: moved, renamed or deleted.
	FileMissing
	// FileUnknown: an older recovery file does not say what the file
	// looked like, so it is treated as changed.
	FileUnknown
	// FileUnplaced: an older recovery file recorded the file's path
	// relative to a folder no longer known, so the document has no file.
	FileUnplaced
)

// locks are the lock files this process holds, by recovery folder: one
// per process, held open until it exits, so that another process can tell
// the recovery files of a running window from those a crash left.
var locks = struct {
	sync.Mutex
	held map[string]*os.File
}{held: map[string]*os.File{}}

// processLock returns the name of this process's lock file in dir,
// making and holding it the first time.
func processLock(dir string) (string, error) {
	locks.Lock()
	defer locks.Unlock()
	if f, ok := locks.held[dir]; ok {
		return filepath.Base(f.Name()), nil
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", usererr.File(err, dir, "创建文件夹", "create the folder")
	}
	var b [8]byte
	rand.Read(b[:])
	name := filepath.Join(dir, "process-"+hex.EncodeToString(b[:])+lockExt)
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return "", usererr.File(err, name, "创建", "create")
	}
	if err := filelock.Hold(f); err != nil {
		f.Close()
		os.Remove(name)
		return "", usererr.File(err, name, "锁定", "lock")
	}
	locks.held[dir] = f
	return filepath.Base(name), nil
}

// ownLock reports whether name is this process's lock file in dir.
func ownLock(dir, name string) bool {
	locks.Lock()
	defer locks.Unlock()
	f, ok := locks.held[dir]
	return ok && filepath.Base(f.Name()) == name
}

// SetRecoveryDir sets the folder recovery files go to, created when first
// needed; "" turns autosave off. A recovery file already written to
// another folder is removed and written again in the new one.
func (s *Session) SetRecoveryDir(dir string) {
	if dir == s.recDir {
		return
	}
	s.removeRecovery()
	s.recDir, s.recFile = dir, ""
	s.pending = s.Dirty()
	s.lastAutosave = time.Time{}
}

// NextAutosave returns when the change not yet in the recovery file is
// due to be written: a little less than AutosaveInterval after the last
// write, or at once
// (the zero time) for the first change after opening. ok is false when
// nothing waits. A GUI that sets a timer for this moment after every edit
// loses at most AutosaveInterval of typing in a crash.
func (s *Session) NextAutosave() (at time.Time, ok bool) {
	if s.recDir == "" || !s.pending {
		return time.Time{}, false
	}
	if s.lastAutosave.IsZero() {
		return time.Time{}, true
	}
	return s.lastAutosave.Add(autosaveSpacing), true
}

// AutosaveDue reports whether Autosave would write now.
func (s *Session) AutosaveDue(now time.Time) bool {
	at, ok := s.NextAutosave()
	return ok && !now.Before(at)
}

// AutosaveWrite is one write of the recovery file: prepared on the GUI
// goroutine (PrepareAutosave), carried out on any other (Run) and applied
// back on the GUI goroutine (FinishAutosave).
type AutosaveWrite struct {
	file, dir string
	rf        recoveryFile
	err       error
}

// PrepareAutosave returns the recovery write due at now, or nil if none is
// due. A session without unsaved changes removes its recovery file
// instead. After a failure the next try waits as long as after a write,
// so a GUI does not report the same failure every few seconds.
func (s *Session) PrepareAutosave(now time.Time) (*AutosaveWrite, error) {
	if !s.AutosaveDue(now) {
		return nil, nil
	}
	if !s.Dirty() {
		return nil, s.removeRecovery()
	}
	s.lastAutosave = now
	lock, err := processLock(s.recDir)
	if err != nil {
		s.pending = true
		return nil, usererr.Prefix(err, "自动保存失败：", "autosave failed: ")
	}
	if s.recFile == "" {
		var b [8]byte
		rand.Read(b[:])
		s.recFile = filepath.Join(s.recDir, hex.EncodeToString(b[:])+RecoveryExt)
	}
	s.pending = false
	rf := recoveryFile{
		Format: recoveryFormat, SchemaVersion: recoverySchema,
		Path: s.path, Title: s.doc.Meta.Title, Lock: lock, Saved: now,
		Document: s.cur,
	}
	if s.stamp.known {
		rf.Base = &baseFile{Size: s.stamp.size, Modified: s.stamp.mod, SHA256: hex.EncodeToString(s.stamp.sum[:])}
	}
	return &AutosaveWrite{file: s.recFile, dir: s.recDir, rf: rf}, nil
}

// Run writes the recovery file. It touches no session and may run on any
// goroutine.
func (a *AutosaveWrite) Run() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(a.rf); err != nil {
		a.err = usererr.Wrap(err, "自动保存失败：无法编码恢复文件", "autosave failed: cannot encode the recovery file")
		return
	}
	if err := atomicfile.Write(a.file, buf.Bytes(), atomicfile.Options{Perm: 0o600}); err != nil {
		a.err = usererr.Prefix(err, "自动保存失败：", "autosave failed: ")
	}
}

// FinishAutosave applies a recovery write that has run and returns its
// error. A failed write is tried again as a write would be; a file
// written for a session that was saved, closed or moved to another
// folder meanwhile is removed.
func (s *Session) FinishAutosave(a *AutosaveWrite) error {
	if a.file != s.recFile || s.recDir == "" || !s.Dirty() {
		if err := os.Remove(a.file); err != nil && !errors.Is(err, fs.ErrNotExist) && a.err == nil {
			return usererr.File(err, a.file, "删除恢复文件", "remove the recovery file")
		}
		return nil
	}
	if a.err != nil {
		s.pending = true
	}
	return a.err
}

// Autosave writes the recovery file at once if it is due; see
// PrepareAutosave.
func (s *Session) Autosave(now time.Time) error {
	a, err := s.PrepareAutosave(now)
	if a == nil {
		return err
	}
	a.Run()
	return s.FinishAutosave(a)
}

// removeRecovery removes the session's recovery file, if any: its content
// is saved or no longer wanted.
func (s *Session) removeRecovery() error {
	s.pending = false
	if s.recFile == "" {
		return nil
	}
	if err := os.Remove(s.recFile); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return usererr.File(err, s.recFile, "删除恢复文件", "remove the recovery file")
	}
	return nil
}

// Close ends the session cleanly, after the user saved or discarded the
// document: it removes the recovery file and stops autosave.
func (s *Session) Close() error {
	err := s.removeRecovery()
	s.recDir = ""
	return err
}

// Recoveries lists the recovery files in dir left by sessions that did not
// close cleanly, newest first. Files of another process that is still
// running (another open window) are skipped: that process holds the lock
// file the recovery file names, which a crash or kill lets go of even if
// another process later gets the same process ID. Files of this process
// are listed, so call it at startup, before this process opens documents.
// Lock files no running process holds, and temporary files of writes a
// crash cut short, are removed. A file that cannot be
// read is reported in the error, which does not hide the good ones. A
// missing dir has no recoveries.
func Recoveries(dir string) ([]Recovery, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, usererr.File(err, dir, "读取", "read")
	}
	var out []Recovery
	var bad []error
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, RecoveryExt) {
			continue
		}
		rf, _, err := readRecovery(filepath.Join(dir, name))
		if err != nil {
			bad = append(bad, err)
			continue
		}
		if running(dir, rf.Lock) {
			continue
		}
		out = append(out, Recovery{File: filepath.Join(dir, name), Path: rf.Path, Title: rf.Title, Saved: rf.Saved})
	}
	atomicfile.SweepDir(dir)
	for _, e := range entries {
		if name := e.Name(); strings.HasSuffix(name, lockExt) && !ownLock(dir, name) && filelock.Abandoned(filepath.Join(dir, name)) {
			os.Remove(filepath.Join(dir, name))
		}
	}
	slices.SortFunc(out, func(a, b Recovery) int {
		return cmp.Or(b.Saved.Compare(a.Saved), cmp.Compare(a.File, b.File))
	})
	return out, joinBad(bad)
}

// running reports whether the lock file named lock in dir is held by
// another process that is still running.
func running(dir, lock string) bool {
	if lock == "" || lock != filepath.Base(lock) || ownLock(dir, lock) {
		return false
	}
	path := filepath.Join(dir, lock)
	if _, err := os.Stat(path); err != nil {
		return false
	}
	return !filelock.Abandoned(path)
}

// joinBad makes one error of the recovery files that could not be read.
func joinBad(bad []error) error {
	if len(bad) == 0 {
		return nil
	}
	zh, en := make([]string, len(bad)), make([]string, len(bad))
	for i, err := range bad {
		zh[i], en[i] = usererr.Chinese(err), englishOf(err)
	}
	return usererr.Wrap(errors.Join(bad...),
		fmt.Sprintf("有 %d 个恢复文件无法读取：%s", len(bad), strings.Join(zh, "；")),
		fmt.Sprintf("%d recovery file(s) cannot be read: %s", len(bad), strings.Join(en, "; ")))
}

// readRecovery reads a recovery file: what it says about itself and the
// document.
func readRecovery(file string) (recoveryFile, *docmodel.Document, error) {
	fail := func(err error) (recoveryFile, *docmodel.Document, error) {
		return recoveryFile{}, nil, usererr.Prefix(err, "恢复文件“"+file+"”无法读取：", "cannot read the recovery file "+file+": ")
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return fail(usererr.File(err, file, "读取", "read"))
	}
	if len(data) > maxRecoverySize {
		return fail(usererr.New("文件过大", "the file is too large"))
	}
	var rf recoveryFile
	if err := json.Unmarshal(data, &rf); err != nil {
		return fail(usererr.Wrap(err, "文件已损坏或不完整", "the file is damaged or incomplete"))
	}
	switch {
	case rf.Format != recoveryFormat:
		return fail(usererr.New("不是要点的恢复文件", "not a Yaodian recovery file"))
	case rf.SchemaVersion < 1 || rf.SchemaVersion > recoverySchema:
		return fail(usererr.New(
			fmt.Sprintf("格式版本 %d 不受支持", rf.SchemaVersion),
			fmt.Sprintf("schema version %d is not supported", rf.SchemaVersion)))
	}
	d, err := docmodel.Decode(rf.Document)
	if err != nil {
		return fail(err)
	}
	return rf, d, nil
}

// Restore opens the document of a recovery file as a session with unsaved
// changes and the file it was edited from as its file, and says how that
// file compares with what the session last saw of it. Saving goes
// through the conflict check against that earlier look, so a file another
// program changed after the crash is never overwritten silently, and a
// missing one is not recreated unasked. The session takes over the
// recovery file and claims it at once, so that another window does not
// offer it again.
func Restore(r Recovery) (*Session, FileState, error) {
	rf, d, err := readRecovery(r.File)
	if err != nil {
		return nil, FileSame, err
	}
	enc, err := docmodel.Encode(d)
	if err != nil {
		return nil, FileSame, err
	}
	s := &Session{doc: d, cur: enc, path: rf.Path, source: rf.Path, recDir: filepath.Dir(r.File), recFile: r.File, pending: true}
	state := FileSame
	switch {
	case rf.Path != "" && !filepath.IsAbs(rf.Path):
		s.path, s.source, state = "", "", FileUnplaced
	case rf.Path != "" && rf.Base == nil:
		// A stamp that matches no file: any file there is a conflict.
		s.stamp, state = stamp{known: true}, FileUnknown
		if _, err := os.Stat(rf.Path); errors.Is(err, fs.ErrNotExist) {
			state = FileMissing
		}
	case rf.Path != "":
		s.stamp = stamp{known: true, size: rf.Base.Size, mod: rf.Base.Modified}
		if sum, err := hex.DecodeString(rf.Base.SHA256); err == nil && len(sum) == sha256.Size {
			copy(s.stamp.sum[:], sum)
		}
		switch onDisk(rf.Path, s.stamp) {
		case diskChanged:
			state = FileChanged
		case diskMissing:
			state = FileMissing
		}
	}
	s.Autosave(time.Now()) // on failure Autosave tries again
	return s, state, nil
}

// Discard removes a recovery file the user chose not to restore.
func Discard(r Recovery) error {
	if err := os.Remove(r.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return usererr.File(err, r.File, "删除恢复文件", "remove the recovery file")
	}
	return nil
}
