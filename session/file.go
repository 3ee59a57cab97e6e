package session

import (
	"crypto/sha256"
	"errors"
	"io"
	"os"
	"path/filepath"
	"time"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// ErrNoPath is returned by Save for a document that has no file yet; the
// GUI then asks for a name and calls SaveAs.
var ErrNoPath error = usererr.New(
	"文档还没有保存过，请用“另存为”选择保存位置",
	"the document has not been saved yet; use Save As to choose where to save it")

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
	data, err := io.ReadAll(io.LimitReader(f, docmodel.MaxFileSize+1))
	if err != nil {
		return nil, stamp{}, usererr.File(err, path, "读取", "read")
	}
	if len(data) > docmodel.MaxFileSize {
		return nil, stamp{}, usererr.New("文件“"+path+"”超过 64 MB，不是要点文档", path+" is larger than 64 MB and is not a Yaodian document")
	}
	return data, stamp{known: true, size: info.Size(), mod: info.ModTime(), sum: sha256.Sum256(data)}, nil
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
// so that Save notices if another program changes it.
func OpenFile(path string) (*Session, error) {
	d, enc, st, err := loadStamped(path)
	if err != nil {
		return nil, err
	}
	return &Session{doc: d, cur: enc, saved: enc, path: path, source: path, stamp: st}, nil
}

// changedOnDisk reports whether the file at the session's path is not the
// one it last read or wrote. A file whose size and time are unchanged, or
// whose content is, counts as the same; a missing file has nothing to
// lose. A file that cannot be examined is left for the write to report.
func (s *Session) changedOnDisk() bool {
	info, err := os.Stat(s.path)
	if err != nil {
		return false
	}
	if !s.stamp.known {
		return true
	}
	if info.Size() == s.stamp.size && info.ModTime().Equal(s.stamp.mod) {
		return false
	}
	_, now, err := readStamped(s.path)
	return err == nil && now.sum != s.stamp.sum
}

// Save writes the document to its file, atomically and keeping the
// previous version as a .bak file. It refuses without writing if the
// document has no file yet (ErrNoPath) or if another program changed the
// file since this session read or wrote it (ErrChangedOnDisk). If the
// write fails the document stays as it is, with its unsaved changes.
func (s *Session) Save() error {
	if s.path == "" {
		return ErrNoPath
	}
	if s.changedOnDisk() {
		return usererr.Wrap(ErrChangedOnDisk,
			"“"+s.path+"”在打开后已被其他程序修改，为免覆盖那些修改，本次没有保存。"+
				"请选择“重新载入”（放弃这里的修改，读取磁盘上的版本）或“另存为”（把这里的内容存为另一个文件）。",
			s.path+" was changed by another program since it was opened; it was not saved so as not to overwrite those changes. "+
				"Choose Reload (discard the changes here and read the file on disk) or Save As (save this document as another file).")
	}
	return s.write(s.path)
}

// SaveAs writes the document to path, which the save dialog has already
// confirmed, and makes it the session's file.
func (s *Session) SaveAs(path string) error {
	if path == "" {
		return ErrNoPath
	}
	return s.write(path)
}

// write saves the document to path and, on success, makes path the
// session's clean file.
func (s *Session) write(path string) error {
	data, err := docmodel.Encode(s.doc)
	if err != nil {
		return err
	}
	if err := docmodel.Save(path, s.doc); err != nil {
		return usererr.Wrap(err,
			usererr.Chinese(err)+"。文档没有保存，修改仍保留在编辑器中，可以“另存为”到其他位置。",
			englishOf(err)+". The document was not saved; the changes are still in the editor and can be saved elsewhere with Save As.")
	}
	st := stamp{known: true, sum: sha256.Sum256(data)}
	if info, err := os.Stat(path); err == nil {
		st.size, st.mod = info.Size(), info.ModTime()
	}
	s.path, s.stamp = path, st
	s.cur, s.saved = data, data
	s.Seal()
	s.removeRecovery()
	return nil
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
