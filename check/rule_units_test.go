package check

import "testing"

func TestTaskUnits(t *testing.T) {
	runCases(t, Rule{ID: "task-units", Severity: Info, check: taskUnits}, []ruleCase{
		{"a task without units among tasks with them", `---
title: 2025年全市科技工作要点
---

# 一、重点任务

1．**加强平台建设。**建设创新平台。

（牵头单位：市科技局；责任单位：市财政局；完成时限：2025年底）

2．**培育新兴产业。**壮大产业集群。
`, []string{"一、/2．｜这项任务没有写明牵头单位、责任单位和完成时限，分工表中该行为空｜培育新兴产业"}},
		{"a plan without any units", `---
title: 2025年全市科技工作要点
---

# 一、重点任务

1．**加强平台建设。**建设创新平台。

2．**培育新兴产业。**壮大产业集群。
`, nil},
	})
}
