package check

import (
	"context"
	"net/http/httptest"
	"reflect"
	"strings"
	"testing"

	"generated/swagger2"
)

type swagger2Server struct {
	swagger2.Unimplemented
	list *swagger2.ListPetsRequest
	form *swagger2.UpdatePetWithFormRequest
}

func (s swagger2Server) ListPets(_ context.Context, r swagger2.ListPetsRequest) (swagger2.ListPetsResponse, error) {
	*s.list = r
	return swagger2.ListPets200Response{Body: []swagger2.Pet{}, Headers: swagger2.ListPets200ResponseHeaders{XTotal: new(int)}}, nil
}

func (s swagger2Server) UpdatePetWithForm(_ context.Context, r swagger2.UpdatePetWithFormRequest) (swagger2.UpdatePetWithFormResponse, error) {
	*s.form = r
	return swagger2.UpdatePetWithForm204Response{}, nil
}

// A 2.0 description's collection formats, form body, parameter bounds and
// defaults reach the typed request.
func TestSwagger2CollectionFormats(t *testing.T) {
	var list swagger2.ListPetsRequest
	var form swagger2.UpdatePetWithFormRequest
	h := swagger2.NewHandler(swagger2Server{list: &list, form: &form}, swagger2.Options{})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?tags=a&tags=b&ids=1,2&names=x|y&words=p%20q", nil))
	if rec.Code != 200 || rec.Header().Get("X-Total") != "0" || list.Limit != 20 || list.Status != swagger2.ListPetsStatusAvailable ||
		!reflect.DeepEqual(list.Tags, []string{"a", "b"}) || !reflect.DeepEqual(list.IDs, []int64{1, 2}) ||
		!reflect.DeepEqual(list.Names, []string{"x", "y"}) || !reflect.DeepEqual(list.Words, []string{"p", "q"}) {
		t.Fatalf("%d %s %+v", rec.Code, rec.Body, list)
	}
	rec = httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/pets/7", strings.NewReader("name=Rex&age=3"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	h.ServeHTTP(rec, req)
	if rec.Code != 204 || form.PetID != 7 || form.Body.Name != "Rex" || form.Body.Age == nil || *form.Body.Age != 3 {
		t.Fatalf("%d %s %+v", rec.Code, rec.Body, form)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/pets?limit=0", nil))
	if rec.Code != 400 {
		t.Fatalf("limit 0 (minimum 1): %d %s", rec.Code, rec.Body)
	}
}
