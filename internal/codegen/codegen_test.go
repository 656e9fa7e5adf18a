package codegen

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

var update = flag.Bool("update", false, "rewrite golden files")

// repo is the repository root, from this package's directory.
const repo = "../.."

func load(t *testing.T, path string) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatalf("load %s: %v", path, err)
	}
	return doc
}

func generate(t *testing.T, path, pkg string) *Result {
	t.Helper()
	res, err := GoServer(load(t, path), Options{Package: pkg})
	if err != nil {
		t.Fatalf("generate %s: %v", path, err)
	}
	return res
}

func writeFiles(t *testing.T, dir string, files []File) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDevWrite(t *testing.T) {
	out := os.Getenv("CODEGEN_DEV_OUT")
	if out == "" {
		t.Skip("set CODEGEN_DEV_OUT")
	}
	res := generate(t, os.Getenv("CODEGEN_DEV_SPEC"), "gen")
	for _, w := range res.Warnings {
		t.Log("warning:", w)
	}
	writeFiles(t, out, res.Files)
}
