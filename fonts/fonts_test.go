package fonts

import (
	"encoding/binary"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"yaodian/usererr"
)

func testFaces(t testing.TB) bundledFaces {
	t.Helper()
	b, err := loadBundled()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The bundled faces read as the fonts they are, with the widths a PDF
// will use.
func TestBundledFaces(t *testing.T) {
	b := testFaces(t)
	for _, tc := range []struct {
		face   *Face
		family string
		r      rune
		adv    int
	}{
		{b.fang, "FandolFang", '仿', 1000},
		{b.fang, "FandolFang", '5', 500},
		{b.kai, "FandolKai", '楷', 1000},
		{b.sans, "Noto Sans SC", '黑', 1000},
		{b.sans, "Noto Sans SC", '0', 555},
		{b.serifBold, "Noto Serif SC", '标', 1000},
		{b.serif, "Noto Serif SC ExtraLight", '喆', 1000},
	} {
		if tc.face.Family != tc.family {
			t.Errorf("family %q, want %q", tc.face.Family, tc.family)
		}
		if g := tc.face.GlyphIndex(tc.r); g == 0 || tc.face.Advance(g) != tc.adv {
			t.Errorf("%s %q: glyph %d advance %d, want %d", tc.family, tc.r, g, tc.face.Advance(g), tc.adv)
		}
	}
	if b.fang.Has('\uE000') || b.sans.Restricted {
		t.Error("bundled faces misread")
	}
}

// A subset maps exactly its runes to glyphs with the original widths and
// outlines; each rune the face lacks maps to a copy of .notdef of its
// own, so that it extracts from a PDF as itself.
func TestSubset(t *testing.T) {
	b := testFaces(t)
	runes := []rune("加强科技创新平台建设。2025年R&D（）—\uE000\uE001")
	for _, face := range []*Face{b.fang, b.sans} {
		data, err := face.Subset(runes, "Test-Name", false)
		if err != nil {
			t.Fatal(err)
		}
		sub, err := Parse(data, 0)
		if err != nil {
			t.Fatalf("%s: subset does not parse: %v", face.Family, err)
		}
		if sub.PostScript != "Test-Name" || sub.numGlyphs > len(runes)+3 {
			t.Errorf("%s: subset %q with %d glyphs", face.Family, sub.PostScript, sub.numGlyphs)
		}
		orig, _ := face.glyphs()
		subGlyphs, _ := sub.glyphs()
		for _, r := range runes {
			g, sg := face.GlyphIndex(r), sub.GlyphIndex(r)
			if sg == 0 || face.Advance(g) != sub.Advance(sg) {
				t.Errorf("%s %q: glyph %d→%d, advance %d→%d", face.Family, r, g, sg, face.Advance(g), sub.Advance(sg))
				continue
			}
			a, _ := orig.outline(face, g)
			c, _ := subGlyphs.outline(sub, sg)
			pa, oka := decodeSimple(a)
			pc, okc := decodeSimple(c)
			if oka != okc || len(pa.points) != len(pc.points) {
				t.Errorf("%s %q: outline changed", face.Family, r)
				continue
			}
			for i := range pa.points {
				if pa.points[i] != pc.points[i] {
					t.Errorf("%s %q: point %d moved", face.Family, r, i)
					break
				}
			}
		}
		if a, b := sub.GlyphIndex('\uE000'), sub.GlyphIndex('\uE001'); a == b {
			t.Errorf("%s: two missing runes share glyph %d", face.Family, a)
		}
	}
}

// Synthetic bold thickens strokes by BoldStrength, half on each side,
// and keeps the advance.
func TestSubsetBold(t *testing.T) {
	b := testFaces(t)
	runes := []rune("一口国")
	data, err := b.fang.Subset(runes, "Bold", true)
	if err != nil {
		t.Fatal(err)
	}
	sub, err := Parse(data, 0)
	if err != nil {
		t.Fatal(err)
	}
	orig, _ := b.fang.glyphs()
	bold, _ := sub.glyphs()
	half := BoldStrength * 1000 / 2
	for _, r := range runes {
		g, sg := b.fang.GlyphIndex(r), sub.GlyphIndex(r)
		a, _ := orig.outline(b.fang, g)
		c, _ := bold.outline(sub, sg)
		box := func(o []byte) [4]float64 {
			var v [4]float64
			for i := range v {
				v[i] = float64(int16(binary.BigEndian.Uint16(o[2+2*i:])))
			}
			return v
		}
		// Each edge of the outline moves out by half the strength; a
		// sharp corner's mitre reaches a little further. (The boxes in
		// the glyph records hold the off-curve points too, which can lie
		// well outside the outline.)
		ga, ok1 := decodeSimple(a)
		gc, ok2 := decodeSimple(c)
		if !ok1 || !ok2 {
			t.Fatalf("%q: not a simple glyph", r)
		}
		ba, bc := outlineBox(ga), outlineBox(gc)
		for i, sign := range [4]float64{-1, -1, 1, 1} {
			if grow := (bc[i] - ba[i]) * sign; grow < half-1 || grow > 2*half {
				t.Errorf("%q: bold box %v, want the regular box %v grown by about %.1f", r, bc, ba, half)
				break
			}
		}
		if sub.Advance(sg) != b.fang.Advance(g) {
			t.Errorf("%q: bold advance %d, regular %d", r, sub.Advance(sg), b.fang.Advance(g))
		}
		if lsb, x := sub.lsb(sg), box(c)[0]; math.Abs(float64(lsb)-x) > 0.5 {
			t.Errorf("%q: left side bearing %d does not follow the new left edge %v", r, lsb, x)
		}
	}
}

// Embolden moves a filled square's edges out and a hole's edges in, for
// either contour direction convention.
func TestEmbolden(t *testing.T) {
	square := func(x0, y0, x1, y1 float64, clockwise bool) []point {
		p := []point{{x0, y0, true}, {x0, y1, true}, {x1, y1, true}, {x1, y0, true}}
		if !clockwise {
			p[1], p[3] = p[3], p[1]
		}
		return p
	}
	for _, clockwise := range []bool{true, false} {
		outer := square(0, 0, 100, 100, clockwise)
		hole := square(30, 30, 70, 70, !clockwise)
		g := simpleGlyph{ends: []int{3, 7}, points: append(outer, hole...)}
		g.embolden(10)
		for i, want := range []struct{ x, y float64 }{{-5, -5}, {-5, 105}, {105, 105}, {105, -5}} {
			if !clockwise && (i == 1 || i == 3) {
				want = []struct{ x, y float64 }{{-5, -5}, {105, -5}, {105, 105}, {-5, 105}}[i]
			}
			if p := g.points[i]; math.Abs(p.x-want.x) > 1e-9 || math.Abs(p.y-want.y) > 1e-9 {
				t.Errorf("clockwise %v: outer point %d at (%g, %g), want (%g, %g)", clockwise, i, p.x, p.y, want.x, want.y)
			}
		}
		for _, p := range g.points[4:] {
			if p.x != 35 && p.x != 65 || p.y != 35 && p.y != 65 {
				t.Errorf("clockwise %v: hole point at (%g, %g), want the hole shrunk by 5", clockwise, p.x, p.y)
			}
		}
	}
}

// Encoding a decoded glyph gives back the same points.
func TestGlyphCodec(t *testing.T) {
	b := testFaces(t)
	gr, _ := b.kai.glyphs()
	for _, r := range "永和九年岁在癸丑暮春之初会于会稽山阴之兰亭ABCxyz019" {
		o, err := gr.outline(b.kai, b.kai.GlyphIndex(r))
		if err != nil {
			t.Fatal(err)
		}
		g, ok := decodeSimple(o)
		if !ok {
			t.Fatalf("%q does not decode", r)
		}
		enc, _ := g.encode()
		back, ok := decodeSimple(enc)
		if !ok || len(back.points) != len(g.points) || len(back.ends) != len(g.ends) {
			t.Fatalf("%q: re-encoded glyph does not decode", r)
		}
		for i := range g.points {
			if g.points[i] != back.points[i] {
				t.Fatalf("%q: point %d %v became %v", r, i, g.points[i], back.points[i])
			}
		}
	}
}

// The character map of a subset covers the BMP and beyond.
func TestBuildCmap(t *testing.T) {
	runes := []rune{'A', 'B', 'D', '中', '国', 0x20000, 0x2A6D6, 0xFFFF - 1}
	want := map[rune]uint16{}
	for i, r := range runes {
		want[r] = uint16(i + 1)
	}
	cm, err := parseCmap(buildCmap(runes, func(r rune) uint16 { return want[r] }))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range append(runes, 'C', '文', 0x20001) {
		if got := cm.lookup(r); got != want[r] {
			t.Errorf("%U maps to %d, want %d", r, got, want[r])
		}
	}
}

// namedFont writes a subset of a bundled face under another family name,
// standing in for an installed official font.
func namedFont(t *testing.T, dir, file, family, runes string, patch func([]byte)) string {
	t.Helper()
	data, err := testFaces(t).fang.Subset([]rune(runes), family, false)
	if err != nil {
		t.Fatal(err)
	}
	if patch != nil {
		patch(data)
	}
	path := filepath.Join(dir, file)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// collection packs fonts into one .ttc file.
func collection(fonts ...[]byte) []byte {
	out := []byte("ttcf\x00\x01\x00\x00")
	out = binary.BigEndian.AppendUint32(out, uint32(len(fonts)))
	offsets := len(out)
	out = append(out, make([]byte, 4*len(fonts))...)
	for i, f := range fonts {
		base := len(out)
		binary.BigEndian.PutUint32(out[offsets+4*i:], uint32(base))
		n := int(binary.BigEndian.Uint16(f[4:]))
		dir := append([]byte(nil), f[:12+16*n]...)
		data := len(out) + len(dir)
		for k := 0; k < n; k++ {
			e := dir[12+16*k:]
			binary.BigEndian.PutUint32(e[8:], binary.BigEndian.Uint32(e[8:])-uint32(12+16*n)+uint32(data))
		}
		out = append(out, dir...)
		out = append(out, f[12+16*n:]...)
	}
	return out
}

// A folder given with --fonts: its official fonts come first, glyph by
// glyph, with the bundled fonts behind them; fonts it cannot use are
// noted, and collections are read face by face.
func TestLoadFolder(t *testing.T) {
	dir := t.TempDir()
	namedFont(t, dir, "FS_GB2312.ttf", "FangSong_GB2312", "仿宋字", nil)
	namedFont(t, dir, "sub/kai.ttf", "楷体_GB2312", "楷体字", nil)
	namedFont(t, dir, "restricted.ttf", "SimHei", "黑体", func(b []byte) {
		f, _ := Parse(b, 0)
		binary.BigEndian.PutUint16(b[f.tables["OS/2"].off+8:], 2)
	})
	namedFont(t, dir, "times.ttf", "Times New Roman", "ABC", nil)
	os.WriteFile(filepath.Join(dir, "cff.otf"), []byte("OTTO\x00\x00\x00\x00\x00\x00\x00\x00"), 0o644)
	os.WriteFile(filepath.Join(dir, "readme.txt"), []byte("not a font"), 0o644)
	set, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		style  Style
		r      rune
		family string
	}{
		{Style{Fang, false}, '仿', "FangSong_GB2312"},
		{Style{Fang, true}, '仿', "FangSong_GB2312"},
		{Style{Fang, false}, '文', "FandolFang"},  // not in the official font
		{Style{Kai, false}, '楷', "楷体_GB2312"},    // found by its Chinese name, in a subfolder
		{Style{Hei, false}, '黑', "Noto Sans SC"}, // the restricted SimHei is not used
		{Style{Fang, false}, '\uE000', "Noto Sans SC"},
	} {
		f, found := set.Pick(tc.style, tc.r)
		if f.Face.Family != tc.family || found == (tc.r == '\uE000') {
			t.Errorf("%s %q: %s (found %v), want %s", tc.style.Label(), tc.r, f.Label(), found, tc.family)
		}
	}
	if f := set.Primary(Style{Fang, true}); !f.Bold || !strings.Contains(f.Label(), "合成加粗") || !strings.Contains(f.Label(), dir) {
		t.Errorf("bold 仿宋 is %s", f.Label())
	}
	notes := strings.Join(set.Notes(), "\n")
	if !strings.Contains(notes, "cff.otf") || !strings.Contains(notes, "不允许嵌入") {
		t.Errorf("notes: %q", notes)
	}

	// The same two fonts in one collection.
	a, _ := testFaces(t).fang.Subset([]rune("仿宋"), "FangSong_GB2312", false)
	k, _ := testFaces(t).kai.Subset([]rune("楷体"), "KaiTi_GB2312", false)
	ttc := t.TempDir()
	os.WriteFile(filepath.Join(ttc, "both.ttc"), collection(a, k), 0o644)
	set, err = Load(ttc)
	if err != nil {
		t.Fatal(err)
	}
	if f := set.Primary(Style{Fang, false}); f.Face.Family != "FangSong_GB2312" || f.Face.Index != 0 {
		t.Errorf("collection face 0: %s", f.Label())
	}
	if f := set.Primary(Style{Kai, false}); f.Face.Family != "KaiTi_GB2312" || f.Face.Index != 1 || !f.Face.Has('楷') {
		t.Errorf("collection face 1: %s", f.Label())
	}
	if _, err := f0(set).Subset([]rune("楷")); err != nil {
		t.Errorf("subsetting a collection's face: %v", err)
	}
}

func f0(s *Set) Font { return s.Primary(Style{Kai, false}) }

// Bad folders and damaged fonts are explained in both languages.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file.ttf")
	os.WriteFile(file, []byte("\x00\x01\x00\x00garbage"), 0o644)
	empty := filepath.Join(dir, "empty")
	os.Mkdir(empty, 0o755)
	broken := filepath.Join(dir, "broken")
	os.Mkdir(broken, 0o755)
	namedFont(t, broken, "good.ttf", "FangSong_GB2312", "仿", nil)
	os.WriteFile(filepath.Join(broken, "bad.ttf"), []byte("\x00\x01\x00\x00\x00\x09garbage"), 0o644)
	for _, tc := range []struct {
		dir, zh, en string
	}{
		{filepath.Join(dir, "none"), "不存在", "does not exist"},
		{file, "不是文件夹", "not a folder"},
		{empty, "没有 .ttf", "holds no"},
		{broken, "bad.ttf", "damaged"},
	} {
		_, err := Load(tc.dir)
		if err == nil {
			t.Errorf("%s: no error", tc.dir)
			continue
		}
		if zh := usererr.Chinese(err); !strings.Contains(zh, tc.zh) || !strings.Contains(err.Error(), tc.en) {
			t.Errorf("%s: %v", tc.dir, err)
		}
	}
}

// Installed fonts are found in the user's font folder by their file and
// family names; files with other names are not even opened.
func TestSystemDiscovery(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the test places fonts in the Linux user font folder")
	}
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	namedFont(t, home, "data/fonts/wps/仿宋_GB2312.ttf", "仿宋_GB2312", "仿宋", nil)
	namedFont(t, home, ".fonts/font1.ttf", "楷体_GB2312", "楷体", nil)
	// Files with likely names: a font that is no official one, which is
	// passed over after its names are read; a collection of one and an
	// official 楷体, whose second face is used; and a collection of an
	// official 黑体 with a CFF face, which is passed over whole, as a file
	// that cannot be read all through.
	namedFont(t, home, "data/fonts/artkai.ttf", "Art Kai", "楷体", nil)
	face := func(family, runes string) []byte {
		b, err := testFaces(t).fang.Subset([]rune(runes), family, false)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	os.WriteFile(filepath.Join(home, "data/fonts/kaiti.ttc"), collection(face("Art Kai", "楷"), face("KaiTi", "楷体")), 0o644)
	cff := face("Other", "黑")
	copy(cff, "OTTO")
	os.WriteFile(filepath.Join(home, "data/fonts/simhei.ttc"), collection(face("SimHei", "黑体"), cff), 0o644)
	set, err := Load("")
	if err != nil {
		t.Fatal(err)
	}
	if f := set.Primary(Style{Fang, false}); f.Face.Family != "仿宋_GB2312" || !strings.HasPrefix(f.Face.Path, home) {
		t.Errorf("仿宋: %s", f.Label())
	}
	if f := set.Primary(Style{Kai, false}); f.Face.Family != "KaiTi" || f.Face.Index != 1 || !f.Face.Has('楷') {
		t.Errorf("楷体, not from font1.ttf nor artkai.ttf: %s (face %d)", f.Label(), f.Face.Index)
	}
	if f := set.Primary(Style{Hei, false}); f.Face.Family != "Noto Sans SC" {
		t.Errorf("黑体 from a collection with a CFF face: %s", f.Label())
	}
	if len(set.Notes()) != 0 {
		t.Errorf("system fonts noted: %q", set.Notes())
	}
}

// Malformed font data is refused with an error, never a panic, and a
// font that parses can be subset.
func FuzzParse(f *testing.F) {
	b, err := loadBundled()
	if err != nil {
		f.Fatal(err)
	}
	seed, _ := b.kai.Subset([]rune("楷体字"), "Seed", false)
	f.Add(seed)
	f.Add(collection(seed, seed))
	f.Fuzz(func(t *testing.T, data []byte) {
		face, err := Parse(data, 0)
		if err != nil {
			return
		}
		face.Has('楷')
		face.Advance(face.GlyphIndex('体'))
		face.Subset([]rune("楷体字"), "X", true)
	})
}

// outlineBox returns the bounds of the outline a simple glyph draws:
// its on-curve points and the extremes of its quadratic curves.
func outlineBox(g simpleGlyph) [4]float64 {
	b := [4]float64{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)}
	add := func(x, y float64) {
		b[0], b[1], b[2], b[3] = min(b[0], x), min(b[1], y), max(b[2], x), max(b[3], y)
	}
	// extreme returns where along s–c–e one coordinate turns, if it
	// does.
	extreme := func(s, c, e float64) (float64, bool) {
		d := s - 2*c + e
		if d == 0 {
			return 0, false
		}
		t := (s - c) / d
		return t, t > 0 && t < 1
	}
	first := 0
	for _, last := range g.ends {
		c := g.points[first : last+1]
		n := len(c)
		for i, p := range c {
			if p.on {
				add(p.x, p.y)
				continue
			}
			// An off-curve point's curve runs between its neighbours,
			// or the midpoints to them when they are off-curve too.
			s, e := c[(i+n-1)%n], c[(i+1)%n]
			if !s.on {
				s = point{(s.x + p.x) / 2, (s.y + p.y) / 2, true}
			}
			if !e.on {
				e = point{(e.x + p.x) / 2, (e.y + p.y) / 2, true}
			}
			add(s.x, s.y)
			add(e.x, e.y)
			at := func(t float64) {
				mt := 1 - t
				add(mt*mt*s.x+2*t*mt*p.x+t*t*e.x, mt*mt*s.y+2*t*mt*p.y+t*t*e.y)
			}
			if t, ok := extreme(s.x, p.x, e.x); ok {
				at(t)
			}
			if t, ok := extreme(s.y, p.y, e.y); ok {
				at(t)
			}
		}
		first = last + 1
	}
	return b
}

// Page numbers print in song-style digits and dashes; anything else in
// the 宋体 role falls back to the body's faces.
func TestFolioDigits(t *testing.T) {
	set, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		r      rune
		family string
	}{{'1', "YaodianFolioSerif"}, {'—', "YaodianFolioSerif"}, {'国', "FandolFang"}} {
		if f, found := set.Pick(Style{Role: Song}, tc.r); !found || f.Face.Family != tc.family {
			t.Errorf("宋体 %q from %s, want %s", tc.r, f.Face.Family, tc.family)
		}
	}
}

// Characters the Fandol fonts lack — names beyond GB 2312 and
// Traditional forms — come from the serif fallback in every style that
// prints them, not from the sans; the sans is left for what neither has.
func TestSerifFallback(t *testing.T) {
	set, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	fang, kai, fangBold, song := Style{Role: Fang}, Style{Role: Kai}, Style{Role: Fang, Bold: true}, Style{Role: Song}
	for _, tc := range []struct {
		st   Style
		r    rune
		font string // PostScript name
		bold bool
	}{
		{fang, '仿', "FandolFang-Regular", false},
		{fang, '喆', "NotoSerifSC-ExtraLight", false},
		{fang, '堃', "NotoSerifSC-ExtraLight", false},
		{fang, '昇', "NotoSerifSC-ExtraLight", false},
		{fang, '產', "NotoSerifSC-ExtraLight", false},
		{fang, '為', "NotoSerifSC-ExtraLight", false},
		{fang, '琿', "NotoSerifSC-ExtraLight", false},
		{fang, '禕', "NotoSerifSC-ExtraLight", false},
		{fang, '㎡', "NotoSerifSC-ExtraLight", false},
		{fang, '㐀', "NotoSansSC-Regular", false}, // Extension A: only the sans
		{fangBold, '喆', "NotoSerifSC-ExtraLight", true},
		{fangBold, '㐀', "NotoSansSC-Bold", false},
		{kai, '楷', "FandolKai-Regular", false},
		{kai, '堃', "NotoSerifSC-ExtraLight", false},
		{kai, '產', "NotoSerifSC-ExtraLight", false},
		{song, '1', "YaodianFolioSerif", false},
		{song, '喆', "NotoSerifSC-ExtraLight", false},
	} {
		f, found := set.Pick(tc.st, tc.r)
		if !found || f.Face.PostScript != tc.font || f.Bold != tc.bold {
			t.Errorf("%s %q from %s (bold %v), want %s (bold %v)", tc.st.Label(), tc.r, f.Face.PostScript, f.Bold, tc.font, tc.bold)
		}
	}
}

// Glyph answers as Pick and Advance do, for a character every chain's
// first font has, one only a fallback has, and one no font has.
func TestGlyph(t *testing.T) {
	set, err := Bundled()
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range Styles {
		for _, r := range []rune{'要', '喆', 'A', '—', '\U0010FFFD'} {
			f, found, adv := set.Glyph(st, r)
			wf, wfound := set.Pick(st, r)
			if f != wf || found != wfound || adv != set.Advance(st, r) {
				t.Errorf("%s %q: Glyph gives %s %v %d, Pick and Advance %s %v %d", st.Label(), r, f.Name(), found, adv, wf.Name(), wfound, set.Advance(st, r))
			}
		}
	}
}

// Each style a Set provides finds its own chain; any other style prints
// as 宋体, the last.
func TestStyleIndex(t *testing.T) {
	for i, st := range Styles {
		if got := styleIndex(st); got != i {
			t.Errorf("%s: chain %d, want %d", st.Label(), got, i)
		}
	}
	for _, st := range []Style{{Song, true}, {Title, true}, {Hei, true}, {Kai, true}, {"", false}, {"fan", false}, {"fangsong", false}} {
		if got := styleIndex(st); got != len(Styles)-1 {
			t.Errorf("%q bold %v: chain %d, want the last, %d", st.Role, st.Bold, got, len(Styles)-1)
		}
	}
}

// Picks made at once on many goroutines agree with those made one by
// one, on a fresh Set and from its cache: characters of the Basic
// Multilingual Plane, beyond it, and none.
func TestPickConcurrent(t *testing.T) {
	fresh := func() *Set {
		set, err := Bundled()
		if err != nil {
			t.Fatal(err)
		}
		return set
	}
	runes := []rune("要点2026年——，。喆㐀\uE000\U00030000\U0010FFFD")
	want := map[Style][]pick{}
	serial := fresh()
	for _, st := range Styles {
		for _, r := range runes {
			want[st] = append(want[st], serial.pick(st, r))
		}
	}
	set := fresh()
	done := make(chan bool)
	for g := range 8 {
		go func() {
			ok := true
			for k := range 2 * len(runes) {
				st := Styles[(g+k)%len(Styles)]
				i := (g + k) % len(runes)
				if p := set.pick(st, runes[i]); p != want[st][i] {
					ok = false
				}
			}
			done <- ok
		}()
	}
	for range 8 {
		if !<-done {
			t.Error("a concurrent pick differs from the serial one")
		}
	}
	for _, st := range Styles {
		for i, r := range runes {
			if p := set.pick(st, r); p != want[st][i] {
				t.Errorf("%s %q: cached %v, want %v", st.Label(), r, p, want[st][i])
			}
		}
	}
}
