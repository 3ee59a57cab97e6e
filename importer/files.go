package importer

import (
	"io/fs"
	"os"
	"path/filepath"

	"yaodian/usererr"
)

// Files lists the files at path that the importer takes: path itself when
// it names a file, or every file Readable accepts in the folder and its
// subfolders, in lexical order.
func Files(path string) ([]string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, usererr.File(err, path, "读取", "read")
	}
	if !info.IsDir() {
		return []string{path}, nil
	}
	var files []string
	err = filepath.WalkDir(path, func(p string, entry fs.DirEntry, err error) error {
		if err != nil || entry.IsDir() || !Readable(p) {
			return err
		}
		files = append(files, p)
		return nil
	})
	if err != nil {
		return nil, usererr.File(err, path, "读取文件夹", "read the folder")
	}
	return files, nil
}
