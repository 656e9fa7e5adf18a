//go:build !linux || !(amd64 || arm64 || ppc64le || riscv64 || loong64 || s390x)

package atstart

// Advise does nothing where transparent huge pages do not exist.
func Advise() {}

// AdviseRange advises nothing where transparent huge pages do not exist.
func AdviseRange(addr, n uintptr) uintptr { return 0 }
