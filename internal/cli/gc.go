package cli

import (
	"os"

	"github.com/sequere/sequere/internal/hugeheap"
)

// smallInput is the largest total size of spec files that deferGC treats as
// small: petstore and tictactoe are a few KB, the next corpus spec (Asana)
// 400 KB.
const smallInput = 64 << 10

// smallInputHeap is the heap a small run may reach before its first
// collection. A petstore lint peaks near 5 MB, so it never collects.
const smallInputHeap = 64 << 20

// deferGC postpones the first garbage collection of a run on small local
// files. At the default GOGC the first cycle starts at a 4 MB heap, which a
// petstore lint reaches just before it exits: the cycle (its mark workers and
// the fresh pages it touches) costs some 3-8 ms of CPU and 150 page faults
// for nothing. (Large inputs get the same postponement, sized to their heap,
// from hugeheap.Reserve when they are parsed.) A small root file may still
// pull in a large multi-file tree, so the collector is off only until the
// heap reaches smallInputHeap; after that first collection the default
// pacing comes back. GOGC or GOMEMLIMIT set by the user is left alone, and so
// is anything but regular files (stdin, URLs).
func deferGC(specs []string) {
	var total int64
	for _, s := range specs {
		fi, err := os.Stat(s)
		if err != nil || !fi.Mode().IsRegular() {
			return
		}
		total += fi.Size()
	}
	if len(specs) == 0 || total > smallInput {
		return
	}
	hugeheap.PostponeGC(smallInputHeap)
}
