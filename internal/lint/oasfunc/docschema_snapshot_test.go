package oasfunc

import (
	"bytes"
	"flag"
	"fmt"
	"math/big"
	"os"
	"reflect"
	"regexp"
	"strings"
	"testing"
	"unsafe"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/sequere/sequere/internal/spec"
)

var update = flag.Bool("update", false, "rewrite the document schema snapshots in docschema/")

func snapshotFile(v spec.Version) string { return "docschema/openapi-" + v.String() + ".snap" }

// TestDocumentSchemaSnapshots fails when a snapshot is not what compiling
// the embedded OpenAPI schema gives today (a libopenapi or jsonschema
// upgrade): run `go generate ./internal/lint/oasfunc` (or this test with
// -update). It also checks that what documentSchema decodes is the graph a
// fresh compile builds, field for field, unexported fields and shared
// subschemas included.
func TestDocumentSchemaSnapshots(t *testing.T) {
	for _, v := range []spec.Version{spec.V20, spec.V30, spec.V31} {
		fresh, err := compileDocumentSchema(v)
		if err != nil {
			t.Fatal(err)
		}
		got, err := jsonschema.EncodeSnapshot(snapshotRoots(fresh, v))
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if *update {
			if err := os.WriteFile(snapshotFile(v), got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(got, []byte(*documentSchemaSnapshot[v])) {
			t.Fatalf("%s is stale: run go generate ./internal/lint/oasfunc", snapshotFile(v))
		}
		decoded, err := decodeDocumentSchema(v)
		if err != nil {
			t.Fatalf("%s: %v", v, err)
		}
		if len(decoded.parts) != len(fresh.parts) {
			t.Fatalf("%s: %d parts decoded, %d compiled", v, len(decoded.parts), len(fresh.parts))
		}
		if err := sameGraph(snapshotRoots(decoded, v), snapshotRoots(fresh, v)); err != nil {
			t.Errorf("%s: decoded snapshot differs from a fresh compile: %v", v, err)
		}
	}
}

// TestSameGraphSeesDifferences: the comparison the snapshot test relies on
// notices a changed unexported field, a changed pattern and a reference to
// an equal-looking but different schema.
func TestSameGraphSeesDifferences(t *testing.T) {
	for _, mutate := range []func(s *jsonschema.Schema){
		func(s *jsonschema.Schema) { s.Properties["swagger"].Location += "x" },
		func(s *jsonschema.Schema) {
			s.PatternProperties = map[jsonschema.Regexp]*jsonschema.Schema{regexp.MustCompile("^y-"): s}
		},
		func(s *jsonschema.Schema) { s.Properties["info"] = s.Properties["host"] },
		func(s *jsonschema.Schema) {
			// resource is unexported: reach it through reflection.
			f := reflect.ValueOf(s).Elem().FieldByName("resource")
			reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem().Set(reflect.ValueOf(s.Properties["info"]))
		},
	} {
		a, err := decodeDocumentSchema(spec.V20)
		if err != nil {
			t.Fatal(err)
		}
		b, err := decodeDocumentSchema(spec.V20)
		if err != nil {
			t.Fatal(err)
		}
		if err := sameGraph([]*jsonschema.Schema{a.whole}, []*jsonschema.Schema{b.whole}); err != nil {
			t.Fatalf("two decodes differ: %v", err)
		}
		mutate(b.whole)
		if sameGraph([]*jsonschema.Schema{a.whole}, []*jsonschema.Schema{b.whole}) == nil {
			t.Error("a mutation went unnoticed")
		}
	}
}

// TestEncodeSnapshotRefuses: what a snapshot could not restore is an error,
// not a silently different schema.
func TestEncodeSnapshotRefuses(t *testing.T) {
	for name, setup := range map[string]func(c *jsonschema.Compiler){
		"custom format": func(c *jsonschema.Compiler) {
			c.AssertFormat()
			c.RegisterFormat(&jsonschema.Format{Name: "even", Validate: func(any) error { return nil }})
		},
		"regexp engine": func(c *jsonschema.Compiler) {
			c.UseRegexpEngine(func(s string) (jsonschema.Regexp, error) {
				re, err := regexp.Compile(s)
				return struct{ *regexp.Regexp }{re}, err
			})
		},
	} {
		c := jsonschema.NewCompiler()
		setup(c)
		doc, err := jsonschema.UnmarshalJSON(strings.NewReader(`{"format": "even", "pattern": "^a"}`))
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource("t.json", doc); err != nil {
			t.Fatal(err)
		}
		s, err := c.Compile("t.json")
		if err != nil {
			t.Fatal(err)
		}
		if _, err := jsonschema.EncodeSnapshot([]*jsonschema.Schema{s}); err == nil {
			t.Errorf("%s: EncodeSnapshot stored it", name)
		}
	}
}

// sameGraph compares two schema graphs field by field, unexported fields
// included. Schemas must correspond one to one (the same sharing and
// cycles); other pointers (formats, regular expressions) only need equal
// contents, since the decoder shares what the compiler duplicates.
func sameGraph(a, b []*jsonschema.Schema) error {
	g := graphCmp{ab: map[uintptr]uintptr{}, ba: map[uintptr]uintptr{}}
	for i := range a {
		if err := g.cmp(reflect.ValueOf(a[i]), reflect.ValueOf(b[i]), fmt.Sprintf("root %d", i)); err != nil {
			return err
		}
	}
	return nil
}

type graphCmp struct{ ab, ba map[uintptr]uintptr }

var (
	schemaPtrType = reflect.TypeFor[*jsonschema.Schema]()
	ratPtrType    = reflect.TypeFor[*big.Rat]()
	regexpType    = reflect.TypeFor[jsonschema.Regexp]()
)

// usable returns v's pointer as an interface even when v was reached
// through unexported fields.
func usable(v reflect.Value) any {
	return reflect.NewAt(v.Type().Elem(), unsafe.Pointer(v.Pointer())).Interface()
}

// regexpString is a pattern's source: the decoder's patterns are of its own
// type (compiled on first use) where the compiler's are *regexp.Regexp.
func regexpString(v reflect.Value) string {
	if v.IsNil() {
		return "<nil>"
	}
	e := v.Elem()
	if e.Kind() != reflect.Pointer {
		return fmt.Sprintf("<%s>", e.Type())
	}
	if re, ok := usable(e).(fmt.Stringer); ok {
		return re.String()
	}
	return fmt.Sprintf("<%s>", e.Type())
}

func (g graphCmp) cmp(a, b reflect.Value, path string) error {
	if a.Type() != b.Type() {
		return fmt.Errorf("%s: type %s vs %s", path, a.Type(), b.Type())
	}
	switch {
	case a.Type() == ratPtrType:
		if a.IsNil() != b.IsNil() || !a.IsNil() && usable(a).(*big.Rat).Cmp(usable(b).(*big.Rat)) != 0 {
			return fmt.Errorf("%s: numbers differ", path)
		}
		return nil
	case a.Type() == regexpType:
		if sa, sb := regexpString(a), regexpString(b); sa != sb {
			return fmt.Errorf("%s: %s vs %s", path, sa, sb)
		}
		return nil
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Errorf("%s: nil vs non-nil", path)
			}
			return nil
		}
		if a.Type() == schemaPtrType {
			pa, pb := a.Pointer(), b.Pointer()
			qb, seenA := g.ab[pa]
			qa, seenB := g.ba[pb]
			if seenA || seenB {
				if qb != pb || qa != pa {
					return fmt.Errorf("%s: schemas shared differently", path)
				}
				return nil
			}
			g.ab[pa], g.ba[pb] = pb, pa
		}
		return g.cmp(a.Elem(), b.Elem(), path)
	case reflect.Struct:
		for i := range a.NumField() {
			if err := g.cmp(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name); err != nil {
				return err
			}
		}
		return nil
	case reflect.Slice:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return fmt.Errorf("%s: lengths %d vs %d", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			if err := g.cmp(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i)); err != nil {
				return err
			}
		}
		return nil
	case reflect.Map:
		if a.IsNil() != b.IsNil() || a.Len() != b.Len() {
			return fmt.Errorf("%s: sizes %d vs %d", path, a.Len(), b.Len())
		}
		key := func(k reflect.Value) string {
			if k.Kind() == reflect.String {
				return k.String()
			}
			return regexpString(k)
		}
		bk := map[string]reflect.Value{}
		for _, k := range b.MapKeys() {
			bk[key(k)] = k
		}
		for _, k := range a.MapKeys() {
			kb, ok := bk[key(k)]
			if !ok {
				return fmt.Errorf("%s: key %s missing", path, key(k))
			}
			if err := g.cmp(a.MapIndex(k), b.MapIndex(kb), path+"["+key(k)+"]"); err != nil {
				return err
			}
		}
		return nil
	case reflect.Interface:
		if a.IsNil() || b.IsNil() {
			if a.IsNil() != b.IsNil() {
				return fmt.Errorf("%s: nil vs non-nil", path)
			}
			return nil
		}
		return g.cmp(a.Elem(), b.Elem(), path)
	case reflect.Func:
		if a.Pointer() != b.Pointer() {
			return fmt.Errorf("%s: functions differ", path)
		}
		return nil
	case reflect.String:
		if a.String() != b.String() {
			return fmt.Errorf("%s: %q vs %q", path, a.String(), b.String())
		}
		return nil
	case reflect.Bool:
		if a.Bool() != b.Bool() {
			return fmt.Errorf("%s: %v vs %v", path, a.Bool(), b.Bool())
		}
		return nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		if a.Int() != b.Int() {
			return fmt.Errorf("%s: %d vs %d", path, a.Int(), b.Int())
		}
		return nil
	}
	return fmt.Errorf("%s: cannot compare kind %s", path, a.Kind())
}
