package importer

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"yaodian/docmodel"
	"yaodian/lazyregexp"
	"yaodian/usererr"
)

// frontMatterIn is what the importer reads from a YAML front matter.
// Scalars are read as text so that 2011 and "2011年" both work; keys it
// does not know (author, lang …) are ignored.
type frontMatterIn struct {
	Title      string    `yaml:"title"`
	Issuer     string    `yaml:"issuer"`
	Year       string    `yaml:"year"`
	Number     string    `yaml:"number"`
	Date       string    `yaml:"date"`
	Recipients yaml.Node `yaml:"recipients"`
	Levels     string    `yaml:"levels"`
	Arabic     string    `yaml:"arabic"`
	Leads      string    `yaml:"leads"`
}

// readFrontMatter splits a leading YAML block (between --- lines) from the
// Markdown and reads it. The options it returns hold only what the block
// sets; the rest are empty. Without a closed block the whole input is
// Markdown.
func readFrontMatter(src []byte) (docmodel.Meta, docmodel.Options, []byte, error) {
	var meta docmodel.Meta
	var opts docmodel.Options
	first, rest, ok := cutLine(src)
	if !ok || strings.TrimRight(string(first), " \t") != "---" {
		return meta, opts, src, nil
	}
	var block []byte
	for body := rest; len(body) > 0; {
		line, after, _ := cutLine(body)
		if t := strings.TrimRight(string(line), " \t"); t == "---" || t == "..." {
			block = rest[:len(rest)-len(body)]
			return readMeta(block, after)
		}
		body = after
	}
	return meta, opts, src, nil
}

// cutLine returns the first line of s without its line ending, and the
// rest; ok is false if s has no line ending.
func cutLine(s []byte) ([]byte, []byte, bool) {
	i := bytes.IndexByte(s, '\n')
	if i < 0 {
		return s, nil, false
	}
	return bytes.TrimSuffix(s[:i], []byte("\r")), s[i+1:], true
}

func readMeta(block, body []byte) (docmodel.Meta, docmodel.Options, []byte, error) {
	var meta docmodel.Meta
	var opts docmodel.Options
	var in frontMatterIn
	if err := yaml.Unmarshal(block, &in); err != nil {
		return meta, opts, nil, usererr.Wrap(err, "文件开头的元数据（YAML）有误："+err.Error(), "the YAML front matter is invalid: "+err.Error())
	}
	bad := func(key, value, zhWant, enWant string) error {
		return usererr.New(fmt.Sprintf("元数据 %s 的值“%s”无效，应为%s", key, value, zhWant), fmt.Sprintf("front matter %s %q is invalid; want %s", key, value, enWant))
	}
	meta.Title = docmodel.CleanLine(in.Title)
	meta.Issuer = docmodel.CleanLine(in.Issuer)
	meta.Number = docmodel.CleanLine(in.Number)
	if y := strings.TrimSuffix(strings.TrimSpace(in.Year), "年"); y != "" {
		v, err := strconv.Atoi(y)
		if err != nil || v < 1900 || v > 2999 {
			return meta, opts, nil, bad("year", in.Year, "1900–2999 之间的年份", "a year from 1900 to 2999")
		}
		meta.Year = v
	}
	if in.Date != "" {
		date, ok := parseDate(in.Date)
		if !ok {
			return meta, opts, nil, bad("date", in.Date, "日期，如 2024-01-05 或 2024年1月5日", "a date such as 2024-01-05")
		}
		meta.Date = date
	}
	switch in.Recipients.Kind {
	case yaml.SequenceNode:
		for _, item := range in.Recipients.Content {
			if r := docmodel.CleanLine(item.Value); r != "" {
				meta.Recipients = append(meta.Recipients, r)
			}
		}
	case yaml.ScalarNode:
		for _, r := range strings.FieldsFunc(in.Recipients.Value, func(r rune) bool { return strings.ContainsRune("、，,；;", r) }) {
			if r = docmodel.CleanLine(r); r != "" {
				meta.Recipients = append(meta.Recipients, r)
			}
		}
	}
	switch in.Levels {
	case "", string(docmodel.LevelsStandard), string(docmodel.LevelsCompact):
		opts.Levels = docmodel.LevelScheme(in.Levels)
	default:
		return meta, opts, nil, bad("levels", in.Levels, " standard 或 compact", "standard or compact")
	}
	switch in.Arabic {
	case "", string(docmodel.ArabicRestart), string(docmodel.ArabicRunOn):
		opts.Arabic = docmodel.ArabicMode(in.Arabic)
	default:
		return meta, opts, nil, bad("arabic", in.Arabic, " restart 或 run-on", "restart or run-on")
	}
	switch in.Leads {
	case "", string(docmodel.LeadsBold), string(docmodel.LeadsPlain):
		opts.Leads = docmodel.LeadStyle(in.Leads)
	default:
		return meta, opts, nil, bad("leads", in.Leads, " bold 或 plain", "bold or plain")
	}
	return meta, opts, body, nil
}

// noticeFrontMatter reads the notice that issued the plan from the
// front matter of a Markdown file (notice: title, body, attachments), or
// returns nil when it has none.
func noticeFrontMatter(src []byte) (*docmodel.Notice, error) {
	first, rest, ok := cutLine(bytes.TrimPrefix(src, []byte("\uFEFF")))
	if !ok || strings.TrimRight(string(first), " \t") != "---" {
		return nil, nil
	}
	for body := rest; len(body) > 0; {
		line, after, _ := cutLine(body)
		if t := strings.TrimRight(string(line), " \t"); t == "---" || t == "..." {
			var in struct {
				Notice *struct {
					Title       string   `yaml:"title"`
					Body        []string `yaml:"body"`
					Attachments []string `yaml:"attachments"`
				} `yaml:"notice"`
			}
			if err := yaml.Unmarshal(rest[:len(rest)-len(body)], &in); err != nil {
				return nil, usererr.Wrap(err, "文件开头的元数据（YAML）有误："+err.Error(), "the YAML front matter is invalid: "+err.Error())
			}
			if in.Notice == nil {
				return nil, nil
			}
			n := &docmodel.Notice{Title: docmodel.CleanLine(in.Notice.Title)}
			for _, p := range in.Notice.Body {
				if p = docmodel.CleanLine(p); p != "" {
					n.Body = append(n.Body, p)
				}
			}
			for _, a := range in.Notice.Attachments {
				if a = docmodel.CleanLine(a); a != "" {
					n.Attachments = append(n.Attachments, a)
				}
			}
			return n, nil
		}
		body = after
	}
	return nil, nil
}

var chineseDate = lazyregexp.New(`^(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})\s*日?$`)

// parseDate reads 2024-01-05, 2024年1月5日 or 2024/1/5 and returns it as
// YYYY-MM-DD.
func parseDate(s string) (string, bool) {
	m := chineseDate.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return "", false
	}
	y, _ := strconv.Atoi(m[1])
	mo, _ := strconv.Atoi(m[2])
	d, _ := strconv.Atoi(m[3])
	t := time.Date(y, time.Month(mo), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != mo || t.Day() != d {
		return "", false
	}
	return t.Format(time.DateOnly), true
}
