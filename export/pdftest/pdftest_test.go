package pdftest

import (
	"path/filepath"
	"testing"
)

// A tool on the PATH is found by its name; the test is skipped, or fails
// in CI, when it is not.
func TestPoppler(t *testing.T) {
	got := Poppler(t, "pdftotext")
	if filepath.Base(got) != "pdftotext" || !filepath.IsAbs(got) {
		t.Errorf("Poppler(pdftotext) = %q, want an absolute path to pdftotext", got)
	}
}
