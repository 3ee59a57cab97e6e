package usererr

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"syscall"
	"testing"
)

func TestMessages(t *testing.T) {
	e := New("文件为空", "the file is empty")
	wrapped := fmt.Errorf("context: %w", e)
	if Chinese(wrapped) != "文件为空" || Bilingual(wrapped) != "文件为空 / the file is empty" {
		t.Errorf("Chinese %q, Bilingual %q", Chinese(wrapped), Bilingual(wrapped))
	}
	other := errors.New("boom")
	if Chinese(other) != "发生错误：boom" || Bilingual(other) != "发生错误 / error: boom" {
		t.Errorf("foreign error: %q / %q", Chinese(other), Bilingual(other))
	}
	if cause := Wrap(other, "甲", "a"); !errors.Is(cause, other) {
		t.Error("Wrap loses its cause")
	}
}

func TestFile(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want string
	}{
		{fs.ErrNotExist, "文件不存在"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENOSPC}, "磁盘空间不足"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EROFS}, "磁盘是只读的"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "没有权限"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENOTDIR}, "不是文件夹"},
		{&os.PathError{Op: "read", Path: "x", Err: syscall.EISDIR}, "这是一个文件夹"},
		{&os.PathError{Op: "write", Path: "x", Err: syscall.EDQUOT}, "磁盘配额已用完"},
		{&os.PathError{Op: "write", Path: "x", Err: syscall.EIO}, "读写磁盘时出错"},
		{&os.LinkError{Op: "rename", Old: "a", New: "b", Err: syscall.EXDEV}, "不能跨磁盘"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENAMETOOLONG}, "太长"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.Errno(200)}, "系统报告错误（"},
	} {
		got := File(tc.err, "计划.md", "保存", "save")
		if !strings.HasPrefix(got.Zh, "无法保存“计划.md”：") || !strings.Contains(got.Zh, tc.want) || !strings.HasPrefix(got.En, "cannot save 计划.md: ") {
			t.Errorf("File(%v) = %q / %q", tc.err, got.Zh, got.En)
		}
	}
}

func TestPrefix(t *testing.T) {
	inner := New("文件为空", "the file is empty")
	got := Prefix(inner, "无法打开“甲”：", "cannot open 甲: ")
	if got.Zh != "无法打开“甲”：文件为空" || got.En != "cannot open 甲: the file is empty" || !errors.Is(got, inner) {
		t.Errorf("Prefix = %q / %q", got.Zh, got.En)
	}
	plain := Prefix(errors.New("boom"), "甲：", "a: ")
	if plain.Zh != "甲：发生错误：boom" || plain.En != "a: boom" {
		t.Errorf("Prefix of a foreign error = %q / %q", plain.Zh, plain.En)
	}
}

// A system error that reaches the user unwrapped is still explained in
// Chinese, with its path.
func TestSystemErrors(t *testing.T) {
	err := fmt.Errorf("saving: %w", &os.PathError{Op: "write", Path: "/tmp/x.pdf", Err: syscall.ENOSPC})
	if got := Chinese(err); got != "无法访问“/tmp/x.pdf”：磁盘空间不足" {
		t.Errorf("Chinese = %q", got)
	}
	if got := Bilingual(err); got != "无法访问“/tmp/x.pdf”：磁盘空间不足 / cannot access /tmp/x.pdf: the disk is full" {
		t.Errorf("Bilingual = %q", got)
	}
	if got := Chinese(syscall.EPIPE); got != "发生错误：输出已被关闭" {
		t.Errorf("Chinese = %q", got)
	}
}
