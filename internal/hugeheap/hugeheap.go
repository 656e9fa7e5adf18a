// Package hugeheap lets a run that is about to build a large heap have it
// backed by transparent huge pages, and holds the one policy for postponing
// the first garbage collection of a short run.
//
// On the machine sequere is measured on, a fresh 4 KiB page costs several
// microseconds to fault in (0.2 s of system time for GitHub's description's
// 24,000 faults), a fifth of a lint's CPU time. Go maps its heap without
// huge-page advice, and the common THP mode ("madvise", this machine's) only
// backs regions that asked for it. Reserve maps the memory the run will need up front, advises
// it for huge pages and hands it back to the Go allocator, which fills it
// from then on; each 2 MiB fault then replaces 512 small ones.
package hugeheap

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"

	"github.com/sequere/sequere/internal/hugeheap/atstart"
)

// Limit caps the total a process reserves: reserved memory costs address
// space only until it is used, but an estimate from a hostile input size
// must not ask for more than a large run needs.
const Limit = 1 << 30

// MinBytes is the smallest reservation worth its cost (one allocation and a
// forced garbage collection): a description under 1 MB (at the CLI's 32
// bytes of heap per input byte) builds too small a heap to gain from it.
const MinBytes = 32 << 20

var state struct {
	sync.Mutex
	total int
	// gen counts postponements; a cleanup from an older one must not undo
	// a newer one.
	gen int
	// percent and limit are the collector's settings before the first
	// postponement, restored after the first collection.
	percent  int
	limit    int64
	deferred bool
}

// Reserve advises the next n bytes of heap growth for huge pages. Calls add
// up (two descriptions loaded side by side each reserve their share) until
// Limit. Requests under MinBytes, platforms without transparent huge pages
// and GODEBUG=disablethp=1 advise nothing beyond atstart.Advise. It returns
// the bytes advised.
//
// Reserve also postpones the next garbage collection until the heap is
// twice the reserved size (at most the reserved size plus 256 MiB), unless
// the user set GOGC or GOMEMLIMIT. What a command allocates while it loads a
// large description is mostly its node tree, which stays live to the end:
// collecting at the default 4, 8, 16... MB goals marks that tree again and
// again for nothing (on GitHub's description, a tenth of the run's CPU).
// After that first collection the default pacing comes back.
func Reserve(n int) int {
	// Whatever the runtime has mapped since the start of the process gets
	// the advice first, whatever the size (see package atstart).
	atstart.Advise()
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
	if advised > 0 {
		postponeGC(min(2*state.total, state.total+256<<20))
	}
	return advised
}

// PostponeGC turns the collector off until the heap reaches heap bytes, or
// moves that point if an earlier call set it; the first collection brings
// back the settings from before the first call. GOGC or GOMEMLIMIT set by the
// user win: it then does nothing. Reserve calls it for large inputs; a
// command may call it for a run too short to need any collection.
func PostponeGC(heap int) {
	state.Lock()
	defer state.Unlock()
	postponeGC(heap)
}

// postponeGC is PostponeGC for callers that hold state.
func postponeGC(heap int) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	if !state.deferred {
		state.deferred = true
		state.percent = debug.SetGCPercent(-1)
		state.limit = debug.SetMemoryLimit(int64(heap))
	} else {
		debug.SetMemoryLimit(int64(heap))
	}
	state.gen++
	gen := state.gen
	// A pointerful object: tiny-allocated ones may never be collected.
	sentinel := &struct{ _ *byte }{}
	runtime.AddCleanup(sentinel, restoreGC, gen)
}

func restoreGC(gen int) {
	state.Lock()
	defer state.Unlock()
	if !state.deferred || gen != state.gen {
		return
	}
	state.deferred = false
	debug.SetGCPercent(state.percent)
	debug.SetMemoryLimit(state.limit)
}
