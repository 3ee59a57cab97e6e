package opc

import (
	"archive/zip"
	"bytes"
	"io"
	"testing"
	"time"
)

// The parts come back in order, with their content, deflated and dated
// 1980-01-01, and packing twice gives the same bytes.
func TestPack(t *testing.T) {
	for _, tc := range []struct {
		name  string
		parts []Part
	}{
		{"none", nil},
		{"two parts", []Part{{"[Content_Types].xml", "<Types/>"}, {"word/document.xml", "<w:document>中文</w:document>"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b, err := Pack(tc.parts)
			if err != nil {
				t.Fatal(err)
			}
			again, _ := Pack(tc.parts)
			if !bytes.Equal(b, again) {
				t.Error("packing twice gave different bytes")
			}
			zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
			if err != nil {
				t.Fatal(err)
			}
			if len(zr.File) != len(tc.parts) {
				t.Fatalf("%d files, want %d", len(zr.File), len(tc.parts))
			}
			for i, f := range zr.File {
				rc, err := f.Open()
				if err != nil {
					t.Fatal(err)
				}
				data, _ := io.ReadAll(rc)
				rc.Close()
				if f.Name != tc.parts[i].Name || string(data) != tc.parts[i].Data || f.Method != zip.Deflate || !f.Modified.Equal(time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)) {
					t.Errorf("file %d: %s %q method %d %v", i, f.Name, data, f.Method, f.Modified)
				}
			}
		})
	}
}
