// Package opc writes the zip container of Office Open XML files (the Open
// Packaging Conventions of ECMA-376 Part 2): the parts of a .docx or an
// .xlsx, in the order given, deflated, each dated 1980-01-01 so that the
// same document always gives the same bytes.
package opc

import (
	"archive/zip"
	"bytes"
	"time"
)

// Part is one file of the package: its name in the zip, such as
// "word/document.xml", and its content.
type Part struct {
	Name, Data string
}

// fixedTime is the date every part carries: zip's earliest.
var fixedTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// Pack returns the package holding parts.
func Pack(parts []Part) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.Name, Method: zip.Deflate, Modified: fixedTime})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(p.Data)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
