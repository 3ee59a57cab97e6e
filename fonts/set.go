package fonts

import (
	_ "embed"
	"errors"
	"io/fs"
	"os"
	"sync"

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
	chains map[Style][]Font
	notes  []string

	mu    sync.Mutex
	picks [len(Styles)]map[rune]pick // by the style's place in Styles
}

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

// pick finds, once per style and rune, the font that draws r and its
// advance.
func (s *Set) pick(st Style, r rune) pick {
	i := 0
	for i < len(Styles)-1 && Styles[i] != st {
		i++
	}
	st = Styles[i] // a style the Set does not know prints as 宋体
	s.mu.Lock()
	defer s.mu.Unlock()
	if p, ok := s.picks[i][r]; ok {
		return p
	}
	chain := s.chains[st]
	p := pick{font: chain[len(chain)-1]}
	for _, f := range chain {
		if f.Face.Has(r) {
			p = pick{font: f, found: true}
			break
		}
	}
	p.adv = p.font.Face.Advance(p.font.Face.GlyphIndex(r))
	if s.picks[i] == nil {
		s.picks[i] = map[rune]pick{}
	}
	s.picks[i][r] = p
	return p
}

// Primary returns the font a style prints with when it has the glyphs:
// the first of its chain.
func (s *Set) Primary(st Style) Font {
	return s.chains[st][0]
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
	official := func(r Role) []*Face {
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
	fang := official(Fang)
	s := &Set{
		chains: map[Style][]Font{
			{Title, false}: chain(false, append(official(Title), b.serifBold, b.sansBold)...),
			{Hei, false}:   chain(false, append(official(Hei), b.sans)...),
			// Characters the Fandol fonts lack come from a song face
			// before the sans: its strokes are closer to theirs.
			{Kai, false}:  chain(false, append(official(Kai), b.kai, b.serif, b.sans)...),
			{Fang, false}: chain(false, append(fang, b.fang, b.serif, b.sans)...),
			// Bold 仿宋 is synthesised, except in the last fallback,
			// which has a real bold.
			{Fang, true}: append(chain(true, append(fang, b.fang, b.serif)...), Font{b.sansBold, false}),
			// Page numbers: song-style digits and dashes, then the
			// body's faces for anything else.
			{Song, false}: chain(false, append(official(Song), b.folio, b.fang, b.serif, b.sans)...),
		},
		notes: notes,
	}
	return s, nil
}
