package ui

import (
	"image/color"
	"math"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// Chart geometry, in Fyne units.
const (
	chartLeft   = 64 // room for the value axis
	chartRight  = 28
	chartTop    = 30 // room for the top value label
	chartBottom = 34 // room for the years
	chartDot    = 10
	chartInset  = 40 // between the value axis or the right edge and the first or last year
)

// historyChart draws the target of one indicator year by year: a point
// per plan, joined by lines that are red where the target asks for less
// than the year before and green where it asks for more, so that a dip
// shows without reading the numbers. The draft's point is ringed; a
// stretch value (争取) is a hollow point above its target.
type historyChart struct {
	widget.BaseWidget
	points    []indicator.Point
	draftYear int
}

func newHistoryChart() *historyChart {
	c := &historyChart{}
	c.ExtendBaseWidget(c)
	return c
}

// set shows points, the last of which may be the draft's of draftYear.
func (c *historyChart) set(points []indicator.Point, draftYear int) {
	c.points, c.draftYear = points, draftYear
	c.Refresh()
}

func (c *historyChart) CreateRenderer() fyne.WidgetRenderer {
	return &chartRenderer{c: c}
}

type chartRenderer struct {
	c       *historyChart
	size    fyne.Size
	objects []fyne.CanvasObject
}

func (r *chartRenderer) Destroy()                     {}
func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }
func (r *chartRenderer) MinSize() fyne.Size           { return fyne.NewSize(300, 220) }

func (r *chartRenderer) Layout(size fyne.Size) {
	r.size = size
	r.draw()
}

func (r *chartRenderer) Refresh() {
	r.draw()
	canvas.Refresh(r.c)
}

// color is a colour of the current theme.
func (r *chartRenderer) color(name fyne.ThemeColorName) color.Color {
	return theme.ColorForWidget(name, r.c)
}

// draw makes the chart's objects for the current size.
func (r *chartRenderer) draw() {
	r.objects = r.objects[:0]
	pts := r.c.points
	w, h := r.size.Width, r.size.Height
	plotW, plotH := w-chartLeft-chartRight, h-chartTop-chartBottom
	if len(pts) == 0 || plotW <= 2*chartInset || plotH <= 0 {
		return
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range pts {
		lo, hi = math.Min(lo, p.Value), math.Max(hi, p.Value)
		if p.Stretch != nil {
			hi = math.Max(hi, *p.Stretch)
		}
	}
	least := lo
	step := niceStep(lo, hi)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	if hi == lo {
		lo, hi = lo-step, hi+step
	}
	if lo < 0 && least >= 0 {
		lo = 0
	}
	// A few grid lines, counted, so that a step lost in the precision of
	// huge values cannot loop for ever.
	steps := int(math.Round((hi - lo) / step))
	if steps < 1 || steps > 12 {
		steps, step = 4, (hi-lo)/4
	}
	first, last := pts[0].Year, pts[len(pts)-1].Year
	x := func(year int) float32 {
		if first == last {
			return chartLeft + plotW/2
		}
		return chartLeft + chartInset + (plotW-2*chartInset)*float32(year-first)/float32(last-first)
	}
	y := func(v float64) float32 {
		return chartTop + plotH*float32((hi-v)/(hi-lo))
	}
	text := func(s string, size float32, c color.Color, bold bool) *canvas.Text {
		t := canvas.NewText(s, c)
		t.TextSize = size
		t.TextStyle.Bold = bold
		return t
	}
	place := func(o fyne.CanvasObject, pos fyne.Position, sz fyne.Size) {
		o.Move(pos)
		o.Resize(sz)
		r.objects = append(r.objects, o)
	}
	line := func(x1, y1, x2, y2 float32, c color.Color, width float32) {
		l := canvas.NewLine(c)
		l.StrokeWidth = width
		l.Position1, l.Position2 = fyne.NewPos(x1, y1), fyne.NewPos(x2, y2)
		r.objects = append(r.objects, l)
	}
	fg, grid := r.color(theme.ColorNameForeground), r.color(theme.ColorNameSeparator)
	muted := r.color(theme.ColorNamePlaceHolder)
	// Value axis: a grid line and a label per step.
	for i := 0; i <= steps; i++ {
		v := lo + float64(i)*step
		yy := y(v)
		line(chartLeft, yy, chartLeft+plotW, yy, grid, 1)
		t := text(docmodel.FormatNumber(round(v, step)), 12, muted, false)
		ts := t.MinSize()
		place(t, fyne.NewPos(chartLeft-8-ts.Width, yy-ts.Height/2), ts)
	}
	// Years, with a tick for each year in the span.
	line(chartLeft, chartTop+plotH, chartLeft+plotW, chartTop+plotH, fg, 1)
	for year := first; year <= last; year++ {
		xx := x(year)
		line(xx, chartTop+plotH, xx, chartTop+plotH+4, fg, 1)
		if last-first > 12 && year != first && year != last && (year-first)%2 == 1 {
			continue // every other year on a long span
		}
		label := strconv.Itoa(year)
		switch {
		case year == r.c.draftYear && year == 0:
			label = "本稿（年份不明）"
		case year == r.c.draftYear:
			label += " 本稿"
		}
		t := text(label, 12, fg, year == r.c.draftYear)
		ts := t.MinSize()
		place(t, fyne.NewPos(xx-ts.Width/2, chartTop+plotH+6), ts)
	}
	// The line from year to year, coloured by how the target moved.
	for i := 1; i < len(pts); i++ {
		a, b := pts[i-1], pts[i]
		line(x(a.Year), y(a.Value), x(b.Year), y(b.Value), r.moveColor(a, b), 3)
	}
	for i, p := range pts {
		xx, yy := x(p.Year), y(p.Value)
		if p.Stretch != nil {
			sy := y(*p.Stretch)
			line(xx, yy, xx, sy, muted, 1)
			ring := canvas.NewCircle(color.Transparent)
			ring.StrokeColor, ring.StrokeWidth = muted, 1.5
			place(ring, fyne.NewPos(xx-chartDot/2+1, sy-chartDot/2+1), fyne.NewSize(chartDot-2, chartDot-2))
			t := text("争取"+docmodel.FormatNumber(*p.Stretch), 11, muted, false)
			place(t, fyne.NewPos(xx+chartDot/2+2, sy-t.MinSize().Height/2), t.MinSize())
		}
		c := r.color(theme.ColorNamePrimary)
		if i > 0 {
			c = r.moveColor(pts[i-1], p)
		}
		dot := canvas.NewCircle(c)
		size := float32(chartDot)
		if p.Year == r.c.draftYear && i == len(pts)-1 {
			size += 6
			dot.StrokeColor, dot.StrokeWidth = fg, 2
		}
		place(dot, fyne.NewPos(xx-size/2, yy-size/2), fyne.NewSize(size, size))
		t := text(docmodel.FormatNumber(p.Value)+p.Unit, 13, fg, true)
		ts := t.MinSize()
		place(t, fyne.NewPos(xx-ts.Width/2, yy-size/2-ts.Height-2), ts)
	}
}

// moveColor is the colour of the step from a to b: red where b asks for
// less, green where it asks for more, grey where the same.
func (r *chartRenderer) moveColor(a, b indicator.Point) color.Color {
	switch indicator.Ambition(a.Indicator, b.Indicator) {
	case -1:
		return r.color(theme.ColorNameError)
	case 1:
		return r.color(theme.ColorNameSuccess)
	}
	return r.color(theme.ColorNamePlaceHolder)
}

// niceStep is a step of 1, 2 or 5 times a power of ten that cuts the
// span lo..hi into about four parts.
func niceStep(lo, hi float64) float64 {
	span := hi - lo
	if span <= 0 {
		span = math.Max(math.Abs(hi), 1)
	}
	raw := span / 4
	pow := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if raw <= m*pow {
			return m * pow
		}
	}
	return 10 * pow
}

// round takes the floating-point noise off v, a multiple of step.
func round(v, step float64) float64 {
	return math.Round(v/step) * step
}
