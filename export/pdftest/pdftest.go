// Package pdftest gives the tests of the packages that write or draw PDF
// pages the poppler tools that read them back.
package pdftest

import (
	"os"
	"os/exec"
	"testing"
)

// Poppler returns the path of a poppler tool (pdftotext, pdftoppm,
// pdffonts). Outside CI a machine without poppler-utils skips the test;
// CI has it (scripts/install-deps).
func Poppler(t testing.TB, tool string) string {
	t.Helper()
	path, err := exec.LookPath(tool)
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%s is missing; scripts/install-deps installs poppler-utils", tool)
		}
		t.Skipf("%s is not installed (apt-get install poppler-utils); skipping the test that reads the PDF back", tool)
	}
	return path
}
