package hugeheap

import (
	"runtime"
	"unsafe"

	"github.com/sequere/sequere/internal/hugeheap/atstart"
)

func reserve(n int) int {
	// A large allocation makes the runtime map fresh, untouched heap memory
	// for it. Advising that range sets the huge-page flag on its mapping,
	// which outlives the allocation: once the collection below frees the
	// slice, small objects are carved out of the same pages.
	ballast := make([]byte, n)
	advised := atstart.AdviseRange(uintptr(unsafe.Pointer(unsafe.SliceData(ballast))), uintptr(n))
	runtime.KeepAlive(ballast)
	if advised > 0 {
		runtime.GC()
	}
	return int(advised)
}
