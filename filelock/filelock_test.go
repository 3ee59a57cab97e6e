package filelock

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// A held file is in use; closed, or never held, it is abandoned; a
// missing file is neither.
func TestAbandoned(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "lock")
	if Abandoned(path) {
		t.Error("a missing file is abandoned")
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := Hold(f); err != nil {
		t.Fatal(err)
	}
	// Another open file description stands for another process: flock
	// locks belong to the open file, not the process.
	if Abandoned(path) {
		t.Error("a held file is abandoned")
	}
	f.Close()
	if !Abandoned(path) {
		t.Error("a closed file is still held")
	}
}

// A process killed while it holds a file lets go of it.
func TestAbandonedAfterKill(t *testing.T) {
	if os.Getenv("FILELOCK_HOLD") != "" {
		f, err := os.Create(os.Getenv("FILELOCK_HOLD"))
		if err != nil || Hold(f) != nil {
			os.Exit(3)
		}
		os.Stdout.WriteString("held\n")
		time.Sleep(time.Minute)
		return
	}
	path := filepath.Join(t.TempDir(), "lock")
	cmd := exec.Command(os.Args[0], "-test.run=TestAbandonedAfterKill")
	cmd.Env = append(os.Environ(), "FILELOCK_HOLD="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 5)
	if _, err := out.Read(buf); err != nil {
		t.Fatal(err)
	}
	if Abandoned(path) {
		t.Error("the file of a running process is abandoned")
	}
	cmd.Process.Kill()
	cmd.Wait()
	if !Abandoned(path) {
		t.Error("the file of a killed process is still held")
	}
}
