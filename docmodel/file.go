package docmodel

import (
	"io"
	"os"

	"yaodian/atomicfile"
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

// Save writes d to path through atomicfile: a crash leaves either the old
// file or the new one, never a mix, and the previous content of path, if
// any, is kept as path + ".bak".
func Save(path string, d *Document) error {
	data, err := Encode(d)
	if err != nil {
		return err
	}
	return atomicfile.Write(path, data, atomicfile.Options{Backup: true})
}
