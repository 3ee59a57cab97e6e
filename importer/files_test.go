package importer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"yaodian/importer"
)

// Files lists the plans of a folder and its subfolders in lexical order,
// leaves out files the importer does not take, takes a file as itself,
// and explains a missing path in Chinese.
func TestFiles(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"2024.md", "sub/2022.docx", "2023.txt", "notes.png", "sub/deeper/2021.yaodian"} {
		path := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(path), 0o755)
		if err := os.WriteFile(path, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(paths []string) []string {
		var out []string
		for _, p := range paths {
			r, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	for _, tc := range []struct {
		name, path string
		want       []string
		err        string
	}{
		{"folder", dir, []string{"2023.txt", "2024.md", "sub/2022.docx", "sub/deeper/2021.yaodian"}, ""},
		{"file", filepath.Join(dir, "2024.md"), []string{"2024.md"}, ""},
		{"missing", filepath.Join(dir, "gone"), nil, "文件不存在"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := importer.Files(tc.path)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one saying %s", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(rel(got), tc.want) {
				t.Errorf("Files = %q, want %q", rel(got), tc.want)
			}
		})
	}
}
