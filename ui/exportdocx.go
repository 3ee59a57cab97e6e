package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export/docx"
	"yaodian/publish"
)

// chooseExportWord asks whether to wrap the plan in its notice and to
// append the 重点任务分工表, then where to write the Word file.
func (w *Window) chooseExportWord() {
	if w.s == nil {
		return
	}
	notice := widget.NewCheck("套用印发通知格式（通知在前，本要点作为附件）", nil)
	notice.SetChecked(w.s.Doc().Notice != nil)
	withDivision := widget.NewCheck("附上重点任务分工表（横向页面）", nil)
	content := container.NewVBox(notice, withDivision)
	dialog.ShowCustomConfirm("导出 Word", "下一步", "取消", content, func(ok bool) {
		if !ok {
			return
		}
		opts := docx.Options{Notice: notice.Checked, Division: withDivision.Checked}
		name := strings.TrimSuffix(w.s.SuggestedName(), docmodel.Extension) + ".docx"
		w.askSavePath("导出 Word", name, ".docx", func(path string) {
			w.exportInBackground(path, func(d *docmodel.Document) (string, error) {
				return summed(publish.PlanWord(path, d, opts))
			})
		})
	}, w.win)
}

// chooseExportDivision asks where to write the 重点任务分工表 as a
// spreadsheet, after saying which tasks have no units.
func (w *Window) chooseExportDivision() {
	if w.s == nil {
		return
	}
	if len(division.Rows(w.s.Doc())) == 0 {
		dialog.ShowInformation("导出分工表", "文档中没有重点任务，无法生成分工表。", w.win)
		return
	}
	name := strings.TrimSuffix(w.s.SuggestedName(), docmodel.Extension) + "-分工表.xlsx"
	w.askSavePath("导出分工表", name, ".xlsx", func(path string) {
		w.exportInBackground(path, func(d *docmodel.Document) (string, error) {
			return summed(publish.Division(path, d))
		})
	})
}

// exportInBackground writes a copy of the document with write, away from
// the window's goroutine, with a progress dialog, and then says where the
// file went.
func (w *Window) exportInBackground(path string, write func(*docmodel.Document) (string, error)) {
	data, err := docmodel.Encode(w.s.Doc())
	if w.report(err) {
		return
	}
	progress := dialog.NewCustomWithoutButtons("正在导出", container.NewVBox(
		widget.NewLabel("正在导出到 "+path+" …"), widget.NewProgressBarInfinite()), w.win)
	progress.Show()
	go func() {
		d, err := docmodel.Decode(data)
		summary := ""
		if err == nil {
			summary, err = write(d)
		}
		fyne.Do(func() {
			progress.Hide()
			if w.report(err) {
				return
			}
			w.exported(path, summary)
		})
	}()
}
