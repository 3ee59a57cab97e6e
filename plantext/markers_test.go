package plantext_test

import (
	"fmt"
	"testing"

	"yaodian/docmodel"
	"yaodian/plantext"
)

func TestParseMarker(t *testing.T) {
	for _, tc := range []struct {
		in        string
		ok        bool
		style     docmodel.MarkerStyle
		n         int
		canonical bool
		rest      string
	}{
		{"一、总体要求", true, docmodel.MarkerChinese, 1, true, "总体要求"},
		{"十二、其他", true, docmodel.MarkerChinese, 12, true, "其他"},
		{"二十三、其他", true, docmodel.MarkerChinese, 23, true, "其他"},
		{"三．工作", true, docmodel.MarkerChinese, 3, false, "工作"},
		{"（一）指导思想", true, docmodel.MarkerChineseParen, 1, true, "指导思想"},
		{"(一)、继续完善", true, docmodel.MarkerChineseParen, 1, false, "继续完善"},
		{"(二)围绕", true, docmodel.MarkerChineseParen, 2, false, "围绕"},
		{"（十一）其他", true, docmodel.MarkerChineseParen, 11, true, "其他"},
		{"1．加强", true, docmodel.MarkerArabic, 1, true, "加强"},
		{"1、加大", true, docmodel.MarkerArabic, 1, false, "加大"},
		{"23.加强", true, docmodel.MarkerArabic, 23, false, "加强"},
		{"1. 加强", true, docmodel.MarkerArabic, 1, false, "加强"},
		{"１．全角", true, docmodel.MarkerArabic, 1, false, "全角"},
		{"（1）细项", true, docmodel.MarkerArabicParen, 1, true, "细项"},
		{"(2)细项", true, docmodel.MarkerArabicParen, 2, false, "细项"},
		{"3）细项", true, docmodel.MarkerArabicParen, 3, false, "细项"},
		{"①第一", true, docmodel.MarkerCircled, 1, true, "第一"},
		{"㉑第二十一", true, docmodel.MarkerCircled, 21, true, "第二十一"},
		{"⑵括号数字", true, docmodel.MarkerArabicParen, 2, false, "括号数字"},
		{"⒊点数字", true, docmodel.MarkerArabic, 3, false, "点数字"},
		{"一、二季度", true, docmodel.MarkerChinese, 1, true, "二季度"},
		{"1.5倍", false, 0, 0, false, ""},
		{"1、2、3号", false, 0, 0, false, ""},
		{"2025．年", false, 0, 0, false, ""},
		{"01．零开头", false, 0, 0, false, ""},
		{"一是加强", false, 0, 0, false, ""},
		{"十分重要", false, 0, 0, false, ""},
		{"（注）", false, 0, 0, false, ""},
		{"（", false, 0, 0, false, ""},
		{"", false, 0, 0, false, ""},
		{"加强", false, 0, 0, false, ""},
	} {
		m, rest, ok := plantext.ParseMarker(tc.in)
		if ok != tc.ok {
			t.Errorf("ParseMarker(%q) ok = %v, want %v", tc.in, ok, tc.ok)
			continue
		}
		if !ok {
			continue
		}
		if m.Style != tc.style || m.Number != tc.n || m.Canonical != tc.canonical || rest != tc.rest {
			t.Errorf("ParseMarker(%q) = %+v, %q; want style %d number %d canonical %v rest %q", tc.in, m, rest, tc.style, tc.n, tc.canonical, tc.rest)
		}
	}
}

// Every number the model prints reads back as itself.
func TestParseMarkerReadsFormat(t *testing.T) {
	for _, style := range []docmodel.MarkerStyle{docmodel.MarkerChinese, docmodel.MarkerChineseParen, docmodel.MarkerArabic, docmodel.MarkerArabicParen, docmodel.MarkerCircled} {
		for n := 1; n <= 99; n++ {
			if style == docmodel.MarkerCircled && n > 50 {
				break
			}
			text := style.Format(n)
			m, rest, ok := plantext.ParseMarker(text + "正文")
			if !ok || m.Style != style || m.Number != n || !m.Canonical || rest != "正文" {
				t.Fatalf("ParseMarker(%q) = %+v %q %v", text+"正文", m, rest, ok)
			}
		}
	}
}

func TestParseCountAndYears(t *testing.T) {
	for _, tc := range []struct {
		in string
		n  int
		ok bool
	}{{"七", 7, true}, {"十二", 12, true}, {"九十九", 99, true}, {"两", 2, true}, {"12", 12, true}, {"三个", 0, false}, {"", 0, false}, {"0", 0, false}} {
		if n, ok := plantext.ParseCount(tc.in); n != tc.n || ok != tc.ok {
			t.Errorf("ParseCount(%q) = %d, %v", tc.in, n, ok)
		}
	}
	for _, tc := range []struct {
		in   string
		want []int
	}{
		{"2011年全州科技工作要点", []int{2011}},
		{"二〇二五年工作要点", []int{2025}},
		{"２０２４年，较2023年增长", []int{2024, 2023}},
		{"增长1000年", nil},
		{"二0一二年科技工作要点", []int{2012}},
		{"二○一二年十二月", []int{2012}},
		{"二零二三年", []int{2023}},
		{"一二三四年", nil},
		{"没有年份", nil},
	} {
		if got := plantext.Years(tc.in); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("Years(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
	if plantext.Year("二〇二五年") != 2025 || plantext.Year("无") != 0 {
		t.Error("Year")
	}
	if at := plantext.YearAt("宁波市科学技术局2023年工作要点"); at != len("宁波市科学技术局") {
		t.Errorf("YearAt = %d", at)
	}
	if at := plantext.YearAt("增长1000年后"); at != -1 {
		t.Errorf("YearAt of no year = %d", at)
	}
	for _, tc := range []struct {
		title string
		want  int
	}{
		{"2025年全市科技工作要点", 2025},
		{"市科技局2024年工作总结和2025年工作计划", 2025},
		{"2024年工作總結暨2025年工作要點", 2025},
		{"2024年工作总结", 2024},
		{"2023年至2025年科技创新行动方案", 2023},
		{"关于2024年工作总结的报告", 2024},
		{"没有年份", 0},
	} {
		if got := plantext.TitleYear(tc.title); got != tc.want {
			t.Errorf("TitleYear(%q) = %d, want %d", tc.title, got, tc.want)
		}
	}
}
