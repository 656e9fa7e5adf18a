package docs

import (
	"context"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// indexSpecs are the descriptions whose search index must hold everything.
// DigitalOcean keeps its models in files of their own, which the page adopts
// as schemas while it is written.
var indexSpecs = []struct {
	name, path string
	big        bool
}{
	{"petstore", "../../../shared/corpus/petstore.yaml", false},
	{"orders", "../../examples/orders/openapi.yaml", false},
	{"digitalocean", "../../../shared/corpus/digitalocean/specification/DigitalOcean-public.v2.yaml", false},
	{"github", "../../../shared/corpus/github-api.github.com.yaml", true},
}

var schemaSectionRe = regexp.MustCompile(`<section class="def" id="(schema-[^"]+)"`)

// TestSearchIndexIsComplete: every operation and webhook of the description,
// every component schema and every schema section on the pages has a search
// entry, whose link points at its section.
func TestSearchIndexIsComplete(t *testing.T) {
	for _, s := range indexSpecs {
		t.Run(s.name, func(t *testing.T) {
			if s.big && testing.Short() {
				t.Skip("-short: the largest specs")
			}
			doc := loadCorpus(t, s.path)
			for _, split := range []bool{false, true} {
				pages, err := Build(context.Background(), doc, Options{Split: split})
				if err != nil {
					t.Fatal(err)
				}
				entries := indexOf(t, pages[0].HTML)
				byPath, byKind := map[string]bool{}, map[string]map[string]bool{"schema": {}, "href": {}}
				for _, e := range entries {
					byPath[e[0]+" "+e[2]] = true
					if e[0] == "schema" {
						byKind["schema"][e[1]] = true
					}
					byKind["href"][e[5]] = true
				}
				for _, op := range doc.Operations() {
					if !byPath["op "+strings.ToUpper(op.Method)+" "+op.Path] {
						t.Errorf("split=%v: operation %s %s is not in the search index", split, strings.ToUpper(op.Method), op.Path)
					}
				}
				for _, sc := range doc.Schemas() {
					if !byKind["schema"][sc.Name] {
						t.Errorf("split=%v: schema %s is not in the search index", split, sc.Name)
					}
				}
				for _, p := range pages {
					for _, m := range schemaSectionRe.FindAllSubmatch(p.HTML, -1) {
						href := "#" + string(m[1])
						if split {
							href = "schemas.html" + href
						}
						if p.Name == "schemas.html" || !split {
							if !byKind["href"][href] {
								t.Errorf("split=%v: %s: schema section %s has no search entry", split, p.Name, m[1])
							}
						}
					}
				}
			}
		})
	}
}

func indexOf(t *testing.T, page []byte) [][6]string {
	t.Helper()
	m := regexp.MustCompile(`(?s)<script type="application/json" id="search-index">(.*?)</script>`).FindSubmatch(page)
	if m == nil {
		t.Fatal("no search index on the page")
	}
	var entries [][6]string
	if err := json.Unmarshal(m[1], &entries); err != nil {
		t.Fatalf("search index: %v", err)
	}
	return entries
}
