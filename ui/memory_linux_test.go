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
	for name, b := range map[string][]byte{"UIRegularCut": assets.UIRegularCut, "UIRegular": assets.UIRegular, "TitleSerifBold": assets.TitleSerifBold, "KaiTi": assets.KaiTi} {
		mid := uintptr(unsafe.Pointer(&b[len(b)/2]))
		if f := flags(mid); !strings.Contains(f+" ", " nh ") {
			t.Errorf("%s: %q, want the nh flag", name, f)
		}
	}
}

// Releasing a font's pages keeps its bytes: what is read afterwards comes
// again from the executable, unchanged, and the data around it stays.
func TestReleasedFontPagesReadBack(t *testing.T) {
	b := assets.UIBoldCut
	sum := func() (s uint64) {
		for i := 0; i < len(b); i += 97 {
			s = s*31 + uint64(b[i])
		}
		return s
	}
	before, last := sum(), b[len(b)-1]
	releaseFontPages(b)
	if got := sum(); got != before || b[len(b)-1] != last {
		t.Errorf("font bytes changed after release: sum %d, want %d", got, before)
	}
}
