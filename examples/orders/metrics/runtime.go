package metrics

import (
	"runtime"
	"runtime/debug"
	"time"
)

// NewGoCollector reports the Go runtime families under the names and types of
// client_golang's default Go collector, read from runtime.ReadMemStats and
// runtime/debug rather than runtime/metrics, whose init is part of the cost this
// package avoids. go_gc_gogc_percent is left out: the runtime only reveals the
// setting by changing it.
func NewGoCollector() Collector {
	return CollectorFunc(func() []Family {
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		gc := debug.GCStats{PauseQuantiles: make([]time.Duration, 5)}
		debug.ReadGCStats(&gc)
		threads, _ := runtime.ThreadCreateProfile(nil)

		g := func(name, help string, v float64) Family { return single(name, help, GaugeType, v) }
		c := func(name, help string, v uint64) Family { return single(name, help, CounterType, float64(v)) }
		b := func(name, help string, v uint64) Family { return g(name, help, float64(v)) }
		pauses := &SummaryValue{Count: uint64(gc.NumGC), Sum: gc.PauseTotal.Seconds()}
		for i, q := range []float64{0, 0.25, 0.5, 0.75, 1} {
			pauses.Quantiles = append(pauses.Quantiles, Quantile{Q: q, Value: gc.PauseQuantiles[i].Seconds()})
		}
		return []Family{
			{Name: "go_gc_duration_seconds", Help: "Stop-the-world pause durations of garbage collections: quantiles over recent cycles, total and number of cycles.",
				Type: SummaryType, Series: []Series{{Summary: pauses}}},
			g("go_gc_gomemlimit_bytes", "Soft memory limit of the Go runtime (GOMEMLIMIT or debug.SetMemoryLimit); math.MaxInt64 when unset.", float64(debug.SetMemoryLimit(-1))),
			g("go_goroutines", "Goroutines that currently exist.", float64(runtime.NumGoroutine())),
			{Name: "go_info", Help: "Version of Go the program was built with.", Type: GaugeType,
				Series: []Series{{Labels: []Label{{"version", runtime.Version()}}, Value: 1}}},
			b("go_memstats_alloc_bytes", "Bytes of allocated heap objects still in use.", ms.Alloc),
			c("go_memstats_alloc_bytes_total", "Bytes allocated for heap objects since the program started, freed or not.", ms.TotalAlloc),
			b("go_memstats_buck_hash_sys_bytes", "Bytes in the profiling bucket hash table.", ms.BuckHashSys),
			c("go_memstats_frees_total", "Heap objects freed since the program started.", ms.Frees),
			b("go_memstats_gc_sys_bytes", "Bytes in garbage collection metadata.", ms.GCSys),
			b("go_memstats_heap_alloc_bytes", "Bytes of allocated heap objects still in use (same as go_memstats_alloc_bytes).", ms.HeapAlloc),
			b("go_memstats_heap_idle_bytes", "Bytes in heap spans without objects, returned to the OS or not.", ms.HeapIdle),
			b("go_memstats_heap_inuse_bytes", "Bytes in heap spans holding at least one object.", ms.HeapInuse),
			b("go_memstats_heap_objects", "Allocated heap objects still in use.", ms.HeapObjects),
			b("go_memstats_heap_released_bytes", "Bytes of heap memory returned to the OS.", ms.HeapReleased),
			b("go_memstats_heap_sys_bytes", "Bytes of heap memory obtained from the OS.", ms.HeapSys),
			g("go_memstats_last_gc_time_seconds", "When the last garbage collection finished, in seconds since the Unix epoch; 0 before the first.", float64(ms.LastGC)/1e9),
			c("go_memstats_mallocs_total", "Heap objects allocated since the program started.", ms.Mallocs),
			b("go_memstats_mcache_inuse_bytes", "Bytes in mcache structures in use.", ms.MCacheInuse),
			b("go_memstats_mcache_sys_bytes", "Bytes of memory obtained from the OS for mcache structures.", ms.MCacheSys),
			b("go_memstats_mspan_inuse_bytes", "Bytes in mspan structures in use.", ms.MSpanInuse),
			b("go_memstats_mspan_sys_bytes", "Bytes of memory obtained from the OS for mspan structures.", ms.MSpanSys),
			b("go_memstats_next_gc_bytes", "Heap size at which the next garbage collection is due.", ms.NextGC),
			b("go_memstats_other_sys_bytes", "Bytes in other off-heap runtime allocations.", ms.OtherSys),
			b("go_memstats_stack_inuse_bytes", "Bytes in stack spans in use.", ms.StackInuse),
			b("go_memstats_stack_sys_bytes", "Bytes of stack memory obtained from the OS.", ms.StackSys),
			b("go_memstats_sys_bytes", "Bytes of memory obtained from the OS in total.", ms.Sys),
			g("go_sched_gomaxprocs_threads", "GOMAXPROCS: threads that may run Go code at the same time.", float64(runtime.GOMAXPROCS(0))),
			g("go_threads", "OS threads created by the runtime.", float64(threads)),
		}
	})
}

func single(name, help string, t Type, v float64) Family {
	return Family{Name: name, Help: help, Type: t, Series: []Series{{Value: v}}}
}
