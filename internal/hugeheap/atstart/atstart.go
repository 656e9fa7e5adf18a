// Package atstart has the Go heap backed by transparent huge pages from the
// first package initializer that can ask for it, and lets a command extend
// that to heap the runtime maps later (Advise).
//
// On the machine sequere is measured on, a fresh 4 KiB page costs about
// 14 µs to fault in while a whole 2 MiB huge page costs about 0.15 ms: a
// petstore lint touches some 650 heap pages, a third of its wall time. The Go
// runtime maps its heap in 4 MiB chunks without huge-page advice, and the
// common THP mode ("madvise") backs only the regions that ask. Import this
// package for its side effect from package main, before anything else, so
// that its initializer runs among the first.
//
// The advice costs one system call. Collapsing the huge page the runtime has
// already begun in small pages costs about a millisecond and is only done
// where a fault is measured to be dear (see collapse). GODEBUG=disablethp=1,
// the runtime's own switch for the opposite, turns all of it off.
package atstart
