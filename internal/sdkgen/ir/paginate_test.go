package ir

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPagination reads testdata/sdkgen/paging: each style detected and
// declared, and each kind of bad declaration warned about where it is written.
func TestPagination(t *testing.T) {
	api, err := Build(load(t, filepath.Join(repo, "testdata/sdkgen/paging/openapi.yaml")))
	if err != nil {
		t.Fatal(err)
	}
	byName := map[string]*Operation{}
	for _, op := range api.Operations {
		byName[op.Name] = op
	}
	for _, c := range []struct {
		op   string
		want *Pagination // Item left out: checked to be the Item type
	}{
		{"ListCursor", &Pagination{Style: PaginateCursor, Items: "data", Param: "cursor", Next: "next_cursor", Limit: "limit"}},
		{"ListOffset", &Pagination{Style: PaginateOffset, Items: "items", Param: "offset", Limit: "limit"}},
		{"ListOffsetTotal", &Pagination{Style: PaginateOffset, Items: "results", Param: "skip", Limit: "limit", Total: "meta.total_count"}},
		{"ListPages", &Pagination{Style: PaginatePage, Items: "results", Param: "page", Limit: "per_page", First: 1}},
		{"ListPagesFromZero", &Pagination{Style: PaginatePage, Param: "page", Limit: "page_size", First: 0}},
		{"ListLinked", &Pagination{Style: PaginateLink, Limit: "per_page"}},
		{"ListDeclaredCursor", &Pagination{Style: PaginateCursor, Items: "payload.rows", Param: "from", Next: "meta.cursors.following", Limit: "take"}},
		{"ListDeclaredOffset", &Pagination{Style: PaginateOffset, Items: "rows", Param: "position", Limit: "take", HasMore: "more"}},
		{"ListDeclaredPage", &Pagination{Style: PaginatePage, Items: "rows", Param: "p", Total: "count", First: 0}},
		{"ListDeclaredLink", &Pagination{Style: PaginateLink}},
		{"ListNotPaged", nil},
		{"ListBadStyle", nil},
		{"ListBadItems", nil},
		{"ListBadParam", nil},
		{"ListBadNext", &Pagination{Style: PaginateCursor, Items: "data", Param: "cursor", Next: "next_cursor"}},
		{"ListBadScalar", nil},
	} {
		t.Run(c.op, func(t *testing.T) {
			op := byName[c.op]
			if op == nil {
				t.Fatalf("no operation %s", c.op)
			}
			got := op.Pagination
			if c.want == nil || got == nil {
				if got != c.want {
					t.Fatalf("pagination %+v, want %+v", got, c.want)
				}
				return
			}
			if got.Item == nil || got.Item.Kind != KindRef || got.Item.Ref.Name != "Item" {
				t.Errorf("item schema %+v, want the Item type", got.Item)
			}
			g := *got
			g.Item = nil
			if g != *c.want {
				t.Errorf("pagination\n got %+v\nwant %+v", g, *c.want)
			}
		})
	}

	var warnings []string
	for _, w := range api.Warnings {
		if strings.Contains(w.Message, "x-sequere-pagination") {
			warnings = append(warnings, filepath.Base(w.Pos.File)+w.String()[len(w.Pos.File):])
		}
	}
	want := []string{
		`openapi.yaml:217:16: x-sequere-pagination style "sideways" is not cursor, offset, page or link; pagination is off`,
		`openapi.yaml:227:16: x-sequere-pagination items "nowhere" is not an array in the success response; pagination is off`,
		`openapi.yaml:238:17: x-sequere-pagination cursor "after" is not a query parameter of the operation; pagination is off`,
		`openapi.yaml:251:18: x-sequere-pagination hasMore "meta.more" is not in the success response; it is ignored`,
		`openapi.yaml:259:29: x-sequere-pagination is "yes", neither false nor a mapping; pagination is off`,
	}
	if strings.Join(warnings, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(warnings, "\n"), strings.Join(want, "\n"))
	}
}
