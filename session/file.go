package session

import (
	"crypto/sha256"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"yaodian/atomicfile"
	"yaodian/docmodel"
	"yaodian/usererr"
)

// ErrNoPath is returned by Save for a document that has no file yet; the
// GUI then asks for a name and calls SaveAs.
var ErrNoPath error = usererr.New(
	"文档还没有保存过，请用“另存为”选择保存位置",
	"the document has not been saved yet; use Save As to choose where to save it")

// ErrMissingOnDisk is what Save's error wraps when the file the session
// last read or wrote is gone: moved, renamed or deleted by another
// program; test with errors.Is.
var ErrMissingOnDisk error = usererr.New(
	"文件已不在原处",
	"the file is no longer where it was")

// ErrChangedOnDisk is what Save's error wraps when the file was changed by
// another program since this session read or wrote it; test with errors.Is.
var ErrChangedOnDisk error = usererr.New(
	"文件在打开后已被其他程序修改",
	"the file was changed by another program since it was opened")

// stamp is what a file looked like when this session last read or wrote
// it, to notice another program's change before overwriting it.
type stamp struct {
	known bool // false: the session has never seen a file at its path
	size  int64
	mod   time.Time
	sum   [sha256.Size]byte
}

// readStamped reads the file at path, at most docmodel.MaxFileSize bytes,
// with its stamp.
func readStamped(path string) ([]byte, stamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, stamp{}, usererr.File(err, path, "打开", "open")
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, stamp{}, usererr.File(err, path, "读取", "read")
	}
	data, err := docmodel.ReadNative(f, path)
	if err != nil {
		return nil, stamp{}, err
	}
	return data, stamp{known: true, size: info.Size(), mod: info.ModTime(), sum: sha256.Sum256(data)}, nil
}

// fingerprint returns the stamp of the file at path, hashing it as it
// reads so that a large file is never held in memory.
func fingerprint(path string) (stamp, error) {
	f, err := os.Open(path)
	if err != nil {
		return stamp{}, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return stamp{}, err
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return stamp{}, err
	}
	st := stamp{known: true, size: info.Size(), mod: info.ModTime()}
	h.Sum(st.sum[:0])
	return st, nil
}

// loadStamped reads and decodes the native file at path, with its stamp
// and the document's encoding.
func loadStamped(path string) (*docmodel.Document, []byte, stamp, error) {
	data, st, err := readStamped(path)
	if err != nil {
		return nil, nil, stamp{}, err
	}
	d, err := docmodel.Decode(data)
	if err != nil {
		return nil, nil, stamp{}, usererr.Prefix(err, "无法打开“"+path+"”：", "cannot open "+path+": ")
	}
	enc, err := docmodel.Encode(d)
	if err != nil {
		return nil, nil, stamp{}, err
	}
	return d, enc, st, nil
}

// OpenFile opens the native file at path and remembers what it looked like,
// so that Save notices if another program changes it. The session keeps
// the file's absolute path, so that it stays the same file whatever the
// working folder.
func OpenFile(path string) (*Session, error) {
	path = absClean(path)
	d, enc, st, err := loadStamped(path)
	if err != nil {
		return nil, err
	}
	return &Session{doc: d, cur: enc, saved: enc, path: path, source: path, stamp: st}, nil
}

// diskState is how the file at a session's path compares with what the
// session last read or wrote there.
type diskState int

const (
	diskSame    diskState = iota // the same content, or no file the session ever saw
	diskChanged                  // another content, or a file where the session saw none
	diskMissing                  // gone: the session saw a file there
)

// onDisk compares the file at path with st by content: a file whose size
// and time are unchanged may still have been rewritten, and one only
// touched is the same. A file that cannot be examined is left for the
// write to report.
func onDisk(path string, st stamp) diskState {
	now, err := fingerprint(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && st.known:
		return diskMissing
	case err != nil:
		return diskSame
	case !st.known || now.sum != st.sum:
		return diskChanged
	}
	return diskSame
}

// Write is one save of the document: prepared on the GUI goroutine
// (PrepareSave, PrepareSaveAs), carried out on any other (Run), so that a
// slow disk does not freeze the window, and applied to the session back on
// the GUI goroutine (Finish). The document may change meanwhile; the save
// writes it as it was when prepared.
type Write struct {
	path  string
	data  []byte
	check bool  // refuse if the file is not as the session last saw it
	want  stamp // what the session last saw, when check is set
	got   stamp // the written file's stamp, after Run
	err   error
}

// PrepareSave prepares saving the document to its file. It refuses at
// once a document that has no file yet (ErrNoPath).
func (s *Session) PrepareSave() (*Write, error) {
	if s.path == "" {
		return nil, ErrNoPath
	}
	data, err := docmodel.Encode(s.doc)
	if err != nil {
		return nil, err
	}
	return &Write{path: s.path, data: data, check: true, want: s.stamp}, nil
}

// PrepareSaveAs prepares saving the document to path, which the writer
// has chosen and, if it exists, confirmed replacing.
func (s *Session) PrepareSaveAs(path string) (*Write, error) {
	if path == "" {
		return nil, ErrNoPath
	}
	data, err := docmodel.Encode(s.doc)
	if err != nil {
		return nil, err
	}
	return &Write{path: absClean(path), data: data}, nil
}

// Run carries out the write, atomically and keeping the previous version
// as a .bak file. It refuses without writing if another program changed
// or removed the file since the session last read or wrote it
// (ErrChangedOnDisk, ErrMissingOnDisk). It touches no session and may run
// on any goroutine.
func (w *Write) Run() {
	if w.check {
		switch onDisk(w.path, w.want) {
		case diskChanged:
			w.err = usererr.Wrap(ErrChangedOnDisk,
				"“"+w.path+"”在打开后已被其他程序修改，为免覆盖那些修改，本次没有保存。"+
					"请选择“重新载入”（放弃这里的修改，读取磁盘上的版本）或“另存为”（把这里的内容存为另一个文件）。",
				w.path+" was changed by another program since it was opened; it was not saved so as not to overwrite those changes. "+
					"Choose Reload (discard the changes here and read the file on disk) or Save As (save this document as another file).")
			return
		case diskMissing:
			w.err = usererr.Wrap(ErrMissingOnDisk,
				"“"+w.path+"”已不在原处（被移动、改名或删除），本次没有保存。请用“另存为”选择保存位置。",
				w.path+" is no longer where it was (moved, renamed or deleted); it was not saved. Use Save As to choose where to save it.")
			return
		}
	}
	if err := atomicfile.Write(w.path, w.data, atomicfile.Options{Backup: true}); err != nil {
		w.err = usererr.Wrap(err,
			usererr.Chinese(err)+"。文档没有保存，修改仍保留在编辑器中，可以“另存为”到其他位置。",
			englishOf(err)+". The document was not saved; the changes are still in the editor and can be saved elsewhere with Save As.")
		return
	}
	w.got = stamp{known: true, size: int64(len(w.data)), sum: sha256.Sum256(w.data)}
	if info, err := os.Stat(w.path); err == nil {
		w.got.mod = info.ModTime()
	}
}

// Finish applies a write that has run to the session and returns its
// error. On success the file becomes the session's file, clean if the
// document did not change while it was written. On failure the session
// stays as it was, with its unsaved changes.
func (s *Session) Finish(w *Write) error {
	if w.err != nil {
		return w.err
	}
	s.path, s.stamp = w.path, w.got
	s.saved = w.data
	s.Seal()
	if s.Dirty() {
		s.pending = true // the recovery file must follow the newer state
	} else {
		s.removeRecovery()
	}
	return nil
}

// Save writes the document to its file at once; see PrepareSave and Run.
func (s *Session) Save() error {
	w, err := s.PrepareSave()
	if err != nil {
		return err
	}
	w.Run()
	return s.Finish(w)
}

// SaveAs writes the document to path at once and makes it the session's
// file; see PrepareSaveAs.
func (s *Session) SaveAs(path string) error {
	w, err := s.PrepareSaveAs(path)
	if err != nil {
		return err
	}
	w.Run()
	return s.Finish(w)
}

// CopyName proposes a name for saving the document beside its file when
// that file cannot be overwritten: "plan（副本）.yaodian", then
// "plan（副本2）.yaodian" and on, the first that names no file.
func CopyName(path string) string {
	dir, base := filepath.Split(path)
	ext := filepath.Ext(base)
	stem := strings.TrimSuffix(base, ext)
	for i := 1; ; i++ {
		mark := "（副本）"
		if i > 1 {
			mark = "（副本" + strconv.Itoa(i) + "）"
		}
		name := filepath.Join(dir, stem+mark+ext)
		if _, err := os.Lstat(name); errors.Is(err, fs.ErrNotExist) {
			return name
		}
	}
}

// englishOf returns the English message of err.
func englishOf(err error) string {
	var ue *usererr.Error
	if errors.As(err, &ue) {
		return ue.En
	}
	return err.Error()
}

// Reload reads the session's file again, replacing the document and its
// history: the way out when another program changed the file. On failure
// the document is kept as it is.
func (s *Session) Reload() error {
	if s.path == "" {
		return ErrNoPath
	}
	d, enc, st, err := loadStamped(s.path)
	if err != nil {
		return err
	}
	*s.doc = *d
	s.cur, s.saved, s.stamp = enc, enc, st
	s.undo, s.redo, s.mergeKey = nil, nil, ""
	s.removeRecovery()
	return nil
}

// MaxRecent is the number of files Recent keeps.
const MaxRecent = 10

// Recent returns list with path moved or added to the front, duplicates
// removed and at most MaxRecent entries. Paths are compared, and path is
// stored, as clean absolute paths. An empty path only tidies the list.
func Recent(list []string, path string) []string {
	out := make([]string, 0, MaxRecent)
	seen := map[string]bool{}
	add := func(p string) {
		if p == "" || len(out) == MaxRecent {
			return
		}
		p = absClean(p)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	add(path)
	for _, p := range list {
		add(p)
	}
	return out
}

func absClean(p string) string {
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return filepath.Clean(p)
}
