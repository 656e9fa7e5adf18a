package plan

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

func load(t *testing.T, path string) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func loadYAML(t *testing.T, src string) *spec.Document {
	t.Helper()
	doc, err := spec.LoadBytes(context.Background(), "test.yaml", []byte(src), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func TestSelection(t *testing.T) {
	doc := load(t, "../../examples/orders/openapi.yaml")
	for _, tt := range []struct {
		name string
		sel  Selection
		want []string
	}{
		{"operation", Selection{Operations: []string{"getOrder", "createOrder"}}, []string{"createOrder", "getOrder"}},
		{"path and method", Selection{Paths: []string{`^/v2/users`}, Methods: []string{"delete"}}, []string{"deleteUser"}},
		{"exclude", Selection{Paths: []string{`^/v2/orders/\{id\}$`}, ExcludeMethods: []string{"GET"}}, []string{"updateOrder"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Build(doc, tt.sel)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, o := range p.Ops {
				got = append(got, o.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
		})
	}
	if _, err := Build(doc, Selection{Paths: []string{"("}}); err == nil || !strings.Contains(err.Error(), "--path") {
		t.Errorf("bad regex: %v", err)
	}
}

const styles = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /items/{id}/{label}/{matrix}:
    post:
      operationId: op
      parameters:
        - {name: id, in: path, required: true, schema: {type: array, items: {type: integer}}}
        - {name: label, in: path, required: true, style: label, explode: true, schema: {type: array, items: {type: string}}}
        - {name: matrix, in: path, required: true, style: matrix, schema: {type: object}}
        - {name: tags, in: query, schema: {type: array, items: {type: string}}}
        - {name: ids, in: query, explode: false, schema: {type: array, items: {type: string}}}
        - {name: pipes, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: string}}}
        - {name: filter, in: query, style: deepObject, schema: {type: object}}
        - {name: X-Trace, in: header, schema: {type: array, items: {type: string}}}
        - {name: session, in: cookie, schema: {type: string}}
      requestBody:
        content:
          application/x-www-form-urlencoded: {schema: {type: object}}
      responses:
        "200": {description: ok, content: {application/json: {schema: {type: object}}}}
`

func TestRequestStyles(t *testing.T) {
	p, err := Build(loadYAML(t, styles), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	op := p.Ops[0]
	in := Input{Params: map[string]any{
		"path:id": []any{1, 2}, "path:label": []any{"a", "b"}, "path:matrix": map[string]any{"x": "1", "y": "2"},
		"query:tags": []any{"a", "b"}, "query:ids": []any{"1", "2"}, "query:pipes": []any{"p", "q"},
		"query:filter": map[string]any{"color": "red"}, "header:X-Trace": []any{"t1", "t2"}, "cookie:session": "s 1",
	}, HasBody: true, Body: map[string]any{"name": "n", "tags": []any{"x", "y"}}}
	r := p.Request(op, in)
	wantPath := "/items/1%2C2/.a.b/;matrix=x%2C1%2Cy%2C2?tags=a&tags=b&ids=1%2C2&pipes=p%7Cq&filter%5Bcolor%5D=red"
	if r.Path != wantPath {
		t.Errorf("path\n got %s\nwant %s", r.Path, wantPath)
	}
	for name, want := range map[string]string{"X-Trace": "t1,t2", "Cookie": "session=s+1",
		"Content-Type": "application/x-www-form-urlencoded", "Accept": "application/json, */*;q=0.1"} {
		if got := r.Header(name); got != want {
			t.Errorf("%s: got %q, want %q", name, got, want)
		}
	}
	if r.Body != "name=n&tags=x&tags=y" {
		t.Errorf("body %q", r.Body)
	}
}

const brackets = `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /customers:
    post:
      operationId: op
      parameters:
        - {name: items, in: query, style: deepObject, explode: true, schema: {type: array, items: {type: object}}}
        - {name: created, in: query, style: deepObject, explode: true, schema: {anyOf: [{type: object}, {type: integer}]}}
      requestBody:
        content:
          application/x-www-form-urlencoded:
            encoding:
              address: {style: deepObject, explode: true}
              metadata: {style: deepObject, explode: true}
              tax_id_data: {style: deepObject, explode: true}
            schema: {type: object}
      responses:
        "204": {description: ok}
`

// deepObject as Stripe reads it (nested brackets, indexed arrays, an empty
// value for an empty object), in the query and in form fields whose
// encoding says deepObject; other form fields keep their default style.
func TestRequestDeepObjectNests(t *testing.T) {
	p, err := Build(loadYAML(t, brackets), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		in         Input
		path, body string
	}{
		{"nested", Input{Params: map[string]any{
			"query:items":   []any{map[string]any{"price": "p1", "tax": []any{"a"}}, map[string]any{"price": "p2"}},
			"query:created": map[string]any{"gt": 0},
		}, HasBody: true, Body: map[string]any{
			"address":     map[string]any{"line1": "x", "geo": map[string]any{"lat": 1.5}},
			"metadata":    map[string]any{},
			"tax_id_data": []any{map[string]any{"type": "eu_vat"}},
			"tags":        []any{"a", "b"},
		}},
			"/customers?items%5B0%5D%5Bprice%5D=p1&items%5B0%5D%5Btax%5D%5B0%5D=a&items%5B1%5D%5Bprice%5D=p2&created%5Bgt%5D=0",
			"address%5Bgeo%5D%5Blat%5D=1.5&address%5Bline1%5D=x&metadata=&tags=a&tags=b&tax_id_data%5B0%5D%5Btype%5D=eu_vat"},
		{"scalar under deepObject", Input{Params: map[string]any{"query:created": 5}}, "/customers?created=5", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := p.Request(p.Ops[0], tt.in)
			if r.Path != tt.path {
				t.Errorf("path\n got %s\nwant %s", r.Path, tt.path)
			}
			if r.Body != tt.body {
				t.Errorf("body\n got %s\nwant %s", r.Body, tt.body)
			}
		})
	}
}

func TestRandomIsSeeded(t *testing.T) {
	p, err := Build(load(t, "../../examples/orders/openapi.yaml"), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	for _, op := range p.Ops {
		a, b := p.Request(op, p.Random(op, 42)), p.Request(op, p.Random(op, 42))
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: two requests from seed 42 differ:\n%+v\n%+v", op.ID, a, b)
		}
	}
}

func TestChainsAndPaging(t *testing.T) {
	p, err := Build(load(t, "../../examples/orders/openapi.yaml"), Selection{})
	if err != nil {
		t.Fatal(err)
	}
	found := map[string]Chain{}
	for _, c := range p.Chains() {
		found[c.Create.ID] = c
	}
	c, ok := found["createOrder"]
	if !ok || c.Read == nil || c.Read.ID != "getOrder" || len(c.Update) == 0 {
		t.Fatalf("createOrder chain: %+v", c)
	}
	op, _ := p.Operation("listUserOrders")
	pg, ok := p.Pagination(op)
	if !ok || pg.CursorParam != "query:cursor" || pg.NextPointer == "" {
		t.Errorf("listUserOrders pagination: %+v %v", pg, ok)
	}
	in := Input{}
	if !Apply(&in, []Binding{{Param: "path:id", Expr: "$response.header.Location", LastSegment: true}},
		Exchange{Header: map[string][]string{"Location": {"/v2/orders/ord_1"}}}) || in.Params["path:id"] != "ord_1" {
		t.Errorf("Location binding: %v", in.Params)
	}
}
