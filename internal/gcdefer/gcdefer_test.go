package gcdefer

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

func TestReserveBounds(t *testing.T) {
	if got := Reserve(MinBytes - 1); got != 0 {
		t.Errorf("Reserve below MinBytes reserved %d bytes", got)
	}
	state.Lock()
	saved := state.total
	state.total = Limit - MinBytes/2
	state.Unlock()
	defer func() {
		state.Lock()
		state.total = saved
		state.Unlock()
	}()
	if got := Reserve(Limit); got != 0 {
		t.Errorf("Reserve past Limit reserved %d bytes", got)
	}
}

// Reserve turns the collector off until the heap has grown into the
// reservation, and the first collection brings the default pacing back.
func TestReservePostponesFirstGC(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT set")
	}
	restoreGC(state.gen) // whatever an earlier test postponed
	if Reserve(MinBytes) == 0 {
		t.Fatal("Reserve reserved nothing")
	}
	if p := debug.SetGCPercent(-1); p != -1 {
		debug.SetGCPercent(p)
		t.Fatalf("after Reserve: GC percent %d, want -1 (off)", p)
	}
	if l := debug.SetMemoryLimit(-1); l < MinBytes {
		t.Fatalf("after Reserve: memory limit %d, want at least the reservation", l)
	}
	// The cleanup that restores the pacing runs on its own goroutine after a
	// collection; wait for it (bounded) rather than for a fixed time.
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		runtime.GC()
		state.Lock()
		deferred := state.deferred
		state.Unlock()
		if !deferred {
			if p := debug.SetGCPercent(-1); p != 100 {
				t.Errorf("after the first collection: GC percent %d, want 100", p)
			}
			debug.SetGCPercent(100)
			if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
				t.Errorf("after the first collection: memory limit %d, want none", l)
			}
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
	t.Fatal("the default pacing did not come back after collections")
}
