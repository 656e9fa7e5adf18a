//go:build !linux

package hugeheap

func reserve(int) int { return 0 }
