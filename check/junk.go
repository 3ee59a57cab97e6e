package check

import "yaodian/lazyregexp"

// junkPattern is a kind of text a web page leaves in a copied plan.
type junkPattern struct {
	Pattern *lazyregexp.Regexp
	// Keys are words one of which any match contains: the pattern is
	// tried only on text that holds one, which keeps the rule fast.
	Keys []string
	// What names the kind in a message.
	What string
	// Sentence is set for a site's notices to its readers, whose whole
	// sentence is junk.
	Sentence bool
}

// junkPatterns are what the junk-text rule removes. They were collected
// for this project from reposted plans found on document-sharing and
// model-essay sites (豆丁, 道客巴巴, 原创力文档, 范文 sites) and on
// government portals (the 字体：大 中 小 / 打印本页 / 关闭窗口 bar of
// their article template), and from the spam such pages carry.
var junkPatterns = []junkPattern{
	{Pattern: lazyregexp.New(`(?i)(?:https?://[^\s，。；、）)】」]+|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:/[^\s，。；、）)】」]*)?|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|cn|cc|top|vip|info|org)(?:\.cn)?(?:/[^\s，。；、）)】」]*)?\b)`), What: "网址",
		Keys: []string{"http", "www.", "WWW.", ".com", ".cn", ".net", ".cc", ".org", ".top", ".vip", ".info", ".COM", ".CN"}},
	{Pattern: lazyregexp.New(`豆丁网|百度文库|道客巴巴|原创力文档|360doc|个人图书馆|文档投稿赚钱网|第一范文网|范文先生网|中国范文网|学习啦|文秘帮|写写帮|公文易|范文大全|文库网|好范文网?|优知文库|稿子汇|公文汇|办公文档之家|范文学习文库|老金范文|汇文网|心语文创素材库?|海量公文素材|公务员之家`), What: "文档网站名称",
		Keys: []string{"豆丁", "文库", "道客巴巴", "原创力", "360doc", "图书馆", "文档投稿", "范文", "学习啦", "文秘帮", "写写帮", "公文易", "稿子汇", "公文汇", "文档之家", "汇文网", "心语文创", "公文素材", "公务员之家"}},
	{Pattern: lazyregexp.New(`(?:要点|计划|总结|方案|要點|計劃|總結)(范文)`), What: "范文网站标题",
		Keys: []string{"范文"}},
	{Pattern: lazyregexp.New(`(?:手机版\s*)?欢迎访问[^。，,；;\s]{0,20}`), What: "网站欢迎语",
		Keys: []string{"欢迎访问"}},
	{Pattern: lazyregexp.New(`(?:浏览次数|点击次数|阅读次数|访问次数|浏览量|点击量|点击数|阅读数|点击)\s*[:：]\s*[0-9]*`), What: "网页浏览计数",
		Keys: []string{"次数", "浏览量", "点击", "阅读数"}},
	{Pattern: lazyregexp.New(`(?:字体|字号)(?:调整|大小)?\s*[:：]\s*[【\[]?\s*大\s*[】\]]?\s*[【\[]?\s*中\s*[】\]]?\s*[【\[]?\s*小\s*[】\]]?`), What: "网页字号栏",
		Keys: []string{"字体", "字号"}},
	{Pattern: lazyregexp.New(`分享到\s*[:：]|分享到\s*$|打印本页|打印此页|关闭窗口|【\s*打印\s*】|【\s*关闭\s*】|\[\s*打印\s*\]|\[\s*关闭\s*\]|收藏本页|加入收藏|返回顶部|返回首页|网站地图|微信扫一扫|扫一扫分享|扫描二维码分享`), What: "网页按钮文字",
		Keys: []string{"分享到", "打印", "关闭", "收藏", "返回", "网站地图", "扫一扫", "二维码"}},
	{Pattern: lazyregexp.New(`(?:上一篇|下一篇|责任编辑|上传人|上传时间|文档编号|索引号|组配分类|主题分类)\s*[:：]\s*[^\s，。；]*|(?:您现在所在的位置|当前位置)\s*[:：]?(?:[^。，；>\n]{0,20}>)+|^\s*来源\s*[:：][^。，,；;]{0,20}|来源\s*[:：]\s*[^\s。，,；;]{1,12}网|信息来源\s*[:：]\s*[^\s。，,；;]{0,12}|(?:更新时间|发布时间|发布日期)\s*[:：]\s*20[0-9]{2}(?:[-/.年][0-9]{1,2}(?:[-/.月][0-9]{1,2}日?)?)?(?:\s+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?|[京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤琼川贵云陕甘青蒙桂藏宁新]ICP[备证]`), What: "网页栏目文字",
		Keys: []string{"上一篇", "下一篇", "责任编辑", "来源", "时间", "日期", "ICP", "上传人", "文档编号", "索引号", "组配分类", "主题分类", "位置"}},
	{Pattern: lazyregexp.New(`转载请注明|版权归原作者|免责声明\s*[:：]|下载文档时|付费下载|下载本文|本文由[^。，]{0,20}(?:整理|提供|上传|发布|收集)|本文档由|版权归属用户|联系客服|下载前请仔细阅读|文件下载后无此问题|由会员分享|可在线阅读|请在[^。，]{0,10}上搜索|全部预览完了|如果喜欢就下载|预览阅读已结束|扫码联系|咨询客服|网友上传|不代表本站观点|资讯信息快照|爬虫进行采集`), What: "网站提示语", Sentence: true,
		Keys: []string{"转载", "版权", "免责", "下载", "本文", "客服", "会员分享", "在线阅读", "上搜索", "预览完", "预览阅读", "扫码联系", "网友上传", "本站观点", "资讯信息快照", "爬虫"}},
	{Pattern: lazyregexp.New(`娱乐城|博彩|百家乐|真人娱乐|彩票网|葡京|威尼斯人|皇冠体育|皇冠娱乐|老虎机|六合彩|时时彩|注册送彩金|开户送|(?i:bet\s?365)|亚洲版官网|威斯尼斯人|国际官网版?|官网版`), What: "赌博广告",
		Keys: []string{"娱乐", "博彩", "百家乐", "彩票网", "葡京", "威尼斯人", "皇冠", "老虎机", "六合彩", "时时彩", "彩金", "开户送", "bet", "BET", "Bet", "亚洲版", "威斯尼斯人", "官网"}},
}

// latinAllowed are lower-case Latin words of six letters or more that
// Chinese plans use as they are.
var latinAllowed = lazy[map[string]bool]{build: func() map[string]bool {
	return setOf("online", "offline", "wechat", "android", "iphone", "ipad", "email", "e-mail", "windows", "linux", "python")
}}
