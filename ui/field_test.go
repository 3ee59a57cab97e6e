package ui

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"yaodian/docmodel"
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
				if lw := lineWidth(line, f.textSize()); lw > f.width {
					t.Fatalf("display line %q of width %.0f, wider than %.0f", line, lw, f.width)
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

// lineWidth is the width of a display line in text of size.
func lineWidth(line string, size float32) float32 {
	w := float32(0)
	for _, r := range line {
		w += advance(r, size, false)
	}
	return w
}

// badBreak returns why a display line breaks where GB/T 15834 does not
// allow it, or "".
func badBreak(line string) string {
	r := []rune(line)
	switch {
	case len(r) == 0:
		return ""
	case strings.ContainsRune("。，、；：）”", r[0]):
		return "starts with " + string(r[0])
	case strings.ContainsRune("（“", r[len(r)-1]):
		return "ends with " + string(r[len(r)-1])
	}
	return ""
}

// TestDisplayLines: display lines give the paragraphs back exactly, at
// every width, the longest paragraphs of the benchmark plan among them,
// and break by the rules of GB/T 15834.
func TestDisplayLines(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	var paras []string
	w.s.Doc().Walk(func(e docmodel.Entry) bool {
		paras = append(paras, e.Node.Body...)
		return true
	})
	slices.SortFunc(paras, func(a, b string) int { return len(b) - len(a) })
	if len(paras) < 5 || utf8.RuneCountInString(paras[0]) < 150 {
		t.Fatalf("benchmark plan: %d paragraphs, the longest %q", len(paras), paras[0])
	}
	texts := append(paras[:5:5],
		"",
		"短段。",
		strings.Join(longBody(5000), "\n"),
		strings.Repeat("a b ", 300)+"\n"+strings.Repeat("甲", 95),
		"全年新增院士专家工作站50家以上，较上年增长15%。\n（一）“创新券”兑付\n"+strings.Repeat("到2025年底，", 40),
	)
	size := theme.TextSize()
	em := advance('中', size, false)
	for _, runes := range []float32{8, 13, 16, 23.5, 40} {
		width := runes * em
		for _, text := range texts {
			lines := displayLines(text, width, size)
			if got := joinDisplayLines(lines); got != strings.Join(paragraphs(text), "\n") {
				t.Errorf("%.20q… at %v: round trip gives %.40q…", text, runes, got)
			}
			for _, l := range lines {
				if lw := lineWidth(l, size); lw > width && utf8.RuneCountInString(l) > 1 {
					t.Errorf("%.20q… at %v: line %q of width %.0f", text, runes, l, lw)
				}
				if why := badBreak(l); why != "" {
					t.Errorf("%.20q… at %v: line %q %s", text, runes, l, why)
				}
			}
		}
	}
}

// In long mode a field at a narrow width shows lines no wider than its
// text, cut by the rules of GB/T 15834; resizing it cuts them again with
// the caret on the same character and its page shown, and typing applies
// the exact paragraph text.
func TestLongFieldWidth(t *testing.T) {
	w := newTestWindow(t)
	s := session.New(session.Template(2025))
	task := s.Doc().Sections[2].Children[0]
	task.Body = []string{
		strings.Repeat("力争全年新增院士专家工作站50家以上，较上年增长15%。建立健全统计监测和评估机制（按月调度），", 120),
		"落实责任。",
	}
	want := strings.Join(task.Body, "\n")
	w.show(s)
	w.selectID(task.ID)
	f := w.editor.body
	if !f.long {
		t.Fatal("the body is not shown in long mode")
	}
	em := advance('中', f.textSize(), false)
	sizeFor := func(runes float32) fyne.Size {
		return fyne.NewSize(f.Size().Width-f.textWidth(f.Size().Width)+runes*em, f.Size().Height)
	}
	check := func(runes float32) {
		t.Helper()
		if f.width != runes*em {
			t.Fatalf("lines cut for %.0f, want %.0f (%v characters)", f.width, runes*em, runes)
		}
		most := 0
		for _, l := range f.lines {
			if lw := lineWidth(l, f.textSize()); lw > f.width {
				t.Fatalf("at %v characters: line %q of width %.0f", runes, l, lw)
			}
			if why := badBreak(l); why != "" {
				t.Fatalf("at %v characters: line %q %s", runes, l, why)
			}
			most = max(most, utf8.RuneCountInString(l))
		}
		if most < int(runes)-2 {
			t.Errorf("at %v characters the longest line has %d", runes, most)
		}
		if got := joinDisplayLines(f.lines); got != want {
			t.Fatalf("at %v characters the lines join to %d bytes, want %d", runes, len(got), len(want))
		}
		if inner := f.Size().Width - 2*theme.InnerPadding(); f.width > inner {
			t.Fatalf("text width %.0f in a field %.0f wide", f.width, f.Size().Width)
		}
	}
	f.Resize(sizeFor(16))
	check(16)
	// The caret on page 3, row 4, column 5.
	f.turn(1)
	f.turn(1)
	f.CursorRow, f.CursorColumn = 4, 5
	line := f.pages[f.page] + f.CursorRow
	at := []rune(f.lines[line])[f.CursorColumn]
	pos := lineOffset(f.lines, line, f.CursorColumn)
	pages := len(f.pages)
	for _, runes := range []float32{30, 9, 16} {
		f.Resize(sizeFor(runes))
		check(runes)
		line := f.pages[f.page] + f.CursorRow
		if got := lineOffset(f.lines, line, f.CursorColumn); got != pos || []rune(f.lines[line])[f.CursorColumn] != at {
			t.Fatalf("at %v characters the caret is at %d, want %d (%q)", runes, got, pos, at)
		}
	}
	if len(f.pages) != pages {
		t.Errorf("%d pages, %d before", len(f.pages), pages)
	}
	w.win.Canvas().Focus(f)
	test.Type(f, "新")
	got := strings.Join(w.s.Doc().Find(task.ID).Body, "\n")
	r := []rune(want)
	if got != string(r[:pos])+"新"+string(r[pos:]) {
		t.Errorf("body after typing differs: %d bytes, want %d", len(got), len(want)+len("新"))
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

// BenchmarkRecutLongParagraph cuts a 10,000-character paragraph again
// for a new width, as resizing the window does.
func BenchmarkRecutLongParagraph(b *testing.B) {
	w := New(test.NewTempApp(b))
	s := session.New(session.Template(2025))
	task := s.Doc().Sections[2].Children[0]
	task.Body = longBody(10000)
	w.show(s)
	w.editor.show(task.ID)
	f := w.editor.body
	em := advance('中', f.textSize(), false)
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		f.Resize(fyne.NewSize(float32(20+i%2*10)*em+40, 300))
	}
}
