package diff

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

var update = flag.Bool("update", false, "rewrite testdata/diff/*/expected.yaml")

const fixtureDir = "../../testdata/diff"

// fixtureNow is the clock of every fixture: sunsets are judged against it.
var fixtureNow = time.Date(2026, 11, 27, 0, 0, 0, 0, time.UTC)

func compareFiles(t *testing.T, base, rev string) *Result {
	t.Helper()
	ctx := context.Background()
	b, err := spec.Load(ctx, base, spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := spec.Load(ctx, rev, spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := Compare(ctx, b, r, Options{Now: fixtureNow, MinSunsetDaysStable: 180, MinSunsetDaysBeta: 31})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// expectedText renders changes as the expected.yaml format: id, level, path.
func expectedText(res *Result) string {
	var b strings.Builder
	if len(res.Changes) == 0 {
		return "[]\n"
	}
	for _, c := range res.Changes {
		b.WriteString("- id: " + c.Check.ID + "\n")
		b.WriteString("  level: " + c.Level.String() + "\n")
		b.WriteString("  direction: " + c.Direction.String() + "\n")
		b.WriteString("  path: '" + strings.ReplaceAll(spec.Pointer(c.Path...), "'", "''") + "'\n")
	}
	return b.String()
}

// TestFixtures runs every testdata/diff/<check-id>/ pair (and the case-*
// hard cases) and compares the findings with expected.yaml.
func TestFixtures(t *testing.T) {
	t.Parallel()
	dirs, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		name := d.Name()
		have[name] = true
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			dir := filepath.Join(fixtureDir, name)
			res := compareFiles(t, filepath.Join(dir, "base.yaml"), filepath.Join(dir, "revision.yaml"))
			got := expectedText(res)
			want := filepath.Join(dir, "expected.yaml")
			if *update {
				if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			data, err := os.ReadFile(want)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if string(data) != got {
				t.Errorf("findings differ from %s\n--- got\n%s--- want\n%s", want, got, data)
			}
			if !strings.HasPrefix(name, "case-") && !strings.Contains(got, "- id: "+name+"\n") {
				t.Errorf("fixture %s does not trigger its own check", name)
			}
		})
	}
	for _, c := range Checks() {
		if !have[c.ID] {
			t.Errorf("check %s has no testdata/diff/%s fixture", c.ID, c.ID)
		}
	}
	for name := range have {
		if _, ok := Lookup(name); !ok && !strings.HasPrefix(name, "case-") {
			t.Errorf("testdata/diff/%s names no check", name)
		}
	}
}
