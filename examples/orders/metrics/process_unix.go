//go:build unix

package metrics

import (
	"bytes"
	"os"
	"strconv"
	"syscall"
	"time"
)

// NewProcessCollector reports the process families under the names and types of
// client_golang's process collector. CPU time comes from getrusage, limits from
// getrlimit (the numbers /proc/self/limits shows, without parsing it); memory,
// open descriptors and the start time from /proc/self, and each of those is left
// out where /proc is not mounted.
func NewProcessCollector() Collector {
	start := processStart()
	return CollectorFunc(func() []Family {
		var fs []Family
		var ru syscall.Rusage
		if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
			cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
			fs = append(fs, single("process_cpu_seconds_total", "User and system CPU time spent, in seconds.", CounterType, cpu.Seconds()))
		}
		var lim syscall.Rlimit
		if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil {
			fs = append(fs, single("process_max_fds", "Limit on open file descriptors.", GaugeType, float64(lim.Cur)))
		}
		if syscall.Getrlimit(syscall.RLIMIT_AS, &lim) == nil {
			fs = append(fs, single("process_virtual_memory_max_bytes", "Limit on virtual memory, in bytes.", GaugeType, float64(lim.Cur)))
		}
		if d, err := os.Open("/proc/self/fd"); err == nil {
			names, err := d.Readdirnames(-1)
			d.Close()
			if err == nil {
				// Less the descriptor that was reading the directory.
				fs = append(fs, single("process_open_fds", "Open file descriptors.", GaugeType, float64(len(names)-1)))
			}
		}
		if vsize, rss, ok := statm(); ok {
			fs = append(fs,
				single("process_resident_memory_bytes", "Resident memory size, in bytes.", GaugeType, rss),
				single("process_virtual_memory_bytes", "Virtual memory size, in bytes.", GaugeType, vsize))
		}
		return append(fs, single("process_start_time_seconds", "When the process started, in seconds since the Unix epoch.", GaugeType, start))
	})
}

// statm reads the virtual and resident sizes, which /proc/self/statm gives in pages.
func statm() (vsize, rss float64, ok bool) {
	data, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, 0, false
	}
	f := bytes.Fields(data)
	if len(f) < 2 {
		return 0, 0, false
	}
	size, err1 := strconv.ParseUint(string(f[0]), 10, 64)
	res, err2 := strconv.ParseUint(string(f[1]), 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, false
	}
	page := float64(os.Getpagesize())
	return float64(size) * page, float64(res) * page, true
}

// processStart is the boot time from /proc/stat plus the process's start in
// clock ticks since boot from /proc/self/stat. Linux reports those ticks in
// USER_HZ, which is 100 on every architecture since 2.6 whatever the kernel's HZ.
// Without /proc, the time the collector is created stands in.
func processStart() float64 {
	now := float64(time.Now().UnixNano()) / 1e9
	stat, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return now
	}
	// The command name in parentheses may itself hold spaces and parentheses.
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 {
		return now
	}
	f := bytes.Fields(stat[i+1:])
	const starttime = 22 - 3 // field 22 of stat(5), counted from the state, field 3
	if len(f) <= starttime {
		return now
	}
	ticks, err := strconv.ParseUint(string(f[starttime]), 10, 64)
	if err != nil {
		return now
	}
	sys, err := os.ReadFile("/proc/stat")
	if err != nil {
		return now
	}
	for line := range bytes.Lines(sys) {
		if rest, ok := bytes.CutPrefix(line, []byte("btime ")); ok {
			btime, err := strconv.ParseUint(string(bytes.TrimSpace(rest)), 10, 64)
			if err != nil {
				return now
			}
			return float64(btime) + float64(ticks)/100
		}
	}
	return now
}
