package docs

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The official Collection v2.1.0 schema (testdata/postman/README.md says
// where the copy comes from).
var (
	postmanSchemaOnce sync.Once
	postmanSchema     *jsonschema.Schema
	postmanSchemaErr  error
)

func postmanValidator(t testing.TB) *jsonschema.Schema {
	t.Helper()
	postmanSchemaOnce.Do(func() {
		f, err := os.Open(filepath.Join("..", "..", "testdata", "postman", "collection-v2.1.0.json"))
		if err != nil {
			postmanSchemaErr = err
			return
		}
		defer f.Close()
		doc, err := jsonschema.UnmarshalJSON(f)
		if err != nil {
			postmanSchemaErr = err
			return
		}
		c := jsonschema.NewCompiler()
		const url = "https://schema.getpostman.com/json/draft-07/collection/v2.1.0/"
		if postmanSchemaErr = c.AddResource(url, doc); postmanSchemaErr != nil {
			return
		}
		postmanSchema, postmanSchemaErr = c.Compile(url)
	})
	if postmanSchemaErr != nil {
		t.Fatalf("Postman collection schema: %v", postmanSchemaErr)
	}
	return postmanSchema
}

func validatePostman(t testing.TB, out []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("collection is not JSON: %v", err)
	}
	return postmanValidator(t).Validate(inst)
}

// shortError keeps a validation failure readable: the schema's output for a
// large collection runs to megabytes.
func shortError(err error) string {
	s := err.Error()
	if len(s) > 4000 {
		s = s[:4000] + "…"
	}
	return s
}

func TestPostmanOrdersValidates(t *testing.T) {
	_, out := collectionOf(t, "../../examples/orders/openapi.yaml")
	if err := validatePostman(t, out); err != nil {
		t.Fatalf("orders collection does not validate against Collection v2.1.0:\n%s", shortError(err))
	}
}

// TestPostmanSchemaRejects proves the validation can fail: a collection
// whose request method is not a string and whose info lacks its name.
func TestPostmanSchemaRejects(t *testing.T) {
	_, out := collectionOf(t, "../../../shared/corpus/petstore.yaml")
	broken := strings.Replace(string(out), `"method":"GET"`, `"method":7`, 1)
	if broken == string(out) {
		broken = strings.Replace(string(out), `"method": "GET"`, `"method": 7`, 1)
	}
	if broken == string(out) {
		t.Fatal("no GET request in the petstore collection to break")
	}
	if err := validatePostman(t, []byte(broken)); err == nil {
		t.Fatal("a collection with a numeric method validated")
	}
	if err := validatePostman(t, out); err != nil {
		t.Fatalf("petstore collection does not validate:\n%s", shortError(err))
	}
}

// TestPostmanRootPath: an operation on "/" (GitHub's meta root) has an empty
// path list, which the schema accepts, not null, which it rejects.
func TestPostmanRootPath(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "root.yaml")
	const src = `openapi: 3.0.3
info: {title: Root, version: "1"}
paths:
  /:
    get:
      operationId: root
      responses:
        "200": {description: the API's entry point}
`
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, out := collectionOf(t, path)
	if err := validatePostman(t, out); err != nil {
		t.Fatalf("collection for a root path does not validate:\n%s", shortError(err))
	}
}
