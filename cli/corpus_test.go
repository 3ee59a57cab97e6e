package cli

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"yaodian/check"
	"yaodian/docmodel"
)

// The real-document corpus (testdata/real, described in its SOURCES.md)
// holds public work-point plans as a web store kept them, each with an
// expectation written by reading it and a golden list of the findings
// `check` gives on it, each judged true or false by reading the text.
// TestCorpus scores the importer and the checker on them.

var updateCorpus = flag.Bool("update", false, "rewrite testdata/real/*.findings from the current findings, keeping the labels of those still found")

const corpusDir = "../testdata/real"

// The targets of issue 13, held on the corpus once reached.
const (
	targetYear            = 0.95 // year found, of the texts that state one
	targetIssuerNotices   = 0.90 // issuer found, of the notices that name one
	targetEmptyOutlines   = 0    // texts with headings whose outline is empty
	targetErrorsOnCorrect = 0    // correct plans that get an error finding
	targetPrecision       = 0.80 // findings judged true, of those judged
)

// corpusFloor holds what the importer and checker reach on the corpus
// now (branch corpus, 2026-12-03, with the nine held-out texts 040–048).
// The test fails when a share falls below its floor or a count rises above its ceiling, so that a regression shows
// at once. The targets above are the goal, not yet enforced: when a branch
// improves a score, raise its floor here in the same commit, up to the
// target; once a floor equals its target the target is held.
var corpusFloor = struct {
	year, issuerNotices, issuerAll, title, notice, structure, priors, precision float64
	emptyOutlines, errorsOnCorrect, foreignPriors, goalsMissed                  int
}{
	year:            0.95, // 43/44 (the target)
	issuerNotices:   0.90, // 23/23 (the target)
	issuerAll:       1,    // 24/24
	title:           0.95, // 41/43
	notice:          1,    // 48/48
	structure:       0.88, // 75/85
	priors:          1,    // 18/18 (the target)
	precision:       0.80, // 54/63 (the target); the 48 findings on half-width punctuation the store made are not judged
	emptyOutlines:   1,
	errorsOnCorrect: 0, // already the target
	foreignPriors:   0, // already the target
	goalsMissed:     0, // already the target
}

// expectation is a text's NNN_*.expect.json, written by reading it.
type expectation struct {
	Year     int      `json:"year"`
	Issuer   string   `json:"issuer"`
	Title    string   `json:"title"`
	Notice   bool     `json:"notice"`
	Shape    []string `json:"shape"`
	Sections []string `json:"sections"`
	Goals    bool     `json:"goals"`
	Correct  bool     `json:"correct"`
	Series   string   `json:"series"`
}

// corpusText is one text of the corpus with what was read of it.
type corpusText struct {
	name   string // file name, NNN_….txt
	path   string
	expect expectation

	doc       *docmodel.Document
	importErr error
	year      int // the plan's year as check takes it (check.PlanYear)
	found     int // expected top-level headings found as sections, in order
	sections  int // top-level nodes the importer made
	findings  []goldenLine
	errorsRun int // error findings of the run without priors
	// priorsDue counts the earlier plans of its series that check should
	// compare it with (same issuer, or one not named), priorsUsed those it
	// did, and foreignUsed those of another issuer it compared with.
	priorsDue, priorsUsed, foreignUsed int
}

// goldenLine is one finding in a .findings file: what check reported and
// the reader's judgment of it.
type goldenLine struct {
	label    string // true, false, store or ?
	run      string // "alone", or "prior" for the run against the earlier plans of its series
	rule     string
	severity string
	path     string
	subject  string
	prior    string // year:file:path for a prior-year rule, else -
	evidence string
	reason   string
}

// key identifies a finding across runs, for keeping its label.
func (g goldenLine) key() string {
	return strings.Join([]string{g.run, g.rule, g.severity, g.path, g.subject, g.prior, g.evidence}, "\t")
}

const goldenHeader = "# label\trun\trule\tseverity\tpath\tsubject\tprior\tevidence\treason\n" +
	"# label: true or false, judged by reading the text (? not yet judged), or store: caused by the stored copy (full-width marks made half-width, a page cut at about 2,000 bytes), saying nothing about the real document; run: alone, or prior (against the earlier plans of its series).\n"

func TestCorpus(t *testing.T) {
	texts := loadCorpus(t)
	for _, c := range texts {
		c.doc, c.importErr = readInput(c.path, 0)
		if c.importErr != nil {
			continue
		}
		c.year = check.PlanYear(c.doc)
		c.found, c.sections = matchSections(c.doc, c.expect.Sections)
	}
	for _, c := range texts {
		c.findings = append(c.findings, corpusFindings(t, c, "alone", nil)...)
		for _, f := range c.findings {
			if f.severity == string(check.Error) {
				c.errorsRun++
			}
		}
		if priors := earlierInSeries(c, texts); len(priors) > 0 {
			c.findings = append(c.findings, corpusFindings(t, c, "prior", priors)...)
		}
	}
	for _, c := range texts {
		compareGolden(t, c)
	}
	s := score(texts)
	table := s.table(texts)
	t.Log("\n" + table)
	if testing.Verbose() {
		fmt.Print(table)
	}
	if *updateCorpus {
		return
	}
	floor := corpusFloor
	for _, m := range []struct {
		name       string
		got, floor float64
	}{
		{"year", s.year.share(), floor.year},
		{"issuer (notices)", s.issuerNotices.share(), floor.issuerNotices},
		{"issuer (all)", s.issuerAll.share(), floor.issuerAll},
		{"title", s.title.share(), floor.title},
		{"notice form", s.notice.share(), floor.notice},
		{"structure", s.structure.share(), floor.structure},
		{"priors of the same issuer", s.priors.share(), floor.priors},
		{"findings precision", s.precision.share(), floor.precision},
	} {
		if m.got < m.floor {
			t.Errorf("%s fell to %.3f, below its floor %.3f", m.name, m.got, m.floor)
		}
	}
	for _, m := range []struct {
		name         string
		got, ceiling int
	}{
		{"texts with headings but an empty outline", s.emptyOutlines, floor.emptyOutlines},
		{"correct plans with an error finding", s.errorsOnCorrect, floor.errorsOnCorrect},
		{"earlier plans of another issuer compared with", s.foreignPriors, floor.foreignPriors},
		{"“no goals” findings on plans that state targets", s.goalsMissed, floor.goalsMissed},
	} {
		if m.got > m.ceiling {
			t.Errorf("%s: %d, more than the ceiling %d", m.name, m.got, m.ceiling)
		}
	}
	if s.unjudged > 0 {
		t.Logf("%d findings are not yet judged (? in testdata/real/*.findings): judge them by reading the text", s.unjudged)
	}
}

// loadCorpus reads the texts of the corpus and their expectations.
func loadCorpus(t *testing.T) []*corpusText {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(corpusDir, "[0-9][0-9][0-9]_*.txt"))
	if err != nil || len(paths) < 35 {
		t.Fatalf("corpus: %d texts (%v); want at least 35", len(paths), err)
	}
	var texts []*corpusText
	for _, p := range paths {
		c := &corpusText{name: filepath.Base(p), path: p}
		data, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".expect.json")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		dec := json.NewDecoder(strings.NewReader(string(data)))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c.expect); err != nil {
			t.Fatalf("%s.expect.json: %v", c.name, err)
		}
		texts = append(texts, c)
	}
	return texts
}

// earlierInSeries returns the plans of c's series for an earlier year,
// oldest first.
func earlierInSeries(c *corpusText, texts []*corpusText) []*corpusText {
	if c.expect.Series == "" {
		return nil
	}
	var earlier []*corpusText
	for _, o := range texts {
		if o != c && o.expect.Series == c.expect.Series && o.expect.Year < c.expect.Year {
			earlier = append(earlier, o)
		}
	}
	sort.Slice(earlier, func(i, j int) bool { return earlier[i].expect.Year < earlier[j].expect.Year })
	return earlier
}

// corpusFindings runs `yaodian check --json` on c, with priors as
// --prior (kind "prior") or without (kind "alone"), and returns its findings as golden lines carrying no label.
// A run with priors keeps only the findings that the run alone does not
// give, so that each finding is judged once.
func corpusFindings(t *testing.T, c *corpusText, kind string, priors []*corpusText) []goldenLine {
	t.Helper()
	args := []string{"check", c.path, "--json"}
	for _, p := range priors {
		args = append(args, "--prior", p.path)
	}
	code, out, errOut := run(args...)
	if code == ExitUsage {
		t.Errorf("%s: check %s: %s", c.name, kind, errOut)
		return nil
	}
	var got struct {
		Findings []check.Finding `json:"findings"`
		Skipped  []string        `json:"skipped"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("%s: check --json: %v", c.name, err)
	}
	for _, p := range priors {
		used := true
		for _, s := range got.Skipped {
			if strings.HasPrefix(s, p.path) {
				used = false
			}
		}
		a, b := noSpace(c.expect.Issuer), noSpace(p.expect.Issuer)
		switch due := a == "" || b == "" || a == b; {
		case due:
			c.priorsDue++
			if used {
				c.priorsUsed++
			}
		case used:
			c.foreignUsed++
		}
	}
	seen := map[string]bool{}
	if kind != "alone" {
		for _, g := range c.findings {
			k := g
			k.run = kind
			seen[k.key()] = true
		}
	}
	var lines []goldenLine
	for _, f := range got.Findings {
		g := goldenLine{label: "?", run: kind, rule: f.Rule, severity: string(f.Severity), path: f.Path,
			subject: f.Subject, prior: "-", evidence: f.Evidence}
		if f.Prior != nil {
			g.prior = fmt.Sprintf("%d:%s:%s", f.Prior.Year, filepath.Base(f.Prior.File), f.Prior.Path)
		}
		if seen[g.key()] {
			continue
		}
		lines = append(lines, g)
	}
	return lines
}

// compareGolden labels c's findings from its .findings file. Without
// -update the findings must be those of the file; with it the file is
// rewritten, keeping the labels and reasons of the findings still there
// and writing ? for new ones.
func compareGolden(t *testing.T, c *corpusText) {
	t.Helper()
	file := strings.TrimSuffix(c.path, ".txt") + ".findings"
	old, err := readGolden(file)
	if err != nil && !os.IsNotExist(err) {
		t.Fatalf("%s: %v", file, err)
	}
	labels := map[string][]goldenLine{}
	for _, g := range old {
		labels[g.key()] = append(labels[g.key()], g)
	}
	for i, g := range c.findings {
		if prev := labels[g.key()]; len(prev) > 0 {
			c.findings[i].label, c.findings[i].reason = prev[0].label, prev[0].reason
			labels[g.key()] = prev[1:]
		}
	}
	if *updateCorpus {
		var b strings.Builder
		b.WriteString(goldenHeader)
		for _, g := range c.findings {
			b.WriteString(escapeLine(g) + "\n")
		}
		if err := os.WriteFile(file, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	var want, got []string
	for _, g := range old {
		want = append(want, g.key())
	}
	for _, g := range c.findings {
		got = append(got, g.key())
	}
	if strings.Join(want, "\n") != strings.Join(got, "\n") {
		t.Errorf("%s: the findings differ from %s (go test ./cli -run Corpus -update rewrites it; then judge the new lines):\n%s",
			c.name, filepath.Base(file), lineDiff(want, got))
	}
}

// readGolden reads a .findings file.
func readGolden(file string) ([]goldenLine, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var lines []goldenLine
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != 9 {
			return nil, fmt.Errorf("line %d: %d fields, want 9", n, len(fields))
		}
		for i := range fields {
			fields[i] = unescapeField(fields[i])
		}
		g := goldenLine{fields[0], fields[1], fields[2], fields[3], fields[4], fields[5], fields[6], fields[7], fields[8]}
		if g.label != "true" && g.label != "false" && g.label != "store" && g.label != "?" {
			return nil, fmt.Errorf("line %d: label %q, want true, false, store or ?", n, g.label)
		}
		lines = append(lines, g)
	}
	return lines, sc.Err()
}

// escapeLine writes g as one line, its tabs and line breaks escaped.
func escapeLine(g goldenLine) string {
	fields := []string{g.label, g.run, g.rule, g.severity, g.path, g.subject, g.prior, g.evidence, g.reason}
	for i, f := range fields {
		fields[i] = escapeField(f)
	}
	return strings.Join(fields, "\t")
}

var fieldEscaper = strings.NewReplacer(`\`, `\\`, "\t", `\t`, "\n", `\n`)

func escapeField(s string) string { return fieldEscaper.Replace(s) }

func unescapeField(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			i++
			switch s[i] {
			case 't':
				b.WriteByte('\t')
			case 'n':
				b.WriteByte('\n')
			default:
				b.WriteByte(s[i])
			}
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got []string) string {
	count := map[string]int{}
	for _, w := range want {
		count[w]++
	}
	for _, g := range got {
		count[g]--
	}
	var b strings.Builder
	for _, w := range want {
		if count[w] > 0 {
			count[w]--
			b.WriteString("- " + w + "\n")
		}
	}
	for _, g := range got {
		if count[g] < 0 {
			count[g]++
			b.WriteString("+ " + g + "\n")
		}
	}
	if b.Len() == 0 {
		return "  (the same findings in another order)\n"
	}
	return b.String()
}

// matchSections counts the expected top-level headings found, in order,
// among the document's sections (depth-1 nodes), and the sections there
// are. A heading is found when a section's heading, lead or first
// paragraph, without its marker and spaces, begins with the expected
// text without its marker and spaces.
func matchSections(d *docmodel.Document, expected []string) (found, sections int) {
	var tops []string
	for _, e := range d.Entries() {
		if e.Depth != 1 {
			continue
		}
		text := e.Node.Title()
		if text == "" && len(e.Node.Body) > 0 {
			text = e.Node.Body[0]
		}
		tops = append(tops, headingText(text))
	}
	i := 0
	for _, want := range expected {
		w := headingText(want)
		for j := i; j < len(tops); j++ {
			if w != "" && strings.HasPrefix(tops[j], w) {
				found++
				i = j + 1
				break
			}
		}
	}
	return found, len(tops)
}

// headingMarker is a leading outline marker: 一、 （一） (1) 1. 1、 1．.
var headingMarker = regexp.MustCompile(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+\s*[.．、])`)

// headingText is a heading without its marker, spaces and final 。.
func headingText(s string) string {
	s = strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
	s = headingMarker.ReplaceAllString(s, "")
	return strings.TrimSuffix(s, "。")
}

// ratio is a share: hits of a total.
type ratio struct{ hit, of int }

func (r ratio) share() float64 {
	if r.of == 0 {
		return 1
	}
	return float64(r.hit) / float64(r.of)
}

func (r ratio) String() string {
	if r.of == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d = %.1f%%", r.hit, r.of, 100*r.share())
}

// corpusScore is the table of issue 13's measures over the corpus.
type corpusScore struct {
	year, falseYear, issuerNotices, issuerAll, title, notice, structure, priors, precision                  ratio
	emptyOutlines, errorsOnCorrect, errorFindingsOnCorrect, unjudged, storeMade, foreignPriors, goalsMissed int
	correct                                                                                                 int
}

func score(texts []*corpusText) corpusScore {
	var s corpusScore
	for _, c := range texts {
		x := c.expect
		if x.Year != 0 {
			s.year.of++
			if c.year == x.Year {
				s.year.hit++
			}
		} else {
			s.falseYear.of++
			if c.year != 0 {
				s.falseYear.hit++
			}
		}
		issuer := ""
		title := ""
		if c.doc != nil {
			issuer, title = noSpace(c.doc.Meta.Issuer), noSpace(c.doc.Meta.Title)
		}
		if x.Issuer != "" {
			s.issuerAll.of++
			ok := issuer == noSpace(x.Issuer)
			if ok {
				s.issuerAll.hit++
			}
			if x.Notice {
				s.issuerNotices.of++
				if ok {
					s.issuerNotices.hit++
				}
			}
		}
		if x.Title != "" {
			s.title.of++
			if title == noSpace(x.Title) {
				s.title.hit++
			}
		}
		s.notice.of++
		if (c.doc != nil && c.doc.Notice != nil) == x.Notice {
			s.notice.hit++
		}
		s.priors.hit += c.priorsUsed
		s.priors.of += c.priorsDue
		s.foreignPriors += c.foreignUsed
		s.structure.hit += c.found
		s.structure.of += len(x.Sections)
		if len(x.Sections) > 0 && c.sections == 0 {
			s.emptyOutlines++
		}
		if x.Correct {
			s.correct++
			if c.errorsRun > 0 {
				s.errorsOnCorrect++
				s.errorFindingsOnCorrect += c.errorsRun
			}
		}
		for _, f := range c.findings {
			if x.Goals && f.rule == check.MissingSection && f.subject == "主要目标" {
				s.goalsMissed++
			}
			switch f.label {
			case "true":
				s.precision.hit++
				s.precision.of++
			case "false":
				s.precision.of++
			case "store":
				s.storeMade++
			default:
				s.unjudged++
			}
		}
	}
	return s
}

// table prints the scores, then one line per text.
func (s corpusScore) table(texts []*corpusText) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Real-document corpus: %d texts (testdata/real)\n", len(texts))
	fmt.Fprintf(&b, "%-48s %-22s %s\n", "measure", "now", "target")
	row := func(name, now, target string) { fmt.Fprintf(&b, "%-48s %-22s %s\n", name, now, target) }
	row("year found (texts that state one)", s.year.String(), fmt.Sprintf("≥ %.0f%%", 100*targetYear))
	row("year claimed where the text states none", s.falseYear.String(), "0")
	row("issuer found (notices that name one)", s.issuerNotices.String(), fmt.Sprintf("≥ %.0f%%", 100*targetIssuerNotices))
	row("issuer found (all texts that name one)", s.issuerAll.String(), "")
	row("plan title found", s.title.String(), "")
	row("notice form recognised (or rightly not)", s.notice.String(), "")
	row("structure: expected top-level headings found", s.structure.String(), "")
	row("earlier plans of the same issuer compared with", s.priors.String(), "100%")
	row("earlier plans of another issuer compared with", strconv.Itoa(s.foreignPriors), "0")
	row("empty outlines where headings exist", strconv.Itoa(s.emptyOutlines), strconv.Itoa(targetEmptyOutlines))
	row(fmt.Sprintf("correct plans with an error (of %d)", s.correct), fmt.Sprintf("%d (%d errors)", s.errorsOnCorrect, s.errorFindingsOnCorrect), strconv.Itoa(targetErrorsOnCorrect))
	row("“no goals” on plans that state targets", strconv.Itoa(s.goalsMissed), "0")
	row("findings precision (true of judged)", s.precision.String(), fmt.Sprintf("≥ %.0f%%", 100*targetPrecision))
	row("findings caused by the stored copy (not judged)", strconv.Itoa(s.storeMade), "")
	row("findings not yet judged", strconv.Itoa(s.unjudged), "0")
	b.WriteString("\nshape\ttexts\tyear found\theadings found\n")
	for _, sh := range byShape(texts) {
		fmt.Fprintf(&b, "%s\t%d\t%s\t%s\n", sh.shape, sh.texts, sh.year, sh.structure)
	}
	b.WriteString("\nfile\tyear want/got\tissuer want | got\tsections found/want (made)\tfindings true/false/store/?\n")
	for _, c := range texts {
		if c.importErr != nil {
			fmt.Fprintf(&b, "%s\timport failed: %v\n", c.name, c.importErr)
			continue
		}
		var t, f, st, q int
		for _, g := range c.findings {
			switch g.label {
			case "true":
				t++
			case "false":
				f++
			case "store":
				st++
			default:
				q++
			}
		}
		fmt.Fprintf(&b, "%s\t%d/%d\t%s | %s\t%d/%d (%d)\t%d/%d/%d/%d\n", c.name, c.expect.Year, c.year,
			orDash(c.expect.Issuer), orDash(c.doc.Meta.Issuer), c.found, len(c.expect.Sections), c.sections, t, f, st, q)
	}
	return b.String()
}

// shapeScore is how the texts of one shape fare.
type shapeScore struct {
	shape           string
	texts           int
	year, structure ratio
}

// byShape scores the texts by the shapes their expectations name, the
// most common shape first.
func byShape(texts []*corpusText) []shapeScore {
	m := map[string]*shapeScore{}
	for _, c := range texts {
		for _, sh := range c.expect.Shape {
			s := m[sh]
			if s == nil {
				s = &shapeScore{shape: sh}
				m[sh] = s
			}
			s.texts++
			if c.expect.Year != 0 {
				s.year.of++
				if c.year == c.expect.Year {
					s.year.hit++
				}
			}
			s.structure.hit += c.found
			s.structure.of += len(c.expect.Sections)
		}
	}
	var out []shapeScore
	for _, s := range m {
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].texts != out[j].texts {
			return out[i].texts > out[j].texts
		}
		return out[i].shape < out[j].shape
	})
	return out
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
