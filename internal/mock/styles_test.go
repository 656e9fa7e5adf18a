package mock

import (
	"context"
	"testing"

	"github.com/sequere/sequere/internal/spec"
)

// Path and header parameter styles (label, matrix, simple; exploded or not).
func TestParameterStyles(t *testing.T) {
	t.Parallel()
	const doc = `openapi: 3.0.3
info: {title: styles, version: "1"}
paths:
  /label/{ids}:
    get:
      parameters:
        - {name: ids, in: path, required: true, style: label, explode: true, schema: {type: array, items: {type: integer}}}
      responses: {"204": {description: ok}}
  /matrix/{ids}:
    get:
      parameters:
        - {name: ids, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: integer}}}
      responses: {"204": {description: ok}}
  /simple/{point}:
    get:
      parameters:
        - {name: point, in: path, required: true, explode: true, schema: {type: object, properties: {x: {type: integer}, y: {type: integer}}}}
        - {name: X-Ids, in: header, schema: {type: array, items: {type: integer}, maxItems: 2}}
      responses: {"204": {description: ok}}
`
	d, err := spec.LoadBytes(context.Background(), "styles.yaml", []byte(doc), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	ts := start(t, d, Options{})
	tests := []struct {
		path   string
		hdr    []string
		status int
	}{
		{"/label/.1.2.3", nil, 204},
		{"/label/.1.x", nil, 422},
		{"/matrix/;ids=1;ids=2", nil, 204},
		{"/matrix/;ids=1;ids=b", nil, 422},
		{"/simple/x=1,y=2", nil, 204},
		{"/simple/x=1,y=z", nil, 422},
		{"/simple/x=1,y=2", []string{"X-Ids: 1,2"}, 204},
		{"/simple/x=1,y=2", []string{"X-Ids: 1,2,3"}, 422},
	}
	for _, tt := range tests {
		if r := call(t, ts, "GET", tt.path, "", tt.hdr...); r.status != tt.status {
			t.Errorf("%s %v: %d, want %d: %s", tt.path, tt.hdr, r.status, tt.status, r.body)
		}
	}
}
