package ir

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

var (
	cursorParams = []string{"cursor", "starting_after", "after", "page_token", "pageToken", "next_token", "nextToken", "continuation", "continuation_token", "marker"}
	nextFields   = []string{"next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "cursor", "next", "continuation"}
	offsetParams = []string{"offset", "skip", "start"}
	pageParams   = []string{"page", "page_number", "pageNumber"}
	limitParams  = []string{"limit", "per_page", "perPage", "page_size", "pageSize", "max_results", "maxResults", "count", "size"}
	itemFields   = []string{"data", "items", "results", "entries", "records", "values", "elements"}
	hasMoreNames = []string{"has_more", "hasMore", "has_next", "hasNext"}
	// totalNames leaves out count: as often the size of this page as of all.
	totalNames = []string{"total", "total_count", "totalCount", "total_results", "totalResults", "total_items", "totalItems"}
	wrappers   = []string{"meta", "pagination", "page", "paging", "links", "_links", "cursor"}
)

// pagination declares or detects how an operation pages.
func (b *builder) pagination(op *Operation, on node) *Pagination {
	if x := on.Get("x-sequere-pagination"); x != nil {
		return b.declaredPagination(op, node{N: x, File: on.File})
	}
	return b.detectedPagination(op)
}

// declaredPagination reads x-sequere-pagination. A declaration that cannot
// work turns pagination off with a warning at the offending value: an
// iterator that silently fetched one page, or the same page forever, would
// be worse than none.
func (b *builder) declaredPagination(op *Operation, xn node) *Pagination {
	if xn.N.Kind != yaml.MappingNode {
		if xn.N.Value != "false" {
			b.warn(xn, "x-sequere-pagination is %q, neither false nor a mapping; pagination is off", xn.N.Value)
		}
		return nil
	}
	p := &Pagination{Style: PaginationStyle(xn.Str("style")), Items: xn.Str("items"), Next: xn.Str("next"),
		HasMore: xn.Str("hasMore"), ItemCursor: xn.Str("itemCursor"), Total: xn.Str("total")}
	query := queryParams(op)
	var paramKey string
	var guesses []string
	switch p.Style {
	case PaginateCursor:
		paramKey, guesses = "cursor", cursorParams
	case PaginateOffset:
		paramKey, guesses = "offset", offsetParams
	case PaginatePage:
		paramKey, guesses = "page", pageParams
	case PaginateLink:
	default:
		b.warn(xn.Child("style"), "x-sequere-pagination style %q is not cursor, offset, page or link; pagination is off", p.Style)
		return nil
	}
	p.Item = itemAt(op.Success, p.Items)
	if p.Item == nil {
		b.warn(xn.Child("items"), "x-sequere-pagination items %q is not an array in the success response; pagination is off", p.Items)
		return nil
	}
	if paramKey != "" {
		p.Param = xn.Str(paramKey)
		if p.Param == "" {
			p.Param = firstIn(guesses, query)
		}
		if query[p.Param] == nil {
			b.warn(xn.Child(paramKey), "x-sequere-pagination %s %q is not a query parameter of the operation; pagination is off", paramKey, p.Param)
			return nil
		}
	}
	p.Limit = xn.Str("limit")
	if !xn.Has("limit") {
		p.Limit = firstIn(limitParams, query)
	} else if query[p.Limit] == nil {
		b.warn(xn.Child("limit"), "x-sequere-pagination limit %q is not a query parameter of the operation; it is ignored", p.Limit)
		p.Limit = ""
	}
	body := op.Success.Preferred.Schema
	if p.Style == PaginateCursor && p.Next == "" && p.ItemCursor == "" {
		p.Next = findField(body, nextFields, KindString, KindInteger)
		if p.Next == "" {
			b.warn(xn, "x-sequere-pagination style cursor names neither next nor itemCursor, and the response has no next-cursor field; pagination is off")
			return nil
		}
	}
	if p.Next != "" && Lookup(body, p.Next) == nil {
		b.warn(xn.Child("next"), "x-sequere-pagination next %q is not in the success response; pagination is off", p.Next)
		return nil
	}
	if p.ItemCursor != "" && Lookup(p.Item, p.ItemCursor) == nil {
		b.warn(xn.Child("itemCursor"), "x-sequere-pagination itemCursor %q is not a property of the items; pagination is off", p.ItemCursor)
		return nil
	}
	for _, f := range []struct {
		key  string
		path *string
	}{{"hasMore", &p.HasMore}, {"total", &p.Total}} {
		if *f.path != "" && Lookup(body, *f.path) == nil {
			b.warn(xn.Child(f.key), "x-sequere-pagination %s %q is not in the success response; it is ignored", f.key, *f.path)
			*f.path = ""
		}
	}
	if p.Style == PaginatePage {
		p.First = firstPage(query[p.Param])
	}
	return p
}

// firstPage is 0 when the page parameter's minimum or default says pages
// count from 0, else 1.
func firstPage(prm *Param) int64 {
	if prm == nil || prm.Schema == nil {
		return 1
	}
	if prm.Schema.Default != nil && prm.Schema.Default.JSON == "0" || prm.Schema.Source.Str("minimum") == "0" {
		return 0
	}
	return 1
}

func queryParams(op *Operation) map[string]*Param {
	query := map[string]*Param{}
	for _, prm := range op.Params {
		if prm.In == "query" {
			query[prm.Name] = prm
		}
	}
	return query
}

// detectedPagination recognises the common shapes by their names.
func (b *builder) detectedPagination(op *Operation) *Pagination {
	if op.Method != "GET" || op.Success == nil || op.Success.Preferred == nil || op.Success.Preferred.Encoding != EncodingJSON {
		return nil
	}
	p := &Pagination{}
	if item := itemAt(op.Success, ""); item != nil {
		p.Item = item
	} else {
		for _, f := range itemFields {
			if item := itemAt(op.Success, f); item != nil {
				p.Items, p.Item = f, item
				break
			}
		}
	}
	if p.Item == nil {
		return nil
	}
	query := queryParams(op)
	p.Limit = firstIn(limitParams, query)
	if p.Limit == "" && firstIn(cursorParams, query) == "" && firstIn(offsetParams, query) == "" && firstIn(pageParams, query) == "" {
		return nil // a GET without paging parameters is one resource, whatever its shape
	}
	body := op.Success.Preferred.Schema
	p.HasMore = findField(body, hasMoreNames, KindBoolean)
	p.Total = findField(body, totalNames, KindInteger)
	linkHeader := false
	for _, h := range op.Success.Headers {
		if strings.EqualFold(h.Name, "Link") {
			linkHeader = true
		}
	}
	switch {
	case firstIn(cursorParams, query) != "":
		p.Style, p.Param = PaginateCursor, firstIn(cursorParams, query)
		p.Next = findField(body, nextFields, KindString, KindInteger)
		if o := objectOf(p.Item); p.Next == "" && o != nil && p.HasMore != "" {
			for _, prop := range o.Properties {
				if prop.Name == "id" {
					p.ItemCursor = "id"
				}
			}
		}
		if p.Next == "" && p.HasMore == "" && linkHeader {
			p.Style, p.Param = PaginateLink, ""
		}
		if p.Next == "" && p.Style == PaginateCursor && p.ItemCursor == "" {
			return nil
		}
	case linkHeader:
		p.Style = PaginateLink
	case firstIn(offsetParams, query) != "":
		p.Style, p.Param = PaginateOffset, firstIn(offsetParams, query)
	case firstIn(pageParams, query) != "":
		p.Style, p.Param = PaginatePage, firstIn(pageParams, query)
		p.First = firstPage(query[p.Param])
	default:
		return nil
	}
	return p
}

func firstIn(names []string, set map[string]*Param) string {
	for _, n := range names {
		if set[n] != nil {
			return n
		}
	}
	return ""
}

// objectOf follows references to an object definition.
func objectOf(s *Schema) *Schema {
	for i := 0; s != nil && i < 16; i++ {
		switch s.Kind {
		case KindRef:
			s = s.Ref.Schema
		case KindObject:
			return s
		default:
			return nil
		}
	}
	return nil
}

func arrayOf(s *Schema) *Schema {
	for i := 0; s != nil && i < 16; i++ {
		switch s.Kind {
		case KindRef:
			s = s.Ref.Schema
		case KindArray:
			return s
		default:
			return nil
		}
	}
	return nil
}

// Lookup follows a dotted property path from s through references; nil when
// the path does not exist.
func Lookup(s *Schema, path string) *Schema {
	if path == "" {
		return s
	}
	for _, seg := range strings.Split(path, ".") {
		o := objectOf(s)
		if o == nil {
			return nil
		}
		var next *Schema
		for _, p := range o.Properties {
			if p.Name == seg {
				next = p.Schema
			}
		}
		if next == nil {
			return nil
		}
		s = next
	}
	return s
}

func itemAt(r *Response, path string) *Schema {
	if r == nil || r.Preferred == nil {
		return nil
	}
	if a := arrayOf(Lookup(r.Preferred.Schema, path)); a != nil {
		return a.Items
	}
	return nil
}

// findField finds one of names at the top of body or one wrapper deep.
func findField(body *Schema, names []string, kinds ...Kind) string {
	is := func(path string) bool {
		s := Lookup(body, path)
		for i := 0; s != nil && s.Kind == KindRef && i < 16; i++ {
			s = s.Ref.Schema
		}
		if s == nil {
			return false
		}
		for _, k := range kinds {
			if s.Kind == k {
				return true
			}
		}
		return false
	}
	for _, n := range names {
		if is(n) {
			return n
		}
	}
	for _, w := range wrappers {
		for _, n := range names {
			if is(w + "." + n) {
				return w + "." + n
			}
		}
	}
	return ""
}
