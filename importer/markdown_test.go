package importer_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/importer"
)

// outline prints a document one node per line: depth, number, role,
// heading or lead, and the first body paragraph after a bar.
func outline(d *docmodel.Document) string {
	var b strings.Builder
	for _, e := range d.Entries() {
		b.WriteString(strings.Repeat(" ", e.Depth-1) + e.Number + " " + string(e.Role) + " " + e.Node.Title())
		if len(e.Node.Body) > 0 {
			b.WriteString(" | " + e.Node.Body[0])
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, src, want string
		check           func(t *testing.T, d *docmodel.Document)
	}{
		{
			name: "title heading and unnumbered headings",
			src:  "# 2011年全州科技工作要点\n\n根据会议精神，制定本要点。\n\n## 总体思路\n\n正文。\n\n## 重点任务\n\n### 加强平台建设\n",
			want: "一、 principles 总体思路 | 正文。\n二、 tasks 重点任务\n （一） tasks 加强平台建设\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Meta.Title != "2011年全州科技工作要点" || len(d.Preamble) != 1 {
					t.Errorf("title %q, preamble %q", d.Meta.Title, d.Preamble)
				}
			},
		},
		{
			name: "compact levels and run-on numbers, as in seed 002's fifth plan",
			src: "一、开展产业关键共性技术攻关\n\n1.摸清产业关键技术问题。坚持围绕产业链构建创新链。\n\n2.启动技术攻关。树立大科技理念。\n\n" +
				"二、强化企业主体地位\n\n3.强化科技创新政策供给。贯彻落实。\n",
			want: "一、 other  | 开展产业关键共性技术攻关\n 1． other 摸清产业关键技术问题。 | 坚持围绕产业链构建创新链。\n 2． other 启动技术攻关。 | 树立大科技理念。\n" +
				"二、 other  | 强化企业主体地位\n 3． other 强化科技创新政策供给。 | 贯彻落实。\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if d.Options.Levels != docmodel.LevelsCompact || d.Options.Arabic != docmodel.ArabicRunOn || d.Options.Leads != docmodel.LeadsPlain {
					t.Errorf("options %+v", d.Options)
				}
			},
		},
		{
			name: "variant markers and Markdown lists",
			src:  "# 一、工作重点\n\n## (一)、科技服务\n\n1. **加强协作。**调动专家积极性。\n2. 完善信息中心建设，这一句很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n   1. 细项\n\n- 要点甲\n- 要点乙\n",
			want: "一、 tasks 工作重点\n （一） tasks 科技服务\n  1． tasks 加强协作。 | 调动专家积极性。\n  2． tasks  | 完善信息中心建设，这一句很长很长很长很长很长很长很长很长很长很长很长很长很长很长。\n   （1） tasks  | 细项\n",
			check: func(t *testing.T, d *docmodel.Document) {
				last := d.Sections[0].Children[0].Children[1]
				if got := strings.Join(last.Children[0].Body, "/"); got != "细项/要点甲/要点乙" {
					t.Errorf("bullet items became %q", got)
				}
				if d.Options.Leads != docmodel.LeadsBold {
					t.Errorf("leads %s, want bold", d.Options.Leads)
				}
			},
		},
		{
			name: "units line, indicator table and role comment",
			src: "---\ntitle: 测试\nyear: 2025年\ndate: 2025年1月5日\nrecipients: 各县市区、市直各单位\nauthor: 某人\n---\n\n<!-- role: goals -->\n# 一、今年要做到\n\n" +
				"| 指标 | 目标值 | 单位 | 类型 | 争取值 |\n|---|---|---|---|---|\n| 研发投入强度 | 3.3 | % | 水平 | 3.4 |\n\n（牵头单位：市科技局）\n\n（牵头单位：市财政局）\n",
			want: "一、 goals 今年要做到 | （牵头单位：市财政局）\n",
			check: func(t *testing.T, d *docmodel.Document) {
				n := d.Sections[0]
				if n.LeadUnit != "市科技局" || len(n.Indicators) != 1 || n.Indicators[0].Value != 3.3 || *n.Indicators[0].Stretch != 3.4 {
					t.Errorf("units %q, indicators %+v", n.LeadUnit, n.Indicators)
				}
				if d.Meta.Year != 2025 || d.Meta.Date != "2025-01-05" || strings.Join(d.Meta.Recipients, "/") != "各县市区/市直各单位" {
					t.Errorf("meta %+v", d.Meta)
				}
			},
		},
		{
			name: "a skipped level is closed up",
			src:  "# 一、保障措施\n\n### 1．加强领导\n\n#### （1）细化\n",
			want: "一、 safeguards 保障措施\n （一） safeguards 加强领导\n  1． safeguards 细化\n",
		},
		{
			name: "soft line breaks join CJK without spaces, Latin with one",
			src:  "前言第一行\n第二行 with\nLatin text\n",
			want: "",
			check: func(t *testing.T, d *docmodel.Document) {
				if got := strings.Join(d.Preamble, "/"); got != "前言第一行第二行 with Latin text" {
					t.Errorf("preamble %q", got)
				}
			},
		},
		{
			name: "block quote, code and a non-indicator table keep their text",
			src:  "# 一、其他\n\n> 引用的话\n\n```\n代码行\n```\n\n| 序号 | 任务 |\n|---|---|\n| 1 | 甲 |\n",
			want: "一、 other 其他 | 引用的话\n",
			check: func(t *testing.T, d *docmodel.Document) {
				if got := strings.Join(d.Sections[0].Body, "/"); got != "引用的话/代码行/序号　任务/1　甲" {
					t.Errorf("body %q", got)
				}
			},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := importer.Markdown([]byte(tc.src))
			if err != nil {
				t.Fatal(err)
			}
			if got := outline(d); got != tc.want {
				t.Errorf("outline\n got:\n%s\nwant:\n%s", got, tc.want)
			}
			if tc.check != nil {
				tc.check(t, d)
			}
		})
	}
}

func TestMarkdownRefuses(t *testing.T) {
	for _, tc := range []struct{ name, src, want string }{
		{"not UTF-8", "\xb9\xa4\xd7\xf7\xd2\xaa\xb5\xe3", "UTF-8"},
		{"bad YAML", "---\ntitle: [unclosed\n---\n", "YAML"},
		{"bad year", "---\nyear: 二〇二五\n---\n", "year"},
		{"bad date", "---\ndate: 2025-02-30\n---\n", "date"},
		{"bad levels", "---\nlevels: roman\n---\n", "levels"},
		{"bad indicator value", "# 一、目标\n\n| 指标 | 目标值 |\n|---|---|\n| 强度 | 约三 |\n", "目标值“约三”不是数字"},
		{"lists nested a hundred deep", func() string {
			var b strings.Builder
			for i := range 100 {
				b.WriteString(strings.Repeat(" ", 3*i) + "1. 项\n")
			}
			return b.String()
		}(), "嵌套过深"},
		{"10,000 nested quotes", strings.Repeat(">", 10000) + " 一、深\n", "嵌套过深"},
		{"lists nested without indentation", strings.Repeat(strings.Repeat("- ", 100)+"x\n", 3), "嵌套过深"},
		{"bad indicator kind", "# 一、目标\n\n| 指标 | 目标值 | 类型 |\n|---|---|---|\n| 强度 | 3 | 快速 |\n", "类型“快速”"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := importer.Markdown([]byte(tc.src))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error = %v, want one saying %q", err, tc.want)
			}
		})
	}
}

func TestFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	md := write("plan.md", "# 一、总体要求\n")
	if d, err := importer.File(md); err != nil || len(d.Sections) != 1 {
		t.Fatalf("File(%s) = %v, %v", md, d, err)
	}
	for _, tc := range []struct{ path, want string }{
		{filepath.Join(dir, "missing.md"), "文件不存在"},
		{write("plan.xlsx", "x"), "不支持的文件类型"},
		{write("plan.yaodian", "{}"), "不是要点文档"},
		{dir + "/", "不支持的文件类型"},
	} {
		_, err := importer.File(tc.path)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("File(%s) error = %v, want %q", tc.path, err, tc.want)
		}
	}
}
