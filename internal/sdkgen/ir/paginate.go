package ir

import "strings"

var (
	cursorParams = []string{"cursor", "starting_after", "after", "page_token", "pageToken", "next_token", "nextToken", "continuation", "continuation_token", "marker"}
	nextFields   = []string{"next_cursor", "nextCursor", "next_page_token", "nextPageToken", "next_token", "nextToken", "cursor", "next", "continuation"}
	offsetParams = []string{"offset", "skip", "start"}
	pageParams   = []string{"page", "page_number", "pageNumber"}
	limitParams  = []string{"limit", "per_page", "perPage", "page_size", "pageSize", "max_results", "maxResults", "count", "size"}
	itemFields   = []string{"data", "items", "results", "entries", "records", "values", "elements"}
	hasMoreNames = []string{"has_more", "hasMore", "has_next", "hasNext"}
	wrappers     = []string{"meta", "pagination", "page", "paging", "links", "_links", "cursor"}
)

// pagination declares or detects how an operation pages.
func (b *builder) pagination(op *Operation, on node) *Pagination {
	if x := on.Get("x-sequere-pagination"); x != nil {
		if x.Value == "false" {
			return nil
		}
		xn := node{N: x, File: on.File}
		p := &Pagination{Style: PaginationStyle(xn.Str("style")), Items: xn.Str("items"), Next: xn.Str("next"),
			Limit: xn.Str("limit"), HasMore: xn.Str("hasMore"), ItemCursor: xn.Str("itemCursor")}
		switch p.Style {
		case PaginateCursor:
			p.Param = xn.Str("cursor")
		case PaginateOffset:
			p.Param = xn.Str("offset")
		case PaginatePage:
			p.Param = xn.Str("page")
		case PaginateLink:
		default:
			b.warn(xn, "x-sequere-pagination style %q is not cursor, offset, page or link; pagination is off", p.Style)
			return nil
		}
		p.Item = itemAt(op.Success, p.Items)
		if p.Item == nil {
			b.warn(xn, "x-sequere-pagination items %q is not an array in the success response; pagination is off", p.Items)
			return nil
		}
		return p
	}
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
	query := map[string]bool{}
	for _, prm := range op.Params {
		if prm.In == "query" {
			query[prm.Name] = true
		}
	}
	p.Limit = firstIn(limitParams, query)
	if p.Limit == "" && firstIn(cursorParams, query) == "" && firstIn(offsetParams, query) == "" && firstIn(pageParams, query) == "" {
		return nil // a GET without paging parameters is one resource, whatever its shape
	}
	body := op.Success.Preferred.Schema
	p.HasMore = findField(body, hasMoreNames, KindBoolean)
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
	default:
		return nil
	}
	return p
}

func firstIn(names []string, set map[string]bool) string {
	for _, n := range names {
		if set[n] {
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
