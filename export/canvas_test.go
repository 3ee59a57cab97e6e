package export

import (
	"fmt"
	"strings"
	"testing"

	"yaodian/export/layout"
	"yaodian/fonts"
)

// record is a canvas that writes down what it is asked to paint: a
// segment as its font's family, its first x and its text, a line as its
// ends and width.
type record []string

func (r *record) text(s segment) {
	xs := make([]string, len(s.x))
	for i, x := range s.x {
		xs[i] = fmt.Sprintf("%.2f", x)
	}
	*r = append(*r, fmt.Sprintf("%s %g/%g y%g x%s %q", s.font.Face.Family, s.size, s.spacing, s.y, strings.Join(xs, ","), string(s.text)))
}

func (r *record) line(l stroke) {
	*r = append(*r, fmt.Sprintf("line %.2f,%.2f–%.2f,%.2f w%.2f", l.x1, l.y1, l.x2, l.y2, l.width))
}

// The painter cuts a run where the font changes, puts each glyph its
// advance (a full em for these characters) plus the spacing after the
// one before, draws a 对照表's marks under and through the run, and
// tallies the fonts used and the characters no font has.
func TestPainterRun(t *testing.T) {
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	fang := fonts.Style{Role: fonts.Fang}
	var rare rune
	for _, r := range "堃喆昶珺玥瑄锘镕䶮" {
		if f, found := set.Pick(fang, r); found && f.Face.Family == "Noto Serif SC ExtraLight" {
			rare = r
			break
		}
	}
	if rare == 0 {
		t.Fatal("no test character that FandolFang lacks and Noto Serif SC ExtraLight has")
	}
	last, _ := set.Pick(fang, '\uE000')
	tests := []struct {
		name    string
		run     layout.Run
		want    []string
		missing string
	}{
		{
			name: "one font",
			run:  layout.Run{Font: layout.Fang, Size: 16, X: 100, Y: 200, Spacing: -0.21, Text: "工作要点"},
			want: []string{`FandolFang 16/-0.21 y200 x100.00,115.79,131.58,147.37 "工作要点"`},
		},
		{
			name: "fallback",
			run:  layout.Run{Font: layout.Fang, Size: 16, X: 100, Y: 200, Text: "张" + string(rare) + "同志"},
			want: []string{
				`FandolFang 16/0 y200 x100.00 "张"`,
				`Noto Serif SC ExtraLight 16/0 y200 x116.00 "` + string(rare) + `"`,
				`FandolFang 16/0 y200 x132.00,148.00 "同志"`,
			},
		},
		{
			name:    "missing",
			run:     layout.Run{Font: layout.Fang, Size: 10, X: 0, Y: 50, Text: "赵\uE000"},
			want:    []string{`FandolFang 10/0 y50 x0.00 "赵"`, fmt.Sprintf("%s 10/0 y50 x10.00 %q", last.Face.Family, "\uE000")},
			missing: "\uE000",
		},
		{
			name: "inserted",
			run:  layout.Run{Font: layout.FangBold, Size: 20, X: 10, Y: 100, Spacing: 1, Text: "新增", Mark: layout.Inserted},
			want: []string{`FandolFang 20/1 y100 x10.00,31.00 "新增"`, "line 10.00,103.00–51.00,103.00 w1.00"},
		},
		{
			name: "deleted",
			run:  layout.Run{Font: layout.Kai, Size: 20, X: 10, Y: 100, Text: "删去", Mark: layout.Deleted},
			want: []string{`FandolKai 20/0 y100 x10.00,30.00 "删去"`, "line 10.00,92.40–50.00,92.40 w1.00"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			pt := newPainter(set)
			var got record
			pt.run(tc.run, &got)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("painted\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			var missing []rune
			for r := range pt.missing {
				missing = append(missing, r)
			}
			if string(missing) != tc.missing {
				t.Errorf("missing %q, want %q", string(missing), tc.missing)
			}
			chars := 0
			for _, u := range pt.uses {
				chars += u.Chars
			}
			if want := len([]rune(tc.run.Text)) - len([]rune(tc.missing)); chars != want {
				t.Errorf("%d characters tallied as drawn, want %d", chars, want)
			}
		})
	}
}

// A page paints its lines' runs, then its page number, then its rules.
func TestPainterPage(t *testing.T) {
	set, err := fonts.Bundled()
	if err != nil {
		t.Fatal(err)
	}
	p := layout.Page{
		Lines: []layout.Line{{Runs: []layout.Run{{Font: layout.Hei, Size: 16, X: 80, Y: 100, Text: "一、"}}}},
		Folio: layout.Run{Font: layout.Song, Size: 14, X: 300, Y: 800, Text: "1"},
		Rules: []layout.Rule{{X1: 80, Y1: 120, X2: 500, Y2: 120, Width: 0.5}},
	}
	var got record
	newPainter(set).page(&p, &got)
	if len(got) != 3 || !strings.HasSuffix(got[0], `"一、"`) || !strings.HasSuffix(got[1], `"1"`) || got[2] != "line 80.00,120.00–500.00,120.00 w0.50" {
		t.Errorf("painted %q", got)
	}
}
