package desc

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"unicode"

	"github.com/sequere/sequere/internal/spec"
)

func TestWords(t *testing.T) {
	for _, c := range []struct {
		in        string
		asciiOnly bool
		want      []string
	}{
		{"If-None-Match", true, []string{"If", "None", "Match"}},
		{"HTTPServer", true, []string{"HTTP", "Server"}},
		{"userId2Name", false, []string{"user", "Id2", "Name"}},
		{"prixÉté", false, []string{"prix", "Été"}},
		{"prixÉté", true, []string{"prix", "t"}},
	} {
		if got := Words(c.in, c.asciiOnly); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Words(%q, %v) = %q, want %q", c.in, c.asciiOnly, got, c.want)
		}
	}
}

func TestSchemaTypesAndNullPair(t *testing.T) {
	src := `openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    onlyNull: {type: ['null']}
    list: {type: [string, 'null']}
    inferred: {properties: {a: {type: string}}}
    constant: {const: 3}
    pair: {oneOf: [{$ref: '#/components/schemas/list'}, {type: 'null'}]}
    alias: &a {type: integer}
    viaAlias: *a
`
	doc, err := spec.LoadBytes(context.Background(), "t.yaml", []byte(src), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	schemas := Node{N: doc.Root, File: doc.Name}.Child("components").Child("schemas")
	for _, c := range []struct {
		name     string
		nullKind bool
		want     string
		null     bool
	}{
		{"onlyNull", true, "null", true},
		{"onlyNull", false, "", true},
		{"list", false, "string", true},
		{"inferred", false, "object", false},
		{"constant", false, "integer", false},
		{"viaAlias", false, "integer", false},
	} {
		types, null := SchemaTypes(schemas.Child(c.name), false, c.nullKind)
		if got := strings.Join(types, ","); got != c.want || null != c.null {
			t.Errorf("%s (nullKind %v): %q %v, want %q %v", c.name, c.nullKind, got, null, c.want, c.null)
		}
	}
	inner, ok := NullPair(schemas.Child("pair"))
	if !ok || spec.RefOf(inner.N) != "#/components/schemas/list" {
		t.Errorf("NullPair: %v %v", inner, ok)
	}
	target, name, isRef, err := Resolve(doc, inner)
	if err != nil || !isRef || name != "list" || target.Str("type") != "" || len(target.Strings("type")) != 2 {
		t.Errorf("Resolve: %v %q %v %v", target, name, isRef, err)
	}
}

// runeWords is the straightforward rune-by-rune Words that Words replaced;
// they must agree on every input.
func runeWords(s string, asciiOnly bool) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, string(cur))
			cur = cur[:0]
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		if asciiOnly && r > unicode.MaxASCII || !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unicode.IsUpper(r) {
			prev := cur[len(cur)-1]
			nextLower := i+1 < len(rs) && unicode.IsLower(rs[i+1])
			if unicode.IsLower(prev) || unicode.IsDigit(prev) || (unicode.IsUpper(prev) && nextLower) {
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return out
}

func FuzzWords(f *testing.F) {
	for _, s := range []string{"If-None-Match", "HTTPServer", "userId2Name", "prixÉté", "ÀBc", "aÉB", "x\xffY", "ABCdEF_gh", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, ascii := range []bool{false, true} {
			if got, want := Words(s, ascii), runeWords(s, ascii); !reflect.DeepEqual(got, want) {
				t.Fatalf("Words(%q, %v) = %q, want %q", s, ascii, got, want)
			}
		}
	})
}
