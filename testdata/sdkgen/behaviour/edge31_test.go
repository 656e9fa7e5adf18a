package check

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"reflect"
	"testing"

	"generated/edge31"
)

// An alias cycle through a slice round-trips, a union with a bare schema name
// in its mapping decodes by tag, and a property named "-" keeps its name.
func TestEdge31Shapes(t *testing.T) {
	var l edge31.Loop
	if err := json.Unmarshal([]byte(`[[],[[]]]`), &l); err != nil || len(l) != 2 || len(l[1]) != 1 {
		t.Fatalf("%v %v", l, err)
	}
	var s edge31.Shape
	if err := json.Unmarshal([]byte(`{"kind":"box","side":2}`), &s); err != nil || s.Square == nil || s.Square.Side != 2 {
		t.Fatalf("box: %+v %v", s, err)
	}
	if err := json.Unmarshal([]byte(`{"kind":"round","r":1}`), &s); err != nil || s.Circle == nil {
		t.Fatalf("round: %+v %v", s, err)
	}
	b, err := json.Marshal(edge31.Call{Sid: "CA1", Type: "x", X: new(string)})
	if err != nil || string(b) != `{"sid":"CA1","type":"x","-":""}` {
		t.Fatalf("%s %v", b, err)
	}
}

type edge31Server struct {
	edge31.Unimplemented
	got *edge31.ListCallsRequest2
}

func (s edge31Server) ListCalls(_ context.Context, r edge31.ListCallsRequest2) (edge31.ListCallsResponse, error) {
	*s.got = r
	return edge31.ListCalls304Response{}, nil
}

// Pipe-delimited query arrays and header lists are cut where they should be;
// an odd path ("/2010-04-01/.../{AccountSid}/Calls.json") routes.
func TestEdge31Separators(t *testing.T) {
	var got edge31.ListCallsRequest2
	h := edge31.NewHandler(edge31Server{got: &got}, edge31.Options{})
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/2010-04-01/Accounts/AC1/Calls.json?tags=a|b&ids=1&ids=2", nil)
	req.Header.Set("X-Trace", "t")
	req.Header.Set("X-Nums", "1, 2")
	h.ServeHTTP(rec, req)
	if rec.Code != 304 || got.AccountSid != "AC1" || !reflect.DeepEqual(got.Tags, []string{"a", "b"}) ||
		!reflect.DeepEqual(got.IDs, []int{1, 2}) || !reflect.DeepEqual(got.XNums, []int{1, 2}) || got.PageSize != 50 || !got.On {
		t.Fatalf("%d %s %+v", rec.Code, rec.Body, got)
	}
}
