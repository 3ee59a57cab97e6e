package compare_test

import (
	"slices"
	"testing"

	"yaodian/compare"
)

func TestChangeNote(t *testing.T) {
	for _, tc := range []struct {
		c    compare.Change
		want string
	}{
		{compare.Change{Kind: compare.Added, BPath: "二、/（三）"}, "新增 二、/（三）"},
		{compare.Change{Kind: compare.Removed, APath: "三、", Descendants: 4}, "删除 三、（含下级 4 项）"},
		{compare.Change{Kind: compare.Moved, APath: "一、/5．", BPath: "二、/6．"}, "由 一、/5． 移至 二、/6．"},
		{compare.Change{Kind: compare.Moved, APath: "一、/5．", BPath: "二、/6．", Diff: []compare.Op{{Op: "+", Text: "甲"}}}, "由 一、/5． 移至 二、/6．，并修改文字"},
		{compare.Change{Kind: compare.Modified, APath: "一、", BPath: "一、"}, "修改 一、"},
		{compare.Change{Kind: compare.Modified, APath: "二、", BPath: "一、"}, "修改 一、（原 二、）"},
	} {
		if got := compare.ChangeNote(tc.c); got != tc.want {
			t.Errorf("ChangeNote(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}

// Each side of a modified node keeps its own number and its own text,
// with what the other side lacks marked.
func TestCells(t *testing.T) {
	c := compare.Change{Kind: compare.Modified, APath: "一、/2．", BPath: "一、/3．",
		Diff: []compare.Op{{Op: "=", Text: "新增"}, {Op: "-", Text: "50"}, {Op: "+", Text: "60"}, {Op: "=", Text: "家"}}}
	old, revised := compare.Cells(c)
	wantOld := []compare.Span{{Text: "2．"}, {Text: "新增"}, {Text: "50", Changed: true}, {Text: "家"}}
	wantNew := []compare.Span{{Text: "3．"}, {Text: "新增"}, {Text: "60", Changed: true}, {Text: "家"}}
	if !slices.Equal(old, wantOld) || !slices.Equal(revised, wantNew) {
		t.Errorf("Cells = %v, %v", old, revised)
	}
	old, revised = compare.Cells(compare.Change{Kind: compare.Added, BPath: "四、", BText: "保障措施"})
	if old != nil || !slices.Equal(revised, []compare.Span{{Text: "四、"}, {Text: "保障措施"}}) {
		t.Errorf("Cells(added) = %v, %v", old, revised)
	}
	if got := compare.TargetText(nil); got != "—" {
		t.Errorf("TargetText(nil) = %q", got)
	}
}
