// Package importer reads the documents writers have — plain text in any
// of the encodings Chinese offices use, Word (.docx), Markdown and the
// native .yaodian file, Word 97–2003 .doc and WPS .wps — into the outline
// model.
package importer

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// MaxInputSize is the largest file an importer reads. A long plan is well
// under a megabyte; anything this large is not a plan.
const MaxInputSize = 32 << 20

// File reads the one document at path, choosing the reader by the file
// name's extension (and, for a Word file under another name, by its
// content). A file that holds several documents — a compilation of plans —
// is refused with a message saying how many it holds; Documents reads
// them all.
func File(path string) (*docmodel.Document, error) {
	docs, err := Documents(path)
	if err != nil {
		return nil, err
	}
	if len(docs) > 1 {
		return nil, usererr.Wrap(&SeveralError{Path: path, Count: len(docs)},
			fmt.Sprintf("“%s”包含 %d 篇文档，需要选取其中一篇", path, len(docs)),
			fmt.Sprintf("%s holds %d documents; one must be chosen", path, len(docs)))
	}
	return docs[0], nil
}

// SeveralError is what File's error wraps when the file holds several
// documents, so that a caller can offer the choice in its own terms.
type SeveralError struct {
	Path  string
	Count int
}

func (e *SeveralError) Error() string {
	return fmt.Sprintf("%s holds %d documents", e.Path, e.Count)
}

// Result is one document read from a file, with what its import set
// aside.
type Result struct {
	Document *docmodel.Document
	// SetAside are the lines kept out of the document as web-page
	// furniture — 当前位置, 发布时间, 来源, 分享到, 【打印】, the 索引号 table,
	// an article's lead-in — in the order they stood.
	SetAside []string
	// Split is how many paragraphs over MaxParagraphRunes were split at
	// sentence ends to keep the document within the limits (see Bound).
	Split int
}

// markdownReader is the Markdown reader, built when a Markdown file is
// first read rather than at start-up.
var markdownReader = sync.OnceValue(newMarkdown)

// reader returns the importer of the file type of extension ext (lower
// case), and whether Yaodian takes the type at all; the native file,
// which Load reads from its path, has none. A switch rather than a map,
// which was built at every start.
func reader(ext string) (func([]byte) ([]Result, error), bool) {
	switch ext {
	case docmodel.Extension:
		return nil, true
	case ".md", ".markdown":
		return markdownResults, true
	case ".txt", ".text":
		return readText, true
	case ".docx", ".docm":
		return readDocx, true
	case ".doc", ".wps":
		return readDoc, true
	}
	return nil, false
}

// markdownResults reads a Markdown file, which holds one document and
// has no page debris, with the notice its front matter keeps.
func markdownResults(data []byte) ([]Result, error) {
	d, err := Markdown(data)
	if err != nil {
		return nil, err
	}
	if d.Notice, err = noticeFrontMatter(data); err != nil {
		return nil, err
	}
	return []Result{{Document: d}}, nil
}

// documents returns the documents of results.
func documents(results []Result, err error) ([]*docmodel.Document, error) {
	if err != nil {
		return nil, err
	}
	docs := make([]*docmodel.Document, len(results))
	for i, r := range results {
		docs[i] = r.Document
	}
	return docs, nil
}

// Readable reports whether path names a file the importer takes (or, as
// for an old .doc, explains why not) by its extension.
func Readable(path string) bool {
	_, ok := reader(strings.ToLower(filepath.Ext(path)))
	return ok
}

// Documents reads every document in the file at path: one for most
// files, one per part for a compilation (第一篇：… 第二篇：…) in text or
// Word form.
func Documents(path string) ([]*docmodel.Document, error) {
	return documents(Read(path))
}

// Read is Documents with what the import of each document set aside.
func Read(path string) ([]Result, error) {
	ext := strings.ToLower(filepath.Ext(path))
	read, ok := reader(ext)
	switch {
	case !ok:
		return nil, usererr.New("不支持的文件类型“"+ext+"”（“"+path+"”）；可导入 .yaodian、.md、.txt、.docx、.doc 和 .wps", "unsupported file type "+strconv.Quote(ext)+" ("+path+"); Yaodian imports .yaodian, .md, .txt, .docx, .doc and .wps")
	case ext == docmodel.Extension:
		d, err := loadNative(path)
		if err != nil {
			return nil, err
		}
		r := []Result{{Document: d}}
		if err := bound(r); err != nil {
			return nil, err
		}
		return r, nil
	}
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	switch {
	case isZip(data):
		read = readDocx // a Word file saved under another name
	case isCompound(data):
		read = readDoc // an old Word or WPS file under another name
	}
	docs, err := read(data)
	if err == nil {
		err = bound(docs)
	}
	if err != nil {
		return nil, usererr.Prefix(err, "无法导入“"+path+"”：", "cannot import "+path+": ")
	}
	return docs, nil
}

// readFile reads at most MaxInputSize bytes of path and refuses larger
// files.
func readFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usererr.File(err, path, "打开", "open")
	}
	defer f.Close()
	return docmodel.ReadAtMost(f, path, MaxInputSize,
		"文件“"+path+"”超过 32 MB，不像是一份工作要点", path+" is larger than 32 MB and does not look like a plan")
}

// loadNative reads and decodes the native file at path.
func loadNative(path string) (*docmodel.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, usererr.File(err, path, "打开", "open")
	}
	defer f.Close()
	data, err := docmodel.ReadNative(f, path)
	if err != nil {
		return nil, err
	}
	d, err := docmodel.Decode(data)
	if err != nil {
		return nil, usererr.Prefix(err, "无法打开“"+path+"”：", "cannot open "+path+": ")
	}
	return d, nil
}
