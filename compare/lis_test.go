package compare

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// quadraticIncreasing is the plain O(n²) dynamic programme that
// longestIncreasing must agree with, element for element.
func quadraticIncreasing(seq []int) []bool {
	n := len(seq)
	length, prev := make([]int, n), make([]int, n)
	best := -1
	for i := range seq {
		length[i], prev[i] = 1, -1
		for j := 0; j < i; j++ {
			if seq[j] < seq[i] && length[j]+1 > length[i] {
				length[i], prev[i] = length[j]+1, j
			}
		}
		if best < 0 || length[i] > length[best] {
			best = i
		}
	}
	in := make([]bool, n)
	for i := best; i >= 0; i = prev[i] {
		in[i] = true
	}
	return in
}

// TestLongestIncreasing: the O(n log n) subsequence is the one the plain
// programme chooses, on permutations and on sequences with repeats.
func TestLongestIncreasing(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := range 60 {
		for range 20 {
			seq := r.Perm(n)
			if n%3 == 0 {
				for i := range seq {
					seq[i] %= max(1, n/4)
				}
			}
			if got, want := longestIncreasing(seq), quadraticIncreasing(seq); !slices.Equal(got, want) {
				t.Fatalf("%v: got %v, want %v", seq, got, want)
			}
		}
	}
}
