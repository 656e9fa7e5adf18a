//go:build linux && (amd64 || arm64 || ppc64le || riscv64 || loong64 || s390x)

package atstart

import (
	"syscall"
	"unsafe"
)

const (
	hugePage = 2 << 20
	// heapChunk is the runtime's pallocChunkBytes: the heap is mapped in
	// chunks of this size and alignment.
	heapChunk = 4 << 20
	// heapArena is the runtime's heapArenaBytes on 64-bit Linux: the
	// address range the runtime reserves at a time and grows the heap
	// through, chunk after chunk.
	heapArena = 64 << 20
	pageSize  = 4 << 10

	madvHugepage = 14 // MADV_HUGEPAGE, which package syscall does not name
	madvCollapse = 25 // MADV_COLLAPSE (Linux 6.1)
)

// advised is the start of the heap chunk the first allocation came from;
// zero when the advice is off.
var advised uintptr

// collapse says whether copying small pages into a huge one pays on this
// machine. It does where a page fault is dear: 14 µs on the measuring
// machine, a PVM guest. Where a fault costs under a microsecond (bare metal,
// most hypervisors) the collapse (0.5 to 1 ms here, and it briefly
// interrupts every CPU to drain their page lists) would cost more than the
// faults it saves, so only the advice is given.
var collapse bool

// dearFault is the fault cost, in nanoseconds, above which collapse pays:
// well above the 0.2 to 2 µs of a fault on bare metal or under hardware
// paging, well below what the measuring machine takes.
const dearFault = 4000

// probe keeps the first allocation reachable, so its address stays a heap
// address for as long as anyone could ask.
var probe *[16]byte

func init() {
	if godebug, _ := syscall.Getenv("GODEBUG"); disabled(godebug) {
		return
	}
	probe = new([16]byte)
	p := uintptr(unsafe.Pointer(probe))
	advised = p &^ (heapChunk - 1)
	collapse = faultCost() > dearFault
	Advise()
	if collapse {
		// The runtime has already written to the huge page the first
		// allocation sits in, so it stays in small pages unless
		// collapsed: copying what is there into one huge page (about
		// 1 ms) saves the hundreds of faults the rest of the run takes
		// filling it.
		madvise(p&^(hugePage-1), hugePage, madvCollapse)
	}
}

// AdviseRange asks for huge pages on the whole huge pages inside
// [addr, addr+n) and returns how many bytes that covers: 0 when the advice is
// off (GODEBUG=disablethp=1) or the kernel has no transparent huge pages.
func AdviseRange(addr, n uintptr) uintptr {
	if advised == 0 {
		return 0
	}
	beg := (addr + hugePage - 1) &^ (hugePage - 1)
	end := (addr + n) &^ (hugePage - 1)
	if end <= beg {
		return 0
	}
	if _, _, errno := syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugepage); errno != 0 {
		return 0
	}
	return end - beg
}

// faultCost times the first write to each of two fresh anonymous pages and
// returns the cheaper, in nanoseconds (one may be interrupted); 0 when it
// cannot tell. It costs four system calls.
func faultCost() int64 {
	mem, err := syscall.Mmap(-1, 0, 2*pageSize, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANON)
	if err != nil {
		return 0
	}
	defer syscall.Munmap(mem)
	var cheapest int64
	for i := range 2 {
		start := monotonic()
		mem[i*pageSize] = 1
		if d := monotonic() - start; i == 0 || d < cheapest {
			cheapest = d
		}
	}
	return cheapest
}

// monotonic reads CLOCK_MONOTONIC with a system call: package time would
// make this initializer run later.
func monotonic() int64 {
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, 1, uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Nano()
}

// Advise asks for huge pages on the heap the runtime has mapped since the
// last call: each new chunk is a fresh mapping without the advice. Only the
// parts not yet written to are affected, so a command calls it before a phase
// that allocates much. A huge page the runtime has started to fill in small
// pages since is collapsed if it is less than half full and faults are dear
// here (see collapse): what is left of it would otherwise cost more faults
// than the copy. It costs one or two system calls and, when there is
// something to collapse, about a millisecond.
func Advise() {
	if advised == 0 {
		return
	}
	// To the end of the arena, through space still reserved but unmapped:
	// the advice on that part is dropped when the runtime maps it, which is
	// why later calls are needed, but it costs nothing.
	end := (advised &^ (heapArena - 1)) + heapArena
	madvise(advised, end-advised, madvHugepage)
	if !collapse {
		return
	}
	var resident [heapArena / pageSize]byte
	n := (end - advised) / pageSize
	if _, _, errno := syscall.Syscall(syscall.SYS_MINCORE, advised, end-advised, uintptr(unsafe.Pointer(&resident[0]))); errno != 0 {
		return
	}
	for off := uintptr(0); off < n; off += hugePage / pageSize {
		present := 0
		for _, r := range resident[off : off+hugePage/pageSize] {
			present += int(r & 1)
		}
		if present > 0 && present < hugePage/pageSize/2 {
			madvise(advised+off*pageSize, hugePage, madvCollapse)
		}
	}
}

// madvise ignores errors: EINVAL is a kernel without transparent huge pages
// or without MADV_COLLAPSE, and either way the memory works as before.
func madvise(addr, n uintptr, advice int) {
	syscall.Syscall(syscall.SYS_MADVISE, addr, n, uintptr(advice))
}

// disabled reports whether a GODEBUG value sets disablethp=1, the last
// setting winning as in the runtime. (Package strings would do this in a
// line, but importing it would make this initializer run later.)
func disabled(godebug string) bool {
	off := false
	start := 0
	for i := 0; i <= len(godebug); i++ {
		if i < len(godebug) && godebug[i] != ',' {
			continue
		}
		switch godebug[start:i] {
		case "disablethp=1":
			off = true
		case "disablethp=0":
			off = false
		}
		start = i + 1
	}
	return off
}
