//go:build !linux || !(amd64 || arm64 || ppc64le || riscv64 || loong64 || s390x)

package atstart

// Advise does nothing where transparent huge pages do not exist.
func Advise() {}
