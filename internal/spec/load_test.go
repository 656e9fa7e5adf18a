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

// DigitalOcean writes operations as `get: {$ref: file}` and properties as
// `properties: {$ref: file#/map}`; OpenAPI allows neither, kin would read an
// empty operation and no properties, and plan, contract and load build on
// kin's model.
func TestKinSeesOperationRefsAndPropertiesRefs(t *testing.T) {
	d, err := Load(context.Background(), td+"/operation-refs/openapi.yaml", Options{})
	if err != nil {
		t.Fatal(err)
	}
	kin, err := d.Kin()
	if err != nil {
		t.Fatal(err)
	}
	item := kin.Paths.Find("/widgets/{widget_id}")
	if item == nil || item.Get == nil {
		t.Fatalf("kin has no GET /widgets/{widget_id}")
	}
	op := item.Get
	if op.OperationID != "widgets_get" {
		t.Errorf("operationId = %q, want widgets_get", op.OperationID)
	}
	var params []string
	for _, p := range op.Parameters {
		if p.Value == nil || p.Value.Schema == nil || p.Value.Schema.Value == nil {
			t.Fatalf("parameter %+v unresolved", p)
		}
		params = append(params, p.Value.In+":"+p.Value.Name+":"+p.Value.Schema.Value.Type.Slice()[0])
	}
	if got, want := strings.Join(params, " "), "path:widget_id:integer query:verbose:boolean"; got != want {
		t.Errorf("parameters = %s, want %s", got, want)
	}
	ok := op.Responses.Status(200)
	if ok == nil || ok.Value == nil || ok.Value.Content.Get("application/json") == nil {
		t.Fatalf("no 200 application/json response: %+v", op.Responses)
	}
	s := ok.Value.Content.Get("application/json").Schema.Value
	if s == nil || len(s.Properties) != 2 {
		t.Fatalf("response schema properties = %v, want name and sizes", s)
	}
	if n := s.Properties["name"]; n == nil || n.Value == nil || n.Value.MaxLength == nil || *n.Value.MaxLength != 40 {
		t.Errorf("properties.name = %+v, want a string of maxLength 40", n)
	}
	sizes := s.Properties["sizes"]
	if sizes == nil || sizes.Value == nil || sizes.Value.Items == nil || sizes.Value.Items.Value == nil || sizes.Value.Items.Value.Min == nil {
		t.Fatalf("properties.sizes.items unresolved: %+v", sizes)
	}
	if *sizes.Value.Items.Value.Min != 1 {
		t.Errorf("sizes.items.minimum = %v, want 1 (the ref local to attributes.yml)", *sizes.Value.Items.Value.Min)
	}
}
