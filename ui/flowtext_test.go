package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// flowText fills each line as far as the rules of GB/T 15834 allow: full
// lines of ideographs, 。 never first on a line, numbers whole, and one
// character a line when nothing fits.
func TestFlowTextBreaks(t *testing.T) {
	// The app's own theme, so that widths come from its embedded font and
	// not from whatever fonts the machine has.
	test.NewTempApp(t).Settings().SetTheme(newTheme())
	em := advance('中', theme.TextSize(), false)
	width := func(chars float32) float32 { return 2*theme.InnerPadding() + chars*em + 0.5 }
	for _, tc := range []struct {
		name  string
		text  string
		chars float32 // the width, in ideographs
		want  string  // the lines, joined by |
	}{
		{"full lines", strings.Repeat("中", 25), 10, strings.Repeat("中", 10) + "|" + strings.Repeat("中", 10) + "|" + strings.Repeat("中", 5)},
		{"a full stop goes with its word", strings.Repeat("中", 10) + "。" + strings.Repeat("中", 3), 10, strings.Repeat("中", 9) + "|中。中中中"},
		{"an opening bracket goes with what follows", strings.Repeat("中", 9) + "（中）", 10, strings.Repeat("中", 9) + "|（中）"},
		{"a number stays whole", strings.Repeat("中", 8) + "2025年", 10, strings.Repeat("中", 8) + "|2025年"},
		{"nothing fits", "中中中", 0.2, "中|中|中"},
		{"no space starts a line", strings.Repeat("中", 10) + " 9 项" + strings.Repeat("中", 8) + "　中", 10, strings.Repeat("中", 10) + "|9 项" + strings.Repeat("中", 8) + "|中"},
		{"an empty paragraph", "", 10, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ft := newFlowText([][]run{{{text: tc.text}}})
			r := test.TempWidgetRenderer(t, ft).(*flowRenderer)
			r.Layout(fyne.NewSize(width(tc.chars), 100))
			var lines []string
			for _, l := range r.lines {
				var b strings.Builder
				for _, c := range l {
					b.WriteRune(c.r)
				}
				lines = append(lines, b.String())
			}
			if got := strings.Join(lines, "|"); got != tc.want {
				t.Errorf("lines %q, want %q", got, tc.want)
			}
		})
	}
}

// A marked run is drawn bold in its colour on a tint of it, across the
// lines it spans.
func TestFlowTextMarks(t *testing.T) {
	test.NewTempApp(t)
	ft := newFlowText([][]run{{{text: "全市地区生产总值增长"}, {text: "5.5%左右", mark: theme.ColorNameError}, {text: "。"}}})
	r := test.TempWidgetRenderer(t, ft).(*flowRenderer)
	r.Layout(fyne.NewSize(600, 100))
	var marked []string
	tints := 0
	for _, o := range r.objects {
		switch o := o.(type) {
		case *canvas.Text:
			if o.TextStyle.Bold && o.Color == theme.Color(theme.ColorNameError) {
				marked = append(marked, o.Text)
			}
		case *canvas.Rectangle:
			tints++
		}
	}
	if strings.Join(marked, "|") != "5.5%左右" || tints != 1 {
		t.Errorf("marked %q with %d tints", marked, tints)
	}
}

// A space that is itself a change, where a line breaks, is drawn: only
// plain spaces are dropped there.
func TestFlowTextKeepsMarkedSpace(t *testing.T) {
	test.NewTempApp(t).Settings().SetTheme(newTheme())
	em := advance('中', theme.TextSize(), false)
	ft := newFlowText([][]run{{
		{text: strings.Repeat("中", 10)},
		{text: "　", mark: theme.ColorNameSuccess},
		{text: "中"},
	}})
	r := test.TempWidgetRenderer(t, ft).(*flowRenderer)
	r.Layout(fyne.NewSize(2*theme.InnerPadding()+10*em+0.5, 100))
	if len(r.lines) != 2 || len(r.lines[1]) != 2 || r.lines[1][0].r != '　' {
		t.Errorf("the second line is %v, want the marked space and 中", r.lines[1:])
	}
}
