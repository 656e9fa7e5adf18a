package hugeheap

import (
	"bufio"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"
)

// advisedBytes sums the mappings of this process that carry the huge-page
// advice ("hg" in smaps' VmFlags).
func advisedBytes(t *testing.T) int {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	total, size := 0, 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "Size:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")))
			size = kb << 10
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+rest+" ", " hg ") {
			total += size
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

func TestReserveAdvisesHeap(t *testing.T) {
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("kernel without transparent huge pages:", err)
	}
	got := Reserve(64 << 20)
	if got < 60<<20 {
		t.Fatalf("Reserve(64 MiB) advised %d bytes, want nearly 64 MiB", got)
	}
	// A second run of the test reuses the pages the first one advised, so
	// only the total can be checked.
	if advised := advisedBytes(t); advised < got {
		t.Fatalf("smaps shows %d advised bytes, Reserve reported %d", advised, got)
	}
	// The advised memory is the allocator's again: allocating into it works.
	var keep [][]byte
	for range 64 {
		keep = append(keep, make([]byte, 1<<20))
	}
	if len(keep) != 64 {
		t.Fatal("allocation failed")
	}
}

func TestReserveBounds(t *testing.T) {
	if got := Reserve(MinBytes - 1); got != 0 {
		t.Errorf("Reserve below MinBytes advised %d bytes", got)
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
		t.Errorf("Reserve past Limit advised %d bytes", got)
	}
}

// Reserve turns the collector off until the heap has grown into the
// reservation, and the first collection brings the default pacing back.
func TestReservePostponesFirstGC(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT set")
	}
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("kernel without transparent huge pages:", err)
	}
	restoreGC(state.gen) // whatever an earlier test postponed
	if Reserve(MinBytes) == 0 {
		t.Fatal("Reserve advised nothing")
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
