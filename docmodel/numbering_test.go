package docmodel_test

import (
	"strings"
	"testing"

	"yaodian/docmodel"
)

func TestChineseNumeral(t *testing.T) {
	for _, tc := range []struct {
		n    int
		want string
	}{
		{1, "一"}, {9, "九"}, {10, "十"}, {11, "十一"}, {19, "十九"}, {20, "二十"}, {21, "二十一"},
		{99, "九十九"}, {100, "一百"}, {101, "一百零一"}, {110, "一百一十"}, {1000, "一千"},
		{1010, "一千零一十"}, {2025, "二千零二十五"}, {0, "0"}, {10000, "10000"},
	} {
		if got := docmodel.ChineseNumeral(tc.n); got != tc.want {
			t.Errorf("ChineseNumeral(%d) = %q, want %q", tc.n, got, tc.want)
		}
	}
}

func TestMarkerFormat(t *testing.T) {
	for _, tc := range []struct {
		style docmodel.MarkerStyle
		n     int
		want  string
	}{
		{docmodel.MarkerChinese, 3, "三、"},
		{docmodel.MarkerChinese, 12, "十二、"},
		{docmodel.MarkerChineseParen, 2, "（二）"},
		{docmodel.MarkerArabic, 17, "17．"},
		{docmodel.MarkerArabicParen, 4, "（4）"},
		{docmodel.MarkerCircled, 1, "①"},
		{docmodel.MarkerCircled, 20, "⑳"},
		{docmodel.MarkerCircled, 21, "㉑"},
		{docmodel.MarkerCircled, 36, "㊱"},
		{docmodel.MarkerCircled, 50, "㊿"},
		{docmodel.MarkerCircled, 51, "（51）"},
	} {
		if got := tc.style.Format(tc.n); got != tc.want {
			t.Errorf("Format(%d, %d) = %q, want %q", tc.style, tc.n, got, tc.want)
		}
	}
}

// outlineOf builds a document whose shape is given by depths in reading
// order and returns its numbered paths.
func outlineOf(t *testing.T, opts docmodel.Options, depths ...int) []string {
	t.Helper()
	d := docmodel.New()
	d.Options = opts
	var stack []*docmodel.Node
	for _, depth := range depths {
		n := d.NewNode()
		parent := ""
		if depth > 1 {
			parent = stack[depth-2].ID
		}
		if err := d.Insert(parent, 1<<30, n); err != nil {
			t.Fatal(err)
		}
		stack = append(stack[:depth-1], n)
	}
	var paths []string
	for _, e := range d.Entries() {
		paths = append(paths, e.Path)
	}
	return paths
}

func TestWalkNumbers(t *testing.T) {
	shape := []int{1, 2, 3, 3, 2, 3, 4, 1, 2, 3}
	for _, tc := range []struct {
		name string
		opts docmodel.Options
		want string
	}{
		{"standard restart", docmodel.DefaultOptions(),
			"一、 一、/（一） 一、/（一）/1． 一、/（一）/2． 一、/（二） 一、/（二）/1． 一、/（二）/1．/（1） 二、 二、/（一） 二、/（一）/1．"},
		{"standard run-on", docmodel.Options{Levels: docmodel.LevelsStandard, Arabic: docmodel.ArabicRunOn, Leads: docmodel.LeadsBold},
			"一、 一、/（一） 一、/（一）/1． 一、/（一）/2． 一、/（二） 一、/（二）/3． 一、/（二）/3．/（1） 二、 二、/（一） 二、/（一）/4．"},
		{"compact restart", docmodel.Options{Levels: docmodel.LevelsCompact, Arabic: docmodel.ArabicRestart, Leads: docmodel.LeadsBold},
			"一、 一、/1． 一、/1．/（1） 一、/1．/（2） 一、/2． 一、/2．/（1） 一、/2．/（1）/① 二、 二、/1． 二、/1．/（1）"},
		{"compact run-on", docmodel.Options{Levels: docmodel.LevelsCompact, Arabic: docmodel.ArabicRunOn, Leads: docmodel.LeadsBold},
			"一、 一、/1． 一、/1．/（1） 一、/1．/（2） 一、/2． 一、/2．/（1） 一、/2．/（1）/① 二、 二、/3． 二、/3．/（1）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := strings.Join(outlineOf(t, tc.opts, shape...), " "); got != tc.want {
				t.Errorf("paths\n got %s\nwant %s", got, tc.want)
			}
		})
	}
}

func TestWalkRoles(t *testing.T) {
	d := docmodel.New()
	a, b, c, e := d.NewNode(), d.NewNode(), d.NewNode(), d.NewNode()
	a.Role = docmodel.RolePrinciples
	c.Role = docmodel.RoleGoals
	for _, step := range []struct {
		parent string
		n      *docmodel.Node
	}{{"", a}, {a.ID, b}, {a.ID, c}, {"", e}} {
		if err := d.Insert(step.parent, 1<<30, step.n); err != nil {
			t.Fatal(err)
		}
	}
	var got []string
	for _, en := range d.Entries() {
		got = append(got, string(en.Role))
	}
	if want := "principles principles goals other"; strings.Join(got, " ") != want {
		t.Errorf("roles = %v, want %s", got, want)
	}
}
