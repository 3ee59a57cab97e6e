package ui

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"
	"unsafe"

	"yaodian/assets"
)

// After keepFontPagesSmall, the memory that holds each embedded font is
// marked for the kernel not to map in huge pages (VmFlags "nh").
func TestFontPagesKeptSmall(t *testing.T) {
	keepFontPagesSmall()
	flags := func(addr uintptr) string {
		f, err := os.Open("/proc/self/smaps")
		if err != nil {
			t.Skip("no /proc/self/smaps:", err)
		}
		defer f.Close()
		in := false
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line := sc.Text()
			var lo, hi uintptr
			if n, _ := fmt.Sscanf(line, "%x-%x", &lo, &hi); n == 2 && strings.Contains(line, " ") {
				in = addr >= lo && addr < hi
				continue
			}
			if in && strings.HasPrefix(line, "VmFlags:") {
				return line
			}
		}
		return ""
	}
	for name, b := range map[string][]byte{"UIRegular": assets.UIRegular, "TitleSerifBold": assets.TitleSerifBold, "KaiTi": assets.KaiTi} {
		mid := uintptr(unsafe.Pointer(&b[len(b)/2]))
		if f := flags(mid); !strings.Contains(f+" ", " nh ") {
			t.Errorf("%s: %q, want the nh flag", name, f)
		}
	}
}
