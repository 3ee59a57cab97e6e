package cli

import (
	"errors"
	"flag"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"yaodian/atomicfile"
	"yaodian/usererr"
)

// forceFlag adds --force to a command that writes a file: without it an
// existing output is refused rather than replaced.
func forceFlag(fs *flag.FlagSet) *bool {
	return fs.Bool("force", false, "replace an existing output file (its old content is kept as .bak)")
}

// checkOutput refuses an output path that names one of the command's
// inputs, always, or an existing file without force. It runs before any
// work is done, so that a refusal comes at once.
func checkOutput(path string, force bool, inputs ...string) error {
	info, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return usererr.File(err, path, "写入", "write")
	}
	for _, in := range inputs {
		if inInfo, err := os.Stat(in); err == nil && os.SameFile(info, inInfo) {
			return usererr.New("输出文件“"+path+"”就是输入文件，不能覆盖；请换一个输出文件名",
				"the output "+path+" is one of the input files and is never overwritten; choose another output name")
		}
	}
	if info.IsDir() {
		return usererr.New("无法写入“"+path+"”：这是一个文件夹", "cannot write "+path+": it is a folder")
	}
	if !force {
		return usererr.New("“"+path+"”已存在，没有覆盖；确需覆盖请加 --force（原文件会保留为 "+filepath.Base(path)+atomicfile.BackupExt+"）",
			path+" already exists and was not overwritten; add --force to replace it (the old file is kept as "+filepath.Base(path)+atomicfile.BackupExt+")")
	}
	return nil
}

// stdoutWriter remembers the first error writing to standard output, so
// that a command whose output could not be written (a full disk, a
// closed pipe) does not exit as if it had succeeded.
type stdoutWriter struct {
	w   io.Writer
	err error
}

func (s *stdoutWriter) Write(p []byte) (int, error) {
	if s.err != nil {
		return 0, s.err
	}
	n, err := s.w.Write(p)
	if err != nil {
		zh, en := usererr.Reason(err)
		s.err = usererr.Wrap(err, "无法写入标准输出："+zh, "cannot write to standard output: "+en)
	}
	return n, err
}
