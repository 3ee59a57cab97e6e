package ui

import (
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"

	"yaodian/division"
	"yaodian/docmodel"
	"yaodian/export/docx"
	"yaodian/publish"
)

// chooseExportWord asks whether to wrap the plan in its notice and to
// append the 重点任务分工表, then where to write the Word file.
func (f *fileActions) chooseExportWord() {
	if f.doc.s == nil {
		return
	}
	notice := newKeyCheck("套用印发通知格式（通知在前，本要点作为附件）", nil)
	notice.SetChecked(f.doc.s.Doc().Notice != nil)
	withDivision := newKeyCheck("附上重点任务分工表（横向页面）", nil)
	content := container.NewVBox(notice, withDivision)
	dialog.ShowCustomConfirm("导出 Word", "下一步", "取消", content, func(ok bool) {
		if !ok {
			return
		}
		opts := docx.Options{Notice: notice.Checked, Division: withDivision.Checked}
		name := strings.TrimSuffix(f.suggestedName(), docmodel.Extension) + ".docx"
		f.askSavePath("导出 Word", name, ".docx", func(path string) {
			f.exportInBackground(path, func(d *docmodel.Document) (string, error) {
				return summed(publish.PlanWord(path, d, opts))
			})
		})
	}, f.win)
}

// chooseExportDivision asks where to write the 重点任务分工表 as a
// spreadsheet, after saying which tasks have no units.
func (f *fileActions) chooseExportDivision() {
	if f.doc.s == nil {
		return
	}
	if len(division.Rows(f.doc.s.Doc())) == 0 {
		dialog.ShowInformation("导出分工表", "文档中没有重点任务，无法生成分工表。", f.win)
		return
	}
	name := strings.TrimSuffix(f.suggestedName(), docmodel.Extension) + "-分工表.xlsx"
	f.askSavePath("导出分工表", name, ".xlsx", func(path string) {
		f.exportInBackground(path, func(d *docmodel.Document) (string, error) {
			return summed(publish.Division(path, d))
		})
	})
}

// exportInBackground writes a copy of the document with write, away from
// the window's goroutine (f.io, as every file action), with a progress
// dialog, and then says where the file went.
func (f *fileActions) exportInBackground(path string, write func(*docmodel.Document) (string, error)) {
	snap, err := f.doc.s.Snapshot()
	if f.report(err) {
		return
	}
	progress := showProgress("正在导出", "正在导出到 "+path+" …", f.win)
	summary := ""
	f.io(func() {
		var d *docmodel.Document
		if d, err = snap.Doc(); err == nil {
			summary, err = write(d)
		}
	}, func() {
		progress.Hide()
		if f.report(err) {
			return
		}
		f.exported(path, summary)
	})
}
