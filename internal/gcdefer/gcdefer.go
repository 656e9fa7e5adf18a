// Package gcdefer postpones the first garbage collections of a command that
// loads a large description: what it allocates while loading is mostly the
// node tree, which stays live to the end, so collecting at the default 4, 8,
// 16... MB goals marks that tree again and again for nothing. Turning the
// collector off until the heap reaches twice the expected size takes 12-17%
// off a Stripe or GitHub lint (bench/RESULTS.md, stop 13).
package gcdefer

import (
	"os"
	"runtime"
	"runtime/debug"
	"sync"
)

// Limit caps the total a process reserves: an estimate from a hostile input
// size must not turn the collector off for more than a large run needs.
const Limit = 1 << 30

// MinBytes is the smallest reservation that postpones anything: a
// description under 1 MB (at the CLI's 32 bytes of heap per input byte)
// builds too small a heap to gain from it.
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

// Reserve postpones the next garbage collection until the heap is twice
// the n bytes a command is about to build (at most n plus 256 MiB), unless
// the user set GOGC or GOMEMLIMIT. Calls add up (two descriptions loaded side
// by side each reserve their share) until Limit; requests under MinBytes do
// nothing. It returns the bytes reserved. After that first collection the
// default pacing comes back.
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
	state.total += n
	postponeGC(min(2*state.total, state.total+256<<20))
	return n
}

// postponeGC turns the collector off until the heap reaches heap bytes, or
// moves that point if an earlier call set it; the first collection brings
// back the settings from before the first call. GOGC or GOMEMLIMIT set by the
// user win: it then does nothing. The caller holds state.
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
