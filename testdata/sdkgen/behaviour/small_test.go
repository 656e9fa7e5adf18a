package check

import (
	"context"
	"net/http/httptest"
	"reflect"
	"testing"

	"generated/small"
)

type smallServer struct {
	small.Unimplemented
	got *small.ListPetsRequest
}

func (s smallServer) ListPets(_ context.Context, r small.ListPetsRequest) (small.ListPetsResponse, error) {
	*s.got = r
	return small.ListPets200Response{Body: []small.Pet{}}, nil
}

// Arrays arrive repeated (form, explode) or comma-separated (explode: false);
// defaults apply.
func TestSmallArrays(t *testing.T) {
	var got small.ListPetsRequest
	h := small.NewHandler(smallServer{got: &got}, small.Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?tags=a&tags=b&ids=1,2,3", nil))
	if rec.Code != 200 || !reflect.DeepEqual(got.Tags, []string{"a", "b"}) || !reflect.DeepEqual(got.IDs, []int{1, 2, 3}) || got.Limit != 10 {
		t.Fatalf("%d %s %+v", rec.Code, rec.Body, got)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?ids=1,2,3,4", nil))
	if rec.Code != 400 {
		t.Fatalf("four ids (maxItems 3): %d %s", rec.Code, rec.Body)
	}
}
