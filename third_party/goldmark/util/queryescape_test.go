// This file is not upstream's: it is added by the Yaodian patch (see
// PATCH.md), to check the copies of net/url's functions against them.

package util

import (
	"net/url"
	"testing"
)

func TestQueryEscapeIsNetURLs(t *testing.T) {
	inputs := []string{"", "abc", "a b", "a+b", "100%", "%", "%4", "%41", "%zz", "%4g", "a%20b+c", "~-._", "é中文", "\x00\x7f\xff",
		"!\"#$&'()*+,/:;<=>?@[\\]^`{|}", "%E4%B8%AD", "%e4%b8%ad+x", "++", " %41 "}
	for c := 0; c < 256; c++ {
		inputs = append(inputs, string([]byte{byte(c)}), "%"+string([]byte{byte(c)})+"0", "%0"+string([]byte{byte(c)}))
	}
	long := ""
	for i := 0; i < 40; i++ {
		long += "a b/"
	}
	inputs = append(inputs, long, long+"x")
	for _, s := range inputs {
		if got, want := queryEscape(s), url.QueryEscape(s); got != want {
			t.Errorf("queryEscape(%q) = %q, want %q", s, got, want)
		}
		got, gerr := queryUnescape(s)
		want, werr := url.QueryUnescape(s)
		if got != want || (gerr == nil) != (werr == nil) || gerr != nil && gerr.Error() != werr.Error() {
			t.Errorf("queryUnescape(%q) = %q, %v; want %q, %v", s, got, gerr, want, werr)
		}
	}
}
