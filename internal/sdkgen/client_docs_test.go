package sdkgen

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// missingStop is a parameter's description run into the word that follows it
// ("the pet to retrieve Required."): the description had no full stop of its own.
var missingStop = regexp.MustCompile(`[\p{L}\p{N}] Required\.`)

// TestGoClientDocComments reads the Go client's doc comments as go doc and
// linters do: an exported declaration's comment starts with its name and a
// space ("ListPets calls GET /pets"), not "ListPets:", and a parameter's
// description ends its sentence before "Required.".
func TestGoClientDocComments(t *testing.T) {
	for _, spec := range []string{"examples/orders/openapi.yaml", "../shared/corpus/petstore.yaml", "testdata/sdkgen/torture/openapi.yaml"} {
		t.Run(filepath.Base(filepath.Dir(spec))+"/"+filepath.Base(spec), func(t *testing.T) {
			for _, f := range genGoClient(t, filepath.Join(repo, spec), "").Files {
				if !strings.HasSuffix(f.Name, ".go") || strings.HasSuffix(f.Name, "_test.go") {
					continue
				}
				file, err := parser.ParseFile(token.NewFileSet(), f.Name, f.Data, parser.ParseComments)
				if err != nil {
					t.Fatalf("%s: %v", f.Name, err)
				}
				for _, decl := range file.Decls {
					fn, ok := decl.(*ast.FuncDecl)
					if !ok || !fn.Name.IsExported() || fn.Doc == nil {
						continue
					}
					if doc := fn.Doc.Text(); !strings.HasPrefix(doc, fn.Name.Name+" ") {
						t.Errorf("%s: the comment of %s does not start with its name: %q", f.Name, fn.Name.Name, firstLine(doc))
					}
				}
				for _, group := range file.Comments {
					if text := strings.Join(strings.Fields(group.Text()), " "); missingStop.MatchString(text) {
						t.Errorf("%s: a description runs into Required.: %q", f.Name, text)
					}
				}
			}
		})
	}
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestTypeScriptOperationDocs: a method's JSDoc joins the summary and the
// description as two sentences ("Create a user. Creates a user who..."), not
// one run-on ("Create a user Creates a user who...").
func TestTypeScriptOperationDocs(t *testing.T) {
	var client string
	for _, f := range generateClient(t, "examples/orders/openapi.yaml", "typescript", "orders").Files {
		if f.Name == "src/client.ts" {
			client = string(f.Data)
		}
	}
	for _, want := range []string{"/** POST /v2/users. Create a user. Creates a user who can then place orders.", "/** POST /oauth/token. Issue an access token. OAuth 2.0"} {
		if !strings.Contains(client, want) {
			t.Errorf("src/client.ts has no %q", want)
		}
	}
}
