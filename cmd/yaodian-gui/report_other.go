//go:build !windows

package main

import (
	"fmt"
	"os"

	"yaodian/usererr"
)

// reportStartProblem prints err on one line, Chinese and English, as the
// command line does.
func reportStartProblem(err error) {
	fmt.Fprintln(os.Stderr, "yaodian: "+usererr.Bilingual(err))
}
