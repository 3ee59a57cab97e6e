package session

import (
	"bytes"
	"cmp"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// AutosaveInterval is the longest a change waits before it is written to
// the recovery file: a crash loses at most this much typing.
const AutosaveInterval = 30 * time.Second

// RecoveryExt is the file name extension of recovery files.
const RecoveryExt = ".yaodian-recovery"

const (
	recoveryFormat  = "yaodian-recovery"
	recoverySchema  = 1
	maxRecoverySize = 2 * docmodel.MaxFileSize
)

// recoveryFile is the layout of a recovery file. Field order is key order.
type recoveryFile struct {
	Format        string          `json:"format"`
	SchemaVersion int             `json:"schema_version"`
	Path          string          `json:"path"`
	Title         string          `json:"title"`
	PID           int             `json:"pid"`
	Saved         time.Time       `json:"saved"`
	Document      json.RawMessage `json:"document"`
}

// Recovery describes a recovery file left by a session that did not close
// cleanly.
type Recovery struct {
	File  string    // the recovery file
	Path  string    // the document's own file, "" if it was never saved
	Title string    // the document title
	Saved time.Time // when the recovery file was written
}

// processAlive reports whether a process with the given ID is running;
// tests replace it.
var processAlive = alive

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

// AutosaveDue reports whether Autosave would write now: there is a change
// not yet in the recovery file, and AutosaveInterval has passed since the
// last write (the first change after opening is due at once).
func (s *Session) AutosaveDue(now time.Time) bool {
	return s.recDir != "" && s.pending &&
		(s.lastAutosave.IsZero() || now.Sub(s.lastAutosave) >= AutosaveInterval)
}

// Autosave writes the recovery file if it is due. A session without unsaved
// changes removes its recovery file instead. After a failure it waits
// AutosaveInterval before trying again, so a GUI ticker does not report
// the same failure every few seconds.
func (s *Session) Autosave(now time.Time) error {
	if !s.AutosaveDue(now) {
		return nil
	}
	if !s.Dirty() {
		return s.removeRecovery()
	}
	s.lastAutosave = now
	if err := s.writeRecovery(now); err != nil {
		return usererr.Prefix(err, "自动保存失败：", "autosave failed: ")
	}
	return nil
}

// writeRecovery writes the current document to the session's recovery
// file, choosing the file's name the first time.
func (s *Session) writeRecovery(now time.Time) error {
	if err := os.MkdirAll(s.recDir, 0o700); err != nil {
		return usererr.File(err, s.recDir, "创建文件夹", "create the folder")
	}
	if s.recFile == "" {
		var b [8]byte
		rand.Read(b[:])
		s.recFile = filepath.Join(s.recDir, hex.EncodeToString(b[:])+RecoveryExt)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	err := enc.Encode(recoveryFile{
		Format: recoveryFormat, SchemaVersion: recoverySchema,
		Path: s.path, Title: s.doc.Meta.Title, PID: os.Getpid(), Saved: now,
		Document: s.cur,
	})
	if err != nil {
		return usererr.Wrap(err, "无法编码恢复文件", "cannot encode the recovery file")
	}
	if err := docmodel.WriteAtomic(s.recFile, buf.Bytes(), 0o600); err != nil {
		return err
	}
	s.pending = false
	return nil
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
// running (another open window) are skipped; files of this process are
// listed, so call it at startup, before this process opens documents. A
// file that cannot be read is reported in the error, which does not hide
// the good ones. A missing dir has no recoveries.
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
		r, pid, _, err := readRecovery(filepath.Join(dir, name))
		if err != nil {
			bad = append(bad, err)
			continue
		}
		if pid != os.Getpid() && processAlive(pid) {
			continue
		}
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b Recovery) int {
		return cmp.Or(b.Saved.Compare(a.Saved), cmp.Compare(a.File, b.File))
	})
	return out, joinBad(bad)
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

// readRecovery reads a recovery file: what it says about itself, the ID of
// the process that wrote it, and the document.
func readRecovery(file string) (Recovery, int, *docmodel.Document, error) {
	fail := func(err error) (Recovery, int, *docmodel.Document, error) {
		return Recovery{}, 0, nil, usererr.Prefix(err, "恢复文件“"+file+"”无法读取：", "cannot read the recovery file "+file+": ")
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
	return Recovery{File: file, Path: rf.Path, Title: rf.Title, Saved: rf.Saved}, rf.PID, d, nil
}

// Restore opens the document of a recovery file as a session with unsaved
// changes and r.Path as its file. Saving over r.Path is allowed if that
// file has not changed since now. The session takes over the recovery file
// and claims it at once, so that another window does not offer it again.
func Restore(r Recovery) (*Session, error) {
	_, _, d, err := readRecovery(r.File)
	if err != nil {
		return nil, err
	}
	enc, err := docmodel.Encode(d)
	if err != nil {
		return nil, err
	}
	s := &Session{doc: d, cur: enc, path: r.Path, source: r.Path, recDir: filepath.Dir(r.File), recFile: r.File}
	if r.Path != "" {
		if _, st, err := readStamped(r.Path); err == nil {
			s.stamp = st
		}
	}
	if err := s.writeRecovery(time.Now()); err != nil {
		s.pending = true // Autosave tries again
	}
	return s, nil
}

// Discard removes a recovery file the user chose not to restore.
func Discard(r Recovery) error {
	if err := os.Remove(r.File); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return usererr.File(err, r.File, "删除恢复文件", "remove the recovery file")
	}
	return nil
}
