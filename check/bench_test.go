package check

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"yaodian/importer"
)

// BenchmarkCheck checks the benchmark plan against ten prior-year
// variants of it; the target is 30 ms. It reports the processor time per
// check beside the wall time.
func BenchmarkCheck(b *testing.B) {
	src, err := os.ReadFile("../testdata/bench/workplan-20p.md")
	if err != nil {
		b.Fatal(err)
	}
	text := string(src)
	load := func(s string) Plan {
		d, err := importer.Markdown([]byte(s))
		if err != nil {
			b.Fatal(err)
		}
		return Plan{Doc: d, File: "plan.md", Year: PlanYear(d)}
	}
	in := Input{Draft: load(text)}
	for year := 2015; year < 2025; year++ {
		variant := strings.ReplaceAll(text, "2025年", fmt.Sprintf("%d年", year))
		variant = strings.Replace(variant, "50家以上", fmt.Sprintf("%d家以上", 30+year-2015), 1)
		in.Priors = append(in.Priors, load(variant))
	}
	if in.Draft.Year != 2025 || len(in.Priors) != 10 {
		b.Fatalf("draft year %d, %d priors", in.Draft.Year, len(in.Priors))
	}
	start := cpuTime()
	for b.Loop() {
		Run(in)
	}
	// On a shared machine wall time swings with the load; the processor
	// time a check uses does not.
	if used := cpuTime() - start; used > 0 {
		b.ReportMetric(float64(used.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}
