package indicator_test

import (
	"fmt"
	"strings"
	"testing"

	"yaodian/docmodel"
	"yaodian/indicator"
)

// plan makes a plan whose goals section and tasks section state the
// given sentences, the tasks first if tasksFirst.
func plan(t *testing.T, goals, tasks string, tasksFirst bool) *docmodel.Document {
	t.Helper()
	d := docmodel.New()
	sections := []struct {
		role docmodel.Role
		text string
	}{{docmodel.RoleGoals, goals}, {docmodel.RoleTasks, tasks}}
	if tasksFirst {
		sections[0], sections[1] = sections[1], sections[0]
	}
	for i, s := range sections {
		n := d.NewNode()
		n.Heading, n.Role = s.role.Label(), s.role
		if s.text != "" {
			n.Body = []string{s.text}
		}
		if err := d.Insert("", i, n); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// History finds an indicator in each year under another wording of its
// name, prefers the statement in the same role, skips plans that do not
// state it or count it otherwise, and orders the years.
func TestHistory(t *testing.T) {
	draft := plan(t, "新认定高新技术企业25家以上。", "", false)
	var target indicator.Located
	for _, l := range indicator.Of(draft) {
		if l.Key == "高新技术企业" {
			target = l
		}
	}
	plans := []indicator.Dated{
		{Year: 2026, File: "draft", Doc: draft},
		{Year: 2023, File: "a", Doc: plan(t, "新增高新技术企业20家。", "", false)},
		{Year: 2024, File: "b", Doc: plan(t, "", "研发投入增长10%。", false)},
		{Year: 2025, File: "c", Doc: plan(t, "新认定高新技术企业30家以上。", "全年新认定高新技术企业28家。", true)},
		{Year: 2022, File: "d", Doc: plan(t, "新认定高新技术企业12个。", "", false)},
	}
	var got []string
	for _, p := range indicator.History(target, plans) {
		got = append(got, fmt.Sprintf("%d %s %s %s", p.Year, p.File, docmodel.FormatNumber(p.Value), p.Path))
	}
	want := "2023 a 20 一、|2025 c 30 二、|2026 draft 25 一、"
	if strings.Join(got, "|") != want {
		t.Errorf("History = %q\nwant %q", strings.Join(got, "|"), want)
	}
}
