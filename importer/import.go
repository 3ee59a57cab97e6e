// Package importer reads the documents writers have — Markdown now, and
// the native .yaodian file — into the outline model.
package importer

import (
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// MaxInputSize is the largest file an importer reads. A long plan is well
// under a megabyte; anything this large is not a plan.
const MaxInputSize = 32 << 20

// File reads the document at path, choosing the reader by the file name's
// extension.
func File(path string) (*docmodel.Document, error) {
	ext := strings.ToLower(filepath.Ext(path))
	switch ext {
	case docmodel.Extension:
		return docmodel.Load(path)
	case ".md", ".markdown":
		data, err := readFile(path)
		if err != nil {
			return nil, err
		}
		d, err := Markdown(data)
		if err != nil {
			return nil, usererr.Wrap(err, "无法导入“"+path+"”："+usererr.Chinese(err), "cannot import "+path+": "+err.Error())
		}
		return d, nil
	case ".txt", ".docx", ".doc", ".wps":
		return nil, usererr.New("此版本还不能导入 "+ext+" 文件（“"+path+"”）；请先另存为 Markdown", "this version cannot import "+ext+" files yet ("+path+"); save it as Markdown first")
	}
	return nil, usererr.New("不支持的文件类型“"+ext+"”（“"+path+"”）；可导入 .yaodian 和 .md", "unsupported file type "+strconv.Quote(ext)+" ("+path+"); Yaodian imports .yaodian and .md")
}

// readFile reads at most MaxInputSize bytes of path and refuses larger
// files.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usererr.File(err, path, "打开", "open")
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxInputSize+1))
	if err != nil {
		return nil, usererr.File(err, path, "读取", "read")
	}
	if len(data) > MaxInputSize {
		return nil, usererr.New("文件“"+path+"”超过 32 MB，不像是一份工作要点", path+" is larger than 32 MB and does not look like a plan")
	}
	return data, nil
}
