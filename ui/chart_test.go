package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// The chart keeps every point inside its area, ends its grid however
// close huge values are, and names a draft without a year.
func TestChartEdgeCases(t *testing.T) {
	test.NewTempApp(t)
	point := func(year int, v float64) indicator.Point {
		return indicator.Point{Year: year, Located: indicator.Located{Indicator: docmodel.Indicator{Name: "指标", Value: v}}}
	}
	size := fyne.NewSize(480, 260)
	for _, tc := range []struct {
		name      string
		points    []indicator.Point
		draftYear int
		label     string // a year label the chart must show
	}{
		{"a target turned negative", []indicator.Point{point(2024, 5), point(2025, -3)}, 2025, "2025 本稿"},
		{"huge values a step apart", []indicator.Point{point(2024, 1e16), point(2025, 1e16+2)}, 2025, "2024"},
		{"one point", []indicator.Point{point(2025, 7)}, 2025, "2025 本稿"},
		{"a draft without a year", []indicator.Point{point(0, 7)}, 0, "本稿（年份不明）"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newHistoryChart()
			c.set(tc.points, tc.draftYear)
			r := test.TempWidgetRenderer(t, c).(*chartRenderer)
			r.Layout(size)
			dots, labelled := 0, false
			for _, o := range r.objects {
				switch o := o.(type) {
				case *canvas.Circle:
					dots++
					if p := o.Position(); p.Y < 0 || p.Y+o.Size().Height > size.Height || p.X < 0 || p.X+o.Size().Width > size.Width {
						t.Errorf("a point at %v, outside %v", p, size)
					}
				case *canvas.Text:
					labelled = labelled || o.Text == tc.label
				}
			}
			if dots != len(tc.points) || !labelled {
				t.Errorf("%d points drawn of %d; label %q shown: %v", dots, len(tc.points), tc.label, labelled)
			}
		})
	}
}
