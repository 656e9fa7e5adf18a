package docs

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// TestCorpus builds every corpus description, as one page, as split pages
// and as a Postman collection.
func TestCorpus(t *testing.T) {
	specs := []string{"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
		"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml"}
	for _, name := range specs {
		t.Run(filepath.Base(name), func(t *testing.T) {
			if testing.Short() && (strings.HasPrefix(name, "stripe") || strings.HasPrefix(name, "github")) {
				t.Skip("-short: the largest specs")
			}
			doc := loadCorpus(t, "../../../shared/corpus/"+name)
			ctx := context.Background()
			single, err := Build(ctx, doc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkLinks(t, "index.html", single[0].HTML)
			split, err := Build(ctx, doc, Options{Split: true})
			if err != nil {
				t.Fatal(err)
			}
			if len(split) < 2 {
				t.Errorf("split build wrote %d page(s)", len(split))
			}
			for _, p := range split {
				checkLinks(t, p.Name, p.HTML)
			}
			coll, err := Postman(ctx, doc, PostmanOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if err := validatePostman(t, coll); err != nil {
				t.Errorf("collection does not validate against Postman Collection v2.1.0:\n%s", shortError(err))
			}
		})
	}
}

var (
	hrefRe = regexp.MustCompile(`href="#((?:op|schema|tag|auth|webhook)-[^"]+)"`)
	idRe   = regexp.MustCompile(`id="([^"]+)"`)
)

// checkLinks: every in-page link has its target on the page (deep links and
// schema links stay valid), and every id is unique.
func checkLinks(t *testing.T, name string, html []byte) {
	t.Helper()
	ids := map[string]int{}
	for _, m := range idRe.FindAllSubmatch(html, -1) {
		ids[string(m[1])]++
	}
	dups := 0
	for id, n := range ids {
		if n > 1 && dups < 5 {
			t.Errorf("%s: id %q used %d times", name, id, n)
			dups++
		}
	}
	missing := 0
	for _, m := range hrefRe.FindAllSubmatch(html, -1) {
		if ids[string(m[1])] == 0 && missing < 5 {
			t.Errorf("%s: link to #%s has no target", name, m[1])
			missing++
		}
	}
}

func TestReadableWithoutScript(t *testing.T) {
	doc := loadCorpus(t, "../../examples/orders/openapi.yaml")
	html := string(build(t, doc, Options{}))
	// The reference itself is in the HTML, not built by script.
	for _, want := range []string{`<section class="op" id="op-`, `<h4>Parameters</h4>`, `<h4>Responses</h4>`,
		`id="authentication"`, `curl -X`, `with Client(`, `c := api.New(`, `await client.`} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %q", want)
		}
	}
	if strings.Contains(html, "http://") && strings.Contains(html, `src="http`) {
		t.Error("page references an external resource")
	}
}

func FuzzBuild(f *testing.F) {
	seeds, _ := filepath.Glob("testdata/fuzz-seeds/*.yaml")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte(hostileSpec))
	f.Fuzz(func(t *testing.T, data []byte) {
		ctx := context.Background()
		doc, err := spec.LoadBytes(ctx, "fuzz.yaml", data, spec.Options{})
		if err != nil {
			return
		}
		_, _ = buildPages(ctx, doc, Options{})
		_, _ = postman(ctx, doc, PostmanOptions{})
	})
}

func TestResourceGroups(t *testing.T) {
	for path, want := range map[string]string{
		"/v1/customers/{customer}/sources": "customers",
		"/api/v2.1/orders":                 "orders",
		"/{tenant}/items":                  "items",
		"/":                                untagged,
		"/v1/{id}":                         untagged,
		"/vendors":                         "vendors",
	} {
		if got := resource(path); got != want {
			t.Errorf("resource(%q) = %q, want %q", path, got, want)
		}
	}
}
