package fonts

import (
	"encoding/binary"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// Name IDs of the name table.
const (
	nameFamily            = 1
	namePostScript        = 6
	nameTypographicFamily = 16
)

// readNames fills Family, Names and PostScript from a name table. Chinese
// names may be stored as UTF-16 or, in older fonts, as GBK bytes.
func (f *Face) readNames(b []byte) {
	if len(b) < 6 {
		return
	}
	count := int(binary.BigEndian.Uint16(b[2:]))
	strOff := int(binary.BigEndian.Uint16(b[4:]))
	var zh, en string
	seen := map[string]bool{}
	for i := 0; i < count; i++ {
		rec := 6 + 12*i
		if rec+12 > len(b) {
			break
		}
		platform := binary.BigEndian.Uint16(b[rec:])
		encoding := binary.BigEndian.Uint16(b[rec+2:])
		lang := binary.BigEndian.Uint16(b[rec+4:])
		id := binary.BigEndian.Uint16(b[rec+6:])
		n := int(binary.BigEndian.Uint16(b[rec+8:]))
		off := strOff + int(binary.BigEndian.Uint16(b[rec+10:]))
		if id != nameFamily && id != nameTypographicFamily && id != namePostScript || off+n > len(b) {
			continue
		}
		s, chinese := decodeName(platform, encoding, lang, b[off:off+n])
		s = strings.TrimSpace(strings.ReplaceAll(s, "\x00", ""))
		if s == "" {
			continue
		}
		if id == namePostScript {
			if f.PostScript == "" {
				f.PostScript = s
			}
			continue
		}
		if !seen[s] {
			seen[s] = true
			f.Names = append(f.Names, s)
		}
		// The typographic family groups weights under one name; the
		// legacy family is what office software lists, so it wins.
		switch {
		case chinese && (zh == "" || id == nameFamily):
			zh = s
		case !chinese && (en == "" || id == nameFamily) && (platform == 3 && lang == 0x0409 || en == ""):
			en = s
		}
	}
	f.Family = zh
	if f.Family == "" {
		f.Family = en
	}
	if f.Family == "" {
		// Some converted fonts name only their PostScript face.
		f.Family = strings.TrimSuffix(f.PostScript, "-Regular")
	}
}

// decodeName decodes a name record and reports whether it is a Chinese
// name (by its language, or by containing Han characters).
func decodeName(platform, encoding, lang uint16, raw []byte) (string, bool) {
	var s string
	switch {
	case platform == 0 || platform == 3 && (encoding == 0 || encoding == 1 || encoding == 10):
		u := make([]uint16, len(raw)/2)
		for i := range u {
			u[i] = binary.BigEndian.Uint16(raw[2*i:])
		}
		s = string(utf16.Decode(u))
	case platform == 3 && encoding == 3:
		// PRC encoding: 16-bit units holding one GBK byte or two.
		var gbk []byte
		for i := 0; i+1 < len(raw); i += 2 {
			if raw[i] != 0 {
				gbk = append(gbk, raw[i])
			}
			gbk = append(gbk, raw[i+1])
		}
		s = decodeGBK(gbk)
	case platform == 1 && encoding == 25:
		s = decodeGBK(raw)
	case platform == 1 && encoding == 0:
		s = string(raw)
		for _, c := range raw {
			if c >= 0x80 {
				return "", false
			}
		}
	default:
		return "", false
	}
	chinese := platform == 3 && (lang&0x3FF == 0x004) || platform == 1 && encoding == 25
	if !chinese {
		for _, r := range s {
			if r >= 0x3400 && r <= 0x9FFF {
				chinese = true
				break
			}
		}
	}
	return s, chinese
}

func decodeGBK(b []byte) string {
	out, err := simplifiedchinese.GBK.NewDecoder().Bytes(b)
	if err != nil {
		return ""
	}
	return string(out)
}
