// Package session keeps one document open in the editor: its file and
// whether it has unsaved changes, undo and redo, saving without
// overwriting someone else's changes, autosave for crash recovery, and the
// list of recent files. It has no GUI; the ui package drives it.
//
// Every state of the document is kept as its native encoding
// (docmodel.Encode), so undo restores a state byte for byte and "unsaved
// changes" means "differs from the file as last read or written".
package session

import (
	"bytes"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// MaxUndo is the number of undo steps a session keeps; older ones are
// dropped.
const MaxUndo = 200

// Session is one document open in the editor. It is not safe for
// concurrent use: the GUI calls it from its own goroutine.
type Session struct {
	doc *docmodel.Document
	// cur is the encoding of doc; saved the encoding of the file as last
	// read or written, nil if the document was never saved.
	cur, saved []byte

	path   string // the native file, "" until saved
	source string // the file opened or imported from
	stamp  stamp  // what path looked like when last read or written

	undo, redo []step
	// mergeKey is the key of the last edit while later edits with the same
	// key still merge into its step; Seal clears it.
	mergeKey string

	recDir, recFile string    // recovery folder and file, "" when none
	pending         bool      // a change not yet in the recovery file
	lastAutosave    time.Time // last recovery write attempt
}

// step is one entry of the undo or redo list: the encoded document it
// returns to and the name of the edit.
type step struct {
	label, key string
	doc        []byte
}

// New returns an untitled session for doc, with no file and no unsaved
// changes. A nil doc is an empty document. doc should be valid; if it is
// not, Edit and Save report why.
func New(doc *docmodel.Document) *Session {
	if doc == nil {
		doc = docmodel.New()
	}
	s := &Session{doc: doc}
	s.cur, _ = docmodel.Encode(doc)
	s.saved = s.cur
	return s
}

// Template returns a new plan with the usual four sections — 总体要求,
// 主要目标, 重点任务 (with one empty task) and 保障措施 — titled
// "<year>年工作要点". Year 0, or a year outside what the model accepts,
// gives the title "工作要点" and no year.
func Template(year int) *docmodel.Document {
	d := docmodel.New()
	if year < 1900 || year > 2999 {
		year = 0
	}
	d.Meta.Year = year
	d.Meta.Title = "工作要点"
	if year != 0 {
		d.Meta.Title = strconv.Itoa(year) + "年工作要点"
	}
	for _, sec := range []struct {
		heading string
		role    docmodel.Role
	}{
		{"总体要求", docmodel.RolePrinciples},
		{"主要目标", docmodel.RoleGoals},
		{"重点任务", docmodel.RoleTasks},
		{"保障措施", docmodel.RoleSafeguards},
	} {
		n := d.NewNode()
		n.Heading, n.Role = sec.heading, sec.role
		if sec.role == docmodel.RoleTasks {
			n.Children = []*docmodel.Node{d.NewNode()}
		}
		d.Sections = append(d.Sections, n)
	}
	return d
}

// Imported returns a session for a document imported from source (a .txt,
// .md or .docx file). It has no native file yet, so saving asks for a name;
// SuggestedName proposes the source's name with the native extension.
func Imported(source string, doc *docmodel.Document) *Session {
	s := New(doc)
	s.source = source
	return s
}

// Doc returns the current document. Undo, Redo and Reload replace its
// content in place, but callers should fetch it again after them and not
// keep pointers to its nodes.
func (s *Session) Doc() *docmodel.Document { return s.doc }

// Snapshot returns the document as it is now, to be read off the GUI
// goroutine while the writer goes on editing: the session's own encoding
// of it, which later edits replace but never change. It fails only for a
// document that was invalid from the start and never edited.
func (s *Session) Snapshot() (Snapshot, error) {
	if s.cur != nil {
		return Snapshot{data: s.cur}, nil
	}
	data, err := docmodel.Encode(s.doc)
	if err != nil {
		return Snapshot{}, err
	}
	return Snapshot{data: data}, nil
}

// Snapshot is a document as it was at one moment. It is safe to use on
// any goroutine.
type Snapshot struct {
	data []byte
}

// Doc returns a copy of the document of the snapshot, the caller's own.
func (sn Snapshot) Doc() (*docmodel.Document, error) {
	return docmodel.Decode(sn.data)
}

// Path returns the native file the document is saved in, "" if none.
func (s *Session) Path() string { return s.path }

// Source returns the file the document was opened or imported from.
func (s *Session) Source() string { return s.source }

// SuggestedName returns the file name to propose in a save dialog: the
// current file's name, else the imported file's name with the native
// extension, else the title, else 未命名.yaodian.
func (s *Session) SuggestedName() string {
	if s.path != "" {
		return filepath.Base(s.path)
	}
	if s.source != "" {
		base := filepath.Base(s.source)
		return strings.TrimSuffix(base, filepath.Ext(base)) + docmodel.Extension
	}
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '_'
		}
		return r
	}, strings.TrimSpace(s.doc.Meta.Title))
	if name == "" {
		name = "未命名"
	}
	return name + docmodel.Extension
}

// Dirty reports whether the document differs from the file as last opened
// or saved. Undoing back to the saved state makes it clean again.
func (s *Session) Dirty() bool { return !bytes.Equal(s.cur, s.saved) }

// Edit applies fn to the document as one undoable step named label, a
// Chinese verb phrase such as "添加任务" that the GUI shows as
// "撤销添加任务". If fn returns an error, or leaves the document invalid,
// the document is restored exactly as before, no step is recorded and the
// error is returned. Consecutive edits with the same non-empty key (typing
// into one field, key "n12/heading") merge into one step until Seal. An
// edit that leaves the document unchanged records nothing.
func (s *Session) Edit(label, key string, fn func(d *docmodel.Document) error) error {
	if s.cur == nil {
		cur, err := docmodel.Encode(s.doc)
		if err != nil {
			return usererr.Prefix(err, "当前文档无效，无法编辑：", "the document is invalid and cannot be edited: ")
		}
		s.cur = cur
	}
	before := s.cur
	after, err := apply(s.doc, label, fn)
	if err != nil {
		if d, decErr := docmodel.Decode(before); decErr == nil {
			*s.doc = *d
		}
		return err
	}
	if bytes.Equal(after, before) {
		return nil
	}
	s.redo = nil
	if key == "" || key != s.mergeKey || len(s.undo) == 0 {
		s.undo = append(s.undo, step{label: label, key: key, doc: before})
		if len(s.undo) > MaxUndo {
			s.undo = append(s.undo[:0:0], s.undo[len(s.undo)-MaxUndo:]...)
		}
	}
	s.mergeKey = key
	s.changed(after)
	return nil
}

// apply runs fn on d and returns the encoding of the result, or why it
// cannot be kept.
func apply(d *docmodel.Document, label string, fn func(d *docmodel.Document) error) ([]byte, error) {
	if err := fn(d); err != nil {
		return nil, err
	}
	if err := d.Validate(); err != nil {
		return nil, usererr.Prefix(err, "无法"+label+"：", "the edit would make the document invalid: ")
	}
	return docmodel.Encode(d)
}

// changed records that the document now encodes as cur.
func (s *Session) changed(cur []byte) {
	s.cur = cur
	s.pending = true
}

// Seal ends merging: the next Edit starts a new undo step even if its key
// is the same. The GUI calls it when a field loses focus.
func (s *Session) Seal() { s.mergeKey = "" }

// CanUndo reports whether there is a step to undo.
func (s *Session) CanUndo() bool { return len(s.undo) > 0 }

// CanRedo reports whether there is an undone step to redo.
func (s *Session) CanRedo() bool { return len(s.redo) > 0 }

// UndoLabel returns the label of the step Undo would revert, "" if none.
func (s *Session) UndoLabel() string { return top(s.undo).label }

// RedoLabel returns the label of the step Redo would apply, "" if none.
func (s *Session) RedoLabel() string { return top(s.redo).label }

func top(steps []step) step {
	if len(steps) == 0 {
		return step{}
	}
	return steps[len(steps)-1]
}

// Undo reverts the last step and reports whether there was one.
func (s *Session) Undo() bool { return s.travel(&s.undo, &s.redo) }

// Redo applies the last undone step again and reports whether there was
// one.
func (s *Session) Redo() bool { return s.travel(&s.redo, &s.undo) }

// travel moves the document to the state on top of from, pushing the
// current state onto to.
func (s *Session) travel(from, to *[]step) bool {
	if len(*from) == 0 {
		return false
	}
	st := (*from)[len(*from)-1]
	d, err := docmodel.Decode(st.doc)
	if err != nil {
		return false // our own encoding; cannot happen, but never half-apply
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, step{label: st.label, key: st.key, doc: s.cur})
	*s.doc = *d
	s.mergeKey = ""
	s.changed(st.doc)
	return true
}
