package ui

import (
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// openPreview opens the benchmark plan (22 pages) in a test window and
// lays out its preview.
func openPreview(t *testing.T) *preview {
	t.Helper()
	w := newTestWindow(t)
	if err := w.Open(bench); err != nil {
		t.Fatal(err)
	}
	flushPreview(w)
	p := w.preview
	if p.laid == nil || len(p.laid.Pages) != 22 {
		t.Fatalf("preview not laid out: %q", p.label.Text)
	}
	if p.scroll.Size().Width < 200 {
		t.Fatalf("preview is %v wide", p.scroll.Size())
	}
	return p
}

// drawnPages lists the pages whose sheets hold an image.
func drawnPages(p *preview) []int {
	var out []int
	for i := range p.sheets.Objects {
		if p.sheetImage(i).Image != nil {
			out = append(out, i)
		}
	}
	return out
}

// The preview opens at the width of the pane; the zoom buttons, Ctrl+wheel
// and the fit buttons change the size of the sheets, and the page in view
// stays in view.
func TestPreviewZoom(t *testing.T) {
	p := openPreview(t)
	g := p.laid.Geometry
	sheetWidth := func() float32 { return p.sheets.Objects[0].Size().Width }
	view := p.scroll.Size()
	wantFit := view.Width - 2*sheetGap - theme.ScrollBarSize()
	if d := sheetWidth() - wantFit; d < -1 || d > 1 {
		t.Errorf("fit width: sheet %v wide in a view %v wide, want %v", sheetWidth(), view.Width, wantFit)
	}

	p.goTo(5)
	before := p.zoom
	test.Tap(p.zoomIn)
	if got := p.zoom / before; math.Abs(float64(got-zoomStep)) > 1e-3 {
		t.Errorf("放大 multiplied the zoom by %v, want %v", got, zoomStep)
	}
	if p.page != 5 {
		t.Errorf("after zooming in page %d is in view, want 6", p.page+1)
	}
	if want := fmtPercent(p.zoom); p.zoomLabel.Text != want {
		t.Errorf("zoom label %q, want %q", p.zoomLabel.Text, want)
	}
	test.Tap(p.zoomOut)
	if math.Abs(float64(p.zoom-before)) > 1e-3 {
		t.Errorf("缩小 after 放大 gives zoom %v, want %v", p.zoom, before)
	}

	// The wheel scrolls; with Ctrl held it zooms.
	offset := p.scroll.Offset.Y
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	if p.scroll.Offset.Y <= offset || p.zoom != before {
		t.Errorf("wheel: offset %v → %v, zoom %v → %v; want a scroll and the same zoom", offset, p.scroll.Offset.Y, before, p.zoom)
	}
	p.mods = func() fyne.KeyModifier { return fyne.KeyModifierControl }
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, 120)})
	if p.zoom <= before {
		t.Errorf("Ctrl+wheel up: zoom %v, want above %v", p.zoom, before)
	}
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	p.scroll.Scrolled(&fyne.ScrollEvent{Scrolled: fyne.NewDelta(0, -120)})
	if p.zoom >= before {
		t.Errorf("Ctrl+wheel down twice: zoom %v, want below %v", p.zoom, before)
	}

	test.Tap(p.fitP)
	s := p.sheets.Objects[0].Size()
	if s.Height > view.Height-2*sheetGap+1 || s.Width > view.Width {
		t.Errorf("整页: sheet %v does not fit the view %v", s, view)
	}
	if d := s.Width/s.Height - float32(g.PageWidth/g.PageHeight); d < -0.01 || d > 0.01 {
		t.Errorf("sheet %v is not the page's shape", s)
	}
	test.Tap(p.fitW)
	if d := sheetWidth() - wantFit; d < -1 || d > 1 {
		t.Errorf("适合宽度: sheet %v wide, want %v", sheetWidth(), wantFit)
	}

	// The zoom stays within its bounds.
	for range 30 {
		test.Tap(p.zoomIn)
	}
	if p.zoom != maxZoom || !p.zoomIn.Disabled() {
		t.Errorf("zoomed in 30 times: zoom %v (max %v), 放大 disabled %v", p.zoom, maxZoom, p.zoomIn.Disabled())
	}
}

func fmtPercent(z float32) string {
	return itoa(int(math.Round(float64(z/unitsPerPoint*100)))) + "%"
}

// Page Up, Page Down, Home and End page through the document once the
// preview has the focus; only the pages in view hold an image, drawn at
// the size they are shown.
func TestPreviewPageKeysAndRasters(t *testing.T) {
	p := openPreview(t)
	c := fyne.CurrentApp().Driver().CanvasForObject(p.box)
	test.Tap(p.scroll)
	if c.Focused() != p.scroll {
		t.Fatal("tapping the preview did not give it the focus")
	}
	for _, step := range []struct {
		key  fyne.KeyName
		page int
	}{
		{fyne.KeyPageDown, 2}, {fyne.KeyPageDown, 3}, {fyne.KeyPageUp, 2},
		{fyne.KeyEnd, 22}, {fyne.KeyPageDown, 22}, {fyne.KeyHome, 1}, {fyne.KeyPageUp, 1},
	} {
		p.scroll.TypedKey(&fyne.KeyEvent{Name: step.key})
		if want := "第 " + itoa(step.page) + " 页，共 22 页"; p.label.Text != want {
			t.Fatalf("after %s the preview shows %q, want %q", step.key, p.label.Text, want)
		}
		drawn := drawnPages(p)
		if len(drawn) == 0 || len(drawn) > 3 || drawn[0] > step.page-1 || drawn[len(drawn)-1] < step.page-1 {
			t.Fatalf("after %s pages %v hold images, want page %d and at most its neighbours", step.key, drawn, step.page)
		}
	}
	// The image is as large as the sheet on the screen, not larger.
	img := p.sheetImage(0).Image
	sheet := p.sheets.Objects[0].Size()
	if w := float32(img.Bounds().Dx()); w < sheet.Width || w > sheet.Width*1.05+1 {
		t.Errorf("page drawn %v pixels wide for a sheet %v wide", w, sheet.Width)
	}
}
