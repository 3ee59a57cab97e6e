package ui

import (
	"image/color"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/export/layout"
)

// run is a piece of a paragraph in one style: plain, or marked in a
// colour (a change, the evidence of a finding), or muted (a path).
type run struct {
	text  string
	mark  fyne.ThemeColorName // "" for plain text
	muted bool
	bold  bool
}

// flowText shows paragraphs of runs wrapped to its width by the
// line-breaking rules of GB/T 15834 (no 。 at the start of a line, no （
// at its end, numbers kept whole), with marked runs bold, in their
// colour, on a tint of it. Fyne's RichText measures by shaping whole
// substrings and takes seconds to wrap a 20-page plan; flowText measures
// each character once.
type flowText struct {
	widget.BaseWidget
	paras   [][]run
	version int // counts the texts set, so that the lines are broken once per text and width
}

func newFlowText(paras [][]run) *flowText {
	t := &flowText{paras: paras}
	t.ExtendBaseWidget(t)
	return t
}

// set replaces the text.
func (t *flowText) set(paras [][]run) {
	t.paras = paras
	t.version++
	t.Refresh()
}

func (t *flowText) CreateRenderer() fyne.WidgetRenderer {
	return &flowRenderer{t: t}
}

// widths caches the advance of each character at each size and weight.
var widths = struct {
	sync.Mutex
	m map[widthKey]float32
}{m: map[widthKey]float32{}}

type widthKey struct {
	r    rune
	size float32
	bold bool
}

// advance is the width of r as Fyne draws it.
func advance(r rune, size float32, bold bool) float32 {
	if r >= 0x4E00 && r <= 0x9FFF {
		r = '中' // the ideographs share one advance
	}
	k := widthKey{r, size, bold}
	widths.Lock()
	defer widths.Unlock()
	w, ok := widths.m[k]
	if !ok {
		w = fyne.MeasureText(string(r), size, fyne.TextStyle{Bold: bold}).Width
		widths.m[k] = w
	}
	return w
}

// placed is a character with its run and its x position on its line.
type placed struct {
	r   rune
	run *run
	x   float32
	w   float32
}

type flowRenderer struct {
	t       *flowText
	width   float32 // the width the lines were broken for
	version int     // the text they were broken from
	lines   [][]placed
	drawn   bool // whether objects show lines
	objects []fyne.CanvasObject
}

func (r *flowRenderer) Destroy()                     {}
func (r *flowRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *flowRenderer) lineHeight() float32 {
	size := theme.TextSize()
	return fyne.MeasureText("中", size, fyne.TextStyle{}).Height + 2
}

// MinSize is narrow, and as tall as the lines for the current width.
func (r *flowRenderer) MinSize() fyne.Size {
	w := r.t.Size().Width
	if w <= 0 {
		w = 400 // until laid out
	}
	r.breakFor(w)
	return fyne.NewSize(40, float32(len(r.lines))*r.lineHeight()+2*theme.InnerPadding())
}

func (r *flowRenderer) Layout(size fyne.Size) {
	r.breakFor(size.Width)
	if !r.drawn {
		r.draw()
	}
}

func (r *flowRenderer) Refresh() {
	r.Layout(r.t.Size())
	canvas.Refresh(r.t)
}

// breakFor breaks the text into lines of at most width unless it was.
func (r *flowRenderer) breakFor(width float32) {
	if width != r.width || r.version != r.t.version || r.lines == nil {
		r.breakLines(width)
	}
}

// breakLines breaks the paragraphs into lines of at most width.
func (r *flowRenderer) breakLines(width float32) {
	r.width, r.version, r.drawn = width, r.t.version, false
	r.lines = r.lines[:0]
	size := theme.TextSize()
	avail := width - 2*theme.InnerPadding()
	for _, p := range r.t.paras {
		var chars []placed
		for i := range p {
			for _, c := range p[i].text {
				chars = append(chars, placed{r: c, run: &p[i], w: advance(c, size, p[i].bold || p[i].mark != "")})
			}
		}
		if len(chars) == 0 {
			r.lines = append(r.lines, nil)
			continue
		}
		start := 0
		for start < len(chars) {
			end := lineEnd(chars, start, avail)
			line := chars[start:end]
			x := float32(0)
			for i := range line {
				line[i].x = x
				x += line[i].w
			}
			r.lines = append(r.lines, line)
			// Plain spaces where the line breaks are dropped, not carried
			// to the start of the next line, which they would indent. A
			// marked one is kept: it may be the whole of a change.
			for end < len(chars) && chars[end].run.mark == "" && (chars[end].r == ' ' || chars[end].r == '　') {
				end++
			}
			start = end
		}
	}
}

// lineEnd returns the end of the line of chars that starts at start and
// is at most avail wide (but holds at least one character): before the
// first character that does not fit, or at the last break before it that
// the rules of GB/T 15834 allow (see layout.Breakable).
func lineEnd(chars []placed, start int, avail float32) int {
	at := func(i int) rune {
		if i < 0 || i >= len(chars) {
			return 0
		}
		return chars[i].r
	}
	x, end, lastBreak := float32(0), start, -1
	for end < len(chars) && (end == start || x+chars[end].w <= avail) {
		if end > start && layout.Breakable(at(end-2), chars[end-1].r, chars[end].r, at(end+1)) {
			lastBreak = end
		}
		x += chars[end].w
		end++
	}
	if end < len(chars) && !layout.Breakable(at(end-2), chars[end-1].r, chars[end].r, at(end+1)) && lastBreak > start {
		end = lastBreak
	}
	return end
}

// draw makes a text object per run on each line, with a tint behind
// marked runs.
func (r *flowRenderer) draw() {
	r.drawn = true
	r.objects = r.objects[:0]
	size := theme.TextSize()
	lh := r.lineHeight()
	pad := theme.InnerPadding()
	fg := theme.ColorForWidget(theme.ColorNameForeground, r.t)
	muted := theme.ColorForWidget(theme.ColorNamePlaceHolder, r.t)
	for li, line := range r.lines {
		y := pad + float32(li)*lh
		for i := 0; i < len(line); {
			j := i
			for j < len(line) && line[j].run == line[i].run {
				j++
			}
			ru := line[i].run
			var text []rune
			for _, c := range line[i:j] {
				text = append(text, c.r)
			}
			x := pad + line[i].x
			w := line[j-1].x + line[j-1].w - line[i].x
			col := fg
			if ru.muted {
				col = muted
			}
			if ru.mark != "" {
				col = theme.ColorForWidget(ru.mark, r.t)
				bg := canvas.NewRectangle(withAlpha(col, 0x26))
				bg.Move(fyne.NewPos(x, y))
				bg.Resize(fyne.NewSize(w, lh))
				r.objects = append(r.objects, bg)
			}
			t := canvas.NewText(string(text), col)
			t.TextSize = size
			t.TextStyle.Bold = ru.bold || ru.mark != ""
			t.Move(fyne.NewPos(x, y+1))
			t.Resize(fyne.NewSize(w, lh))
			r.objects = append(r.objects, t)
			i = j
		}
	}
}

// withAlpha returns c with alpha a.
func withAlpha(c color.Color, a uint8) color.Color {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	n.A = a
	return n
}

// flowLabel is a label of plain text that wraps as flowText does, by the
// rules of GB/T 15834, where Fyne's Label breaks Chinese only at spaces
// (a line of “正文中写有 9”, then the rest) and may start a line with 。.
// Each line of the text is a paragraph, in the label's one style: plain,
// bold, or muted.
type flowLabel struct {
	flowText
	Text  string // the text shown, as a Label's
	style run
}

// newFlowLabel makes a flowLabel showing text, bold or muted if asked.
func newFlowLabel(text string, bold, muted bool) *flowLabel {
	l := &flowLabel{style: run{bold: bold, muted: muted}}
	l.ExtendBaseWidget(l)
	l.SetText(text)
	return l
}

// SetText shows text; the lines are broken again only if it changed.
func (l *flowLabel) SetText(text string) {
	if text == l.Text && l.paras != nil {
		return
	}
	l.Text = text
	paras := make([][]run, 0, strings.Count(text, "\n")+1)
	for _, line := range strings.Split(text, "\n") {
		r := l.style
		r.text = line
		paras = append(paras, []run{r})
	}
	l.set(paras)
}

// newDialogText is a flowLabel for a dialog made width wide: its lines
// are broken for about the width the dialog gives them from the start, so
// that the dialog is as tall as they are (until laid out, a flowText
// breaks for 400, too few lines for a narrow dialog and too many for a
// wide one). The estimate is kept a little narrow: a line too many only
// leaves a blank line, a line too few would be cut off.
func newDialogText(text string, width float32) *flowLabel {
	l := newFlowLabel(text, false, false)
	l.Resize(fyne.NewSize(width-2*dialogMargin, 0))
	return l
}

// dialogMargin is about the room a Fyne dialog leaves on either side of
// its content, with some to spare.
const dialogMargin = 28
