package codegen

import (
	"path/filepath"
	"testing"
)

// TestCorpus generates a server for every OpenAPI 3 description of the shared
// corpus: no error, no panic, and gofmt accepted every Go file (GoServer fails
// otherwise). TestCompiles type-checks the small ones.
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the large corpus descriptions")
	}
	for _, path := range []string{
		"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
		"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml",
	} {
		t.Run(path, func(t *testing.T) {
			res := generate(t, filepath.Join(repo, "../shared/corpus", path), "api")
			if len(res.Files) != 6 {
				t.Errorf("%d files", len(res.Files))
			}
			if len(res.Warnings) > 0 {
				t.Logf("%d warnings, first: %s", len(res.Warnings), res.Warnings[0])
			}
		})
	}
}
