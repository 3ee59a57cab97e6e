package ui

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"yaodian/usererr"
)

// field is a text box whose every change is applied to the document as an
// edit. Changes of one field merge into a single undo step until the field
// loses the focus. A value the document cannot take (a date that is not a
// date) is marked on the field and not applied.
type field struct {
	widget.Entry
	w       *Window
	apply   func(text string) error // applies the text; nil while the field is being filled
	loading bool
	err     error // why the text shown was not applied, nil if it was
}

func newField(w *Window, multiLine bool, placeholder string) *field {
	f := &field{w: w}
	f.MultiLine = multiLine
	if multiLine {
		f.Wrapping = fyne.TextWrapWord
	} else {
		f.Wrapping = fyne.TextWrapOff
		f.Scroll = 0
	}
	f.PlaceHolder = placeholder
	f.AlwaysShowValidationError = true
	f.ExtendBaseWidget(f)
	f.OnChanged = f.changed
	return f
}

// show fills the field without making an edit.
func (f *field) show(text string) {
	f.loading = true
	f.SetText(text)
	f.loading = false
	f.err = nil
	f.SetValidationError(nil)
}

func (f *field) changed(text string) {
	if f.loading || f.apply == nil {
		return
	}
	f.err = f.apply(text)
	if f.err != nil {
		f.SetValidationError(errors.New(usererr.Chinese(f.err)))
		return
	}
	f.SetValidationError(nil)
}

// FocusLost ends the field's undo step: typing here again later is a new
// step.
func (f *field) FocusLost() {
	f.Entry.FocusLost()
	if f.w.s != nil {
		f.w.s.Seal()
	}
}

// oneLine is the text of a single-line field as the document keeps it:
// trimmed, with any pasted line breaks turned into spaces.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// paragraphs splits a multi-line field into the paragraphs the document
// keeps: one per non-empty line, trimmed.
func paragraphs(s string) []string {
	var out []string
	for _, line := range strings.Split(s, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}
