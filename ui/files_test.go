package ui

import (
	"testing"

	"fyne.io/fyne/v2/test"

	"yaodian/docmodel"
)

func TestWithYear(t *testing.T) {
	for _, tc := range []struct {
		name string
		year int
		want string
	}{
		{"2024年工作要点.yaodian", 2025, "2025年工作要点.yaodian"},
		{"workplan-2024.yaodian", 2025, "workplan-2025.yaodian"},
		{"二〇二四年工作要点.yaodian", 2025, "2025年工作要点.yaodian"},
		{"2025年工作要点.yaodian", 2025, "2025年工作要点.yaodian"},
		{"工作要点.yaodian", 2025, "工作要点.yaodian"},
		{"workplan-20p.yaodian", 2025, "workplan-20p.yaodian"},
		{"plan-120245.yaodian", 2025, "plan-120245.yaodian"}, // not a year
		{"2024年工作要点.yaodian", 0, "2024年工作要点.yaodian"},
	} {
		if got := withYear(tc.name, tc.year); got != tc.want {
			t.Errorf("withYear(%q, %d) = %q, want %q", tc.name, tc.year, got, tc.want)
		}
	}
}

// Last year's plan, opened and made this year's, is not saved under last
// year's name by default.
func TestSaveAsSuggestsTheDocumentsYear(t *testing.T) {
	w := newTestWindow(t)
	if err := w.Open(history + "/workplan-2024.md"); err != nil {
		t.Fatal(err)
	}
	w.saveAs()
	if got := nameEntry(t, w.win).Text; got != "workplan-2024.yaodian" {
		t.Errorf("Save As of the 2024 plan proposes %q", got)
	}
	test.Tap(topButton(t, w.win, "取消"))
	if err := w.s.Edit("改年份", "", func(d *docmodel.Document) error {
		d.Meta.Year = 2025
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	w.saveAs()
	if got := nameEntry(t, w.win).Text; got != "workplan-2025.yaodian" {
		t.Errorf("Save As of the plan made 2025's proposes %q, want workplan-2025.yaodian", got)
	}
}
