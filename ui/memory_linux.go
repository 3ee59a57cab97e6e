package ui

import (
	"unsafe"

	"golang.org/x/sys/unix"

	"yaodian/assets"
)

// keepFontPagesSmall asks the kernel to map the fonts inside the binary
// page by page. On a file system with large folios (ext4 on recent
// kernels) it otherwise maps them in 2 MB blocks, so that the few glyphs
// the interface and the preview read keep most of 43 MB resident, and the
// resident size depends on where the linker happened to put each font.
func keepFontPagesSmall() {
	for _, b := range [][]byte{assets.UIRegularCut, assets.UIBoldCut, assets.UIRegular, assets.UIBold, assets.TitleSerifBold, assets.FangSong, assets.FangSongFallback, assets.KaiTi} {
		if len(b) == 0 {
			continue
		}
		// madvise wants whole pages: from the page b starts in to the
		// end of the page it ends in.
		page := uintptr(unix.Getpagesize())
		before := uintptr(unsafe.Pointer(&b[0])) % page
		n := (before + uintptr(len(b)) + page - 1) &^ (page - 1)
		start := unsafe.Add(unsafe.Pointer(&b[0]), -int(before))
		// Advice only: should it fail, the fonts are mapped as before.
		_ = unix.Madvise(unsafe.Slice((*byte)(start), n), unix.MADV_NOHUGEPAGE)
	}
}

// releaseFontPages gives back the memory that reading the embedded font
// b brought in, once it is needed no more. The pages are mapped from the
// executable and never written, so the kernel reads again from the file
// whatever is touched later. Only pages wholly inside b are released,
// for the data next to it may be written.
func releaseFontPages(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(unix.Getpagesize())
	lo := uintptr(unsafe.Pointer(&b[0]))
	first := (lo + page - 1) &^ (page - 1)
	end := (lo + uintptr(len(b))) &^ (page - 1)
	if end <= first {
		return
	}
	start := unsafe.Add(unsafe.Pointer(&b[0]), int(first-lo))
	// Advice only: should it fail, the pages stay resident.
	_ = unix.Madvise(unsafe.Slice((*byte)(start), end-first), unix.MADV_DONTNEED)
}
