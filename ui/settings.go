package ui

import (
	"errors"
	"math"
	"strconv"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/usererr"
)

// The preference keys.
const (
	prefPriorDir   = "priorDir"  // folder of prior years' plans
	prefFonts      = "fonts"     // fontsInstalled, fontsBundled or fontsFolder
	prefFontDir    = "fontDir"   // the folder of fontsFolder
	prefLines      = "lines"     // lines per page
	prefChars      = "chars"     // characters per line
	prefTop        = "topMM"     // top margin in millimetres
	prefLeft       = "leftMM"    // left margin in millimetres
	prefArabic     = "arabic"    // numbering mode of new documents
	prefRecent     = "recent"    // recently opened files, newest first
	fontsInstalled = "installed" // installed official fonts first, bundled after
	fontsBundled   = "bundled"   // bundled fonts only: the same on every machine
	fontsFolder    = "folder"    // the fonts of one folder first
)

// fontSetting is the choice of fonts the preview and the PDF print with.
type fontSetting struct {
	mode, dir string
}

func fontChoice(p fyne.Preferences) fontSetting {
	return fontSetting{p.StringWithFallback(prefFonts, fontsInstalled), p.String(prefFontDir)}
}

// open loads the fonts of the setting.
func (s fontSetting) open() (*fonts.Set, error) {
	switch s.mode {
	case fontsBundled:
		return fonts.Bundled()
	case fontsFolder:
		if s.dir == "" {
			return nil, usererr.New("设置中选择了字体文件夹，但没有指定文件夹", "a font folder is chosen in the settings but none is given")
		}
		return fonts.Load(s.dir)
	}
	return fonts.Load("")
}

// fontLoader loads fonts in the background, once per setting: scanning
// the system's font folders must not hold up the first window.
type fontLoader struct {
	mu   sync.Mutex
	done chan struct{}
	set  *fonts.Set
	err  error
}

func newFontLoader(s fontSetting) *fontLoader {
	l := &fontLoader{}
	l.load(s)
	return l
}

// load starts loading the fonts of s; get waits for them.
func (l *fontLoader) load(s fontSetting) {
	done := make(chan struct{})
	l.mu.Lock()
	l.done = done
	l.mu.Unlock()
	go func() {
		set, err := s.open()
		l.mu.Lock()
		if l.done == done {
			l.set, l.err = set, err
		}
		l.mu.Unlock()
		close(done)
	}()
}

// get returns the fonts of the latest setting, waiting for them to load.
func (l *fontLoader) get() (*fonts.Set, error) {
	for {
		l.mu.Lock()
		done := l.done
		l.mu.Unlock()
		<-done
		l.mu.Lock()
		if l.done == done {
			defer l.mu.Unlock()
			return l.set, l.err
		}
		l.mu.Unlock()
	}
}

// pageGeometry is the page layout of the settings p: GB/T 9704-2012
// unless changed.
func pageGeometry(p fyne.Preferences) (layout.Geometry, error) {
	g := layout.Default()
	g.Lines = p.IntWithFallback(prefLines, g.Lines)
	g.Chars = p.IntWithFallback(prefChars, g.Chars)
	const mm = 72 / 25.4
	top := p.FloatWithFallback(prefTop, g.Top/mm)
	left := p.FloatWithFallback(prefLeft, g.Left/mm)
	g.Top, g.Left = top*mm, left*mm
	return g, g.Check()
}

// newDocumentOptions are the numbering options of a new document in the
// settings p.
func newDocumentOptions(p fyne.Preferences) docmodel.Options {
	o := docmodel.DefaultOptions()
	if p.String(prefArabic) == string(docmodel.ArabicRunOn) {
		o.Arabic = docmodel.ArabicRunOn
	}
	return o
}

// showSettings opens the settings p over win: the prior-years folder,
// the fonts, the page geometry and the numbering of new documents. Fonts
// chosen anew are loaded by fl; applied is called once the settings are
// saved.
func showSettings(p fyne.Preferences, win fyne.Window, fl *fontLoader, applied func()) {
	prior := newDialogEntry()
	prior.SetText(p.String(prefPriorDir))
	prior.SetPlaceHolder("存放往年工作要点的文件夹")
	pickPrior := newKeyButton("选择…", func() {
		dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
			if err == nil && u != nil {
				prior.SetText(u.Path())
			}
		}, win).Show()
		translatePlaces(win)
	})

	fontLabels := map[string]string{
		fontsInstalled: "优先使用本机安装的公文字体（方正小标宋、仿宋_GB2312 等），缺字时用内置字体",
		fontsBundled:   "只用内置开源字体（各台电脑效果一致）",
		fontsFolder:    "优先使用指定文件夹中的字体",
	}
	fontMode := newKeyRadio([]string{fontLabels[fontsInstalled], fontLabels[fontsBundled], fontLabels[fontsFolder]}, false, nil)
	fontMode.SetSelected(fontLabels[fontChoice(p).mode])
	fontDir := newDialogEntry()
	fontDir.SetText(p.String(prefFontDir))
	fontDir.SetPlaceHolder("字体文件夹")

	g := layout.Default()
	const mm = 72 / 25.4
	lines := numberEntry(strconv.Itoa(p.IntWithFallback(prefLines, g.Lines)))
	chars := numberEntry(strconv.Itoa(p.IntWithFallback(prefChars, g.Chars)))
	top := numberEntry(millimetres(p.FloatWithFallback(prefTop, g.Top/mm)))
	left := numberEntry(millimetres(p.FloatWithFallback(prefLeft, g.Left/mm)))
	arabic := newKeyRadio([]string{arabicRestart, arabicRunOn}, true, nil)
	arabic.SetSelected(arabicRestart)
	if p.String(prefArabic) == string(docmodel.ArabicRunOn) {
		arabic.SetSelected(arabicRunOn)
	}

	items := []*widget.FormItem{
		widget.NewFormItem("往年文件夹", container.NewBorder(nil, nil, nil, pickPrior, prior)),
		widget.NewFormItem("字体", fontMode),
		widget.NewFormItem("字体文件夹", fontDir),
		widget.NewFormItem("每页行数", lines),
		widget.NewFormItem("每行字数", chars),
		widget.NewFormItem("上边距（毫米）", top),
		widget.NewFormItem("左边距（毫米）", left),
		widget.NewFormItem("新文档第三层编号", arabic),
	}
	d := dialog.NewForm("设置", "保存设置", "取消", items, func(ok bool) {
		closed(prior, fontDir, lines, chars, top, left)
		if !ok {
			return
		}
		mode := fontsInstalled
		for k, v := range fontLabels {
			if v == fontMode.Selected {
				mode = k
			}
		}
		geo := layout.Default()
		geo.Lines, _ = strconv.Atoi(lines.Text)
		geo.Chars, _ = strconv.Atoi(chars.Text)
		t, _ := strconv.ParseFloat(top.Text, 64)
		l, _ := strconv.ParseFloat(left.Text, 64)
		geo.Top, geo.Left = t*mm, l*mm
		if err := geo.Check(); err != nil {
			showError(usererr.Prefix(err, "版面设置无效：", "invalid page settings: "), win)
			return
		}
		p.SetString(prefPriorDir, prior.Text)
		p.SetInt(prefLines, geo.Lines)
		p.SetInt(prefChars, geo.Chars)
		p.SetFloat(prefTop, t)
		p.SetFloat(prefLeft, l)
		p.SetString(prefArabic, string(docmodel.ArabicRestart))
		if arabic.Selected == arabicRunOn {
			p.SetString(prefArabic, string(docmodel.ArabicRunOn))
		}
		newFonts := fontSetting{mode, fontDir.Text}
		if newFonts != fontChoice(p) {
			p.SetString(prefFonts, mode)
			p.SetString(prefFontDir, fontDir.Text)
			fl.load(newFonts)
		}
		applied()
	}, win)
	d.Resize(fyne.NewSize(760, 560))
	d.Show()
}

// millimetres writes a length to a hundredth of a millimetre.
func millimetres(v float64) string {
	return strconv.FormatFloat(math.Round(v*100)/100, 'f', -1, 64)
}

// numberEntry is an entry for a setting's number.
func numberEntry(text string) *dialogEntry {
	e := newDialogEntry()
	e.SetText(text)
	e.Validator = func(s string) error {
		if _, err := strconv.ParseFloat(s, 64); err != nil {
			return errors.New("请输入数字") // shown as it is, under the box
		}
		return nil
	}
	return e
}
