package cli

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"yaodian/compare"
	"yaodian/docmodel"
	"yaodian/export/layout"
	"yaodian/fonts"
	"yaodian/publish"
)

var compareCommand = command{"compare",
	"compare 原稿 修改稿 [-o 对照表.md|对照表.pdf] [--fonts 文件夹] [--json] [--index-a N] [--index-b N] [--force]",
	"对照两稿：逐项对齐、逐字比较、列出指标变化，-o 写出修改对照表（已存在时须加 --force 才覆盖）",
	"compare A B [-o OUT.md|OUT.pdf] [--fonts DIR] [--json] [--index-a N] [--index-b N] [--force]",
	"align two drafts node by node, diff their text, list indicator changes; -o writes the 对照表 (an existing one only with --force)",
	runCompare}

func runCompare(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	out := fs.String("o", "", "write the 对照表 to OUT.md or OUT.pdf")
	fontDir := fs.String("fonts", "", "folder of fonts for the PDF")
	asJSON := fs.Bool("json", false, "print the full result as JSON")
	indexA := fs.Int("index-a", 0, "the document to take from A when it holds several, from 1")
	indexB := fs.Int("index-b", 0, "the document to take from B when it holds several, from 1")
	force := forceFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		return usage(fmt.Sprintf("compare 需要两个输入文件（原稿和修改稿），收到 %d 个", len(pos)), fmt.Sprintf("compare takes two input files (A and B), got %d", len(pos)))
	}
	if *out != "" {
		if err := checkOutput(*out, *force, pos...); err != nil {
			return err
		}
	}
	a, err := readInputFlag(pos[0], *indexA, "--index-a")
	if err != nil {
		return err
	}
	b, err := readInputFlag(pos[1], *indexB, "--index-b")
	if err != nil {
		return err
	}
	r := compare.Documents(a, b)
	written := ""
	if *out != "" {
		if written, err = writeComparison(*out, *fontDir, a, b, r); err != nil {
			return err
		}
	}
	if *asJSON {
		return writeJSON(stdout, r)
	}
	_, err = io.WriteString(stdout, summary(pos[0], pos[1], r)+written)
	return err
}

// writeComparison writes the 对照表 to path, as Markdown or as a PDF set
// with the fonts of fontDir (or those installed and bundled), and returns
// what it wrote for the summary.
func writeComparison(path, fontDir string, a, b *docmodel.Document, r compare.Result) (string, error) {
	var w publish.Written
	var err error
	switch ext := strings.ToLower(filepath.Ext(path)); {
	case ext == ".md" || ext == ".markdown":
		if fontDir != "" {
			return "", usage("--fonts 只用于 PDF 对照表", "--fonts applies to a PDF comparison only")
		}
		w, err = publish.Comparison(path, a, b, r)
	case ext == ".pdf":
		var set *fonts.Set
		if set, err = fonts.Load(fontDir); err != nil {
			return "", err
		}
		w, err = publish.ComparisonPDF(path, a, b, r, set, layout.Default())
	default:
		return "", usage("不支持的对照表格式“"+ext+"”；可写 .md 或 .pdf", "unsupported format "+ext+" for the comparison; Yaodian writes .md and .pdf")
	}
	if err != nil {
		return "", err
	}
	return w.Line(), nil
}

// summary prints the comparison for a terminal: counts, then one line per
// change with the changed words marked [-删-]{+增+}, then the indicators
// that changed.
func summary(aName, bName string, r compare.Result) string {
	var b strings.Builder
	count := map[compare.Kind]int{}
	for _, c := range r.Changes {
		count[c.Kind]++
	}
	changedIndicators := 0
	for _, row := range r.Indicators {
		if row.Change != compare.IndicatorSame {
			changedIndicators++
		}
	}
	fmt.Fprintf(&b, "对照 %s → %s：修改 %d 处，移动 %d 处，新增 %d 处，删除 %d 处；指标变化 %d 项\n",
		aName, bName, count[compare.Modified], count[compare.Moved], count[compare.Added], count[compare.Removed], changedIndicators)
	for _, c := range r.Changes {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", c.Kind.Label(), changePlace(c), changeText(c))
	}
	if changedIndicators > 0 {
		b.WriteString("指标：\n")
		for _, row := range r.Indicators {
			if row.Change != compare.IndicatorSame {
				fmt.Fprintf(&b, "  %s\t%s\t%s → %s\t%s\n", row.Name, row.Place(), compare.TargetText(row.A), compare.TargetText(row.B), row.Change.Label())
			}
		}
	}
	return b.String()
}

func changePlace(c compare.Change) string {
	switch {
	case c.APath == "":
		return c.BPath
	case c.BPath == "" || c.APath == c.BPath:
		return c.APath
	}
	return c.APath + " → " + c.BPath
}

// changeText shows what changed in a line: the diff with a little context
// around each change, or the title of an added, removed or moved node.
func changeText(c compare.Change) string {
	if len(c.Diff) == 0 {
		return c.Title
	}
	const context, changed = 8, 40
	var b strings.Builder
	for i, op := range c.Diff {
		text := strings.ReplaceAll(op.Text, "\n", "／")
		switch op.Op {
		case "-":
			b.WriteString("[-" + clip(text, changed) + "-]")
		case "+":
			b.WriteString("{+" + clip(text, changed) + "+}")
		default:
			b.WriteString(elide(text, context, i > 0, i < len(c.Diff)-1))
		}
	}
	return b.String()
}

// clip shortens a changed run longer than n characters to its head and
// its length, so that one rewritten paragraph does not flood the summary;
// -o and --json give it whole.
func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + fmt.Sprintf("…（共 %d 字）", len(r))
}

// elide keeps up to n characters of kept text next to the changes around
// it: the head if a change follows, the tail if one precedes.
func elide(s string, n int, before, after bool) string {
	r := []rune(s)
	if len(r) <= 2*n {
		return s
	}
	switch {
	case before && after:
		return string(r[:n]) + "…" + string(r[len(r)-n:])
	case before:
		return string(r[:n]) + "…"
	case after:
		return "…" + string(r[len(r)-n:])
	}
	return string(r[:n]) + "…"
}
