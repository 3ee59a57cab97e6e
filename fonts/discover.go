package fonts

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"yaodian/usererr"
)

// maxDepth bounds how deep discovery walks into a font folder.
const maxDepth = 4

// systemDirs returns the folders where this system keeps fonts, for all
// users and for the current one.
func systemDirs() []string {
	home, _ := os.UserHomeDir()
	var dirs []string
	switch runtime.GOOS {
	case "windows":
		win := os.Getenv("WINDIR")
		if win == "" {
			win = `C:\Windows`
		}
		dirs = append(dirs, filepath.Join(win, "Fonts"))
		if local := os.Getenv("LOCALAPPDATA"); local != "" {
			dirs = append(dirs, filepath.Join(local, "Microsoft", "Windows", "Fonts"))
		}
	case "darwin":
		dirs = append(dirs, "/System/Library/Fonts", "/Library/Fonts")
		if home != "" {
			dirs = append(dirs, filepath.Join(home, "Library", "Fonts"))
		}
	default:
		data := os.Getenv("XDG_DATA_HOME")
		if data == "" && home != "" {
			data = filepath.Join(home, ".local", "share")
		}
		if data != "" {
			dirs = append(dirs, filepath.Join(data, "fonts"))
		}
		if home != "" {
			dirs = append(dirs, filepath.Join(home, ".fonts"))
		}
		dirs = append(dirs, "/usr/local/share/fonts", "/usr/share/fonts")
	}
	return dirs
}

// likelyName reports whether a font file's name suggests one of the
// official fonts: simfang.ttf, FZXBSJW.TTF, 仿宋_GB2312.ttf, STKAITI.TTF ….
// System discovery opens only these files, so that a folder of a
// thousand fonts costs a directory listing, not a thousand reads.
func likelyName(name string) bool {
	low := strings.ToLower(name)
	for _, w := range []string{"sim", "fz", "gb2312", "fang", "kai", "hei", "song", "xbs", "biao", "zhong", "仿宋", "楷", "黑", "宋"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// fontFile reports whether name is a font file Yaodian can read.
func fontFile(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".ttf", ".ttc", ".otf":
		return true
	}
	return false
}

// candidate is a face found for a role.
type candidate struct {
	face *Face
	role Role
	rank int
}

// scan finds the fonts in dirs that can print a role. With strict (a
// folder the user chose), every font file is opened, an unreadable one
// is an error, and families are also classified by keywords; otherwise
// only files with likely names are opened and broken ones are passed
// over. Notes say which fonts were passed over and why; files counts the
// font files opened.
func scan(dirs []string, strict bool) (found []candidate, notes []string, files int, err error) {
	var paths []string
	var walk func(dir string, depth int)
	walk = func(dir string, depth int) {
		entries, err := os.ReadDir(dir)
		if err != nil {
			return
		}
		for _, e := range entries {
			p := filepath.Join(dir, e.Name())
			switch {
			case strings.HasPrefix(e.Name(), "."):
			case e.IsDir() || e.Type()&fs.ModeSymlink != 0 && isDir(p):
				if depth < maxDepth {
					walk(p, depth+1)
				}
			case fontFile(e.Name()) && (strict || likelyName(e.Name())):
				paths = append(paths, p)
			}
		}
	}
	for _, d := range dirs {
		walk(d, 1)
	}
	sort.Strings(paths)
	for _, p := range paths {
		// Outside a folder the user chose, only the faces that
		// classify as an official font are read past their names.
		var keep func(*Face) bool
		if !strict {
			keep = func(f *Face) bool {
				_, _, ok := classify(f, false)
				return ok
			}
		}
		faces, err := openAll(p, keep)
		if err != nil {
			switch {
			case !strict:
				// A system font Yaodian cannot read is not the user's
				// concern unless they chose it.
			case errors.Is(err, errCFF):
				notes = append(notes, "“"+p+"”是 PostScript（CFF）轮廓的 OpenType 字体，PDF 无法嵌入，未使用")
			default:
				return nil, nil, 0, usererr.Wrap(err, "无法读取字体“"+p+"”：文件已损坏或不是 TrueType 字体", "cannot read font "+p+": the file is damaged or not a TrueType font")
			}
			continue
		}
		for _, f := range faces {
			role, rank, ok := classify(f, strict)
			switch {
			case !ok:
			case f.Restricted:
				notes = append(notes, "“"+f.Family+"”（"+p+"）的授权不允许嵌入文档，未使用")
			default:
				found = append(found, candidate{f, role, rank})
			}
		}
	}
	sort.SliceStable(found, func(i, j int) bool {
		return found[i].rank < found[j].rank
	})
	return found, notes, len(paths), nil
}

func isDir(p string) bool {
	info, err := os.Stat(p)
	return err == nil && info.IsDir()
}

// openAll opens every face of a font file, or with keep only those that
// keep accepts by their names (see parse). A face keeps the font's table
// directory and small tables; the file is read again, glyph by glyph,
// only when the face is subset.
func openAll(path string, keep func(*Face) bool) ([]*Face, error) {
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	info, err := file.Stat()
	if err != nil {
		return nil, err
	}
	n, err := faceCount(file)
	if err != nil {
		return nil, err
	}
	var faces []*Face
	for i := 0; i < n; i++ {
		f, err := parse(file, info.Size(), i, nil, keep)
		if err != nil {
			if n > 1 && errors.Is(err, errFormat) {
				continue
			}
			return nil, err
		}
		if f == nil {
			continue
		}
		f.Path = path
		faces = append(faces, f)
	}
	if len(faces) == 0 {
		return nil, errFormat
	}
	return faces, nil
}
