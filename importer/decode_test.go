package importer

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// decodeText names the encoding it found and gives back the text, for
// Simplified text in GBK and Traditional text in Big5 alike: each is
// valid in the other's encoding too, and only the characters tell.
func TestDecodeText(t *testing.T) {
	const simplified = "一、总体要求\n（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，加快建设创新型城市，新认定高新技术企业25家以上。\n"
	const traditional = "一、總體思路\n（一）建設意義。創新是推動吉林振興的第一動力，是深度融入新發展格局的決定性力量。\n"
	for _, tc := range []struct {
		name string
		text string
		enc  encoding.Encoding
		want textEncoding
	}{
		{"UTF-8", simplified, encoding.Nop, encUTF8},
		{"UTF-8 with BOM", simplified, unicode.UTF8BOM, encUTF8},
		{"UTF-16LE with BOM", simplified, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), encUTF16LE},
		{"UTF-16BE with BOM", simplified, unicode.UTF16(unicode.BigEndian, unicode.UseBOM), encUTF16BE},
		{"UTF-16BE without BOM", simplified, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), encUTF16BE},
		{"English in UTF-16LE without BOM", "Annual work plan\r\n1. Build platforms.\r\n", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), encUTF16LE},
		{"UTF-32LE with BOM", simplified, utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), encUTF32LE},
		{"UTF-32BE with BOM", simplified + "𠀀", utf32.UTF32(utf32.BigEndian, utf32.UseBOM), encUTF32BE},
		{"GBK", simplified, simplifiedchinese.GBK, encGB18030},
		{"GB18030", simplified + "𠀀", simplifiedchinese.GB18030, encGB18030},
		{"Traditional in GBK", traditional, simplifiedchinese.GBK, encGB18030},
		{"Big5", traditional, traditionalchinese.Big5, encBig5},
	} {
		data, err := tc.enc.NewEncoder().Bytes([]byte(tc.text))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got, enc, err := decodeText(data)
		if err != nil || enc != tc.want || got != strings.TrimPrefix(tc.text, "\uFEFF") {
			t.Errorf("%s: decoded as %s (%v):\n%q", tc.name, enc, err, got)
		}
	}
	// UTF-8 cut in the middle of its last character stays UTF-8.
	cut := []byte(strings.Repeat(simplified, 3))
	cut = cut[:len(cut)-2]
	if got, enc, err := decodeText(cut); err != nil || enc != encUTF8 || !strings.HasSuffix(got, "\uFFFD") {
		t.Errorf("cut UTF-8: %s %v %q", enc, err, got[len(got)-10:])
	}
	noise := make([]byte, 4000)
	for i := range noise {
		noise[i] = byte(0x81 + i*7919%126) // high bytes that GB18030 and Big5 both accept
	}
	for _, data := range [][]byte{noise, nil, []byte(" \n\t"), []byte("\xEF\xBB\xBF\r\n"), {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0}, []byte("\x00\x01\x02\x03\x04\x05\x06\x07")} {
		if _, _, err := decodeText(data); err == nil {
			t.Errorf("decodeText(%q) succeeded", data)
		}
	}
}

// Bytes that are not GB18030 (or Big5) in an otherwise Chinese file are
// refused with the line they are on, not turned into U+FFFD; U+FFFD that
// the file itself encodes is text like any other.
func TestDecodeRefusesInvalidLegacyBytes(t *testing.T) {
	const text = "一、总体要求\n（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，加快建设创新型城市。\n（二）主要目标。新认定高新技术企业25家以上。\n"
	gb, _ := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
	lines := strings.SplitAfter(string(gb), "\n")
	for _, tc := range []struct {
		name string
		data string
		want string // in the error, "" for success
	}{
		{"a stray byte", lines[0] + lines[1] + "\xFF" + lines[2], "第 3 行"},
		{"a lead byte without its trail", lines[0] + "\x81\x20" + lines[1] + lines[2], "第 2 行"},
		{"U+FFFD encoded in GB18030", lines[0] + lines[1] + "\x84\x31\xA4\x37" + lines[2], ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, enc, err := decodeText([]byte(tc.data))
			if tc.want == "" {
				if err != nil || enc != encGB18030 || !strings.Contains(s, "\uFFFD") {
					t.Fatalf("decodeText = %v, %v", enc, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "GBK/GB18030") {
				t.Fatalf("decodeText = %q, %v; want an error naming %s", s, err, tc.want)
			}
		})
	}
}

// decodeUnits reads UTF-16 and UTF-32 in either byte order as
// golang.org/x/text's decoders do, damage included: a surrogate without
// its other half, a UTF-32 surrogate, a value past U+10FFFF and trailing
// bytes short of a unit each become U+FFFD, in UTF-16 as in UTF-32.
func TestDecodeUnits(t *testing.T) {
	for _, tc := range []struct {
		name string
		size int
		le   []byte // little-endian; the big-endian case is its units reversed
		want string
	}{
		{"UTF-16 text", 2, []byte{0x81, 0x89, 0x41, 0}, "要A"},
		{"UTF-16 empty", 2, nil, ""},
		{"UTF-16 surrogate pair", 2, []byte{0x40, 0xD8, 0x00, 0xDC, 0x41, 0}, "𠀀A"},
		{"UTF-16 high surrogate alone", 2, []byte{0x40, 0xD8, 0x41, 0}, "\uFFFDA"},
		{"UTF-16 low surrogate alone", 2, []byte{0x00, 0xDC, 0x41, 0}, "\uFFFDA"},
		{"UTF-16 high surrogate at the end", 2, []byte{0x41, 0, 0x40, 0xD8}, "A\uFFFD"},
		{"UTF-16 odd trailing byte", 2, []byte{0x41, 0, 0x42}, "A\uFFFD"},
		{"UTF-16 high surrogate, then an odd byte", 2, []byte{0x40, 0xD8, 0x00}, "\uFFFD\uFFFD"},
		{"UTF-16 one byte", 2, []byte{0x41}, "\uFFFD"},
		{"UTF-32 text", 4, []byte{0x81, 0x89, 0, 0, 0x41, 0, 0, 0, 0x00, 0x00, 0x02, 0x00}, "要A𠀀"},
		{"UTF-32 empty", 4, nil, ""},
		{"UTF-32 surrogate", 4, []byte{0x00, 0xD8, 0, 0, 0x41, 0, 0, 0}, "\uFFFDA"},
		{"UTF-32 past U+10FFFF", 4, []byte{0x00, 0x00, 0x11, 0x00, 0xFF, 0xFF, 0xFF, 0xFF}, "\uFFFD\uFFFD"},
		{"UTF-32 two trailing bytes", 4, []byte{0x41, 0, 0, 0, 0x42, 0}, "A\uFFFD"},
		{"UTF-32 three trailing bytes", 4, []byte{0x41, 0, 0, 0, 0x42, 0, 0}, "A\uFFFD"},
	} {
		be := slices.Clone(tc.le)
		for i := 0; i+tc.size <= len(be); i += tc.size {
			slices.Reverse(be[i : i+tc.size])
		}
		for _, c := range []struct {
			data      []byte
			bigEndian bool
			x         encoding.Encoding
		}{
			{tc.le, false, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
			{be, true, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
		} {
			if tc.size == 4 {
				c.x = utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM)
				if c.bigEndian {
					c.x = utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM)
				}
			}
			got := decodeUnits(c.data, tc.size, c.bigEndian)
			if got != tc.want {
				t.Errorf("%s, big-endian %v: %q, want %q", tc.name, c.bigEndian, got, tc.want)
			}
			if x, err := c.x.NewDecoder().Bytes(c.data); err != nil || got != string(x) {
				t.Errorf("%s, big-endian %v: %q, golang.org/x/text reads %q (%v)", tc.name, c.bigEndian, got, x, err)
			}
		}
	}
}

// A text file in UTF-16 or UTF-32 with a byte order mark that was cut
// short keeps its text, with U+FFFD for the cut character, whatever the
// width and byte order.
func TestDecodeTextCutShort(t *testing.T) {
	const text = "一、总体要求\n（一）指导思想。坚持创新驱动，加快建设创新型城市。\n"
	for _, tc := range []struct {
		name string
		enc  encoding.Encoding
		want textEncoding
		cut  []int // bytes cut off the end
	}{
		{"UTF-16LE", unicode.UTF16(unicode.LittleEndian, unicode.UseBOM), encUTF16LE, []int{0, 1}},
		{"UTF-16BE", unicode.UTF16(unicode.BigEndian, unicode.UseBOM), encUTF16BE, []int{0, 1}},
		{"UTF-32LE", utf32.UTF32(utf32.LittleEndian, utf32.UseBOM), encUTF32LE, []int{0, 1, 2, 3}},
		{"UTF-32BE", utf32.UTF32(utf32.BigEndian, utf32.UseBOM), encUTF32BE, []int{0, 1, 2, 3}},
	} {
		data, err := tc.enc.NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		for _, cut := range tc.cut {
			want := text
			if cut > 0 {
				want = strings.TrimSuffix(text, "\n") + "\uFFFD"
			}
			got, enc, err := decodeText(data[:len(data)-cut])
			if err != nil || enc != tc.want || got != want {
				t.Errorf("%s cut by %d bytes: %q as %s (%v), want %q as %s", tc.name, cut, got, enc, err, want, tc.want)
			}
		}
	}
}

// The .doc reader decodes 8-bit text as golang.org/x/text's Windows-1252
// does, byte for byte.
func TestCP1252IsCharmaps(t *testing.T) {
	dec := charmap.Windows1252.NewDecoder()
	for b := 0; b < 256; b++ {
		s, err := dec.Bytes([]byte{byte(b)})
		if err != nil {
			t.Fatal(err)
		}
		if want := []rune(string(s)); len(want) != 1 || cp1252(byte(b)) != want[0] {
			t.Errorf("cp1252(%#x) = %U, want %U", b, cp1252(byte(b)), want)
		}
	}
}
