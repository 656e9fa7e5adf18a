package hugeheap

import (
	"runtime"
	"syscall"
	"unsafe"
)

const hugePage = 2 << 20

// madvHugepage is MADV_HUGEPAGE, which package syscall does not name.
const madvHugepage = 14

func reserve(n int) int {
	// A large allocation makes the runtime map fresh, untouched heap memory
	// for it. Advising that range sets the huge-page flag on its mapping,
	// which outlives the allocation: once the collection below frees the
	// slice, small objects are carved out of the same pages.
	ballast := make([]byte, n)
	p := uintptr(unsafe.Pointer(unsafe.SliceData(ballast)))
	beg := (p + hugePage - 1) &^ (hugePage - 1)
	end := (p + uintptr(n)) &^ (hugePage - 1)
	if end <= beg {
		return 0
	}
	_, _, errno := syscall.Syscall(syscall.SYS_MADVISE, beg, end-beg, madvHugepage)
	runtime.KeepAlive(ballast)
	runtime.GC()
	if errno != 0 {
		// EINVAL: a kernel built without transparent huge pages. The
		// memory is still the allocator's; nothing is lost but the time.
		return 0
	}
	return int(end - beg)
}
