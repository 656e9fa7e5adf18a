package spec

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// corpusDir is the shared spec corpus, beside the repository.
const corpusDir = "../../../shared/corpus"

// corpusSpec is a row of ../shared/corpus/MANIFEST.md: path and operation counts
// as the manifest states them; schemas are counted here and pinned.
type corpusSpec struct {
	file       string
	version    Version
	paths, ops int
	schemas    int
}

var corpus = []corpusSpec{
	{"petstore.yaml", V30, 2, 3, 3},
	{"tictactoe.yaml", V31, 2, 3, 6},
	{"asana.yaml", V30, 118, 152, 135},
	{"twilio_api_v2010.yaml", V30, 121, 197, 148},
	{"digitalocean/specification/DigitalOcean-public.v2.yaml", V30, 445, 659, 0},
	{"github-api.github.com.yaml", V30, 564, 873, 351},
	{"stripe-spec3.yaml", V30, 318, 468, 819},
	{"history/stripe-spec3-v376.yaml", V30, 305, 452, -1},
	{"history/twilio_api_v2010-2.5.5.yaml", V30, 121, 197, -1},
}

func requireCorpus(t testing.TB) {
	t.Helper()
	if _, err := os.Stat(corpusDir); err != nil {
		t.Skipf("shared corpus not found at %s (it lives beside the repository)", corpusDir)
	}
}

func TestCorpusMatchesManifest(t *testing.T) {
	requireCorpus(t)
	for _, c := range corpus {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			if testing.Short() && c.ops > 200 {
				t.Skip("large spec skipped in -short")
			}
			d, err := Load(context.Background(), filepath.Join(corpusDir, c.file), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if d.Version != c.version {
				t.Errorf("version %s, manifest says %s", d.Version, c.version)
			}
			paths := 0
			if p := MapGet(d.Root, "paths"); p != nil {
				paths = len(p.Content) / 2
			}
			if paths != c.paths {
				t.Errorf("paths = %d, manifest says %d", paths, c.paths)
			}
			if got := len(d.Operations()); got != c.ops {
				t.Errorf("operations = %d, manifest says %d", got, c.ops)
			}
			if c.schemas >= 0 {
				if got := len(d.Schemas()); got != c.schemas {
					t.Errorf("schemas = %d, want %d", got, c.schemas)
				}
			}
			t.Logf("%s: OAS %s, %d files, %d paths, %d operations, %d schemas", c.file, d.VersionString, len(d.Files()), paths, len(d.Operations()), len(d.Schemas()))
		})
	}
}

func TestDigitalOceanPositionsInsideReferencedFiles(t *testing.T) {
	requireCorpus(t)
	d, err := Load(context.Background(), filepath.Join(corpusDir, "digitalocean/specification/DigitalOcean-public.v2.yaml"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Files()) < 1000 {
		t.Errorf("only %d files loaded; the tree references more than 1,000", len(d.Files()))
	}
	ops := d.Operations()
	op := ops[0]
	if op.File == d.Name {
		t.Fatalf("first operation %s %s expected to live in a referenced file, got %s", op.Method, op.Path, op.File)
	}
	loc := d.Locate(op.Pointer)
	if loc.File != op.File || loc.Line < 1 {
		t.Errorf("Locate(%s) = %v, want a position in %s", op.Pointer, loc, op.File)
	}
	if got := d.FileOf(op.Node); got != op.File {
		t.Errorf("FileOf(operation node) = %s, want %s", got, op.File)
	}
}
