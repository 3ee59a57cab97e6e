package docmodel_test

import (
	"testing"

	"yaodian/docmodel"
)

// Describe is the one wording of a target, which the findings and the
// trend chart show: kind, value and unit, bound, then the stretch target.
func TestDescribe(t *testing.T) {
	stretch := 30.0
	for _, tc := range []struct {
		ind  docmodel.Indicator
		want string
	}{
		{docmodel.Indicator{Kind: docmodel.KindIncrement, Value: 25, Unit: "家", Bound: docmodel.BoundAtLeast, Stretch: &stretch}, "新增25家以上（争取30家）"},
		{docmodel.Indicator{Kind: docmodel.KindGrowth, Value: 6.5, Unit: "%", Bound: docmodel.BoundAbout}, "增长6.5%左右"},
		{docmodel.Indicator{Kind: docmodel.KindReduction, Value: 3, Unit: "%"}, "下降3%"},
		{docmodel.Indicator{Kind: docmodel.KindLevel, Value: 3.3, Unit: "%", Bound: docmodel.BoundAtMost}, "水平3.3%以内"},
	} {
		if got := tc.ind.Describe(); got != tc.want {
			t.Errorf("Describe() = %q, want %q", got, tc.want)
		}
	}
}
