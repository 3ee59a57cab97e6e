package gopdf

// TtfOption  font option
type TtfOption struct {
	UseKerning                bool
	Style                     int               //Regular|Bold|Italic
	OnGlyphNotFound           func(r rune)      //Called when a glyph cannot be found, just for debugging
	OnGlyphNotFoundSubstitute func(r rune) rune //Called when a glyph cannot be found, we can return a new rune to replace it.
	// Subset says that the font is already cut down to the glyphs the
	// document draws. The PDF then embeds all of its glyphs, and the
	// font file is built and compressed at once, in the background,
	// while the pages are drawn. (Yaodian)
	Subset bool
}

func defaultTtfFontOption() TtfOption {
	var defa TtfOption
	defa.UseKerning = false
	defa.Style = Regular
	defa.OnGlyphNotFoundSubstitute = DefaultOnGlyphNotFoundSubstitute
	return defa
}

func DefaultOnGlyphNotFoundSubstitute(r rune) rune {
	return rune('\u0020')
}
