package cli

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// An existing output is replaced only with --force, keeping the old one as
// .bak; an input is never an output; nothing refused is touched.
func TestOutputNotOverwritten(t *testing.T) {
	dir := t.TempDir()
	plan := filepath.Join(dir, "plan.md")
	other := filepath.Join(dir, "other.md")
	existing := filepath.Join(dir, "old.yaodian")
	existingMD := filepath.Join(dir, "old.md")
	link := filepath.Join(dir, "link.md")
	for _, f := range []string{plan, other} {
		os.WriteFile(f, []byte("# 一、总体要求\n\n坚持创新。\n"), 0o644)
	}
	os.WriteFile(existing, []byte("OLD"), 0o644)
	os.WriteFile(existingMD, []byte("OLD"), 0o644)
	os.Symlink(plan, link)
	for _, tc := range []struct {
		args    []string
		code    int
		want    string // in stderr, or "" for success
		changed string // the file the command may change, "" for none
	}{
		{[]string{"import", plan, "-o", existing}, ExitUsage, "已存在，没有覆盖；确需覆盖请加 --force", ""},
		{[]string{"export", plan, "-o", existingMD}, ExitUsage, "already exists and was not overwritten", ""},
		{[]string{"compare", plan, other, "-o", existingMD}, ExitUsage, "--force", ""},
		{[]string{"compare", plan, other, "-o", plan, "--force"}, ExitUsage, "就是输入文件，不能覆盖", ""},
		{[]string{"export", plan, "-o", plan, "--force"}, ExitUsage, "is one of the input files", ""},
		{[]string{"export", link, "-o", plan, "--force"}, ExitUsage, "就是输入文件", ""},
		{[]string{"export", plan, "-o", link, "--force"}, ExitUsage, "就是输入文件", ""},
		{[]string{"import", plan, "-o", existing, "--force"}, ExitOK, "", existing},
		{[]string{"export", plan, "-o", existingMD, "--force"}, ExitOK, "", existingMD},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			sums := map[string][]byte{}
			for _, f := range []string{plan, other, existing, existingMD} {
				sums[f], _ = os.ReadFile(f)
			}
			code, _, errOut := run(tc.args...)
			if code != tc.code || !strings.Contains(errOut, tc.want) || tc.want == "" && errOut != "" {
				t.Fatalf("exit %d %q, want %d %q", code, errOut, tc.code, tc.want)
			}
			if strings.Count(strings.TrimSpace(errOut), "\n") > 0 {
				t.Errorf("more than one line: %q", errOut)
			}
			for f, before := range sums {
				now, _ := os.ReadFile(f)
				if f != tc.changed && !bytes.Equal(now, before) {
					t.Errorf("%s changed", f)
				}
			}
			if tc.changed != "" {
				bak, _ := os.ReadFile(tc.changed + ".bak")
				if string(bak) != "OLD" {
					t.Errorf("backup holds %q", bak)
				}
				os.WriteFile(tc.changed, []byte("OLD"), 0o644)
			}
		})
	}
}

// failingWriter is standard output on a full disk.
type failingWriter struct{}

func (failingWriter) Write(p []byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

// A command whose output cannot be written fails with a reason.
func TestOutputWriteFails(t *testing.T) {
	for _, args := range [][]string{{"outline", bench}, {"outline", "--json", bench}, {"export", bench, "-o", "-"}, {"help"}} {
		var errOut bytes.Buffer
		code := Run(args, failingWriter{}, &errOut)
		if code != ExitUsage || !strings.Contains(errOut.String(), "磁盘空间不足") || !strings.Contains(errOut.String(), "the disk is full") {
			t.Errorf("%v: exit %d %q", args, code, errOut.String())
		}
	}
	w := &stdoutWriter{w: failingWriter{}}
	w.Write([]byte("x"))
	if !errors.Is(w.err, syscall.ENOSPC) {
		t.Errorf("the writer lost the cause: %v", w.err)
	}
}
