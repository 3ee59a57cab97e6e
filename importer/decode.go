package importer

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"yaodian/usererr"
)

// textEncoding names a character encoding decodeText recognises.
type textEncoding string

// The encodings of the plain text files writers have.
const (
	encUTF8    textEncoding = "UTF-8"
	encUTF16LE textEncoding = "UTF-16LE"
	encUTF16BE textEncoding = "UTF-16BE"
	encUTF32LE textEncoding = "UTF-32LE"
	encUTF32BE textEncoding = "UTF-32BE"
	encGB18030 textEncoding = "GB18030" // includes GBK and GB2312
	encBig5    textEncoding = "Big5"
)

// decodeText turns the bytes of a text file into UTF-8 and names the
// encoding it found. A byte order mark decides; without one, text with
// the zero bytes of UTF-16 is UTF-16, text that is valid UTF-8 is UTF-8, and
// anything else is decoded as GB18030 (a superset of GBK) and as Big5,
// keeping the reading whose characters are the common characters of
// Chinese official writing. Binary data and empty files are refused.
func decodeText(data []byte) (string, textEncoding, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", errEmpty
	}
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return checkText(decodeUTF8(data[3:]), encUTF8)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}):
		return checkText(decodeUnits(data[4:], 4, false), encUTF32LE)
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}):
		return checkText(decodeUnits(data[4:], 4, true), encUTF32BE)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return checkText(decodeUnits(data[2:], 2, false), encUTF16LE)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return checkText(decodeUnits(data[2:], 2, true), encUTF16BE)
	}
	if s, enc, ok := guessUTF16(data); ok {
		return checkText(s, enc)
	}
	if utf8.Valid(data) {
		return checkText(string(data), encUTF8)
	}
	if mostlyUTF8(data) {
		// A few broken sequences (a file cut in the middle of a character)
		// in otherwise good UTF-8: keep the text, mark the damage.
		return checkText(decodeUTF8(data), encUTF8)
	}
	if binaryBytes(data) {
		return "", "", errBinary
	}
	gb, gbOK := legacy(simplifiedchinese.GB18030, data)
	big, bigOK := legacy(traditionalchinese.Big5, data)
	switch {
	case gbOK && gb.plausible() && (!bigOK || gb.score >= big.score):
		if err := strict(simplifiedchinese.GB18030, data, "GBK/GB18030"); err != nil {
			return "", "", err
		}
		return checkText(gb.text, encGB18030)
	case bigOK && big.plausible():
		if err := strict(traditionalchinese.Big5, data, "Big5"); err != nil {
			return "", "", err
		}
		return checkText(big.text, encBig5)
	}
	return "", "", usererr.New("无法识别文件的字符编码（试过 UTF-8、UTF-16、GBK/GB18030 和 Big5）；请另存为 UTF-8 文本", "cannot tell the file's character encoding (tried UTF-8, UTF-16, GBK/GB18030 and Big5); save it as UTF-8 text")
}

var (
	errEmpty  = usererr.New("文件为空", "the file is empty")
	errBinary = usererr.New("文件不是文本文件（含有二进制数据）", "the file is not a text file (it holds binary data)")
)

// strict refuses data that enc decodes only by putting U+FFFD in place of
// bytes that are not in it, as golang.org/x/text does without an error:
// a damaged file, or one that mixes encodings, would lose text silently.
// The message names the first line with such bytes.
func strict(enc encoding.Encoding, data []byte, name string) error {
	// U+FFFD itself, which GB18030 can encode, is no damage.
	encodedFFFD, _ := enc.NewEncoder().Bytes([]byte("\uFFFD"))
	line := 1
	for chunk := range bytes.Lines(data) {
		out, err := enc.NewDecoder().Bytes(chunk)
		if err != nil || bytes.Count(out, []byte("\uFFFD")) > countOf(chunk, encodedFFFD) {
			return usererr.New(
				fmt.Sprintf("文件按 %s 编码读取时，第 %d 行有不属于该编码的字节（文件可能已损坏，或混用了几种编码）；请用 WPS 或记事本打开、检查后另存为 UTF-8 文本", name, line),
				fmt.Sprintf("line %d has bytes that are not %s (the file may be damaged or mix encodings); open it in WPS or Notepad, check it and save it as UTF-8 text", line, name))
		}
		line++
	}
	return nil
}

// countOf counts the non-overlapping occurrences of sep in b, 0 for an
// empty sep.
func countOf(b, sep []byte) int {
	if len(sep) == 0 {
		return 0
	}
	return bytes.Count(b, sep)
}

// decodeUTF8 returns data as a string with each invalid byte replaced by
// U+FFFD.
func decodeUTF8(data []byte) string {
	return strings.ToValidUTF8(string(data), "\uFFFD")
}

// decodeUnits returns UTF-16 (size 2) or UTF-32 (size 4) data as a
// string. A unit that is no character — in UTF-16 a surrogate without its
// other half, in UTF-32 any surrogate or a value past U+10FFFF — becomes
// U+FFFD, and so do trailing bytes short of a unit, as golang.org/x/text's
// decoders do: a file cut short keeps its text and shows the damage, like
// cut UTF-8. It is written out because that package's initialisation cost
// every run of the command line two page faults.
func decodeUnits(data []byte, size int, bigEndian bool) string {
	var b strings.Builder
	b.Grow(len(data))
	high := rune(-1) // in UTF-16, a high surrogate waiting for its low half
	for ; len(data) >= size; data = data[size:] {
		var r rune
		for i := range size {
			if bigEndian {
				r = r<<8 | rune(data[i])
			} else {
				r |= rune(data[i]) << (8 * i)
			}
		}
		if high >= 0 {
			if 0xDC00 <= r && r <= 0xDFFF {
				b.WriteRune(utf16.DecodeRune(high, r))
				high = -1
				continue
			}
			b.WriteRune(utf8.RuneError)
			high = -1
		}
		if size == 2 && 0xD800 <= r && r <= 0xDBFF {
			high = r
			continue
		}
		b.WriteRune(r) // U+FFFD for a surrogate or a value past U+10FFFF
	}
	if high >= 0 {
		b.WriteRune(utf8.RuneError)
	}
	if len(data) > 0 {
		b.WriteRune(utf8.RuneError)
	}
	return b.String()
}

// guessUTF16 reads data as UTF-16 without a byte order mark, if it is
// that: it has zero bytes (the high bytes of ASCII characters, which no
// legacy Chinese encoding has), an even length, and in one byte order at
// least one character in ten is a common Chinese character (in binary data
// about one in two hundred is) or most are printable ASCII.
func guessUTF16(data []byte) (string, textEncoding, bool) {
	if len(data) < 4 || len(data)%2 != 0 || bytes.IndexByte(data, 0) < 0 {
		return "", "", false
	}
	units := len(data) / 2
	best, bestEnc, bestScore := "", textEncoding(""), -1
	for _, enc := range []textEncoding{encUTF16LE, encUTF16BE} {
		s := decodeUnits(data, 2, enc == encUTF16BE)
		ascii := 0
		for _, r := range s {
			if r >= 0x20 && r <= 0x7E || r == '\n' || r == '\r' || r == '\t' {
				ascii++
			}
		}
		score := chineseScore(s)
		if score*10 >= units || ascii*2 >= units {
			if score+ascii > bestScore {
				best, bestEnc, bestScore = s, enc, score+ascii
			}
		}
	}
	return best, bestEnc, bestScore >= 0
}

// mostlyUTF8 reports whether data is UTF-8 with rare damage: at least ten
// well-formed multi-byte characters for each broken sequence.
func mostlyUTF8(data []byte) bool {
	good, bad := 0, 0
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && size <= 1:
			bad++
		case size > 1:
			good++
		}
		i += max(size, 1)
	}
	return good >= 10*bad
}

// binaryBytes reports whether data holds zero bytes or many control
// characters, as no text file in a legacy Chinese encoding does.
func binaryBytes(data []byte) bool {
	control := 0
	for _, b := range data {
		if b == 0 {
			return true
		}
		if b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != '\v' && b != 0x1A {
			control++
		}
	}
	return control*100 > len(data)
}

// checkText refuses decoded text that is not text: zero characters, or
// more than one in a hundred control characters.
func checkText(s string, enc textEncoding) (string, textEncoding, error) {
	control, total := 0, 0
	for _, r := range s {
		total++
		if r == 0 {
			return "", "", errBinary
		}
		if unicode.IsControl(r) && !strings.ContainsRune("\n\r\t\f\v\u0085\x1a", r) {
			control++
		}
	}
	if control*100 > total {
		return "", "", errBinary
	}
	if strings.TrimFunc(s, func(r rune) bool { return unicode.IsSpace(r) || r == '\uFEFF' }) == "" {
		return "", "", errEmpty
	}
	return s, enc, nil
}

// commonChinese are the 300 characters that occur most often in the plans
// of testdata/seeds, Simplified and Traditional. Text decoded with the
// wrong Chinese encoding is made of rarer characters.
const commonChinese = "技新科业创建的化創展高作和企力加大工产研推术省发中業家一合等重支成持人全设制实进动型市用能發强引施地国项政院基平設才区國吉以服目心生入主立示点產机源提動行台开域造度特年级術批究實性金务培林投體资导快區育学范強为程关深有集上略要果划争面量升体共计在村优专進方自所转农融資打部策效园系民增好员核对品落与機長利保理构務為領色分会突點同料联定完材各通先向善形步经续校關局器鼓派驗励三活與战聚信孵长围领府戰興组个改代攻及小权指導開子知州雙革學件室取济标结位五出接農治管织键试规识精質振破社物干积份本路安春息我认极绕启态文模四統健備智县势構供水放需求到现意布把專助站兴验次整協多級外碳法做公促城任範具移考委准层式轉試現撑第二十撐速商超團光探空裝套种选乡党内着抓隊聯對不場明北測項製慧評际质標更流藥前享总条载题应时挥思優籌鏈境際帶車康士端收扶环协继养间坚众案激勢障板"

// commonSet is commonChinese as a set, built on first use.
var commonSet = sync.OnceValue(func() map[rune]bool {
	m := map[rune]bool{}
	for _, r := range commonChinese {
		m[r] = true
	}
	return m
})

// reading is a text decoded in one legacy encoding, with its chineseScore.
type reading struct {
	text  string
	score int
}

// legacy decodes data in enc and scores it; ok is false when data is not
// in enc.
func legacy(enc encoding.Encoding, data []byte) (r reading, ok bool) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return reading{}, false
	}
	s := string(out)
	return reading{s, chineseScore(s)}, true
}

// plausible reports whether text decoded from a legacy encoding reads as
// Chinese: at least one character in twenty is a common one. Text decoded
// with an encoding it was not written in, or bytes that are no text at
// all, fall far below that; the seeds are at one in three or more.
func (r reading) plausible() bool {
	return r.score*20 >= utf8.RuneCountInString(r.text)
}

// chineseScore counts the common characters of s, less ten for each
// replacement character a failed decoding left.
func chineseScore(s string) int {
	score := 0
	common := commonSet()
	for _, r := range s {
		switch {
		case common[r]:
			score++
		case r == utf8.RuneError:
			score -= 10
		}
	}
	return score
}
