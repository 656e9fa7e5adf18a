package oasfunc

import (
	"slices"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

var (
	cursorParams = []string{"cursor", "page_token", "pagetoken", "page-token", "next", "next_token", "after", "before", "starting_after", "ending_before", "continuation", "continuation_token", "page[cursor]", "page[after]", "page[before]"}
	offsetParams = []string{"offset", "page", "page_number", "pagenumber", "skip", "start", "page[number]", "page[offset]"}
)

// Pagination (sequerePagination) runs on GET operations. A collection GET
// (the path does not end in a parameter and the success body is an unbounded
// array or an object holding one) must take pagination query parameters; with option
// cursor: true it must take a cursor, not only an offset or page number.
func Pagination(c lint.Call) []lint.Violation {
	o, tmpl, method, item, ok := opTarget(c)
	if !ok || method != "get" || lastSegmentIsParam(tmpl) || !returnsCollection(c, o) {
		return nil
	}
	names := paramNames(c, o, item, "query")
	hasCursor := slices.ContainsFunc(names, func(n string) bool { return slices.Contains(cursorParams, n) })
	hasOffset := slices.ContainsFunc(names, func(n string) bool { return slices.Contains(offsetParams, n) })
	if optBool(c.Options, "cursor") {
		if hasOffset && !hasCursor {
			return []lint.Violation{{Message: "the collection is paged by offset or page number; prefer a cursor (stable under inserts)"}}
		}
		return nil
	}
	if !hasCursor && !hasOffset {
		return []lint.Violation{{Message: "this collection GET takes no cursor, page or offset query parameter, so clients cannot fetch past the first page (limit alone does not page); add a cursor"}}
	}
	return nil
}

// returnsCollection looks at the JSON body of the first 2xx response.
func returnsCollection(c lint.Call, o node) bool {
	for _, code := range []string{"200", "206", "2XX"} {
		r, ok := successResponses(c, o)[code]
		if !ok {
			continue
		}
		found := false
		each(child(c.Doc, r, "content").n, func(k, v *yaml.Node) {
			if !strings.Contains(k.Value, "json") {
				return
			}
			s := child(c.Doc, node{v, r.file}, "schema")
			found = found || isCollectionArray(c, s) || holdsArray(c, s)
		})
		if schema := child(c.Doc, r, "schema"); c.Doc.Version == spec.V20 {
			found = found || isCollectionArray(c, schema) || holdsArray(c, schema)
		}
		return found
	}
	return false
}

// isCollectionArray: an array of records, or an array without bound. An array
// of scalars or arrays with maxItems (a 3x3 board, an RGB triple) is a value,
// not a collection to page through; on an array of objects maxItems is the
// page-size cap and the collection still needs paging.
func isCollectionArray(c lint.Call, s node) bool {
	s = deref(c.Doc, s)
	if !hasType(spec.MapGet(s.n, "type"), "array") {
		return false
	}
	if spec.MapGet(s.n, "maxItems") == nil {
		return true
	}
	items := child(c.Doc, s, "items")
	if items.n == nil {
		return false
	}
	items = deref(c.Doc, items)
	return hasType(spec.MapGet(items.n, "type"), "object") || spec.MapGet(items.n, "properties") != nil
}

func hasType(t *yaml.Node, name string) bool {
	return t != nil && (t.Value == name || (isSeq(t) && slices.ContainsFunc(t.Content, func(n *yaml.Node) bool { return n.Value == name })))
}

// holdsArray: an object whose top-level properties (allOf included) hold an array.
func holdsArray(c lint.Call, s node) bool {
	s = deref(c.Doc, s)
	found := false
	each(child(c.Doc, s, "properties").n, func(_, v *yaml.Node) {
		found = found || isCollectionArray(c, node{v, s.file})
	})
	if all := child(c.Doc, s, "allOf"); isSeq(all.n) {
		for _, p := range all.n.Content {
			found = found || holdsArray(c, node{p, all.file})
		}
	}
	return found
}
