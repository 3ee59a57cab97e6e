// This file is not upstream's: it is added by the Yaodian patch (see
// PATCH.md). queryEscape and queryUnescape are net/url's QueryEscape and
// QueryUnescape, copied from Go 1.26 (BSD-style licence, Copyright 2009
// The Go Authors), so that this package does not import net/url, which
// brings net/netip and its work at the start of every program.

package diffmatchpatch

import (
	"strconv"
	"strings"
)

// escapeError is net/url's EscapeError: a % not followed by two
// hexadecimal digits.
type escapeError string

func (e escapeError) Error() string {
	return "invalid URL escape " + strconv.Quote(string(e))
}

const upperhex = "0123456789ABCDEF"

// queryShouldEscape reports whether net/url escapes c in a query
// component: everything but the unreserved characters of RFC 3986.
func queryShouldEscape(c byte) bool {
	if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
		return false
	}
	switch c {
	case '-', '_', '.', '~':
		return false
	}
	return true
}

func queryIsHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// queryUnhex is net/url's unhex. Precondition: queryIsHex(c).
func queryUnhex(c byte) byte {
	return 9*(c>>6) + (c & 15)
}

// queryUnescape is url.QueryUnescape.
func queryUnescape(s string) (string, error) {
	// Count %, check that they're well-formed.
	n := 0
	hasPlus := false
	for i := 0; i < len(s); {
		switch s[i] {
		case '%':
			n++
			if i+2 >= len(s) || !queryIsHex(s[i+1]) || !queryIsHex(s[i+2]) {
				s = s[i:]
				if len(s) > 3 {
					s = s[:3]
				}
				return "", escapeError(s)
			}
			i += 3
		case '+':
			hasPlus = true
			i++
		default:
			i++
		}
	}

	if n == 0 && !hasPlus {
		return s, nil
	}

	var t strings.Builder
	t.Grow(len(s) - 2*n)
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '%':
			t.WriteByte(queryUnhex(s[i+1])<<4 | queryUnhex(s[i+2]))
			i += 2
		case '+':
			t.WriteByte(' ')
		default:
			t.WriteByte(s[i])
		}
	}
	return t.String(), nil
}

// queryEscape is url.QueryEscape.
func queryEscape(s string) string {
	spaceCount, hexCount := 0, 0
	for _, c := range []byte(s) {
		if queryShouldEscape(c) {
			if c == ' ' {
				spaceCount++
			} else {
				hexCount++
			}
		}
	}

	if spaceCount == 0 && hexCount == 0 {
		return s
	}

	var buf [64]byte
	var t []byte

	required := len(s) + 2*hexCount
	if required <= len(buf) {
		t = buf[:required]
	} else {
		t = make([]byte, required)
	}

	if hexCount == 0 {
		copy(t, s)
		for i := 0; i < len(s); i++ {
			if s[i] == ' ' {
				t[i] = '+'
			}
		}
		return string(t)
	}

	j := 0
	for _, c := range []byte(s) {
		switch {
		case c == ' ':
			t[j] = '+'
			j++
		case queryShouldEscape(c):
			t[j] = '%'
			t[j+1] = upperhex[c>>4]
			t[j+2] = upperhex[c&15]
			j += 3
		default:
			t[j] = c
			j++
		}
	}
	return string(t)
}
