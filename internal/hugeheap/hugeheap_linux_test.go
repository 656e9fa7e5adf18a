package hugeheap

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
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
	before := advisedBytes(t)
	got := Reserve(64 << 20)
	if got < 60<<20 {
		t.Fatalf("Reserve(64 MiB) advised %d bytes, want nearly 64 MiB", got)
	}
	if after := advisedBytes(t); after-before < got {
		t.Fatalf("smaps shows %d more advised bytes, Reserve reported %d", after-before, got)
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
