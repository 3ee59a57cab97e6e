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
// The text is built in one buffer of its final size, piece by piece:
// concatenated lines and a doubling buffer each took memory of a new size,
// which cost `yaodian help` a dozen freshly touched pages.
func runHelp(args []string, stdout io.Writer) error {
	var b strings.Builder
	b.Grow(4096) // the text is about 3.3 KB
	b.WriteString("要点 Yaodian — 年度工作要点的编写与审核\n\n用法：\n  yaodian [文件]\n      打开图形界面\n")
	for _, c := range commands {
		helpLine(&b, c.synopsisZh, c.aboutZh)
	}
	b.WriteString("\nUsage:\n  yaodian [FILE]\n      open the window\n")
	for _, c := range commands {
		helpLine(&b, c.synopsisEn, c.aboutEn)
	}
	b.WriteString("\n退出状态 / exit status: 0 成功 success, 1 检查发现错误（已忽略的不计） check found errors (dismissed ones aside), 2 用法或输入有误 bad usage or unreadable input\n")
	_, err := io.WriteString(stdout, b.String())
	return err
}

// helpLine writes a command's synopsis and what it does, as help shows them.
func helpLine(b *strings.Builder, synopsis, about string) {
	b.WriteString("  yaodian ")
	b.WriteString(synopsis)
	b.WriteString("\n      ")
	b.WriteString(about)
	b.WriteString("\n")
}
