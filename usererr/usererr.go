// Package usererr defines the errors Yaodian shows to its users: each one
// carries a Simplified Chinese message for the GUI and an English one that
// the command line prints beside it.
package usererr

import (
	"errors"
	"io"
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

// Chinese returns the Chinese message of err for the GUI. An error that
// does not come from Yaodian is explained in Chinese when it is one the
// system reports about files and disks; otherwise what the system said
// follows a generic Chinese prefix, so the user still sees it.
func Chinese(err error) string {
	var ue *Error
	if errors.As(err, &ue) {
		return ue.Zh
	}
	if zh, _, ok := reason(err); ok {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "无法访问“" + pe.Path + "”：" + zh
		}
		return "发生错误：" + zh
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
	if zh, en, ok := reason(err); ok {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return "无法访问“" + pe.Path + "”：" + zh + " / cannot access " + pe.Path + ": " + en
		}
		return "发生错误：" + zh + " / error: " + en
	}
	return "发生错误 / error: " + err.Error()
}

// Reason says in both languages what the system meant by err: for the
// failures of files and disks a user can do something about, in the
// user's terms, else as the system put it.
func Reason(err error) (zh, en string) {
	if zh, en, ok := reason(err); ok {
		return zh, en
	}
	msg := err.Error()
	var pe *fs.PathError
	if errors.As(err, &pe) {
		msg = pe.Err.Error() // without the path it repeats
	}
	return "系统报告错误（" + msg + "）", msg
}

// reason is Reason for the errors it knows.
func reason(err error) (zh, en string, ok bool) {
	for _, r := range reasons {
		if errors.Is(err, r.err) {
			return r.zh, r.en, true
		}
	}
	return "", "", false
}

// reasons are the system's file and disk errors in the user's terms,
// the most telling first.
var reasons = []struct {
	err    error
	zh, en string
}{
	{fs.ErrNotExist, "文件不存在", "no such file"},
	{syscall.ENOTDIR, "路径中有一部分不是文件夹", "part of the path is not a folder"},
	{syscall.EISDIR, "这是一个文件夹", "it is a folder"},
	{syscall.ENOSPC, "磁盘空间不足", "the disk is full"},
	{syscall.EDQUOT, "磁盘配额已用完", "the disk quota is used up"},
	{syscall.EROFS, "磁盘是只读的", "the disk is read-only"},
	{fs.ErrPermission, "没有权限", "permission denied"},
	{syscall.ENAMETOOLONG, "文件名或路径太长", "the file name or path is too long"},
	{syscall.ELOOP, "符号链接层数过多", "too many levels of symbolic links"},
	{syscall.EBUSY, "文件正被其他程序使用", "the file is in use by another program"},
	{syscall.ETXTBSY, "文件正被其他程序使用", "the file is in use by another program"},
	{syscall.EMFILE, "同时打开的文件过多", "too many open files"},
	{syscall.ENFILE, "同时打开的文件过多", "too many open files"},
	{syscall.EXDEV, "不能跨磁盘移动文件", "cannot move a file across disks"},
	{syscall.EIO, "读写磁盘时出错（磁盘可能已损坏或已拔出）", "input/output error (the disk may be damaged or removed)"},
	{syscall.EPIPE, "输出已被关闭", "the output was closed"},
	{fs.ErrExist, "文件已存在", "the file already exists"},
	{io.ErrUnexpectedEOF, "文件不完整", "the file is incomplete"},
}

// File explains a failed file operation in the user's terms: a missing
// file, a folder where a file was expected, no permission, a read-only or
// full disk. action names what was attempted, e.g. "读取"/"read".
func File(err error, path, zhAction, enAction string) *Error {
	zh, en := Reason(err)
	return Wrap(err, "无法"+zhAction+"“"+path+"”："+zh, "cannot "+enAction+" "+path+": "+en)
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
