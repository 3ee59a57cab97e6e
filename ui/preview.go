package ui

import (
	"fmt"
	"image"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/usererr"
)

// previewDelay is how long typing must pause before the preview is laid
// out again: the layout follows the writer, not every keystroke.
const previewDelay = 400 * time.Millisecond

// previewScale is the preview's pixels per point, before Fyne's own
// scaling: sharp enough to read 16 pt body text.
const previewScale = 1.5

// preview shows a page of the open document as the PDF will print it,
// drawn from the same layout. Layout and drawing run off the UI
// goroutine; only the latest request's result is shown.
type preview struct {
	doc   *openDoc
	fonts *fontLoader
	prefs fyne.Preferences // the page geometry
	img   *canvas.Image
	label *widget.Label
	prev  *widget.Button
	next  *widget.Button
	box   fyne.CanvasObject
	laid  *layout.Document
	page  int                 // the page shown, from 0
	node  string              // the node whose page the preview follows
	pages *latest[pageResult] // the page being drawn; older results are dropped
	pause *pause              // the layout after an edit
	// done, if set, is called on the UI goroutine after a page is shown
	// or a preview fails; tests wait on it.
	done func()
}

// newPreview makes the preview of doc, drawn with the fonts of fl on the
// page the settings prefs give.
func newPreview(doc *openDoc, fl *fontLoader, prefs fyne.Preferences) *preview {
	p := &preview{doc: doc, fonts: fl, prefs: prefs, pages: newLatest[pageResult](), pause: newPause(previewDelay)}
	p.img = canvas.NewImageFromImage(nil)
	p.img.FillMode = canvas.ImageFillContain
	p.img.ScaleMode = canvas.ImageScaleSmooth
	p.label = widget.NewLabel("")
	p.label.Alignment = fyne.TextAlignCenter
	p.prev = widget.NewButtonWithIcon("", theme.NavigateBackIcon(), func() { p.turn(-1) })
	p.next = widget.NewButtonWithIcon("", theme.NavigateNextIcon(), func() { p.turn(1) })
	bar := container.NewBorder(nil, nil, p.prev, p.next, p.label)
	paper := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	p.box = container.NewBorder(bar, nil, nil, nil, container.NewStack(paper, container.NewPadded(p.img)))
	p.reset()
	return p
}

// reset empties the preview for a newly opened document.
func (p *preview) reset() {
	p.pages.drop() // a layout of the previous document still running
	p.laid, p.page, p.node = nil, 0, ""
	p.img.Image = nil
	p.img.Refresh()
	p.label.SetText("页面预览")
	p.prev.Disable()
	p.next.Disable()
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
	node, page := p.node, p.page
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
		if node != "" {
			if n, ok := pageOf(laid, node); ok {
				page = n
			}
		}
		if len(laid.Pages) == 0 {
			return pageResult{err: usererr.New("文档还没有内容", "the document is empty")}
		}
		page = min(max(page, 0), len(laid.Pages)-1)
		img, err := export.RenderPage(laid, page, set, previewScale)
		return pageResult{laid: laid, page: page, img: img, err: err}
	}, p.shown)
}

// pageResult is a page drawn in the background, with the layout it
// belongs to if that was made anew, or why there is none.
type pageResult struct {
	laid *layout.Document // nil when the page is of the current layout
	page int
	img  image.Image
	err  error
}

// shown shows a page drawn in the background, or why there is none.
func (p *preview) shown(r pageResult) {
	if r.err != nil {
		p.failed(r.err)
		return
	}
	if r.laid != nil {
		p.laid = r.laid
	}
	p.display(r.page, r.img)
}

// follow shows the page on which node id begins, without laying out
// again.
func (p *preview) follow(id string) {
	p.node = id
	if p.laid == nil {
		return
	}
	if n, ok := pageOf(p.laid, id); ok && n != p.page {
		p.render(n)
	}
}

// turn shows the previous or next page.
func (p *preview) turn(delta int) {
	if p.laid == nil {
		return
	}
	n := p.page + delta
	if n < 0 || n >= len(p.laid.Pages) {
		return
	}
	p.node = ""
	p.render(n)
}

// render draws page n of the current layout in the background.
func (p *preview) render(n int) {
	laid := p.laid
	p.pages.run(func() pageResult {
		set, err := p.fonts.get()
		if err != nil {
			return pageResult{err: err}
		}
		img, err := export.RenderPage(laid, n, set, previewScale)
		return pageResult{page: n, img: img, err: err}
	}, p.shown)
}

// display shows img as page n.
func (p *preview) display(n int, img image.Image) {
	p.page = n
	p.img.Image = img
	p.img.Refresh()
	p.label.SetText(fmt.Sprintf("第 %d 页，共 %d 页", n+1, len(p.laid.Pages)))
	setEnabled(p.prev, n > 0)
	setEnabled(p.next, n+1 < len(p.laid.Pages))
	if p.done != nil {
		p.done()
	}
}

// failed says in the preview's caption why there is no page to show.
func (p *preview) failed(err error) {
	p.label.SetText("无法预览：" + usererr.Chinese(err))
	if p.done != nil {
		p.done()
	}
}

func setEnabled(b *widget.Button, on bool) {
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
