package spec

import (
	"context"
	"testing"
)

// TestUpgradeToV3: a 2.0 description comes back as a 3.0 Document whose
// body parameter is a JSON request body and whose definitions are
// components, with refs rewritten (At follows them into components), and an
// extension beside the paths (allowed by 2.0; kin's model has no room for it)
// is left out instead of failing; a 3.x document is returned as is.
func TestUpgradeToV3(t *testing.T) {
	_, up := upgradeV2(t, `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  x-owner: team-things
  /things:
    post:
      parameters:
        - {name: thing, in: body, required: true, schema: {$ref: '#/definitions/Thing'}}
        - {name: ids, in: query, type: array, items: {type: integer}, collectionFormat: pipes}
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Thing'}}
definitions:
  Thing: {type: object, properties: {name: {type: string}}}
`)
	if up.Version != V30 {
		t.Fatalf("version %v, want 3.0", up.Version)
	}
	for ptr, want := range map[string]string{
		"/paths/~1things/post/requestBody/content/application~1json/schema/properties/name/type":   "string",
		"/paths/~1things/post/responses/200/content/application~1json/schema/properties/name/type": "string",
		"/paths/~1things/post/parameters/0/style":                                                  "pipeDelimited",
		"/components/schemas/Thing/properties/name/type":                                           "string",
	} {
		n, _, err := up.At(ptr)
		if err != nil || n == nil || n.Value != want {
			t.Errorf("%s = %v (%v), want %q", ptr, n, err, want)
		}
	}

	ctx := context.Background()
	v3, err := LoadBytes(ctx, "v3.yaml", []byte("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if same, err := v3.UpgradeToV3(ctx); err != nil || same != v3 {
		t.Errorf("a 3.0 document should come back unchanged, got %p, %v", same, err)
	}
}

// upgradeV2 loads a 2.0 description and upgrades it.
func upgradeV2(t *testing.T, src string) (v2, up *Document) {
	t.Helper()
	ctx := context.Background()
	v2, err := LoadBytes(ctx, "v2.yaml", []byte(src), Options{})
	if err != nil {
		t.Fatal(err)
	}
	up, err = v2.UpgradeToV3(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v2, up
}

// TestUpgradeToV3PathsExtension: 2.0 allows x- members in the paths object
// (libopenapi's petstorev2-complete has one); the upgrade keeps every path and
// does not fail on them, nor change the loaded 2.0 document.
func TestUpgradeToV3PathsExtension(t *testing.T) {
	v2, up := upgradeV2(t, `swagger: '2.0'
info: {title: t, version: '1'}
paths:
  x-minty: fresh
  /things:
    x-potato: man
    get:
      responses:
        '200': {description: ok, schema: {type: string}}
`)
	if n, _, err := up.At("/paths/~1things/get/responses/200/content/application~1json/schema/type"); err != nil || n == nil || n.Value != "string" {
		t.Errorf("/things lost in the upgrade: %v, %v", n, err)
	}
	if n, _, _ := v2.At("/paths/x-minty"); n == nil || n.Value != "fresh" {
		t.Errorf("the 2.0 document lost its paths extension: %v", n)
	}
}
