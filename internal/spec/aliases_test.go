package spec

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/spec/hostile"
)

// The reproduction: nine-wide alias bombs of ten and eight levels are
// refused at once, naming the anchor; a fixture below the bound loads.
func TestAliasBombsRefusedAtTheAnchor(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, doc string
		wantLoc   string // file:line:col of the anchor named
		wantMsg   string
	}{
		{"ten levels", hostile.AliasBomb(9, 10), "bomb.yaml:8:", "copies of anchor &a5"},
		{"eight levels", hostile.AliasBomb(9, 8), "bomb.yaml:8:", "copies of anchor &a5"},
		{"wide", hostile.AliasBomb(1000, 3), "bomb.yaml:4:", "copies of anchor &a1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			_, err := LoadBytes(context.Background(), "bomb.yaml", []byte(tt.doc), Options{})
			if err == nil {
				t.Fatal("an alias bomb loaded")
			}
			if !IsInputError(err) || !strings.HasPrefix(err.Error(), tt.wantLoc) || !strings.Contains(err.Error(), tt.wantMsg) || !strings.Contains(err.Error(), "excessive YAML aliasing") {
				t.Fatalf("error %q, want %s... %s", err, tt.wantLoc, tt.wantMsg)
			}
			if d := time.Since(start); d > 2*time.Second {
				t.Errorf("refusing took %s", d)
			}
		})
	}
}

func TestAliasesBelowTheBoundLoad(t *testing.T) {
	t.Parallel()
	for _, doc := range []string{
		hostile.AliasBomb(20, 4),
		"openapi: 3.0.0\ninfo: &i {title: t, version: '1'}\nx-info: *i\npaths: {}\n",
	} {
		if _, err := LoadBytes(context.Background(), "ok.yaml", []byte(doc), Options{}); err != nil {
			t.Errorf("%v", err)
		}
	}
}

// A bomb in a $ref'd file is refused with that file's position.
func TestAliasBombInReferencedFile(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for _, f := range hostile.Fixtures() {
		if f.Name == "alias-bomb-in-ref-file" {
			writeFiles(t, dir, f.Files)
		}
	}
	_, err := Load(context.Background(), filepath.Join(dir, "openapi.yaml"), Options{})
	want := filepath.Join(dir, "components.yaml") + ":7:7:"
	if err == nil || !strings.HasPrefix(err.Error(), want) || !strings.Contains(err.Error(), "excessive YAML aliasing") {
		t.Fatalf("error %v, want it at %s", err, want)
	}
}

func TestAliasLimit(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ written, want int }{
		{10, AliasExpansionFloor},
		{AliasExpansionFloor, AliasExpansionFactor * AliasExpansionFloor},
	} {
		if got := aliasLimit(tt.written); got != tt.want {
			t.Errorf("aliasLimit(%d) = %d, want %d", tt.written, got, tt.want)
		}
	}
}

// BenchmarkCheckAliases is the walk the alias bound adds to a load whose
// parse was serial (a JSON text, or one with anchors), on GitHub's 3.4 MB
// tree. A parallel parse, which GitHub's and Stripe's descriptions get,
// refuses aliases itself and needs no walk.
func BenchmarkCheckAliases(b *testing.B) {
	data, err := os.ReadFile(filepath.Join(corpusDir, "github-api.github.com.yaml"))
	if err != nil {
		b.Skip("corpus not present:", err)
	}
	root, err := parseYAML(data)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if err := checkAliases("github.yaml", root); err != nil {
			b.Fatal(err)
		}
	}
}

// A document large enough for the parallel parse, with the bomb after
// hundreds of kilobytes of plain mappings, is refused too: the parallel
// parse gives up on aliases, and the serial parse's tree is walked.
func TestAliasBombInALargeDocument(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n")
	for i := 0; b.Len() < 512<<10; i++ {
		fmt.Fprintf(&b, "  /p%d:\n    get:\n      responses:\n        '200':\n          description: ok\n", i)
	}
	b.WriteString(strings.TrimPrefix(hostile.AliasBomb(9, 10), "openapi: 3.0.3\ninfo: {title: hostile, version: '1'}\n"))
	doc := strings.Replace(b.String(), "paths: {}\n", "", 1)
	_, err := LoadBytes(context.Background(), "large.yaml", []byte(doc), Options{})
	if err == nil || !strings.Contains(err.Error(), "excessive YAML aliasing") {
		t.Fatalf("error %v", err)
	}
	if _, aliasFree, _ := parseFile([]byte(doc)); aliasFree {
		t.Fatal("a tree with aliases was taken as free of them")
	}
}
