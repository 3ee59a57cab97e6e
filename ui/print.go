package ui

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"yaodian/docmodel"
	"yaodian/usererr"
)

// systemOpen opens path, a file or a folder, with the program the system
// associates with it, and says when no program could open it. It returns
// once the opener exits, which xdg-open may do only when the viewer it
// started closes.
func systemOpen(path string) error {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("rundll32", "url.dll,FileProtocolHandler", path)
	case "darwin":
		cmd = exec.Command("open", path)
	default:
		cmd = exec.Command("xdg-open", path)
	}
	if err := cmd.Start(); err != nil {
		return usererr.Wrap(err, "本机没有用来打开文件的程序（"+cmd.Path+"）", "no program to open files with ("+cmd.Path+")")
	}
	if err := cmd.Wait(); err != nil {
		return usererr.Wrap(err, "本机没有能打开它的程序", "no program could open it")
	}
	return nil
}

// printPDF writes the document to a temporary PDF and opens it in the
// system's PDF viewer to print from there, and says what happened.
func (f *fileActions) printPDF() {
	if f.doc.s == nil {
		return
	}
	snap, err := f.doc.s.Snapshot()
	if f.report(err) {
		return
	}
	g, err := pageGeometry(f.app.Preferences())
	if f.report(err) {
		return
	}
	dir := f.printDir
	if err := os.MkdirAll(dir, 0o700); err != nil {
		f.showError(usererr.Wrap(err, "无法创建临时文件夹“"+dir+"”", "cannot create the temporary folder "+dir))
		return
	}
	// A new name each time: a viewer may hold the last one open.
	name := strings.TrimSuffix(f.suggestedName(), docmodel.Extension) + "（打印 " + time.Now().Format("15-04-05") + "）.pdf"
	path := filepath.Join(dir, name)
	progress := showProgress("打印", "正在生成打印用 PDF …", f.win)
	f.io(func() {
		cleanPrints(dir, time.Now())
		_, err = writeExport(path, snap, g, f.fonts)
	}, func() {
		progress.Hide()
		if f.report(err) {
			return
		}
		f.openToPrint(path)
	})
}

// printKeep is how long a print PDF is kept after it was written. The
// viewer opened for it may still show it, or print from it, for a while;
// one written longer ago, by this window or another, is taken to be done
// with. On Windows a file a viewer still holds cannot be deleted and
// simply stays until a later print or exit.
const printKeep = time.Hour

// cleanPrints deletes the PDFs in dir, the folder of print PDFs, written
// more than printKeep before now. It runs at every print and when the
// window closes; what it cannot delete it leaves.
func cleanPrints(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || filepath.Ext(e.Name()) != ".pdf" {
			continue
		}
		if info, err := e.Info(); err == nil && now.Sub(info.ModTime()) > printKeep {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// openToPrint opens the PDF at path in the system's viewer, saying where
// the file is while the viewer starts and then whether it could.
func (f *fileActions) openToPrint(path string) {
	const width = 560
	text := newDialogText("已生成打印用 PDF：\n"+path+"\n\n正在用系统程序打开，请在其中打印。", width)
	d := dialog.NewCustom("打印", "确定", text, f.win)
	d.Resize(fyne.NewSize(width, 0))
	d.Show()
	var err error
	f.io(func() { err = f.open(path) }, func() {
		if err != nil {
			text.SetText("已生成打印用 PDF：\n" + path + "\n\n但无法用系统程序打开它：" + usererr.Chinese(err) +
				"。\n请用 PDF 阅读器打开这个文件，在其中打印。")
			f.host.note("已生成打印用 PDF，但无法打开")
			return
		}
		text.SetText("已生成打印用 PDF 并用系统程序打开：\n" + path + "\n\n请在其中打印。")
		f.host.note("已生成打印用 PDF")
	})
}

// openFolder opens dir in the system's file manager, off the GUI
// goroutine, and says so when nothing could open it.
func (f *fileActions) openFolder(dir string) {
	var err error
	f.io(func() { err = f.open(dir) }, func() {
		if err != nil {
			inform("无法打开文件夹", "无法打开文件夹：\n"+dir+"\n\n"+usererr.Chinese(err)+"。请在文件管理器中找到它。", f.win)
		}
	})
}
