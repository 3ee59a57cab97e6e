package docmodel

import (
	"io"
	"os"
	"path/filepath"

	"yaodian/usererr"
)

// MaxFileSize is the largest native file Load reads; a real plan is a few
// hundred kilobytes at most.
const MaxFileSize = 64 << 20

// Load reads and decodes the native file at path.
func Load(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usererr.File(err, path, "打开", "open")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, usererr.File(err, path, "读取", "read")
	}
	if len(data) > MaxFileSize {
		return nil, usererr.New("文件“"+path+"”超过 64 MB，不是要点文档", path+" is larger than 64 MB and is not a Yaodian document")
	}
	d, err := Decode(data)
	if err != nil {
		return nil, usererr.Prefix(err, "无法打开“"+path+"”：", "cannot open "+path+": ")
	}
	return d, nil
}

// Save writes d to path atomically: the new content goes to a temporary
// file in the same folder, is flushed to disk and then renamed over path,
// so a crash leaves either the old file or the new one, never a mix. The
// previous content of path, if any, is kept as path + ".bak".
func Save(path string, d *Document) error {
	data, err := Encode(d)
	if err != nil {
		return err
	}
	perm := os.FileMode(0o644)
	old, err := os.ReadFile(path)
	switch {
	case err == nil:
		if info, statErr := os.Stat(path); statErr == nil {
			perm = info.Mode().Perm()
		}
		if err := WriteAtomic(path+".bak", old, perm); err != nil {
			return err
		}
	case !os.IsNotExist(err):
		return usererr.File(err, path, "保存", "save")
	}
	return WriteAtomic(path, data, perm)
}

// WriteAtomic replaces the file at path with data through a synced
// temporary file and a rename.
func WriteAtomic(path string, data []byte, perm os.FileMode) error {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return usererr.File(err, path, "保存", "save")
	}
	fail := func(err error) error {
		tmp.Close()
		os.Remove(tmp.Name())
		return usererr.File(err, path, "保存", "save")
	}
	if _, err := tmp.Write(data); err != nil {
		return fail(err)
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	if err := tmp.Chmod(perm); err != nil {
		return fail(err)
	}
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return usererr.File(err, path, "保存", "save")
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		os.Remove(tmp.Name())
		return usererr.File(err, path, "保存", "save")
	}
	// Make the rename itself durable; not every system can sync a folder,
	// and the data is already safe if it cannot.
	if dirFile, err := os.Open(dir); err == nil {
		dirFile.Sync()
		dirFile.Close()
	}
	return nil
}
