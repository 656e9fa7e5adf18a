//go:build linux && (amd64 || arm64 || ppc64le || riscv64 || loong64 || s390x)

package atstart

import (
	"bufio"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"unsafe"
)

func skipWithoutTHP(t *testing.T) {
	t.Helper()
	if _, err := os.Stat("/sys/kernel/mm/transparent_hugepage"); err != nil {
		t.Skip("kernel without transparent huge pages:", err)
	}
	if godebug, _ := os.LookupEnv("GODEBUG"); disabled(godebug) {
		t.Skip("GODEBUG=disablethp=1 is set for the whole test")
	}
}

// advisedAt reports whether the mapping holding addr carries the huge-page
// advice ("hg" in smaps' VmFlags).
func advisedAt(t *testing.T, addr uintptr) bool {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip("no /proc/self/smaps:", err)
	}
	defer f.Close()
	inside := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 0 {
			continue
		}
		if lo, hi, ok := strings.Cut(fields[0], "-"); ok && !strings.HasSuffix(fields[0], ":") {
			start, err1 := strconv.ParseUint(lo, 16, 64)
			end, err2 := strconv.ParseUint(hi, 16, 64)
			if err1 == nil && err2 == nil {
				inside = uint64(addr) >= start && uint64(addr) < end
				continue
			}
		}
		if inside && fields[0] == "VmFlags:" {
			for _, fl := range fields[1:] {
				if fl == "hg" {
					return true
				}
			}
			return false
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	t.Fatalf("no mapping holds %#x", addr)
	return false
}

func TestStartAdvisesFirstHeapChunk(t *testing.T) {
	skipWithoutTHP(t)
	if advised == 0 {
		t.Fatal("the initializer did not record the heap chunk")
	}
	if !advisedAt(t, uintptr(unsafe.Pointer(probe))) {
		t.Fatal("the heap chunk of the first allocation is not advised for huge pages")
	}
}

// grown counts the calls of TestAdviseCoversChunksMappedLater, so that each
// (with -count) allocates more than any before and gets fresh memory.
var grown int

func TestAdviseCoversChunksMappedLater(t *testing.T) {
	skipWithoutTHP(t)
	grown++
	// Larger than anything the test binary has freed, smaller than what is
	// left of the first 64 MiB arena.
	fresh := make([]byte, grown*6<<20)
	first := uintptr(unsafe.Pointer(unsafe.SliceData(fresh)))
	last := first + uintptr(len(fresh)) - 1
	if advisedAt(t, last) {
		// The runtime maps each new chunk without advice; memory reused
		// from an earlier test in this process may already carry it.
		t.Logf("the end of the allocation, %#x, was advised before Advise", last)
	}
	Advise()
	for _, addr := range []uintptr{first, (first + last) / 2, last} {
		if !advisedAt(t, addr) {
			t.Fatalf("after Advise, %#x in a %d MiB allocation is in a mapping without huge-page advice", addr, len(fresh)>>20)
		}
	}
}

func TestDisabled(t *testing.T) {
	for _, tc := range []struct {
		godebug string
		want    bool
	}{
		{"", false},
		{"disablethp=1", true},
		{"disablethp=0", false},
		{"gctrace=1,disablethp=1", true},
		{"disablethp=1,gctrace=1", true},
		{"disablethp=1,disablethp=0", false},
		{"disablethp=0,disablethp=1", true},
		{"disablethp=10", false},
		{"xdisablethp=1", false},
		{",,disablethp=1,", true},
	} {
		if got := disabled(tc.godebug); got != tc.want {
			t.Errorf("disabled(%q) = %v, want %v", tc.godebug, got, tc.want)
		}
	}
}

// TestGODEBUGTurnsItOff runs this test binary again with
// GODEBUG=disablethp=1 and checks that its initializer advised nothing.
func TestGODEBUGTurnsItOff(t *testing.T) {
	if os.Getenv("ATSTART_REPORT") == "1" {
		fmt.Printf("advised=%d\n", advised)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestGODEBUGTurnsItOff$", "-test.count=1")
	cmd.Env = append(os.Environ(), "ATSTART_REPORT=1", "GODEBUG=disablethp=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(string(out), "advised=0\n") {
		t.Fatalf("with GODEBUG=disablethp=1 the initializer still advised:\n%s", out)
	}
}

func TestFaultCost(t *testing.T) {
	var costs []int64
	for range 5 {
		costs = append(costs, faultCost())
	}
	for _, c := range costs {
		if c <= 0 {
			t.Fatalf("faultCost gave %d ns (all: %v): a page fault cannot take no time", c, costs)
		}
	}
	t.Logf("fault cost here: %v ns; collapse: %v (threshold %d ns)", costs, collapse, dearFault)
}
