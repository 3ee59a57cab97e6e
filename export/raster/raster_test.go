package raster_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"

	"yaodian/docmodel"
	"yaodian/export"
	"yaodian/export/layout"
	"yaodian/export/pdftest"
	"yaodian/export/raster"
	"yaodian/fonts"
	"yaodian/importer"
	"yaodian/usererr"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// bench is the benchmark plan: 20 pages.
const bench = "../../testdata/bench/workplan-20p.md"

func bundled(t testing.TB) *fonts.Set {
	t.Helper()
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	return set
}

func load(t testing.TB, path string) *docmodel.Document {
	t.Helper()
	d, err := importer.File(path)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// benchLayout lays out the benchmark plan with the bundled fonts.
func benchLayout(t testing.TB) (*layout.Document, *fonts.Set) {
	t.Helper()
	set := bundled(t)
	doc, err := layout.Layout(load(t, bench), export.Metrics(set), layout.Default())
	if err != nil {
		t.Fatal(err)
	}
	return doc, set
}

func render(t testing.TB, doc *layout.Document, index int, set *fonts.Set, scale float64) *image.RGBA {
	t.Helper()
	img, err := raster.RenderPage(doc, index, set, scale)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// box is a rectangle in points.
type box struct{ x0, y0, x1, y1 float64 }

func (b box) contains(x, y float64) bool {
	return x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1
}

func (b box) String() string {
	return fmt.Sprintf("(%.1f, %.1f)–(%.1f, %.1f) pt", b.x0, b.y0, b.x1, b.y1)
}

// dark reports whether the pixel at (x, y) is ink: darker than mid-grey.
func dark(img *image.RGBA, x, y int) bool {
	return img.Pix[img.PixOffset(x, y)] < 128
}

// inked reports whether the pixel at (x, y) is not white paper.
func inked(img *image.RGBA, x, y int) bool {
	return img.Pix[img.PixOffset(x, y)] < 255
}

// inkBox returns the bounds, in points, of the dark pixels within b, and
// how many there are.
func inkBox(img *image.RGBA, scale float64, b box) (box, int) {
	out, n := box{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}, 0
	r := image.Rect(int(b.x0*scale), int(b.y0*scale), int(math.Ceil(b.x1*scale)), int(math.Ceil(b.y1*scale))).Intersect(img.Rect)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if dark(img, x, y) {
				n++
				out.x0, out.y0 = min(out.x0, float64(x)/scale), min(out.y0, float64(y)/scale)
				out.x1, out.y1 = max(out.x1, float64(x+1)/scale), max(out.y1, float64(y+1)/scale)
			}
		}
	}
	return out, n
}

// runEnd returns where a run's last glyph ends, as the PDF sets it.
func runEnd(set *fonts.Set, r layout.Run) float64 {
	m := export.Metrics(set)
	x := r.X
	for _, c := range r.Text {
		x += float64(m.Advance(r.Font, c))*r.Size/1000 + r.Spacing
	}
	return x - r.Spacing
}

// A page's ink lies in the text block and on the page number, which is
// at the right on odd pages and at the left on even ones, one character
// in from the edge of the block; the margins are clean paper.
func TestRenderPageMargins(t *testing.T) {
	doc, set := benchLayout(t)
	g := doc.Geometry
	const scale = 1.5
	const tol = 1.0 // points: anti-aliasing and side bearings
	block := box{g.Left - tol, g.Top - tol, g.Right() + tol, g.Top + g.Height + tol}
	for _, i := range []int{0, 1, len(doc.Pages) - 1} {
		p := doc.Pages[i]
		t.Run(fmt.Sprint("page ", p.Number), func(t *testing.T) {
			img := render(t, doc, i, set, scale)
			if want := image.Rect(0, 0, int(math.Ceil(g.PageWidth*scale)), int(math.Ceil(g.PageHeight*scale))); img.Rect != want {
				t.Fatalf("image %v, want %v", img.Rect, want)
			}
			f := p.Folio
			folio := box{f.X - tol, f.Y - f.Size - tol, runEnd(set, f) + tol, f.Y + 0.3*f.Size + tol}
			stray := 0
			for y := 0; y < img.Rect.Dy(); y++ {
				for x := 0; x < img.Rect.Dx(); x++ {
					if !inked(img, x, y) {
						continue
					}
					px, py := (float64(x)+0.5)/scale, (float64(y)+0.5)/scale
					if !block.contains(px, py) && !folio.contains(px, py) {
						if stray++; stray <= 5 {
							t.Errorf("ink at (%.1f, %.1f) pt, outside the text block %v and the page number %v", px, py, block, folio)
						}
					}
				}
			}
			if stray > 5 {
				t.Errorf("%d pixels of ink in the margins", stray)
			}
			// The page number, in the band below the text block.
			ink, n := inkBox(img, scale, box{0, g.Top + g.Height + tol, g.PageWidth, g.PageHeight})
			if n == 0 {
				t.Fatalf("no page number below the text block")
			}
			if p.Number%2 == 1 {
				if want := g.Right() - g.CharPitch(); math.Abs(ink.x1-want) > 1.5 || ink.x0 < g.PageWidth/2 {
					t.Errorf("odd page number inked at %v, want it ending at x = %.1f, at the right", ink, want)
				}
			} else {
				if want := g.Left + g.CharPitch(); math.Abs(ink.x0-want) > 1.5 || ink.x1 > g.PageWidth/2 {
					t.Errorf("even page number inked at %v, want it starting at x = %.1f, at the left", ink, want)
				}
			}
			if mid := g.Top + g.Height + g.FolioGap; ink.y0 > mid || ink.y1 < mid {
				t.Errorf("page number inked at %v, not across y = %.1f, %g pt below the text block", ink, mid, g.FolioGap)
			}
		})
	}
}

// Every line of page 1 is inked around its baseline, from where its first
// glyph begins to where its last one ends, and the title is centred.
func TestRenderPageLines(t *testing.T) {
	doc, set := benchLayout(t)
	g := doc.Geometry
	const scale = 1.5
	img := render(t, doc, 0, set, scale)
	titles := 0
	for i, l := range doc.Pages[0].Lines {
		if len(l.Runs) == 0 {
			continue
		}
		size := 0.0
		for _, r := range l.Runs {
			size = max(size, r.Size)
		}
		ink, n := inkBox(img, scale, box{0, l.Baseline - 0.9*size, g.PageWidth, l.Baseline + 0.25*size})
		if n == 0 {
			t.Errorf("line %d (%s %q…): no ink around its baseline y = %.1f", i, l.Kind, l.Runs[0].Text, l.Baseline)
			continue
		}
		// Glyphs sit inside their em boxes: the ink starts within the
		// first character and ends within the last one, and a glyph set
		// too far (the Spacing left out, say) would spill past the end.
		if ink.x0 < l.Start-0.5 || ink.x0 > l.Start+0.7*size || ink.x1 > l.End+0.5 || ink.x1 < l.End-0.7*size {
			t.Errorf("line %d (%s %q…): inked from x = %.1f to %.1f, set from %.1f to %.1f", i, l.Kind, l.Runs[0].Text, ink.x0, ink.x1, l.Start, l.End)
		}
		if l.Kind == layout.KindTitle {
			titles++
			// Within a few pixels: the side bearings of the first and
			// last glyphs differ a little.
			if mid, want := (ink.x0+ink.x1)/2, g.Left+g.Width/2; math.Abs(mid-want)*scale > 4 {
				t.Errorf("title line %d inked from x = %.1f to %.1f, centred on %.1f, not on the text block's middle %.1f", i, ink.x0, ink.x1, mid, want)
			}
		}
	}
	if titles == 0 {
		t.Errorf("page 1 has no title line")
	}
}

// The image of page 1 is fixed; a change shows as a count of pixels that
// differ and an image of them, to look at before running go test -update.
func TestRenderPageGolden(t *testing.T) {
	const golden = "testdata/raster-page1.png"
	doc, set := benchLayout(t)
	img := render(t, doc, 0, set, 1)
	got := image.NewGray(img.Rect)
	for i := range got.Pix {
		got.Pix[i] = img.Pix[4*i] // black on white: the channels are equal
	}
	if *update {
		var b bytes.Buffer
		if err := png.Encode(&b, got); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	f, err := os.Open(golden)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	want, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	if want.Bounds() != got.Rect {
		t.Fatalf("image is %v, %s is %v", got.Rect, golden, want.Bounds())
	}
	// Anti-aliasing may round differently on another processor: a level
	// or two of grey is the same picture.
	const tolerance = 2
	diff := image.NewGray(got.Rect)
	bad := 0
	for y := 0; y < got.Rect.Dy(); y++ {
		for x := 0; x < got.Rect.Dx(); x++ {
			w := color.GrayModel.Convert(want.At(x, y)).(color.Gray).Y
			g := got.GrayAt(x, y).Y
			diff.Pix[diff.PixOffset(x, y)] = 255
			if max(w, g)-min(w, g) > tolerance {
				bad++
				diff.Pix[diff.PixOffset(x, y)] = 0
			}
		}
	}
	if bad > 0 {
		path := filepath.Join(t.TempDir(), "diff.png")
		var b bytes.Buffer
		if err := png.Encode(&b, diff); err == nil {
			os.WriteFile(path, b.Bytes(), 0o644)
		}
		t.Errorf("%d pixels differ from %s (shown black in %s)", bad, golden, path)
	}
}

// A page that does not exist, a bad scale or nothing to draw is an error
// to show the user, in Chinese and English, never a panic.
func TestRenderPageErrors(t *testing.T) {
	doc, set := benchLayout(t)
	for _, tc := range []struct {
		name  string
		doc   *layout.Document
		index int
		set   *fonts.Set
		scale float64
	}{
		{"page -1", doc, -1, set, 1},
		{"page past the end", doc, len(doc.Pages), set, 1},
		{"page far past the end", doc, 1 << 40, set, 1},
		{"empty document", &layout.Document{Geometry: doc.Geometry}, 0, set, 1},
		{"no document", nil, 0, set, 1},
		{"no fonts", doc, 0, nil, 1},
		{"zero scale", doc, 0, set, 0},
		{"negative scale", doc, 0, set, -1},
		{"NaN scale", doc, 0, set, math.NaN()},
		{"huge scale", doc, 0, set, 1000},
	} {
		t.Run(tc.name, func(t *testing.T) {
			img, err := raster.RenderPage(tc.doc, tc.index, tc.set, tc.scale)
			var ue *usererr.Error
			if !errors.As(err, &ue) || ue.Zh == "" || ue.En == "" {
				t.Fatalf("RenderPage = %v, %v; want a usererr.Error", img, err)
			}
			if img != nil {
				t.Errorf("an image with the error")
			}
		})
	}
}

// testPage is a page of the default geometry holding lines and rules.
func testPage(lines []layout.Line, rules []layout.Rule) *layout.Document {
	g := layout.Default()
	return &layout.Document{Geometry: g, Pages: []layout.Page{{Number: 1, Lines: lines, Rules: rules}}}
}

// A 对照表 underlines what was put in and strikes through what was taken
// out, from the start of the run to the end of its last glyph; a table's
// rules are drawn their width; a character no font has is a box, not a
// blank.
func TestRenderPageMarksRulesMissing(t *testing.T) {
	set := bundled(t)
	const scale = 2
	spaces := func(x, y float64, mark layout.Mark) layout.Run {
		return layout.Run{Font: layout.Fang, Size: 16, X: x, Y: y, Text: "    ", Mark: mark, Spacing: 1}
	}
	ins, del := spaces(100, 200, layout.Inserted), spaces(100, 300, layout.Deleted)
	missing := layout.Run{Font: layout.Fang, Size: 16, X: 100, Y: 400, Text: "\U0010FFFD"}
	doc := testPage([]layout.Line{
		{Kind: layout.KindBody, Runs: []layout.Run{ins}},
		{Kind: layout.KindBody, Runs: []layout.Run{del}},
		{Kind: layout.KindBody, Runs: []layout.Run{missing}},
	}, []layout.Rule{{X1: 300, Y1: 500, X2: 300, Y2: 600, Width: 1}})
	img := render(t, doc, 0, set, scale)

	for _, tc := range []struct {
		name string
		run  layout.Run
		y    float64 // where the mark's middle is
	}{
		{"underline", ins, ins.Y + 0.15*ins.Size},
		{"strike", del, del.Y - layout.EmBoxMiddle*del.Size},
	} {
		ink, n := inkBox(img, scale, box{0, tc.run.Y - tc.run.Size, 595, tc.run.Y + tc.run.Size})
		end := runEnd(set, tc.run)
		if n == 0 || math.Abs(ink.x0-tc.run.X) > 0.5 || math.Abs(ink.x1-end) > 0.5 ||
			math.Abs((ink.y0+ink.y1)/2-tc.y) > 0.5 || ink.y1-ink.y0 > 0.05*tc.run.Size+1 {
			t.Errorf("%s inked at %v, want from x = %.1f to %.1f, %.1f pt thick across y = %.1f", tc.name, ink, tc.run.X, end, 0.05*tc.run.Size, tc.y)
		}
	}
	ink, n := inkBox(img, scale, box{250, 450, 350, 650})
	if n == 0 || math.Abs(ink.x0-299.5) > 0.5 || math.Abs(ink.x1-300.5) > 0.5 || math.Abs(ink.y0-500) > 0.5 || math.Abs(ink.y1-600) > 0.5 {
		t.Errorf("rule from (300, 500) to (300, 600), 1 pt wide, inked at %v", ink)
	}
	if _, found := set.Pick(fonts.Style{Role: fonts.Fang}, '\U0010FFFD'); found {
		t.Fatal("a font has U+10FFFD; pick a character none has")
	}
	ink, n = inkBox(img, scale, box{missing.X - 2, missing.Y - missing.Size, missing.X + missing.Size + 2, missing.Y + 0.3*missing.Size})
	if n == 0 || ink.x1-ink.x0 < 0.3*missing.Size || ink.y1-ink.y0 < 0.5*missing.Size {
		t.Errorf("a character no font has is inked at %v (%d pixels), not as a box", ink, n)
	}
}

// Bold 仿宋, which the bundled fonts synthesise, is drawn emboldened, as
// the PDF embeds it.
func TestRenderPageSyntheticBold(t *testing.T) {
	set := bundled(t)
	if f, _ := set.Pick(fonts.Style{Role: fonts.Fang, Bold: true}, '坚'); !f.Bold {
		t.Fatalf("bold 仿宋 prints with %s, not a synthetic bold", f.Label())
	}
	const text = "坚持稳中求进工作总基调"
	run := func(f layout.Font, y float64) layout.Run {
		return layout.Run{Font: f, Size: 16, X: 100, Y: y, Text: text}
	}
	doc := testPage([]layout.Line{
		{Kind: layout.KindBody, Runs: []layout.Run{run(layout.Fang, 200)}},
		{Kind: layout.KindBody, Runs: []layout.Run{run(layout.FangBold, 300)}},
	}, nil)
	const scale = 2
	img := render(t, doc, 0, set, scale)
	_, regular := inkBox(img, scale, box{0, 180, 595, 210})
	_, bold := inkBox(img, scale, box{0, 280, 595, 310})
	if regular == 0 || float64(bold) < 1.3*float64(regular) {
		t.Errorf("bold 仿宋 has %d dark pixels, regular %d: not emboldened", bold, regular)
	}
}

// Pages drawn at once on several goroutines are the pages drawn one by
// one.
func TestRenderPageConcurrent(t *testing.T) {
	doc, set := benchLayout(t)
	pages := []int{0, 1, 2, 3, len(doc.Pages) - 1}
	want := make([]*image.RGBA, len(pages))
	for i, p := range pages {
		want[i] = render(t, doc, p, set, 1.3)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 4*len(pages))
	for range 4 {
		for i, p := range pages {
			wg.Go(func() {
				img, err := raster.RenderPage(doc, p, set, 1.3)
				switch {
				case err != nil:
					errs <- err
				case !bytes.Equal(img.Pix, want[i].Pix):
					errs <- fmt.Errorf("page %d drawn concurrently differs", p+1)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// The preview is the PDF: poppler's rendering of the exported page 1 and
// RenderPage's agree, region by region, once anti-aliasing and hinting
// are averaged out; a glyph moved by a fraction of its width, a wrong
// font or a missing mark would not.
func TestRenderPageMatchesPDF(t *testing.T) {
	pdftoppm := pdftest.Poppler(t, "pdftoppm")
	doc, set := benchLayout(t)
	data, _, err := export.Draw(doc, "", set)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "out.pdf")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	const dpi = 144
	out, err := exec.Command(pdftoppm, "-r", fmt.Sprint(dpi), "-f", "1", "-l", "1", "-gray", "-png", "-singlefile",
		path, filepath.Join(dir, "page")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "page.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	pop, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	img := render(t, doc, 0, set, dpi/72.0)
	// Poppler hints and snaps glyphs to the pixel grid, so that the two
	// differ by about 10% of the ink in blocks of 8 pixels (4 pt); every
	// glyph half a point to the right makes that 22%, the Spacing left
	// out 47%, 楷体 for 仿宋 27%.
	diff, total := compareBlocks(img, pop, 8)
	t.Logf("blocks differ by %.1f%% of the ink", 100*diff/total)
	if diff > 0.16*total {
		t.Errorf("RenderPage and poppler differ by %.0f%% of the ink, block by block", 100*diff/total)
	}
}

// compareBlocks sums the ink of both images in blocks of n×n pixels and
// returns the total difference between the blocks and the total ink.
func compareBlocks(img *image.RGBA, other image.Image, n int) (diff, total float64) {
	b := img.Rect.Intersect(other.Bounds())
	for by := b.Min.Y; by < b.Max.Y; by += n {
		for bx := b.Min.X; bx < b.Max.X; bx += n {
			var a, o float64
			for y := by; y < min(by+n, b.Max.Y); y++ {
				for x := bx; x < min(bx+n, b.Max.X); x++ {
					a += 255 - float64(img.Pix[img.PixOffset(x, y)])
					o += 255 - float64(color.GrayModel.Convert(other.At(x, y)).(color.Gray).Y)
				}
			}
			diff += math.Abs(a - o)
			total += a
		}
	}
	return diff, total
}

// BenchmarkRenderPage draws page 1 of the benchmark plan for the editor's
// preview, once the fonts' outlines are read.
func BenchmarkRenderPage(b *testing.B) {
	doc, set := benchLayout(b)
	if _, err := raster.RenderPage(doc, 0, set, 1.5); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := raster.RenderPage(doc, 0, set, 1.5); err != nil {
			b.Fatal(err)
		}
	}
}
