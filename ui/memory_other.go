//go:build !linux

package ui

// keepFontPagesSmall does nothing where the kernel's page mapping is not
// known to need advice.
func keepFontPagesSmall() {}

// releaseFontPages does nothing where the kernel's page mapping is not
// known to need advice.
func releaseFontPages([]byte) {}
