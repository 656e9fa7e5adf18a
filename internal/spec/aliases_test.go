package spec

import (
	"context"
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
		if f.Name != "alias-bomb-in-ref-file" {
			continue
		}
		for name, body := range f.Files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
				t.Fatal(err)
			}
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
