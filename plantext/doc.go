// Package plantext is the grammar of the text of Chinese plans: the
// numbering markers that open a line (一、 （一） 1． ① and their
// variants), the words that give a heading its role (总体要求, 主要目标,
// 重点任务 …), the units line that follows a task (（牵头单位：…；责任单位：…）),
// lead sentences, lists of recipients and the years a text names.
//
// It reads what writers type; docmodel holds what was read. The importer,
// the exporters and the editor share it so that they read plan text alike.
package plantext
