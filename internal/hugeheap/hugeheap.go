// Package hugeheap lets a run that is about to build a large heap have it
// backed by transparent huge pages.
//
// On the machines sequere is measured on, a fresh 4 KiB page costs several
// microseconds to fault in, and linting a 4 MB description touches some
// 25,000 of them: a fifth of the run's CPU time went to the kernel zeroing
// and mapping pages one at a time. Go maps its heap without huge-page
// advice, and Linux's default THP mode ("madvise") only backs regions that
// asked for it. Reserve maps the memory the run will need up front, advises
// it for huge pages and hands it back to the Go allocator, which fills it
// from then on; each 2 MiB fault then replaces 512 small ones.
package hugeheap

import "sync"

// Limit caps the total a process reserves: reserved memory costs address
// space only until it is used, but an estimate from a hostile input size
// must not ask for more than a large run needs.
const Limit = 1 << 30

// MinBytes is the smallest reservation worth its cost (one allocation and a
// garbage collection, about a millisecond).
const MinBytes = 32 << 20

var state struct {
	sync.Mutex
	total int
}

// Reserve advises the next n bytes of heap growth for huge pages. Calls add
// up (two descriptions loaded side by side each reserve their share) until
// Limit. Requests under MinBytes and platforms without transparent huge
// pages do nothing. It returns the bytes advised.
func Reserve(n int) int {
	if n < MinBytes {
		return 0
	}
	state.Lock()
	defer state.Unlock()
	n = min(n, Limit-state.total)
	if n < MinBytes {
		return 0
	}
	advised := reserve(n)
	state.total += advised
	return advised
}
