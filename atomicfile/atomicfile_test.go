//go:build unix

package atomicfile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"yaodian/filelock"
)

func read(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func TestWrite(t *testing.T) {
	old := syscall.Umask(0o027)
	defer syscall.Umask(old)
	for _, tc := range []struct {
		name     string
		setup    func(t *testing.T, dir string) string // returns the path to write
		opt      Options
		wantErr  error
		check    func(t *testing.T, dir string)
		wantMode os.FileMode
	}{
		{
			name:  "a new file takes the umask",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "a.md") },
			check: func(t *testing.T, dir string) {
				if _, err := os.Stat(filepath.Join(dir, "a.md"+BackupExt)); err == nil {
					t.Error("a backup of a file that did not exist")
				}
			},
			wantMode: 0o640,
		},
		{
			name: "a new file and an empty one leave no backup",
			setup: func(t *testing.T, dir string) string {
				os.WriteFile(filepath.Join(dir, "empty.yaodian"), nil, 0o640)
				return filepath.Join(dir, "empty.yaodian")
			},
			opt: Options{Backup: true}, wantMode: 0o640,
			check: func(t *testing.T, dir string) {
				if _, err := os.Stat(filepath.Join(dir, "empty.yaodian"+BackupExt)); err == nil {
					t.Error("a 0-byte backup of an empty file")
				}
				if err := Write(filepath.Join(dir, "new.yaodian"), []byte("x"), Options{Backup: true}); err != nil {
					t.Fatal(err)
				}
				if _, err := os.Stat(filepath.Join(dir, "new.yaodian"+BackupExt)); err == nil {
					t.Error("a backup of a file that did not exist")
				}
			},
		},
		{
			name:  "a new private file",
			setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "a.md") },
			opt:   Options{Perm: 0o600}, wantMode: 0o600,
		},
		{
			name: "an existing file keeps its mode and its old content as .bak",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "plan.yaodian")
				os.WriteFile(p, []byte("old"), 0o604)
				os.Chmod(p, 0o604)
				os.WriteFile(p+BackupExt, []byte("older"), 0o600)
				return p
			},
			opt: Options{Backup: true}, wantMode: 0o604,
			check: func(t *testing.T, dir string) {
				if got := read(t, filepath.Join(dir, "plan.yaodian"+BackupExt)); got != "old" {
					t.Errorf("backup holds %q, want old", got)
				}
			},
		},
		{
			name: "a symbolic link is followed and stays",
			setup: func(t *testing.T, dir string) string {
				os.Mkdir(filepath.Join(dir, "real"), 0o755)
				os.WriteFile(filepath.Join(dir, "real", "t.md"), []byte("old"), 0o644)
				os.Symlink(filepath.Join("real", "t.md"), filepath.Join(dir, "link.md"))
				return filepath.Join(dir, "link.md")
			},
			opt: Options{Backup: true}, wantMode: 0o640,
			check: func(t *testing.T, dir string) {
				info, err := os.Lstat(filepath.Join(dir, "link.md"))
				if err != nil || info.Mode()&os.ModeSymlink == 0 {
					t.Errorf("the link was replaced: %v %v", info, err)
				}
				if got := read(t, filepath.Join(dir, "real", "t.md")); got != "new" {
					t.Errorf("link target holds %q", got)
				}
				if got := read(t, filepath.Join(dir, "real", "t.md"+BackupExt)); got != "old" {
					t.Errorf("backup beside the target holds %q", got)
				}
			},
		},
		{
			name: "a read-only file is refused and kept",
			setup: func(t *testing.T, dir string) string {
				p := filepath.Join(dir, "ro.md")
				os.WriteFile(p, []byte("old"), 0o444)
				return p
			},
			wantErr: ErrReadOnly,
			check: func(t *testing.T, dir string) {
				if got := read(t, filepath.Join(dir, "ro.md")); got != "old" {
					t.Errorf("read-only file now holds %q", got)
				}
			},
		},
		{
			name: "a folder is refused",
			setup: func(t *testing.T, dir string) string {
				os.Mkdir(filepath.Join(dir, "d.md"), 0o755)
				return filepath.Join(dir, "d.md")
			},
			wantErr: errAny,
		},
		{
			name: "stale temporary files are swept, a held one and others' files stay",
			setup: func(t *testing.T, dir string) string {
				for _, n := range []string{".t.md.0123456789ab.tmp", ".t.md.bak.0123456789ab.tmp", ".t.md.notours.tmp", ".other.md.0123456789ab.tmp"} {
					os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
				}
				f, err := os.Create(filepath.Join(dir, ".t.md.aaaaaaaaaaaa.tmp"))
				if err != nil || filelock.Hold(f) != nil {
					t.Fatal(err)
				}
				t.Cleanup(func() { f.Close() })
				return filepath.Join(dir, "t.md")
			},
			wantMode: 0o640,
			check: func(t *testing.T, dir string) {
				var left []string
				entries, _ := os.ReadDir(dir)
				for _, e := range entries {
					left = append(left, e.Name())
				}
				want := []string{".other.md.0123456789ab.tmp", ".t.md.aaaaaaaaaaaa.tmp", ".t.md.notours.tmp", "t.md"}
				if len(left) != len(want) {
					t.Fatalf("left %q, want %q", left, want)
				}
				for i := range want {
					if left[i] != want[i] {
						t.Fatalf("left %q, want %q", left, want)
					}
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			path := tc.setup(t, dir)
			err := Write(path, []byte("new"), tc.opt)
			switch {
			case tc.wantErr == errAny && err == nil, tc.wantErr != nil && tc.wantErr != errAny && !errors.Is(err, tc.wantErr):
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			case tc.wantErr == nil && err != nil:
				t.Fatal(err)
			}
			if tc.wantErr == nil {
				if got := read(t, path); got != "new" {
					t.Errorf("file holds %q", got)
				}
				info, _ := os.Stat(path)
				if info.Mode().Perm() != tc.wantMode {
					t.Errorf("mode %v, want %v", info.Mode().Perm(), tc.wantMode)
				}
			}
			if tc.check != nil {
				tc.check(t, dir)
			}
		})
	}
}

var errAny = errors.New("any error")

// Without hard links the backup is a streamed copy.
func TestBackupByCopy(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "a")
	os.WriteFile(src, []byte("old content"), 0o640)
	dst := filepath.Join(dir, "b")
	if err := copyFile(src, dst); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(dst)
	if got := read(t, dst); got != "old content" || info.Mode().Perm() != 0o640 {
		t.Errorf("copy holds %q with mode %v", got, info.Mode().Perm())
	}
}

// SweepDir removes the abandoned temporaries of every file in a folder,
// and nothing else.
func TestSweepDir(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{".a.yaodian-recovery.0123456789ab.tmp", ".b.md.bak.0123456789ab.tmp", ".hidden", ".x.notours.tmp", "plain.0123456789ab.tmp"} {
		os.WriteFile(filepath.Join(dir, n), []byte("x"), 0o644)
	}
	f, err := os.Create(filepath.Join(dir, ".c.md.aaaaaaaaaaaa.tmp"))
	if err != nil || filelock.Hold(f) != nil {
		t.Fatal(err)
	}
	defer f.Close()
	SweepDir(dir)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	if got := strings.Join(left, " "); got != ".c.md.aaaaaaaaaaaa.tmp .hidden .x.notours.tmp plain.0123456789ab.tmp" {
		t.Errorf("left %s", got)
	}
}
