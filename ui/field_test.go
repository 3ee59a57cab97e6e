package ui

import (
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"yaodian/session"
)

// longBody is a task body of two paragraphs: one of n characters and a
// short one.
func longBody(n int) []string {
	s := "加强科技创新，推动高新技术企业发展。"
	return []string{strings.Repeat(s, n/utf8.RuneCountInString(s)), "落实责任。"}
}

// A paragraph the wrapping Entry cannot lay out quickly is edited in long
// mode: the Entry holds one page of short lines, paging and typing keep
// every other character, and a short body wraps as before.
func TestLongParagraphPaged(t *testing.T) {
	tests := []struct {
		name  string
		runes int
		long  bool
		pages int
	}{
		{"short", 200, false, 0},
		{"ten thousand", 10000, true, 10},
		{"hundred thousand", 100000, true, 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := newTestWindow(t)
			s := session.New(session.Template(2025))
			task := s.Doc().Sections[2].Children[0]
			task.Body = longBody(tt.runes)
			want := strings.Join(task.Body, "\n")
			w.show(s)
			w.selectID(task.ID)
			f := w.editor.body
			// A page ends at the line that reaches pageRunes.
			if f.long != tt.long || len(f.pages) < tt.pages || len(f.pages) > tt.pages*11/10 {
				t.Fatalf("long %v with %d pages, want %v with about %d", f.long, len(f.pages), tt.long, tt.pages)
			}
			if !tt.long {
				if f.Wrapping != fyne.TextWrapWord || f.Text != want {
					t.Fatalf("short body not shown whole and wrapped: %q", f.Text)
				}
				return
			}
			for _, line := range strings.Split(f.Text, "\n") {
				if n := utf8.RuneCountInString(line); n > lineRunes {
					t.Fatalf("display line of %d characters", n)
				}
			}
			if n := utf8.RuneCountInString(f.Text); f.Wrapping != fyne.TextWrapOff || n > pageRunes+lineRunes+1 {
				t.Fatalf("the Entry holds %d characters, wrapping %v", n, f.Wrapping)
			}
			// Type on the last page, then page back: the body changes by
			// exactly what was typed.
			for f.page < len(f.pages)-1 {
				f.turn(1)
			}
			w.win.Canvas().Focus(f)
			f.CursorRow, f.CursorColumn = 0, 0
			test.Type(f, "新")
			f.turn(-1)
			got := strings.Join(w.s.Doc().Find(task.ID).Body, "\n")
			start := 0
			for _, l := range f.lines[:f.pages[len(f.pages)-1]] {
				start += len(l)
				if l == "" {
					start++ // the paragraph break
				}
			}
			if got != want[:start]+"新"+want[start:] {
				t.Errorf("body after typing differs: %d bytes, want %d", len(got), len(want)+len("新"))
			}
		})
	}
}

// TestDisplayLines: display lines give the paragraphs back exactly.
func TestDisplayLines(t *testing.T) {
	for _, text := range []string{
		"",
		"短段。",
		strings.Join(longBody(5000), "\n"),
		strings.Repeat("a b ", 300) + "\n" + strings.Repeat("甲", 95),
	} {
		lines := displayLines(text)
		if got := joinDisplayLines(lines); got != strings.Join(paragraphs(text), "\n") {
			t.Errorf("%.20q…: round trip gives %.40q…", text, got)
		}
	}
}

// BenchmarkShowLongParagraph shows a task with a 10,000-character
// paragraph in the editor, which once took Fyne's wrapping Entry over 20
// seconds.
func BenchmarkShowLongParagraph(b *testing.B) {
	w := New(test.NewTempApp(b))
	s := session.New(session.Template(2025))
	task := s.Doc().Sections[2].Children[0]
	task.Body = longBody(10000)
	w.show(s)
	b.ResetTimer()
	for b.Loop() {
		w.editor.show(task.ID)
	}
}
