package fonts

import (
	_ "embed"
	"errors"
	"io/fs"
	"os"
	"sync"
	"sync/atomic"

	"yaodian/assets"
	"yaodian/usererr"
)

// Font is a face as a PDF embeds it: as it is, or synthetically bold.
type Font struct {
	Face *Face
	Bold bool
}

// Name returns the font's name inside a PDF, unique per face and weight.
func (f Font) Name() string {
	n := subsetName(f.Face.PostScript)
	if n == "" {
		n = subsetName(f.Face.Family)
	}
	if n == "" {
		n = "Font"
	}
	if f.Bold {
		n += "-SyntheticBold"
	}
	return n
}

// Label names the font for a report: its family, whether it is bundled
// or where it is installed, and whether its bold is synthetic.
func (f Font) Label() string {
	s := f.Face.Family
	if f.Bold {
		s += "（合成加粗）"
	}
	if f.Face.Path == "" {
		return s + "（内置）"
	}
	return s + "（" + f.Face.Path + "）"
}

// Subset returns the font cut down to runes, for embedding; see
// Face.Subset.
func (f Font) Subset(runes []rune) ([]byte, error) {
	return f.Face.Subset(runes, f.Name(), f.Bold)
}

// Set is the fonts a document prints with: for each style, a chain of
// fonts tried glyph by glyph, installed official fonts first and the
// bundled fonts after them. A Set is safe for concurrent use.
type Set struct {
	// chains are the styles' chains, in the order of Styles.
	chains [len(Styles)][]Font
	notes  []string

	// bmp caches, style by style, the pick of each character of the
	// Basic Multilingual Plane asked about, packed in a word (see
	// packFound), in blocks made when first needed. A layout asks about
	// each glyph it sets, and painting it again: the cache is read
	// without a lock, and written under mu.
	bmp [len(Styles)][0x10000 / pickBlock]atomic.Pointer[[pickBlock]atomic.Uint32]

	mu sync.Mutex
	// wide caches the picks that bmp cannot hold.
	wide [len(Styles)]map[rune]pick
}

// pickBlock is how many characters a block of Set.bmp holds.
const pickBlock = 256

// A packed pick: the advance in its low bits, then the font's place in
// its chain, whether it has the character, and a bit that tells a pick
// from an empty entry.
const (
	packAdvBits   = 22
	packIndexBits = 7
	packFound     = 1 << (packAdvBits + packIndexBits)
	packSet       = 1 << 31
)

type pick struct {
	font  Font
	found bool
	adv   int
}

// Pick returns the font that draws r in style st: the first of the
// style's chain that has it. When none has it, found is false and the
// font is the last of the chain, whose .notdef box marks the gap.
func (s *Set) Pick(st Style, r rune) (font Font, found bool) {
	p := s.pick(st, r)
	return p.font, p.found
}

// Advance returns the advance width of r in style st, in thousandths of
// an em, from the font that draws it.
func (s *Set) Advance(st Style, r rune) int {
	return s.pick(st, r).adv
}

// Glyph is Pick and Advance in one look-up: the font that draws r in
// style st, whether it has r, and r's advance width in it.
func (s *Set) Glyph(st Style, r rune) (font Font, found bool, adv int) {
	p := s.pick(st, r)
	return p.font, p.found, p.adv
}

// styleIndex returns the place of st in Styles; a style the Set does
// not know prints as 宋体, the last. It is asked for every glyph: a
// switch on constants compares a role's bytes in place, where a
// comparison of Style values calls the runtime.
func styleIndex(st Style) int {
	switch {
	case st.Role == Fang && st.Bold:
		return 4
	case st.Bold:
	case st.Role == Fang:
		return 3
	case st.Role == Title:
		return 0
	case st.Role == Hei:
		return 1
	case st.Role == Kai:
		return 2
	}
	return len(Styles) - 1
}

// pick finds, once per style and rune, the font that draws r and its
// advance.
func (s *Set) pick(st Style, r rune) pick {
	i := styleIndex(st)
	if e := s.cached(i, r); e != 0 {
		return s.unpack(i, e)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if e := s.cached(i, r); e != 0 { // another goroutine was first
		return s.unpack(i, e)
	}
	if p, ok := s.wide[i][r]; ok {
		return p
	}
	chain := s.chains[i]
	k := len(chain) - 1
	p := pick{font: chain[k]}
	for j, f := range chain {
		if f.Face.Has(r) {
			k, p = j, pick{font: f, found: true}
			break
		}
	}
	p.adv = p.font.Face.Advance(p.font.Face.GlyphIndex(r))
	if r >= 0 && r < 0x10000 && k < 1<<packIndexBits && p.adv < 1<<packAdvBits {
		b := s.bmp[i][r/pickBlock].Load()
		if b == nil {
			b = new([pickBlock]atomic.Uint32)
			s.bmp[i][r/pickBlock].Store(b)
		}
		e := uint32(packSet) | uint32(k)<<packAdvBits | uint32(p.adv)
		if p.found {
			e |= packFound
		}
		b[r%pickBlock].Store(e)
		return p
	}
	if s.wide[i] == nil {
		s.wide[i] = map[rune]pick{}
	}
	s.wide[i][r] = p
	return p
}

// cached returns the packed pick of r in style i from bmp, 0 if there
// is none.
func (s *Set) cached(i int, r rune) uint32 {
	if r < 0 || r >= 0x10000 {
		return 0
	}
	if b := s.bmp[i][r/pickBlock].Load(); b != nil {
		return b[r%pickBlock].Load()
	}
	return 0
}

// unpack returns the pick of style i packed in e.
func (s *Set) unpack(i int, e uint32) pick {
	return pick{
		font:  s.chains[i][e>>packAdvBits&(1<<packIndexBits-1)],
		found: e&packFound != 0,
		adv:   int(e & (1<<packAdvBits - 1)),
	}
}

// Primary returns the font a style prints with when it has the glyphs:
// the first of its chain.
func (s *Set) Primary(st Style) Font {
	return s.chains[styleIndex(st)][0]
}

// Notes are remarks on fonts found but not used, such as an OpenType
// font with PostScript outlines or one whose licence forbids embedding.
func (s *Set) Notes() []string {
	return s.notes
}

// Styles lists the styles a Set provides.
var Styles = [...]Style{{Title, false}, {Hei, false}, {Kai, false}, {Fang, false}, {Fang, true}, {Song, false}}

// bundledFaces are the fonts inside the binary, parsed once.
type bundledFaces struct {
	sans, sansBold, serifBold, serif, fang, kai, folio *Face
}

// folioSerif is the digits, em dash and space of Liberation Serif (SIL
// Open Font License 1.1, see folio/LICENSE.txt): the song-style digits
// of page numbers when no 宋体 is installed.
//
//go:embed folio/YaodianFolioSerif.ttf
var folioSerif []byte

var (
	bundledOnce sync.Once
	bundled     bundledFaces
	bundledErr  error
)

func loadBundled() (bundledFaces, error) {
	bundledOnce.Do(func() {
		parse := func(data []byte) *Face {
			f, err := Parse(data, 0)
			if err != nil && bundledErr == nil {
				bundledErr = usererr.Wrap(err, "内置字体已损坏，请重新安装要点", "a bundled font is damaged; reinstall Yaodian")
			}
			return f
		}
		bundled = bundledFaces{
			sans:      parse(assets.UIRegular),
			sansBold:  parse(assets.UIBold),
			serifBold: parse(assets.TitleSerifBold),
			serif:     parse(assets.FangSongFallback),
			fang:      parse(assets.FangSong),
			kai:       parse(assets.KaiTi),
			folio:     parse(folioSerif),
		}
	})
	return bundled, bundledErr
}

// Bundled returns a Set of the bundled fonts only: what a machine
// without official fonts prints with, and the same on every machine.
func Bundled() (*Set, error) {
	return newSet(nil, nil)
}

// Load returns the fonts to print with. With dir empty, the official
// fonts installed on this machine come first (in the usual font folders
// of Windows, macOS and Linux); otherwise those in dir do, and installed
// fonts are not used. Every style falls back to the bundled fonts.
func Load(dir string) (*Set, error) {
	if dir == "" {
		found, notes, _, err := scan(systemDirs(), false)
		if err != nil {
			return nil, err
		}
		return newSet(found, notes)
	}
	info, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, usererr.Wrap(err, "字体文件夹“"+dir+"”不存在", "font folder "+dir+" does not exist")
	case err != nil:
		return nil, usererr.File(err, dir, "打开字体文件夹", "open font folder")
	case !info.IsDir():
		return nil, usererr.New("“"+dir+"”不是文件夹；--fonts 需要一个放字体的文件夹", dir+" is not a folder; --fonts takes a folder of fonts")
	}
	found, notes, files, err := scan([]string{dir}, true)
	if err != nil {
		return nil, err
	}
	if files == 0 {
		return nil, usererr.New("字体文件夹“"+dir+"”中没有 .ttf、.ttc 或 .otf 字体", "font folder "+dir+" holds no .ttf, .ttc or .otf font")
	}
	if len(found) == 0 {
		notes = append(notes, "字体文件夹“"+dir+"”中没有可用作小标宋、黑体、楷体、仿宋或宋体的字体，改用内置字体")
	}
	return newSet(found, notes)
}

// newSet builds the chains: the candidates for each role in rank order,
// then the bundled fonts.
func newSet(found []candidate, notes []string) (*Set, error) {
	b, err := loadBundled()
	if err != nil {
		return nil, err
	}
	installed := func(r Role) []*Face {
		var out []*Face
		seen := map[string]bool{}
		for _, c := range found {
			if c.role == r && !seen[c.face.Family] {
				seen[c.face.Family] = true
				out = append(out, c.face)
			}
		}
		return out
	}
	chain := func(bold bool, faces ...*Face) []Font {
		out := make([]Font, len(faces))
		for i, f := range faces {
			out[i] = Font{f, bold}
		}
		return out
	}
	fang := installed(Fang)
	// In the order of Styles.
	s := &Set{
		chains: [len(Styles)][]Font{
			chain(false, append(installed(Title), b.serifBold, b.sansBold)...),
			chain(false, append(installed(Hei), b.sans)...),
			// Characters the Fandol fonts lack come from a song face
			// before the sans: its strokes are closer to theirs.
			chain(false, append(installed(Kai), b.kai, b.serif, b.sans)...),
			chain(false, append(fang, b.fang, b.serif, b.sans)...),
			// Bold 仿宋 is synthesised, except in the last fallback,
			// which has a real bold.
			append(chain(true, append(fang, b.fang, b.serif)...), Font{b.sansBold, false}),
			// Page numbers: song-style digits and dashes, then the
			// body's faces for anything else.
			chain(false, append(installed(Song), b.folio, b.fang, b.serif, b.sans)...),
		},
		notes: notes,
	}
	return s, nil
}
