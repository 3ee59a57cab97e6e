package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// windowsSystemDLLs are the DLLs every Windows 10 and 11 PC has: the
// programs may import these and nothing else (no MinGW runtime such as
// libwinpthread-1.dll or libgcc_s_seh-1.dll, which an office PC lacks).
var windowsSystemDLLs = []string{
	"advapi32.dll", "bcrypt.dll", "comctl32.dll", "comdlg32.dll", "crypt32.dll",
	"dwmapi.dll", "gdi32.dll", "imm32.dll", "kernel32.dll", "msvcrt.dll",
	"ntdll.dll", "ole32.dll", "oleaut32.dll", "opengl32.dll", "powrprof.dll",
	"shell32.dll", "shlwapi.dll", "user32.dll", "userenv.dll", "uxtheme.dll",
	"version.dll", "winmm.dll", "ws2_32.dll", "api-ms-win-core-synch-l1-2-0.dll",
}

// The cheap steps of scripts/dist, run as `make dist` runs them: the
// command line cross-compiled for Windows and Linux arm64, the Windows
// program with its resources and only system DLLs imported, the .deb
// assembled from a built program and read back with dpkg-deb, and the
// installer compiled by makensis. The Zig-linked Linux GUI builds are
// left to `make dist` itself: they take minutes. `make test` installs the
// tools first (scripts/dist tools); elsewhere the test is skipped without
// them. YAODIAN_DIST_GUI=1 also builds yaodian-gui.exe (cgo, slow cold).
func TestDistSteps(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs")
	}
	for _, tool := range []string{"file", "dpkg-deb", "rsvg-convert", "icotool", "makensis", "x86_64-w64-mingw32-windres", "x86_64-w64-mingw32-objdump"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is missing: run scripts/dist tools", tool)
		}
	}
	tmp := t.TempDir()
	dist := filepath.Join(tmp, "dist")
	gocache, err := exec.Command("go", "env", "GOCACHE").Output()
	if err != nil {
		t.Fatal(err)
	}
	// The script's own cache is the test's, so that a `make dist` running
	// beside it is not disturbed; Go's build cache stays shared. QUICK
	// packs quickly, compressing little.
	env := append(os.Environ(), "QUICK=1", "DIST="+dist, "XDG_CACHE_HOME="+filepath.Join(tmp, "cache"),
		"GOCACHE="+strings.TrimSpace(string(gocache)))
	step := func(args ...string) {
		t.Helper()
		cmd := exec.Command("../../scripts/dist", args...)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("scripts/dist %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	run := func(name string, args ...string) string {
		t.Helper()
		out, err := exec.Command(name, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s %s: %v\n%s", name, strings.Join(args, " "), err, out)
		}
		return string(out)
	}

	t.Run("command line", func(t *testing.T) {
		for _, c := range []struct{ goos, goarch, file, want string }{
			{"windows", "amd64", "yaodian-cli.exe", "PE32+ executable"},
			{"linux", "arm64", "yaodian-linux-arm64", "ARM aarch64"},
		} {
			file := filepath.Join(tmp, c.file)
			step("cli", c.goos, c.goarch, file)
			if got := run("file", "-b", file); !strings.Contains(got, c.want) {
				t.Errorf("%s/%s: file says %q, want %q", c.goos, c.goarch, got, c.want)
			}
		}
	})

	win := filepath.Join(tmp, "windows")
	t.Run("windows programs", func(t *testing.T) {
		programs := []string{"yaodian"}
		if os.Getenv("YAODIAN_DIST_GUI") == "1" {
			programs = append(programs, "yaodian-gui")
		}
		for _, p := range programs {
			exe := filepath.Join(win, p+".exe")
			step("exe", p, exe)
			dump := run("x86_64-w64-mingw32-objdump", "-p", exe)
			dlls := importedDLLs(dump)
			if !slices.Contains(dlls, "kernel32.dll") {
				t.Errorf("%s imports %v: objdump read no imports", p, dlls)
			}
			for _, d := range dlls {
				if !slices.Contains(windowsSystemDLLs, d) {
					t.Errorf("%s imports %s, which is not a Windows system DLL", p, d)
				}
			}
			if !strings.Contains(dump, "Resource Directory") && !strings.Contains(dump, ".rsrc") {
				t.Errorf("%s has no resources: the icon and version are missing", p)
			}
			wantSubsystem := "(Windows CUI)"
			if p == "yaodian-gui" {
				wantSubsystem = "(Windows GUI)"
			}
			if !strings.Contains(dump, wantSubsystem) {
				t.Errorf("%s is not a %s program", p, wantSubsystem)
			}
		}
		if _, err := os.Stat(filepath.Join(win, "yaodian-gui.exe")); err != nil {
			// The installer packs both programs; the command line stands
			// in for the window program, whose build is left out.
			data, err := os.ReadFile(filepath.Join(win, "yaodian.exe"))
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(win, "yaodian-gui.exe"), data, 0o755); err != nil {
				t.Fatal(err)
			}
		}
	})

	t.Run("installer", func(t *testing.T) {
		step("installer", win)
		setup := filepath.Join(dist, "yaodian-"+version+"-setup.exe")
		if got := run("file", "-b", setup); !strings.Contains(got, "PE32 executable") || !strings.Contains(got, "Nullsoft Installer") {
			t.Errorf("the installer is %q, want an NSIS installer", got)
		}
	})

	t.Run("deb", func(t *testing.T) {
		cli := filepath.Join(tmp, "yaodian-linux-amd64")
		step("cli", "linux", "amd64", cli)
		// The command line stands in for the window program: what is
		// checked is the package around them.
		step("deb", "amd64", cli, cli)
		deb := filepath.Join(dist, "yaodian_"+version+"_amd64.deb")
		info := run("dpkg-deb", "-I", deb)
		for _, want := range []string{
			"Package: yaodian", "Version: " + version, "Architecture: amd64",
			"Depends: libc6 (>= 2.28), libgl1, libx11-6",
		} {
			if !strings.Contains(info, want) {
				t.Errorf("the control file lacks %q:\n%s", want, info)
			}
		}
		contents := run("dpkg-deb", "-c", deb)
		for _, want := range []*regexp.Regexp{
			regexp.MustCompile(`(?m)^-rwxr-xr-x root/root .* \./usr/bin/yaodian-gui$`),
			regexp.MustCompile(`(?m)^-rwxr-xr-x root/root .* \./usr/bin/yaodian$`),
			regexp.MustCompile(`(?m)^-rw-r--r-- root/root .* \./usr/share/applications/` + appID + `\.desktop$`),
			regexp.MustCompile(`(?m)^-rw-r--r-- root/root .* \./usr/share/mime/packages/` + appID + `\.xml$`),
			regexp.MustCompile(`(?m) \./usr/share/icons/hicolor/scalable/apps/` + appID + `\.svg$`),
			regexp.MustCompile(`(?m) \./usr/share/icons/hicolor/256x256/apps/` + appID + `\.png$`),
			regexp.MustCompile(`(?m) \./usr/share/icons/hicolor/48x48/apps/` + appID + `\.png$`),
		} {
			if !want.MatchString(contents) {
				t.Errorf("the package lacks %s:\n%s", want, contents)
			}
		}
		// The desktop entry and MIME type packed are the ones
		// TestPackagingAgrees checks.
		x := filepath.Join(tmp, "x")
		run("dpkg-deb", "-x", deb, x)
		for _, f := range []struct{ packed, source string }{
			{"usr/share/applications/" + appID + ".desktop", "../../packaging/linux/" + appID + ".desktop"},
			{"usr/share/mime/packages/" + appID + ".xml", "../../packaging/linux/" + appID + ".xml"},
		} {
			packed, err1 := os.ReadFile(filepath.Join(x, f.packed))
			source, err2 := os.ReadFile(f.source)
			if err1 != nil || err2 != nil || string(packed) != string(source) {
				t.Errorf("%s is not %s as packed (%v, %v)", f.packed, f.source, err1, err2)
			}
		}
		if got := run("file", "-b", filepath.Join(x, "usr/share/icons/hicolor/256x256/apps/"+appID+".png")); !strings.Contains(got, "256 x 256") {
			t.Errorf("the 256 px icon is %q", got)
		}
	})
}

// importedDLLs lists the DLLs of objdump -p's import tables, in lower case.
func importedDLLs(dump string) []string {
	var dlls []string
	for _, m := range regexp.MustCompile(`(?m)^\s*DLL Name: (\S+)`).FindAllStringSubmatch(dump, -1) {
		if d := strings.ToLower(m[1]); !slices.Contains(dlls, d) {
			dlls = append(dlls, d)
		}
	}
	return dlls
}
