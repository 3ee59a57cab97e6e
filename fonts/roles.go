package fonts

import (
	"slices"
	"strings"
)

// Role is what a typeface prints in the official layout of GB/T 9704-2012.
type Role string

// The roles.
const (
	Title Role = "title" // 小标宋: the document title
	Hei   Role = "hei"   // 黑体: 一、 headings
	Kai   Role = "kai"   // 楷体: （一） headings and task units
	Fang  Role = "fang"  // 仿宋: the body, 1. and （1） headings
	Song  Role = "song"  // 宋体: page numbers
)

// Roles lists the roles in the order reports show them.
var Roles = []Role{Title, Hei, Kai, Fang, Song}

// Label returns the Chinese name of the role's typeface.
func (r Role) Label() string {
	switch r {
	case Title:
		return "小标宋"
	case Hei:
		return "黑体"
	case Kai:
		return "楷体"
	case Fang:
		return "仿宋"
	case Song:
		return "宋体"
	}
	return string(r)
}

// Style is a role printed regular or bold. Only 仿宋 is printed bold (lead
// sentences); no 仿宋 has a bold weight, so bold is synthesised.
type Style struct {
	Role Role
	Bold bool
}

// Label returns the Chinese name of the style, such as 仿宋加粗.
func (s Style) Label() string {
	if s.Bold {
		return s.Role.Label() + "加粗"
	}
	return s.Role.Label()
}

// official returns, best first, the family names of the fonts that
// Chinese offices install for role r: the GB2312 fonts the standard was
// written for, Windows' own, 方正's GBK versions and macOS' 华文 fonts.
// The lists are package-level slices of constants, which the compiler
// lays out in the program's data: a map of them was built at every
// start.
func official(r Role) []string {
	switch r {
	case Title:
		return officialTitle
	case Hei:
		return officialHei
	case Kai:
		return officialKai
	case Fang:
		return officialFang
	case Song:
		return officialSong
	}
	return nil
}

var (
	officialTitle = []string{"方正小标宋简体", "方正小标宋_GBK", "方正小标宋", "FZXiaoBiaoSong-B05S", "FZXiaoBiaoSong-B05", "FZXBSJW--GB1-0", "小标宋", "华文中宋", "STZhongsong"}
	officialHei   = []string{"黑体", "SimHei", "方正黑体_GBK", "方正黑体简体", "FZHei-B01S", "FZHei-B01", "华文黑体", "STHeiti"}
	officialKai   = []string{"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "SimKai", "方正楷体_GBK", "方正楷体简体", "FZKai-Z03S", "FZKai-Z03", "华文楷体", "STKaiti"}
	officialFang  = []string{"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "SimFang", "方正仿宋_GBK", "方正仿宋简体", "FZFangSong-Z02S", "FZFangSong-Z02", "华文仿宋", "STFangsong"}
	officialSong  = []string{"宋体", "SimSun", "方正书宋_GBK", "方正书宋简体", "FZShuSong-Z01S", "华文宋体", "STSong"}
)

// keywords classify a font whose family is not official, for fonts a
// user points to with a folder: 汉仪仿宋 still prints the body. The order
// matters, as 小标宋 and 仿宋 both contain 宋.
var keywords = []struct {
	role  Role
	words []string
}{
	{Title, []string{"小标宋", "xiaobiaosong", "标宋", "中宋", "zhongsong"}},
	{Fang, []string{"仿宋", "fangsong"}},
	{Kai, []string{"楷", "kai"}},
	{Hei, []string{"黑", "hei"}},
	{Song, []string{"宋", "song"}},
}

// classify returns the role a face can print and its rank among the
// fonts of that role (lower is better), or ok false. Only loose
// classification, for a folder the user chose, goes by keywords.
func classify(f *Face, loose bool) (role Role, rank int, ok bool) {
	for _, r := range Roles {
		for i, want := range official(r) {
			if slices.ContainsFunc(f.Names, func(n string) bool { return strings.EqualFold(n, want) }) {
				return r, i, true
			}
		}
	}
	if !loose {
		return "", 0, false
	}
	for _, k := range keywords {
		for _, n := range f.Names {
			low := strings.ToLower(n)
			for _, w := range k.words {
				if strings.Contains(low, w) {
					return k.role, len(official(k.role)), true
				}
			}
		}
	}
	return "", 0, false
}
