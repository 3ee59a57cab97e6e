package plantext_test

import (
	"testing"

	"yaodian/docmodel"
	"yaodian/plantext"
)

func TestInferRole(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  docmodel.Role
	}{
		{"总体要求", docmodel.RolePrinciples},
		{"总体思路与主要目标", docmodel.RolePrinciples},
		{"主要目标", docmodel.RoleGoals},
		{"建設目標。", docmodel.RoleGoals},
		{"年度目标", docmodel.RoleGoals},
		{"2025年度目标", docmodel.RoleGoals},
		{"2025年度工作目标", docmodel.RoleGoals},
		{"年度目標", docmodel.RoleGoals},
		{"2011年工作目标", docmodel.RoleGoals},
		{"工作重点和措施", docmodel.RoleTasks},
		{"重点任务", docmodel.RoleTasks},
		{"工作任务", docmodel.RoleTasks},
		{"保障措施", docmodel.RoleSafeguards},
		{"重點任務", docmodel.RoleTasks},
		{"總體思路", docmodel.RolePrinciples},
		{"加强组织保障措施", docmodel.RoleInherit},
		{"六项重点工作", docmodel.RoleTasks},
		{"七大重点任务", docmodel.RoleTasks},
		{"三个方面的保障措施", docmodel.RoleSafeguards},
		{"一项中心工作", docmodel.RoleInherit},
		{"十大工程", docmodel.RoleInherit},
		{"坚持创新驱动，加快培育发展新动能", docmodel.RoleInherit},
		{"主要预期目标", docmodel.RoleGoals},
		{"2025年主要预期目标", docmodel.RoleGoals},
		{"发展目标", docmodel.RoleGoals},
		{"总体目标和主要任务", docmodel.RoleGoals},
		{"主要預期目標", docmodel.RoleGoals},
		{"2024年工作总结", docmodel.RoleReview},
		{"2024年工作成效", docmodel.RoleReview},
		{"工作回顾", docmodel.RoleReview},
		{"2023年工作回顧", docmodel.RoleReview},
		{"主要成效", docmodel.RoleReview},
		{"及时总结推广经验", docmodel.RoleInherit},
		{"主要工作开展情况", docmodel.RoleReview},
		{"2024年重点任务完成情况", docmodel.RoleReview},
		{"一年来取得的主要成效", docmodel.RoleReview},
		{"加强情况通报", docmodel.RoleInherit},
		{"经济社会发展的主要预期目标", docmodel.RoleGoals},
		{"实现全年主要目标。", docmodel.RoleInherit},
		{"科技体制改革和科技政策贯彻落实情况。", docmodel.RoleInherit},
		{"及时掌握进展", docmodel.RoleInherit},
		{"加强工作总结", docmodel.RoleInherit},
		{"", docmodel.RoleInherit},
	} {
		if got := plantext.InferRole(tc.title); got != tc.want {
			t.Errorf("InferRole(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
