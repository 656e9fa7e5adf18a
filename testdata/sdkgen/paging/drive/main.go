// Command drive walks every scenario of TestPaging with the generated Go
// client: once to the end, once taking only the first item. One JSON line
// per walk.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"iter"
	"net/http"
	"os"

	api "example.test/api"
)

func main() {
	base := os.Args[1]
	c := api.New(api.WithBaseURL(base + "/api"))
	ctx := context.Background()
	n := func(v int64) *int64 { return &v }
	s := func(v string) *string { return &v }
	scenarios := []struct {
		name string
		walk func() iter.Seq2[api.Item, error]
	}{
		{"cursor", func() iter.Seq2[api.Item, error] { return c.ListCursorAll(ctx, &api.ListCursorRequest{Limit: n(2)}) }},
		{"cursorRepeat", func() iter.Seq2[api.Item, error] { return c.ListCursorAll(ctx, &api.ListCursorRequest{Limit: n(4)}) }},
		{"cursorError", func() iter.Seq2[api.Item, error] { return c.ListCursorAll(ctx, &api.ListCursorRequest{Limit: n(3)}) }},
		{"offset", func() iter.Seq2[api.Item, error] { return c.ListOffsetAll(ctx, &api.ListOffsetRequest{Limit: n(2)}) }},
		{"offsetFrom", func() iter.Seq2[api.Item, error] {
			return c.ListOffsetAll(ctx, &api.ListOffsetRequest{Offset: n(1), Limit: n(2)})
		}},
		{"offsetTotal", func() iter.Seq2[api.Item, error] {
			return c.ListOffsetTotalAll(ctx, &api.ListOffsetTotalRequest{Limit: n(2)})
		}},
		{"pages", func() iter.Seq2[api.Item, error] { return c.ListPagesAll(ctx, &api.ListPagesRequest{PerPage: n(2)}) }},
		{"pagesFrom", func() iter.Seq2[api.Item, error] {
			return c.ListPagesAll(ctx, &api.ListPagesRequest{Page: n(2), PerPage: n(2)})
		}},
		{"pagesFromZero", func() iter.Seq2[api.Item, error] {
			return c.ListPagesFromZeroAll(ctx, &api.ListPagesFromZeroRequest{PageSize: n(2)})
		}},
		{"linked", func() iter.Seq2[api.Item, error] { return c.ListLinkedAll(ctx, &api.ListLinkedRequest{PerPage: n(2)}) }},
		{"declaredCursor", func() iter.Seq2[api.Item, error] {
			return c.ListDeclaredCursorAll(ctx, &api.ListDeclaredCursorRequest{Take: n(2)})
		}},
		{"declaredOffset", func() iter.Seq2[api.Item, error] {
			return c.ListDeclaredOffsetAll(ctx, &api.ListDeclaredOffsetRequest{Take: n(2)})
		}},
		{"declaredPage", func() iter.Seq2[api.Item, error] {
			return c.ListDeclaredPageAll(ctx, &api.ListDeclaredPageRequest{})
		}},
		{"declaredLink", func() iter.Seq2[api.Item, error] {
			return c.ListDeclaredLinkAll(ctx, &api.ListDeclaredLinkRequest{Q: s("x")})
		}},
	}
	out := json.NewEncoder(os.Stdout)
	for _, sc := range scenarios {
		for _, first := range []bool{false, true} {
			name := sc.name
			if first {
				name += ".first"
			}
			resp, err := http.Get(base + "/mark?scenario=" + name)
			if err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(1)
			}
			resp.Body.Close()
			items, msg := []string{}, ""
			for item, err := range sc.walk() {
				if err != nil {
					var apiErr *api.APIError
					if !errors.As(err, &apiErr) {
						fmt.Fprintln(os.Stderr, name, err)
						os.Exit(1)
					}
					code := "<no Refusal>"
					if r, ok := apiErr.Value.(*api.Refusal); ok {
						code = r.Code
					}
					msg = fmt.Sprintf("ApiError %d %s", apiErr.StatusCode, code)
					break
				}
				items = append(items, item.ID)
				if first {
					break
				}
			}
			out.Encode(map[string]any{"scenario": name, "items": items, "error": msg})
		}
	}
}
