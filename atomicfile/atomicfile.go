// Package atomicfile replaces files so that no failure loses them: the new
// content goes to a temporary file beside the target, is flushed to disk
// and renamed over it, so a crash, a kill or a full disk at any moment
// leaves either the old file byte for byte or the new one, never a mix
// and never an empty file. Every file Yaodian writes goes through it.
package atomicfile

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"yaodian/filelock"
	"yaodian/usererr"
)

// Options says how Write treats the file it replaces.
type Options struct {
	// Backup keeps the previous content of the file as path + ".bak",
	// if it had any.
	Backup bool
	// Perm is the mode of a file that does not exist yet, before the
	// umask; 0 means 0o666. A file that exists keeps its own mode.
	Perm os.FileMode
}

// BackupExt is what Write adds to a file's name for its backup.
const BackupExt = ".bak"

const tmpExt = ".tmp"

// ErrReadOnly is what Write's error wraps when the file it would replace
// is marked read-only; test with errors.Is.
var ErrReadOnly = errors.New("read-only file")

// Write replaces the file at path with data. A symbolic link is followed:
// the file it points to is replaced and the link stays. An existing file
// keeps its mode; a read-only one is refused. Temporary files a crashed
// write left beside the target are removed first.
func Write(path string, data []byte, opt Options) error {
	target, err := resolve(path)
	if err != nil {
		return usererr.File(err, path, "保存", "save")
	}
	perm := opt.Perm
	if perm == 0 {
		perm = 0o666
	}
	info, err := os.Stat(target)
	exists := err == nil
	switch {
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return usererr.File(err, path, "保存", "save")
	case exists && info.IsDir():
		return usererr.New("无法保存“"+path+"”：这是一个文件夹", "cannot save "+path+": it is a folder")
	case exists && !info.Mode().IsRegular():
		return usererr.New("无法保存“"+path+"”：这不是普通文件", "cannot save "+path+": it is not a regular file")
	case exists && info.Mode().Perm()&0o200 == 0:
		return usererr.Wrap(ErrReadOnly, "无法保存“"+path+"”：文件是只读的，没有改动它", "cannot save "+path+": the file is read-only and was left as it is")
	}
	Sweep(target)
	tmp, err := create(target, perm)
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
	if exists {
		if err := tmp.Chmod(info.Mode().Perm()); err != nil {
			return fail(err)
		}
	}
	if err := tmp.Sync(); err != nil {
		return fail(err)
	}
	// An empty file has nothing to keep: a backup of it would only be a
	// 0-byte .bak beside the first real save.
	if exists && opt.Backup && info.Size() > 0 {
		if err := backup(target); err != nil {
			return fail(err)
		}
	}
	// Windows cannot rename a file that is open.
	if err := tmp.Close(); err != nil {
		os.Remove(tmp.Name())
		return usererr.File(err, path, "保存", "save")
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		os.Remove(tmp.Name())
		return usererr.File(err, path, "保存", "save")
	}
	syncDir(filepath.Dir(target))
	return nil
}

// resolve follows symbolic links from path to the file they name, which
// need not exist yet.
func resolve(path string) (string, error) {
	for range 40 {
		info, err := os.Lstat(path)
		if errors.Is(err, fs.ErrNotExist) || err == nil && info.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		if err != nil {
			return "", err
		}
		link, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(link) {
			link = filepath.Join(filepath.Dir(path), link)
		}
		path = link
	}
	return "", usererr.New("符号链接层数过多", "too many levels of symbolic links")
}

// tmpPrefix starts the names of the temporary files for target: hidden,
// in the same folder, so the rename stays on one disk.
func tmpPrefix(target string) string {
	return filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+".")
}

// create makes a new temporary file for target and holds it, so that
// Sweep in another process leaves it alone while this one writes.
func create(target string, perm os.FileMode) (*os.File, error) {
	for {
		var b [6]byte
		rand.Read(b[:])
		f, err := os.OpenFile(tmpPrefix(target)+hex.EncodeToString(b[:])+tmpExt, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		if err := filelock.Hold(f); err != nil {
			f.Close()
			os.Remove(f.Name())
			return nil, err
		}
		return f, nil
	}
}

// Sweep removes the temporary files that writes of target killed or
// crashed midway left behind; those of a write still running stay.
func Sweep(target string) {
	sweep(filepath.Dir(target), "."+filepath.Base(target)+".")
}

// SweepDir removes the temporary files that killed or crashed writes of
// any file in dir left behind; those of writes still running stay.
func SweepDir(dir string) {
	sweep(dir, ".")
}

// sweep removes the abandoned temporary files in dir whose names start
// with prefix.
func sweep(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		rest, ok := strings.CutPrefix(name, prefix)
		if !ok || !isTmpName(rest) {
			continue
		}
		if m := filepath.Join(dir, name); filelock.Abandoned(m) {
			os.Remove(m)
		}
	}
}

// isTmpName reports whether rest, the end of a name after a prefix, ends
// as the temporary files of create and backup do: the 12 hex digits of
// their random part, alone or after a dot, and ".tmp".
func isTmpName(rest string) bool {
	id, ok := strings.CutSuffix(rest, tmpExt)
	if !ok || len(id) < 12 {
		return false
	}
	head, random := id[:len(id)-12], id[len(id)-12:]
	if head != "" && !strings.HasSuffix(head, ".") {
		return false
	}
	_, err := hex.DecodeString(random)
	return err == nil
}

// backup makes path + ".bak" a copy of the file at target, replacing the
// old backup only once the new one is complete. A hard link costs no
// space and no time, whatever the file's size; where the disk has none,
// the file is copied without reading it whole into memory.
func backup(target string) error {
	var b [6]byte
	rand.Read(b[:])
	tmp := tmpPrefix(target) + "bak." + hex.EncodeToString(b[:]) + tmpExt
	if err := os.Link(target, tmp); err != nil {
		if err := copyFile(target, tmp); err != nil {
			os.Remove(tmp)
			return err
		}
	}
	if err := os.Rename(tmp, target+BackupExt); err != nil {
		os.Remove(tmp)
		return err
	}
	return nil
}

// copyFile copies src to a new file dst and flushes it to disk.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, info.Mode().Perm())
	if err != nil {
		return err
	}
	if err := filelock.Hold(out); err != nil {
		out.Close()
		return err
	}
	_, err = io.Copy(out, in)
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	return err
}

// syncDir makes a rename in dir durable; not every system can sync a
// folder, and the data is already safe if it cannot.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
