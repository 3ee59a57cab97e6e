package cli

import (
	"io"
	"strings"
)

var helpCommand = command{"help",
	"help",
	"显示本说明",
	"help",
	"show this help",
	runHelp}

// runHelp prints the usage of every command, in Chinese, then English.
func runHelp(args []string, stdout io.Writer) error {
	var b strings.Builder
	b.WriteString("要点 Yaodian — 年度工作要点的编写与审核\n\n用法：\n  yaodian [文件]\n      打开图形界面\n")
	for _, c := range commands {
		b.WriteString("  yaodian " + c.synopsisZh + "\n      " + c.aboutZh + "\n")
	}
	b.WriteString("\nUsage:\n  yaodian [FILE]\n      open the window\n")
	for _, c := range commands {
		b.WriteString("  yaodian " + c.synopsisEn + "\n      " + c.aboutEn + "\n")
	}
	b.WriteString("\n退出状态 / exit status: 0 成功 success, 1 检查发现错误（已忽略的不计） check found errors (dismissed ones aside), 2 用法或输入有误 bad usage or unreadable input\n")
	_, err := io.WriteString(stdout, b.String())
	return err
}
