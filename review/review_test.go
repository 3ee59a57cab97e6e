package review

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"yaodian/check"
	"yaodian/docmodel"
	"yaodian/importer"
)

// plan is a small plan of year from issuer, as Markdown.
func plan(year int, issuer string) string {
	front := "---\ntitle: " + strconv.Itoa(year) + "年全市科技工作要点\n"
	if issuer != "" {
		front += "issuer: " + issuer + "\n"
	}
	return front + "---\n\n# 一、主要目标\n\n全年新认定高新技术企业" + strconv.Itoa(year-1990) + "家以上。\n\n# 二、保障措施\n\n加强组织领导。\n"
}

// folder writes files (name → content) under a new folder and returns it.
func folder(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// years lists the years of plans, in order.
func years(plans []check.Plan) []int {
	var out []int
	for _, p := range plans {
		out = append(out, p.Year)
	}
	return out
}

// Read takes files and folders; a broken file in a folder is skipped and
// named by its path, a broken file named itself stops the reading.
func TestRead(t *testing.T) {
	dir := folder(t, map[string]string{
		"a/2023.md":     plan(2023, "××市科技局"),
		"a/sub/2022.md": plan(2022, "××市科技局"),
		"a/broken.docx": "not a zip",
		"a/notes.pdf":   "not listed at all",
		"2024.md":       plan(2024, "××市科技局"),
		"bad.docx":      "not a zip",
	})
	for _, tc := range []struct {
		name    string
		paths   []string
		years   []int
		skipped []string // the start of each skipped line
		err     string   // part of the error, "" for none
	}{
		{"nothing", nil, nil, nil, ""},
		{"a file", []string{"2024.md"}, []int{2024}, nil, ""},
		{"a folder, its files in lexical order, its broken file skipped by path", []string{"a"}, []int{2023, 2022}, []string{filepath.Join(dir, "a/broken.docx") + "："}, ""},
		{"a file and a folder", []string{"2024.md", "a"}, []int{2024, 2023, 2022}, []string{filepath.Join(dir, "a/broken.docx") + "："}, ""},
		{"a broken file named itself", []string{"2024.md", "bad.docx"}, nil, nil, "bad.docx"},
		{"a missing path", []string{"gone"}, nil, nil, "往年计划："},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var paths []string
			for _, p := range tc.paths {
				paths = append(paths, filepath.Join(dir, p))
			}
			got, err := Read(paths)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want one naming %q", err, tc.err)
				}
				if got.Plans != nil || got.Skipped != nil {
					t.Errorf("a failed read returned %d plans, %q", len(got.Plans), got.Skipped)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(years(got.Plans), tc.years) {
				t.Errorf("years %v, want %v", years(got.Plans), tc.years)
			}
			if len(got.Skipped) != len(tc.skipped) {
				t.Fatalf("skipped %q, want %d", got.Skipped, len(tc.skipped))
			}
			for i, s := range tc.skipped {
				if !strings.HasPrefix(got.Skipped[i], s) || len(got.Skipped[i]) == len(s) {
					t.Errorf("skipped %q, want %q and why", got.Skipped[i], s)
				}
			}
		})
	}
}

// Cache.Folder names skipped files by their base names, reads a file
// again only once it changed, and forgets files that are gone.
func TestCacheFolder(t *testing.T) {
	dir := folder(t, map[string]string{
		"2023.md":     plan(2023, "××市科技局"),
		"2022.md":     plan(2022, "××市科技局"),
		"broken.docx": "not a zip",
	})
	var c Cache
	for _, tc := range []struct {
		name    string
		dir     string
		change  func()
		years   []int
		skipped []string
		err     string
		same    bool // the 2022 plan is the one read before
	}{
		{"no folder set", "", nil, nil, nil, "", false},
		{"a missing folder", filepath.Join(dir, "gone"), nil, nil, nil, "往年计划文件夹：", false},
		{"first read", dir, nil, []int{2022, 2023}, []string{"broken.docx："}, "", false},
		{"unchanged files are not read again", dir, nil, []int{2022, 2023}, []string{"broken.docx："}, "", true},
		{"a changed file is read again", dir, func() {
			os.WriteFile(filepath.Join(dir, "2022.md"), []byte(plan(2021, "××市科技局")), 0o644)
		}, []int{2021, 2023}, []string{"broken.docx："}, "", false},
		{"a file gone is forgotten, a mended one read", dir, func() {
			os.Remove(filepath.Join(dir, "2023.md"))
			os.Remove(filepath.Join(dir, "broken.docx"))
			os.WriteFile(filepath.Join(dir, "broken.md"), []byte(plan(2020, "××市科技局")), 0o644)
		}, []int{2021, 2020}, nil, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before *docmodel.Document
			if f, ok := c.files[filepath.Join(dir, "2022.md")]; ok && len(f.plans) > 0 {
				before = f.plans[0].Doc
			}
			if tc.change != nil {
				tc.change()
			}
			got, err := c.Folder(tc.dir)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) {
					t.Fatalf("error %v, want %q", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(years(got.Plans), tc.years) {
				t.Errorf("years %v, want %v", years(got.Plans), tc.years)
			}
			if len(got.Skipped) != len(tc.skipped) {
				t.Fatalf("skipped %q, want %q", got.Skipped, tc.skipped)
			}
			for i, s := range tc.skipped {
				if !strings.HasPrefix(got.Skipped[i], s) {
					t.Errorf("skipped %q, want it to start %q", got.Skipped[i], s)
				}
			}
			if same := len(got.Plans) > 0 && got.Plans[0].Doc == before; same != tc.same {
				t.Errorf("the 2022 plan was kept from before: %v, want %v", same, tc.same)
			}
		})
	}
}

// Check compares the draft with the earlier plans of its issuer only,
// lists the files and plans left out in order, and sets aside dismissed
// findings.
func TestCheck(t *testing.T) {
	priors := func(files map[string]string) Priors {
		t.Helper()
		p, err := Read([]string{folder(t, files)})
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, tc := range []struct {
		name      string
		draft     string
		priors    Priors
		dismiss   string // a rule whose findings the draft dismisses
		years     []int  // of the plans compared with
		skipped   []string
		note      string
		open      string // a rule among the open findings
		dismissed int
	}{
		{"no priors", plan(2025, "××市科技局"), Priors{}, "", nil, nil, "", "", 0},
		{"another issuer's and a later plan are left out, after the files skipped",
			plan(2025, "××市科学技术局"),
			func() Priors {
				p := priors(map[string]string{"2024.md": plan(2024, "××市科技局"), "2023.md": plan(2023, "××县科技局"), "2026.md": plan(2026, "××市科技局")})
				p.Skipped = append([]string{"broken.docx：无法读取"}, p.Skipped...)
				return p
			}(),
			"", []int{2024}, []string{"broken.docx：无法读取", "2023.md（2023年全市科技工作要点）：发文机关是“××县科技局”", "2026.md（2026年全市科技工作要点）：是2026年的计划"}, "", "", 0},
		{"a draft without an issuer says what it assumed",
			plan(2025, ""),
			priors(map[string]string{"2024.md": plan(2024, "××市科技局")}),
			"", []int{2024}, nil, "本稿看不出发文机关", "", 0},
		{"a draft without a year compares with none",
			strings.Replace(plan(2025, "××市科技局"), "2025年", "", 1),
			priors(map[string]string{"2024.md": plan(2024, "××市科技局")}),
			"", nil, []string{"2024.md（2024年全市科技工作要点）：本稿年份不明"}, "", "year-unknown", 0},
		{"dismissed findings are set aside",
			strings.Replace(plan(2025, "××市科技局"), "2025年", "", 1),
			Priors{}, "year-unknown", nil, nil, "", "", 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := importer.Markdown([]byte(tc.draft))
			if err != nil {
				t.Fatal(err)
			}
			if tc.dismiss != "" {
				for _, f := range check.Run(check.Input{Draft: check.Plan{Doc: d}}) {
					if f.Rule == tc.dismiss {
						d.Dismissals = append(d.Dismissals, f.Dismissal("已核实", "2025-01-02"))
					}
				}
			}
			r := Check(d, "draft.md", tc.priors)
			if r.Input.Draft.File != "draft.md" || r.Input.Draft.Doc != d {
				t.Errorf("draft %+v", r.Input.Draft)
			}
			if !slices.Equal(years(r.Input.Priors), tc.years) {
				t.Errorf("compared with %v, want %v", years(r.Input.Priors), tc.years)
			}
			if got := years(Earlier(d, tc.priors)); !slices.Equal(got, tc.years) {
				t.Errorf("Earlier gives %v, want %v", got, tc.years)
			}
			if len(r.Skipped) != len(tc.skipped) {
				t.Fatalf("skipped %q, want %q", r.Skipped, tc.skipped)
			}
			for i, s := range tc.skipped {
				if !strings.Contains(r.Skipped[i], s) {
					t.Errorf("skipped[%d] %q, want %q", i, r.Skipped[i], s)
				}
			}
			if !strings.Contains(r.Note, tc.note) || (tc.note == "") != (r.Note == "") {
				t.Errorf("note %q, want %q", r.Note, tc.note)
			}
			if tc.open != "" && !slices.ContainsFunc(r.Open, func(f check.Finding) bool { return f.Rule == tc.open }) {
				t.Errorf("no open %s finding in %v", tc.open, r.Open)
			}
			if len(r.Dismissed) != tc.dismissed {
				t.Errorf("%d dismissed, want %d", len(r.Dismissed), tc.dismissed)
			}
			for _, f := range r.Open {
				if f.Rule == tc.dismiss {
					t.Errorf("a dismissed finding is open: %+v", f)
				}
			}
		})
	}
}

// Resplit moves findings between open and dismissed as dismissals come
// and go.
func TestResplit(t *testing.T) {
	a := check.Finding{Rule: "placeholder", NodeID: "n1", Path: "一", Evidence: "××", Severity: check.Error}
	b := check.Finding{Rule: "punctuation", NodeID: "n2", Path: "二", Evidence: "，。", Severity: check.Warning}
	da, db := a.Dismissal("已核实", "2025-01-02"), b.Dismissal("原文如此", "")
	for _, tc := range []struct {
		name       string
		open       []check.Finding
		dismissed  []check.Dismissed
		dismissals []docmodel.Dismissal
		wantOpen   []string
		wantGone   []string
	}{
		{"a dismissal added", []check.Finding{a, b}, nil, []docmodel.Dismissal{db}, []string{"placeholder"}, []string{"punctuation"}},
		{"a dismissal removed", []check.Finding{a}, []check.Dismissed{{Finding: b, Reason: "原文如此"}}, nil, []string{"placeholder", "punctuation"}, nil},
		{"both dismissed", []check.Finding{b}, []check.Dismissed{{Finding: a}}, []docmodel.Dismissal{da, db}, nil, []string{"punctuation", "placeholder"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			open, gone := Resplit(tc.open, tc.dismissed, tc.dismissals)
			var gotOpen, gotGone []string
			for _, f := range open {
				gotOpen = append(gotOpen, f.Rule)
			}
			for _, d := range gone {
				gotGone = append(gotGone, d.Rule)
				if d.Rule == "placeholder" && d.Reason != "已核实" {
					t.Errorf("reason %q", d.Reason)
				}
			}
			if !slices.Equal(gotOpen, tc.wantOpen) || !slices.Equal(gotGone, tc.wantGone) {
				t.Errorf("open %v dismissed %v, want %v %v", gotOpen, gotGone, tc.wantOpen, tc.wantGone)
			}
		})
	}
}

func TestTally(t *testing.T) {
	e, w, i := check.Finding{Severity: check.Error}, check.Finding{Severity: check.Warning}, check.Finding{Severity: check.Info}
	for _, tc := range []struct {
		open      []check.Finding
		dismissed []check.Dismissed
		want      string
	}{
		{nil, nil, "错误 0 条，警告 0 条，提示 0 条"},
		{[]check.Finding{e, w, w, i}, nil, "错误 1 条，警告 2 条，提示 1 条"},
		{[]check.Finding{i}, []check.Dismissed{{Finding: e}, {Finding: w}}, "错误 0 条，警告 0 条，提示 1 条，已忽略 2 条"},
	} {
		if got := Tally(tc.open, tc.dismissed); got != tc.want {
			t.Errorf("Tally = %q, want %q", got, tc.want)
		}
	}
}

// Cache.Folder may be called from several goroutines at once (the
// findings panel and the comparison read the folder in the background),
// and each gets every plan.
func TestCacheConcurrent(t *testing.T) {
	dir := folder(t, map[string]string{"2023.md": plan(2023, ""), "2024.md": plan(2024, "")})
	var c Cache
	got := make(chan int)
	for range 4 {
		go func() {
			p, err := c.Folder(dir)
			if err != nil {
				t.Error(err)
			}
			got <- len(p.Plans)
		}()
	}
	for range 4 {
		if n := <-got; n != 2 {
			t.Errorf("%d plans, want 2", n)
		}
	}
}
