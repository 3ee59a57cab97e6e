package ui

import (
	"bytes"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"yaodian/docmodel"
)

// commit sends phrase to whatever has the window's focus, one character
// event per rune, as Fyne's GLFW driver hands on what an input method
// commits (fcitx, ibus, 搜狗 or Microsoft Pinyin send a committed phrase
// as a burst of characters; window.processCharInput gives each to the
// focused object's TypedRune).
func commit(w *Window, phrase string) {
	for _, r := range phrase {
		w.win.Canvas().Focused().TypedRune(r)
	}
}

// A committed phrase lands whole where the cursor is, in the editor's
// fields (and the document) and in the find box, and one undo takes the
// whole phrase back: the document's undo for the editor, the box's own
// Ctrl+Z for the find box.
func TestInputMethodCommitLandsWhole(t *testing.T) {
	type target struct {
		name   string
		entry  func(w *Window) fyne.Focusable
		text   func(w *Window) string                // what the box shows
		stored func(w *Window, task string) string   // what the document holds; nil for the find box
		set    func(w *Window, text string, col int) // fills the box and puts the cursor at col
		undo   func(w *Window)
	}
	editorField := func(name string, f func(w *Window) *field, stored func(d *docmodel.Document, task string) string) target {
		return target{
			name:   name,
			entry:  func(w *Window) fyne.Focusable { return f(w) },
			text:   func(w *Window) string { return f(w).Text },
			stored: func(w *Window, task string) string { return stored(w.s.Doc(), task) },
			set: func(w *Window, text string, col int) {
				test.Type(f(w), text)
				w.s.Seal()
				f(w).CursorColumn = col
			},
			undo: func(w *Window) { w.undo() },
		}
	}
	targets := []target{
		editorField("editor title", func(w *Window) *field { return w.editor.title },
			func(d *docmodel.Document, task string) string { return d.Find(task).Heading }),
		editorField("editor body", func(w *Window) *field { return w.editor.body },
			func(d *docmodel.Document, task string) string {
				if b := d.Find(task).Body; len(b) == 1 {
					return b[0]
				}
				return ""
			}),
		{
			name:  "find box",
			entry: func(w *Window) fyne.Focusable { return w.find.query },
			text:  func(w *Window) string { return w.find.query.Text },
			set: func(w *Window, text string, col int) {
				w.find.open(false)
				test.Type(w.find.query, text)
				w.find.query.CursorColumn = col
			},
			undo: func(w *Window) { w.find.query.TypedShortcut(&fyne.ShortcutUndo{}) },
		},
	}
	for _, tg := range targets {
		for _, tc := range []struct{ before, phrase, after string }{
			{"推进建设", "科技平台", "推进科技平台建设"},
			{"推进建设", "科技创新平台，", "推进科技创新平台，建设"},
		} {
			t.Run(tg.name+" "+tc.phrase, func(t *testing.T) {
				w, task := newPlan(t)
				tg.set(w, tc.before, 2) // after 推进
				w.win.Canvas().Focus(tg.entry(w))
				commit(w, tc.phrase)
				if got := tg.text(w); got != tc.after {
					t.Fatalf("the box shows %q after the commit, want %q", got, tc.after)
				}
				if tg.stored != nil {
					if got := tg.stored(w, task); got != tc.after {
						t.Fatalf("the document holds %q, want %q", got, tc.after)
					}
				}
				tg.undo(w)
				if got := tg.text(w); got != tc.before {
					t.Errorf("one undo leaves %q in the box, want %q", got, tc.before)
				}
				if tg.stored != nil {
					if got := tg.stored(w, task); got != tc.before {
						t.Errorf("one undo leaves %q in the document, want %q", got, tc.before)
					}
				}
			})
		}
	}
}

// The outline tree takes no text: it moves with the arrow keys and has no
// type-to-find. Characters committed while it has the focus change
// neither the document nor the node selected, and are not lost into a
// hidden field.
func TestInputMethodCommitToTree(t *testing.T) {
	w, task := newPlan(t)
	before, err := docmodel.Encode(w.s.Doc())
	if err != nil {
		t.Fatal(err)
	}
	w.win.Canvas().Focus(w.tree)
	commit(w, "科技平台")
	after, err := docmodel.Encode(w.s.Doc())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) || w.s.CanUndo() {
		t.Error("characters typed into the tree changed the document")
	}
	if w.selected != task {
		t.Errorf("characters typed into the tree moved the selection to %q", w.selected)
	}
}
