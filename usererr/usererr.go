// Package usererr defines the errors Yaodian shows to its users: each one
// carries a Simplified Chinese message for the GUI and an English one that
// the command line prints beside it.
package usererr

import (
	"errors"
	"io/fs"
	"syscall"
)

// Error is a failure explained to the user in Chinese and English.
// Cause, when set, is the underlying error; it is reachable with errors.Is
// and errors.As but is not repeated in the messages.
type Error struct {
	Zh    string
	En    string
	Cause error
}

// New returns an error with the given Chinese and English messages.
func New(zh, en string) *Error {
	return &Error{Zh: zh, En: en}
}

// Wrap returns an error with the given messages that wraps cause.
func Wrap(cause error, zh, en string) *Error {
	return &Error{Zh: zh, En: en, Cause: cause}
}

// Error returns both messages on one line, Chinese first.
func (e *Error) Error() string {
	return e.Zh + " / " + e.En
}

// Unwrap returns the underlying cause.
func (e *Error) Unwrap() error {
	return e.Cause
}

// Chinese returns the Chinese message of err for the GUI. Errors that do not
// come from Yaodian itself are shown after a generic Chinese prefix so that
// the user still sees what the system reported.
func Chinese(err error) string {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Zh
	}
	return "发生错误：" + err.Error()
}

// Bilingual returns the one-line message the command line prints for err.
// Errors that do not come from Yaodian are labelled in both languages.
func Bilingual(err error) string {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Error()
	}
	return "发生错误 / error: " + err.Error()
}

// File explains a failed file operation in the user's terms: a missing
// file, a folder where a file was expected, no permission, a read-only or
// full disk. action names what was attempted, e.g. "读取"/"read".
func File(err error, path, zhAction, enAction string) *Error {
	var reason, why string
	switch {
	case errors.Is(err, fs.ErrNotExist):
		reason, why = "文件不存在", "no such file"
	case errors.Is(err, syscall.ENOTDIR):
		reason, why = "路径中有一部分不是文件夹", "part of the path is not a folder"
	case errors.Is(err, syscall.EISDIR):
		reason, why = "这是一个文件夹", "it is a folder"
	case errors.Is(err, syscall.ENOSPC):
		reason, why = "磁盘空间不足", "the disk is full"
	case errors.Is(err, syscall.EROFS):
		reason, why = "磁盘是只读的", "the disk is read-only"
	case errors.Is(err, fs.ErrPermission):
		reason, why = "没有权限", "permission denied"
	default:
		reason, why = err.Error(), err.Error()
	}
	return Wrap(err, "无法"+zhAction+"“"+path+"”："+reason, "cannot "+enAction+" "+path+": "+why)
}

// Prefix wraps err with a prefix on each language's message, keeping the
// Chinese and English halves of a Yaodian error apart: "无法打开“x”：" and
// "cannot open x: " before what err says.
func Prefix(err error, zh, en string) *Error {
	msgEn := err.Error()
	var ue *Error
	if errors.As(err, &ue) {
		msgEn = ue.En
	}
	return Wrap(err, zh+Chinese(err), en+msgEn)
}
