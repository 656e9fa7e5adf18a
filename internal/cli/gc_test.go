package cli

import (
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"testing"
	"time"
)

// deferGC turns the collector off for a small file and hands the default
// pacing back after the first collection.
func TestDeferGC(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("GOGC or GOMEMLIMIT set")
	}
	small := filepath.Join(t.TempDir(), "small.yaml")
	if err := os.WriteFile(small, []byte("openapi: 3.0.3\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)

	deferGC([]string{small, "https://example.com/api.yaml"})
	if p := debug.SetGCPercent(100); p != 100 {
		t.Fatalf("a URL among the specs: GC percent %d, want 100 untouched", p)
	}

	deferGC([]string{small})
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Fatalf("small file: GC percent %d, want -1", p)
	}
	runtime.GC()
	// Up to 10 s: the cleanup goroutine may be slow to run on a loaded machine.
	for range 1000 {
		if p := debug.SetGCPercent(-1); p != -1 {
			debug.SetGCPercent(p)
			if p != 100 {
				t.Fatalf("after the first collection: GC percent %d, want 100", p)
			}
			if l := debug.SetMemoryLimit(-1); l != 1<<63-1 {
				t.Fatalf("after the first collection: memory limit %d, want none", l)
			}
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("the default pacing did not come back after a collection")
}
