package ui

import (
	"fmt"
	"image"
	"image/color"
	"math"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/export/raster"
	"yaodian/usererr"
)

// previewDelay is how long typing must pause before the preview is laid
// out again: the layout follows the writer, not every keystroke.
const previewDelay = 400 * time.Millisecond

// drawDelay is how long the view must stay still before pages are drawn:
// the window's first layouts, the steps of a wheel zoom and a scroll
// cost one drawing, at the size they end at.
const drawDelay = 120 * time.Millisecond

// Zoom is in Fyne units per point. unitsPerPoint is the zoom shown as
// 100 %: the page at its printed size on a screen of 96 units an inch.
const (
	unitsPerPoint = 96.0 / 72
	minZoom       = 0.25 * unitsPerPoint
	maxZoom       = 4 * unitsPerPoint
	zoomStep      = 1.25
	// maxRasterScale bounds the pixels per point of a drawn page: a
	// zoomed A4 page on a scaled screen stays under 30 MB.
	maxRasterScale = 6
)

// sheetGap is the space around and between the pages.
const sheetGap = 12

// fitMode is how the zoom follows the size of the preview.
type fitMode int

const (
	fitNone  fitMode = iota // the writer's own zoom
	fitWidth                // a page as wide as the preview
	fitPage                 // a whole page in view
)

// preview shows the pages of the open document as the PDF will print
// them, drawn from the same layout, one below the other. Only the pages
// in view are drawn, at the resolution they are shown at; a page
// scrolled out of view gives its image back. Layout and drawing run off
// the UI goroutine; only the latest request's result is shown.
type preview struct {
	doc   *openDoc
	fonts *fontLoader
	prefs fyne.Preferences // the page geometry

	label     *widget.Label // which page is in view
	zoomLabel *widget.Label
	prev      *keyButton
	next      *keyButton
	zoomOut   *keyButton
	zoomIn    *keyButton
	fitW      *keyButton
	fitP      *keyButton
	sheets    *fyne.Container // one sheet per page
	scroll    *pageScroll
	box       fyne.CanvasObject

	laid *layout.Document
	page int    // the page in view, from 0
	node string // the node whose page the preview follows
	zoom float32
	fit  fitMode
	// drawn holds the raster scale each page in view was drawn at.
	// One drawing runs at a time: redraw is set when the view changed
	// while it ran, so that scrolling and zooming do not pile up work.
	drawn           map[int]float64
	drawing, redraw bool

	pages  *latest[pageResult] // the layout under way; older results are dropped
	pause  *pause              // the layout after an edit
	settle *pause              // the drawing once the view is still
	// mods reports the keyboard modifiers held, to tell Ctrl+wheel from
	// scrolling; tests replace it.
	mods func() fyne.KeyModifier
	// done, if set, is called on the UI goroutine after pages are shown
	// or a preview fails; tests wait on it.
	done func()
}

// newPreview makes the preview of doc, drawn with the fonts of fl on the
// page the settings prefs give.
func newPreview(doc *openDoc, fl *fontLoader, prefs fyne.Preferences) *preview {
	p := &preview{doc: doc, fonts: fl, prefs: prefs, pages: newLatest[pageResult](), pause: newPause(previewDelay), settle: newPause(drawDelay),
		fit: fitWidth, zoom: unitsPerPoint, drawn: map[int]float64{}, mods: heldModifiers}
	p.label = widget.NewLabel("")
	p.label.Alignment = fyne.TextAlignCenter
	p.zoomLabel = widget.NewLabel("")
	tool := func(icon fyne.Resource, fn func()) *keyButton {
		b := newKeyButtonWithIcon("", icon, fn)
		b.Importance = widget.LowImportance
		return b
	}
	p.prev = tool(theme.NavigateBackIcon(), func() { p.turn(-1) })
	p.next = tool(theme.NavigateNextIcon(), func() { p.turn(1) })
	p.zoomOut = tool(theme.ZoomOutIcon(), func() { p.zoomBy(1 / zoomStep) })
	p.zoomIn = tool(theme.ZoomInIcon(), func() { p.zoomBy(zoomStep) })
	p.fitW = newKeyButton("适合宽度", func() { p.setFit(fitWidth) })
	p.fitP = newKeyButton("整页", func() { p.setFit(fitPage) })
	p.fitW.Importance, p.fitP.Importance = widget.LowImportance, widget.LowImportance
	p.sheets = container.New(&sheetLayout{p: p})
	p.scroll = newPageScroll(p, p.sheets)
	bar := container.NewBorder(nil, nil, p.prev, p.next, p.label)
	// The zoom below the pages, as in a word processor's status bar: two
	// short rows keep the pane narrow on a small screen.
	zoomBar := container.NewCenter(container.NewHBox(p.zoomOut, p.zoomLabel, p.zoomIn, p.fitW, p.fitP))
	paper := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	p.box = container.NewBorder(bar, zoomBar, nil, nil, container.NewStack(paper, p.scroll))
	p.reset()
	return p
}

// heldModifiers reports the modifier keys held down, where the driver
// knows them.
func heldModifiers() fyne.KeyModifier {
	if d, ok := fyne.CurrentApp().Driver().(interface{ CurrentKeyModifiers() fyne.KeyModifier }); ok {
		return d.CurrentKeyModifiers()
	}
	return 0
}

// reset empties the preview for a newly opened document.
func (p *preview) reset() {
	p.pages.drop() // a layout of the previous document still running
	p.laid, p.page, p.node = nil, 0, ""
	p.setSheets(0)
	p.scroll.ScrollToOffset(fyne.Position{})
	p.label.SetText("页面预览")
	p.prev.Disable()
	p.next.Disable()
	p.showZoom()
}

// setSheets makes n blank sheets, giving back the images of the old ones.
func (p *preview) setSheets(n int) {
	if len(p.sheets.Objects) == n {
		return
	}
	objs := make([]fyne.CanvasObject, n)
	for i := range objs {
		if i < len(p.sheets.Objects) {
			objs[i] = p.sheets.Objects[i]
			continue
		}
		img := canvas.NewImageFromImage(nil)
		img.FillMode = canvas.ImageFillStretch
		img.ScaleMode = canvas.ImageScaleSmooth
		// Shown once drawn: Fyne paints an empty image as a blank texture
		// the size of the sheet.
		img.Hide()
		objs[i] = container.NewStack(canvas.NewRectangle(color.White), img)
	}
	for i := n; i < len(p.sheets.Objects); i++ {
		im := p.sheetImage(i)
		im.Image = nil
		im.Hide()
		delete(p.drawn, i)
	}
	p.sheets.Objects = objs
	p.sheets.Refresh()
}

// sheetImage is the image of page i's sheet.
func (p *preview) sheetImage(i int) *canvas.Image {
	return p.sheets.Objects[i].(*fyne.Container).Objects[1].(*canvas.Image)
}

// schedule lays the document out again once typing pauses.
func (p *preview) schedule() {
	p.pause.schedule(p.relayout)
}

// relayout lays out a snapshot of the document in the background and
// shows the page of the followed node.
func (p *preview) relayout() {
	if p.doc.s == nil {
		return
	}
	snap, err := p.doc.s.Snapshot()
	if err != nil {
		p.failed(err)
		return
	}
	p.pages.run(func() pageResult {
		d, err := snap.Doc()
		if err != nil {
			return pageResult{err: err}
		}
		set, err := p.fonts.get()
		if err != nil {
			return pageResult{err: err}
		}
		g, err := pageGeometry(p.prefs)
		if err != nil {
			return pageResult{err: err}
		}
		laid, err := layout.Layout(d, export.Metrics(set), g)
		if err != nil {
			return pageResult{err: err}
		}
		if len(laid.Pages) == 0 {
			return pageResult{err: usererr.New("文档还没有内容", "the document is empty")}
		}
		return pageResult{laid: laid}
	}, p.shown)
}

// pageResult is a new layout or pages drawn in the background, or why
// there are none.
type pageResult struct {
	laid  *layout.Document // a new layout, to draw from
	from  *layout.Document // the layout the pages were drawn from
	scale float64
	imgs  map[int]image.Image
	err   error
}

// shown takes a layout made in the background.
func (p *preview) shown(r pageResult) {
	if r.err != nil {
		p.failed(r.err)
		return
	}
	first := p.laid == nil
	p.laid = r.laid
	// The pages shown are of the old layout: drawn again, and until
	// then shown as they were.
	for n := range p.drawn {
		p.drawn[n] = 0
	}
	p.setSheets(len(r.laid.Pages))
	p.refit()
	if n, ok := p.followedPage(); ok && (first || n != p.page) {
		p.scrollToPage(n)
	}
	p.viewChanged()
}

// drawnPages shows pages drawn in the background, if they are of the
// layout shown, and goes on with what the view needs now.
func (p *preview) drawnPages(r pageResult) {
	redraw := p.redraw
	p.drawing, p.redraw = false, false
	if r.err != nil {
		p.failed(r.err)
		return
	}
	if r.from == p.laid {
		for n, img := range r.imgs {
			im := p.sheetImage(n)
			im.Image = img
			im.Show()
			// The sheet lays the image out again: a hidden image is left
			// out of its layout, and would keep the size it had then.
			p.sheets.Objects[n].Refresh()
			p.drawn[n] = r.scale
		}
	}
	if redraw {
		p.viewChanged()
	} else if p.done != nil {
		p.done()
	}
}

// followedPage is the page on which the followed node begins.
func (p *preview) followedPage() (int, bool) {
	if p.node == "" || p.laid == nil {
		return 0, false
	}
	return pageOf(p.laid, p.node)
}

// follow shows the page on which node id begins, without laying out
// again.
func (p *preview) follow(id string) {
	p.node = id
	if n, ok := p.followedPage(); ok && n != p.page {
		p.scrollToPage(n)
		p.viewChanged()
	}
}

// turn shows the previous or next page.
func (p *preview) turn(delta int) {
	p.goTo(p.page + delta)
}

// goTo scrolls page n, kept within the document, into view.
func (p *preview) goTo(n int) {
	if p.laid == nil {
		return
	}
	n = min(max(n, 0), len(p.laid.Pages)-1)
	p.node = ""
	p.scrollToPage(n)
	p.viewChanged()
}

// scrollToPage puts the top of page n at the top of the view.
func (p *preview) scrollToPage(n int) {
	// The scroll keeps its offset within the content's present size.
	p.sheets.Resize(p.sheets.MinSize().Max(p.scroll.Size()))
	p.scroll.ScrollToOffset(fyne.NewPos(p.scroll.Offset.X, p.sheetTop(n)))
	p.page = n
}

// sheetSize is the size of a page's sheet at the zoom.
// The sheet is as large as the page drawn at the raster scale, in whole
// screen pixels, so that Fyne shows the drawn page as it is instead of
// scaling a copy of it.
func (p *preview) sheetSize() fyne.Size {
	if p.laid == nil {
		return fyne.Size{}
	}
	g := p.laid.Geometry
	s, r := p.canvasScale(), p.rasterScale()
	if r != float64(p.zoom*s) { // beyond the raster's bounds
		return fyne.NewSize(float32(g.PageWidth)*p.zoom, float32(g.PageHeight)*p.zoom)
	}
	return fyne.NewSize(float32(math.Ceil(g.PageWidth*r))/s, float32(math.Ceil(g.PageHeight*r))/s)
}

// sheetTop is where page n's sheet begins in the scrolled content.
func (p *preview) sheetTop(n int) float32 {
	return sheetGap + float32(n)*(p.sheetSize().Height+sheetGap)
}

// refit sets the zoom the fit mode asks for at the preview's size.
func (p *preview) refit() {
	view := p.scroll.Size()
	if p.laid == nil || p.fit == fitNone || view.Width <= 0 {
		p.showZoom()
		return
	}
	g := p.laid.Geometry
	// Room for the vertical scroll bar, which sits over the content.
	z := (view.Width - 2*sheetGap - theme.ScrollBarSize()) / float32(g.PageWidth)
	if p.fit == fitPage {
		z = min(z, (view.Height-2*sheetGap)/float32(g.PageHeight))
	}
	p.setZoom(z)
}

// setFit makes the zoom follow the preview's width or height.
func (p *preview) setFit(m fitMode) {
	p.fit = m
	top := p.page
	p.refit()
	p.scrollToPage(top)
	p.viewChanged()
}

// zoomBy multiplies the zoom by f, keeping the page in view.
func (p *preview) zoomBy(f float32) {
	p.fit = fitNone
	top := p.page
	within := float32(0)
	if h := p.sheetSize().Height; h > 0 {
		within = (p.scroll.Offset.Y - p.sheetTop(top)) / h
	}
	p.setZoom(p.zoom * f)
	p.scroll.ScrollToOffset(fyne.NewPos(p.scroll.Offset.X, p.sheetTop(top)+within*p.sheetSize().Height))
	p.viewChanged()
}

// setZoom sets the zoom, within its bounds, and lays the sheets out.
func (p *preview) setZoom(z float32) {
	z = min(max(z, minZoom), maxZoom)
	if z != p.zoom {
		p.zoom = z
		p.sheets.Resize(p.sheets.MinSize().Max(p.scroll.Size()))
		p.sheets.Refresh()
		p.scroll.Refresh()
	}
	p.showZoom()
}

// showZoom shows the zoom in percent and which buttons can act.
func (p *preview) showZoom() {
	p.zoomLabel.SetText(fmt.Sprintf("%d%%", int(math.Round(float64(p.zoom/unitsPerPoint*100)))))
	setEnabled(p.zoomOut, p.laid != nil && p.zoom > minZoom)
	setEnabled(p.zoomIn, p.laid != nil && p.zoom < maxZoom)
	setEnabled(p.fitW, p.laid != nil)
	setEnabled(p.fitP, p.laid != nil)
}

// viewChanged follows a scroll, zoom or resize: it names the page in
// view, gives back the images of the pages that left it and, once the
// view is still, draws those that came into it.
func (p *preview) viewChanged() {
	if p.laid == nil {
		return
	}
	total := len(p.laid.Pages)
	h := p.sheetSize().Height + sheetGap
	top, bottom := p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height
	// The page in view is the one across the upper third of the view.
	p.page = min(max(int((top+p.scroll.Size().Height/3-sheetGap)/h), 0), total-1)
	p.label.SetText(fmt.Sprintf("第 %d 页，共 %d 页", p.page+1, total))
	setEnabled(p.prev, p.page > 0)
	setEnabled(p.next, p.page+1 < total)

	first := min(max(int((top-sheetGap)/h), 0), total-1)
	last := min(max(int((bottom-sheetGap)/h), first), total-1)
	for n := range p.drawn {
		if n < first || n > last {
			im := p.sheetImage(n)
			im.Image = nil
			im.Hide()
			im.Refresh()
			delete(p.drawn, n)
		}
	}
	p.settle.schedule(p.draw)
}

// draw draws the pages in view that are not drawn at the raster scale,
// unless a drawing is under way, which calls it again when done.
func (p *preview) draw() {
	if p.laid == nil {
		return
	}
	if p.drawing {
		p.redraw = true
		return
	}
	total := len(p.laid.Pages)
	h := p.sheetSize().Height + sheetGap
	top, bottom := p.scroll.Offset.Y, p.scroll.Offset.Y+p.scroll.Size().Height
	first := min(max(int((top-sheetGap)/h), 0), total-1)
	last := min(max(int((bottom-sheetGap)/h), first), total-1)
	scale := p.rasterScale()
	var need []int
	for n := first; n <= last; n++ {
		if s, ok := p.drawn[n]; !ok || s != scale {
			need = append(need, n)
		}
	}
	if len(need) == 0 {
		if p.done != nil {
			p.done()
		}
		return
	}
	p.drawing = true
	laid := p.laid
	p.pages.background(func() {
		r := drawPages(laid, need, p.fonts, scale)
		p.pages.gui(func() { p.drawnPages(r) })
	})
}

// drawPages draws pages need of laid at scale.
func drawPages(laid *layout.Document, need []int, fl *fontLoader, scale float64) pageResult {
	set, err := fl.get()
	if err != nil {
		return pageResult{err: err}
	}
	imgs := map[int]image.Image{}
	for _, n := range need {
		img, err := raster.RenderPage(laid, n, set, scale)
		if err != nil {
			return pageResult{err: err}
		}
		imgs[n] = img
	}
	return pageResult{from: laid, scale: scale, imgs: imgs}
}

// rasterScale is the pixels per point a page is drawn at: the zoom on
// the screen's pixels, so that text is sharp and no larger than shown.
func (p *preview) rasterScale() float64 {
	return min(max(float64(p.zoom*p.canvasScale()), 0.25), maxRasterScale)
}

// canvasScale is the screen's pixels per Fyne unit.
func (p *preview) canvasScale() float32 {
	if c := fyne.CurrentApp().Driver().CanvasForObject(p.box); c != nil {
		return c.Scale()
	}
	return 1
}

// failed says in the preview's caption why there is no page to show.
func (p *preview) failed(err error) {
	p.label.SetText("无法预览：" + usererr.Chinese(err))
	if p.done != nil {
		p.done()
	}
}

func setEnabled(b *keyButton, on bool) {
	if on {
		b.Enable()
	} else {
		b.Disable()
	}
}

// pageOf finds the page, from 0, on which node id's first line prints.
func pageOf(d *layout.Document, id string) (int, bool) {
	for i, pg := range d.Pages {
		for _, l := range pg.Lines {
			if l.Node == id {
				return i, true
			}
		}
	}
	return 0, false
}

// sheetLayout stacks the pages' sheets at the preview's zoom, centred,
// with a gap around each.
type sheetLayout struct{ p *preview }

func (l *sheetLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	s := l.p.sheetSize()
	x := max((size.Width-s.Width)/2, sheetGap)
	for i, o := range objs {
		o.Move(fyne.NewPos(x, l.p.sheetTop(i)))
		o.Resize(s)
	}
}

func (l *sheetLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	s := l.p.sheetSize()
	n := float32(len(objs))
	return fyne.NewSize(s.Width+2*sheetGap, n*(s.Height+sheetGap)+sheetGap)
}

// pageScroll is the preview's scrolled area: Ctrl+wheel zooms, and once
// tapped it takes the keys that page through the document.
type pageScroll struct {
	container.Scroll
	p *preview
}

func newPageScroll(p *preview, content fyne.CanvasObject) *pageScroll {
	s := &pageScroll{p: p}
	s.Content = content
	s.Direction = container.ScrollBoth
	s.OnScrolled = func(fyne.Position) { p.viewChanged() }
	s.ExtendBaseWidget(s)
	return s
}

// Resize refits the zoom to the new size.
func (s *pageScroll) Resize(size fyne.Size) {
	if size == s.Size() {
		return
	}
	s.Scroll.Resize(size)
	top := s.p.page
	s.p.refit()
	if s.p.fit != fitNone && s.p.laid != nil {
		s.p.scrollToPage(top)
	}
	s.p.viewChanged()
}

// Scrolled zooms with Ctrl held, else scrolls.
func (s *pageScroll) Scrolled(ev *fyne.ScrollEvent) {
	if s.p.mods()&(fyne.KeyModifierControl|fyne.KeyModifierSuper) != 0 {
		switch {
		case ev.Scrolled.DY > 0:
			s.p.zoomBy(zoomStep)
		case ev.Scrolled.DY < 0:
			s.p.zoomBy(1 / zoomStep)
		}
		return
	}
	s.Scroll.Scrolled(ev)
}

// Tapped takes the keyboard focus.
func (s *pageScroll) Tapped(*fyne.PointEvent) {
	if c := fyne.CurrentApp().Driver().CanvasForObject(s); c != nil {
		c.Focus(s)
	}
}

func (s *pageScroll) FocusGained()   {}
func (s *pageScroll) FocusLost()     {}
func (s *pageScroll) TypedRune(rune) {}

// TypedKey pages through the document: Page Up and Page Down by a page,
// Home and End to the first and last, the arrows by a line. The
// window's keys, such as Esc back to the outline, go on to the window.
func (s *pageScroll) TypedKey(ev *fyne.KeyEvent) {
	p := s.p
	switch ev.Name {
	case fyne.KeyPageDown:
		p.goTo(p.page + 1)
	case fyne.KeyPageUp:
		// From within a page, Page Up first goes to its top.
		if s.Offset.Y > p.sheetTop(p.page)+1 {
			p.goTo(p.page)
		} else {
			p.goTo(p.page - 1)
		}
	case fyne.KeyHome:
		p.goTo(0)
	case fyne.KeyEnd:
		if p.laid != nil {
			p.goTo(len(p.laid.Pages) - 1)
		}
	case fyne.KeyDown:
		s.Scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -40)})
	case fyne.KeyUp:
		s.Scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 40)})
	default:
		toWindow(s, ev)
	}
}
