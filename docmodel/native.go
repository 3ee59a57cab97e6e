package docmodel

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"yaodian/usererr"
)

// SchemaVersion is the version of the .yaodian format this build writes
// and the newest it reads. Version 2 added the notice that issues a plan
// (Document.Notice); version-1 files read as documents without one.
const SchemaVersion = 2

// formatName identifies a .yaodian file.
const formatName = "yaodian"

// Extension is the file name extension of the native format.
const Extension = ".yaodian"

// MaxFileSize is the largest native file a reader takes; a real plan is a
// few hundred kilobytes at most.
const MaxFileSize = 64 << 20

// ReadNative reads the native file at path from r, which is open on it, and
// refuses one larger than MaxFileSize: whatever that is, it is no native
// file. It reads at most one byte more than MaxFileSize.
func ReadNative(r io.Reader, path string) ([]byte, error) {
	size := strconv.Itoa(MaxFileSize>>20) + " MB"
	return ReadAtMost(r, path, MaxFileSize,
		"文件“"+path+"”超过 "+size+"，不是要点文档", path+" is larger than "+size+" and is not a Yaodian document")
}

// ReadAtMost reads the file at path from r, which is open on it, and
// refuses one larger than limit bytes with the message zh / en (what the
// limit means is the caller's to say). It reads at most one byte more
// than limit.
func ReadAtMost(r io.Reader, path string, limit int, zh, en string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, usererr.File(err, path, "读取", "read")
	}
	if len(data) > limit {
		return nil, usererr.New(zh, en)
	}
	return data, nil
}

// nativeFile is the layout of a .yaodian file: a header, then the document.
// Field order here is key order in the file.
type nativeFile struct {
	Format        string `json:"format"`
	SchemaVersion int    `json:"schema_version"`
	*Document
}

// Encode returns the native form of d: UTF-8 JSON with a schema version,
// keys in a fixed order and two-space indentation, ending in a newline. An
// invalid document is refused rather than written.
func Encode(d *Document) ([]byte, error) {
	if err := d.Validate(); err != nil {
		return nil, usererr.Prefix(err, "文档无效，未写入：", "invalid document, not written: ")
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(nativeFile{Format: formatName, SchemaVersion: SchemaVersion, Document: d}); err != nil {
		return nil, usererr.Wrap(err, "无法编码文档", "cannot encode the document")
	}
	return b.Bytes(), nil
}

// Decode reads a native file. It refuses, with a message saying why, data
// that is not UTF-8 JSON, that is not a Yaodian document, that comes from
// a newer schema, that has fields this version does not know, or whose
// document breaks an invariant. It never returns a partly read document.
func Decode(data []byte) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	if !utf8.Valid(data) {
		return nil, usererr.New("文件不是 UTF-8 编码的要点文档", "the file is not a UTF-8 encoded Yaodian document")
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, usererr.New("文件为空", "the file is empty")
	}
	var header struct {
		Format        *string `json:"format"`
		SchemaVersion *int    `json:"schema_version"`
	}
	first := json.NewDecoder(bytes.NewReader(data))
	if err := first.Decode(&header); err != nil {
		return nil, jsonError(data, err)
	}
	if _, err := first.Token(); err != io.EOF {
		return nil, usererr.New("文件在文档结束后还有多余内容", "the file has data after the end of the document")
	}
	if header.Format == nil || *header.Format != formatName {
		return nil, usererr.New("文件不是要点文档（缺少 \"format\": \"yaodian\"）", `the file is not a Yaodian document (no "format": "yaodian")`)
	}
	switch {
	case header.SchemaVersion == nil || *header.SchemaVersion < 1:
		return nil, usererr.New("文件缺少有效的格式版本（schema_version）", "the file has no valid schema_version")
	case *header.SchemaVersion > SchemaVersion:
		return nil, usererr.New(
			fmt.Sprintf("此文件由较新版本的要点保存（格式版本 %d），当前程序只能读取版本 %d。请升级要点后再打开，文件未作改动。", *header.SchemaVersion, SchemaVersion),
			fmt.Sprintf("the file was saved by a newer Yaodian (schema version %d); this build reads up to version %d. Upgrade Yaodian to open it; the file was not changed.", *header.SchemaVersion, SchemaVersion))
	}
	d := &Document{}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&nativeFile{Document: d}); err != nil {
		return nil, jsonError(data, err)
	}
	if d.Sections == nil {
		d.Sections = []*Node{}
	}
	if err := d.Validate(); err != nil {
		return nil, usererr.Prefix(err, "文档结构无效：", "invalid document structure: ")
	}
	return d, nil
}

// jsonError explains a JSON decoding error with the line and column where
// it happened.
func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF):
		return usererr.Wrap(err, "文件不完整，可能在保存时被截断", "the file is truncated")
	case errors.As(err, &syntax):
		line, col := lineCol(data, syntax.Offset)
		return usererr.Wrap(err,
			fmt.Sprintf("文件不是有效的 JSON（第 %d 行第 %d 列附近）", line, col),
			fmt.Sprintf("the file is not valid JSON (near line %d, column %d): %v", line, col, err))
	case errors.As(err, &typ):
		line, col := lineCol(data, typ.Offset)
		return usererr.Wrap(err,
			fmt.Sprintf("字段 %s 的类型不对（第 %d 行第 %d 列附近）", typ.Field, line, col),
			fmt.Sprintf("field %s has the wrong type (near line %d, column %d)", typ.Field, line, col))
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		field := strings.TrimPrefix(err.Error(), "json: unknown field ")
		return usererr.Wrap(err,
			"文件含有此版本不认识的字段 "+field+"，未打开以免丢失内容",
			"the file has a field this version does not know, "+field+"; not opened so that nothing is lost")
	}
	return usererr.Wrap(err, "文件内容无效："+err.Error(), "invalid file content: "+err.Error())
}

func lineCol(data []byte, offset int64) (int, int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	col := utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, max(col, 1)
}
