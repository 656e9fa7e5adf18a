package spec

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const td = "../../testdata/spec"

func TestLoadErrorsNamePositionAndExpectation(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.NotFound(w, r)
	}))
	defer srv.Close()
	tests := []struct {
		name, arg string
		wantLoc   string // prefix of the message: file[:line:col]
		wantMsg   string
	}{
		{"malformed yaml", td + "/bad/malformed.yaml", td + "/bad/malformed.yaml:5:", "malformed YAML or JSON"},
		{"malformed json", td + "/bad/malformed.json", td + "/bad/malformed.json:4:", "malformed YAML or JSON"},
		{"not openapi", td + "/bad/not-openapi.yaml", td + "/bad/not-openapi.yaml:1:1", "expected `openapi: 3.x.y`"},
		{"asyncapi", td + "/bad/asyncapi.yaml", td + "/bad/asyncapi.yaml:1:1", "AsyncAPI"},
		{"unsupported version", td + "/bad/version.yaml", td + "/bad/version.yaml:1:10", "expected 2.0, 3.0.x or 3.1.x"},
		{"scalar document", td + "/bad/scalar.yaml", td + "/bad/scalar.yaml:1:1", "not a mapping"},
		{"empty document", td + "/bad/empty.yaml", td + "/bad/empty.yaml:1:1", "empty"},
		{"missing ref file", td + "/bad/missing-ref-file.yaml", td + "/bad/missing-ref-file.yaml:12:23", "unresolvable $ref \"nowhere.yaml#/Thing\""},
		{"missing ref pointer", td + "/bad/missing-ref-pointer.yaml", td + "/bad/missing-ref-pointer.yaml:7:13", "no \"B\""},
		{"remote ref refused", td + "/bad/remote-ref.yaml", td + "/bad/remote-ref.yaml:7:13", "--allow-remote-refs"},
		{"missing file", td + "/bad/does-not-exist.yaml", td + "/bad/does-not-exist.yaml", "no such file"},
		{"failing url", srv.URL + "/openapi.yaml", srv.URL + "/openapi.yaml", "404"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(context.Background(), tt.arg, Options{})
			if err == nil {
				t.Fatal("Load succeeded; want an error")
			}
			if !IsInputError(err) {
				t.Errorf("error %T is not an input error", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, tt.wantLoc) {
				t.Errorf("error %q does not start with location %q", msg, tt.wantLoc)
			}
			if !strings.Contains(msg, tt.wantMsg) {
				t.Errorf("error %q does not mention %q", msg, tt.wantMsg)
			}
		})
	}
}

func TestMultiFileRefsAndLocate(t *testing.T) {
	d, err := Load(context.Background(), td+"/multi/openapi.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Files()); got != 3 {
		t.Errorf("files = %v, want entry, paths/pets.yaml and schemas/pet.yaml", d.Files())
	}
	petFile := filepath.Join(td, "multi/schemas/pet.yaml")
	for _, tt := range []struct {
		pointer string
		want    string
	}{
		{"/info/title", td + "/multi/openapi.yaml:3:10"},
		{"/paths/~1pets/get/operationId", filepath.Join(td, "multi/paths/pets.yaml") + ":2:16"},
		{"/components/schemas/Pet/properties/id/type", petFile + ":5:11"},
		// through a ref to the same external file and then a local ref inside it
		{"/components/schemas/Pet/properties/owner/properties/name", petFile + ":15:9"},
		{"/paths/~1pets/get/responses/200/content/application~1json/schema/items/required/0", petFile + ":2:12"},
	} {
		if got := d.Locate(tt.pointer).String(); got != tt.want {
			t.Errorf("Locate(%s) = %s, want %s", tt.pointer, got, tt.want)
		}
	}
	ops := d.Operations()
	if len(ops) != 1 || ops[0].ID() != "listPets" {
		t.Fatalf("operations = %+v", ops)
	}
}

func TestLiteralRefInExampleIsData(t *testing.T) {
	// the example in paths/pets.yaml holds `$ref: this is data...`; loading
	// must not try to resolve it.
	if _, err := Load(context.Background(), td+"/multi/openapi.yaml", Options{}); err != nil {
		t.Fatalf("example data was treated as a reference: %v", err)
	}
}

func TestCircularReferencesTerminate(t *testing.T) {
	d, err := Load(context.Background(), td+"/circular.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	loop, file, _ := d.At("/components/schemas/Loop")
	if _, _, ok := d.Deref(file, loop); ok {
		t.Error("Deref of a pure $ref cycle reported success")
	}
	if loc := d.Locate("/components/schemas/Node/properties/children/items/properties/children/items/type"); loc.Line != 7 {
		t.Errorf("Locate through a recursive schema = %v, want line 7", loc)
	}
	if _, err := d.V3(); err != nil {
		t.Errorf("V3 model of a circular document: %v", err)
	}
}

func TestSwaggerAndStdin(t *testing.T) {
	data, err := os.ReadFile(td + "/swagger.yaml")
	if err != nil {
		t.Fatal(err)
	}
	d, err := LoadInput(context.Background(), ParseInput("-"), Options{}, strings.NewReader(string(data)))
	if err != nil {
		t.Fatal(err)
	}
	if d.Version != V20 || d.Name != "-" || len(d.Schemas()) != 1 {
		t.Errorf("got version %s name %q schemas %d", d.Version, d.Name, len(d.Schemas()))
	}
	if _, err := d.V2(); err != nil {
		t.Errorf("V2 model: %v", err)
	}
	k, err := d.Kin()
	if err != nil || k.Paths.Find("/pets") == nil {
		t.Errorf("kin model from 2.0: %v", err)
	}
}

func TestURLInputWithRelativeRefs(t *testing.T) {
	srv := httptest.NewServer(http.FileServer(http.Dir(td + "/multi")))
	defer srv.Close()
	d, err := Load(context.Background(), srv.URL+"/openapi.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(d.Files()); got != 3 {
		t.Errorf("files = %v", d.Files())
	}
	if loc := d.Locate("/components/schemas/Pet/properties/id/type"); loc.File != srv.URL+"/schemas/pet.yaml" {
		t.Errorf("location %v, want the URL of the referenced file", loc)
	}
}

func TestParseInput(t *testing.T) {
	for _, tt := range []struct {
		arg  string
		kind InputKind
	}{
		{"-", KindStdin},
		{"https://example.com/openapi.yaml", KindURL},
		{"origin/main:api/openapi.yaml", KindGit},
		{"HEAD~1:openapi.yaml", KindGit},
		{td + "/swagger.yaml", KindFile},
		{"openapi.yaml", KindFile},
	} {
		if got := ParseInput(tt.arg).Kind; got != tt.kind {
			t.Errorf("ParseInput(%q).Kind = %d, want %d", tt.arg, got, tt.kind)
		}
	}
}
