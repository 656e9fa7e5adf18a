package plan

import (
	"net/http"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/sequere/sequere/internal/spec"
)

// Pagination describes how a list operation is walked page by page: the
// cursor goes out in CursorParam and comes back at NextPointer of the JSON
// body; the page's items are at ItemsPointer ("" when the body is the array).
type Pagination struct {
	Op           *Operation
	CursorParam  string // Parameter.Key()
	NextPointer  string
	ItemsPointer string
	// LimitParam, when the operation has one, sets the page size.
	LimitParam string
}

var cursorParams = []string{"cursor", "page_token", "pagetoken", "after", "starting_after", "next", "marker", "continuation_token", "continuation", "page_cursor"}
var nextNames = []string{"next_cursor", "nextcursor", "next_page_token", "nextpagetoken", "cursor", "next", "after", "end_cursor", "endcursor", "continuation_token"}
var limitParams = []string{"limit", "page_size", "pagesize", "per_page", "perpage", "size", "max_results", "maxresults", "first", "count"}

// Pagination infers how op pages, if it does: a GET with a cursor-like
// query parameter whose JSON answer has a next-cursor property (at the top
// or one object down) and an array of items.
func (p *Plan) Pagination(op *Operation) (*Pagination, bool) {
	if op.Method != http.MethodGet {
		return nil, false
	}
	pg := &Pagination{Op: op}
	for _, prm := range op.Params {
		if prm.In != "query" {
			continue
		}
		n := strings.ToLower(prm.Name)
		for _, c := range cursorParams {
			if n == c && pg.CursorParam == "" {
				pg.CursorParam = prm.Key()
			}
		}
		for _, c := range limitParams {
			if n == c && pg.LimitParam == "" {
				pg.LimitParam = prm.Key()
			}
		}
	}
	if pg.CursorParam == "" {
		return nil, false
	}
	r := op.Responses[successCode(op)]
	if r == nil {
		return nil, false
	}
	for _, t := range mediaOrder(r.Content) {
		if !IsJSON(t) || r.Content[t].Schema == nil || r.Content[t].Schema.Value == nil {
			continue
		}
		s := r.Content[t].Schema.Value
		pg.NextPointer = findNext(s, "", 0)
		pg.ItemsPointer = findItems(s)
		if pg.NextPointer != "" && (pg.ItemsPointer != "" || isArray(s)) {
			return pg, true
		}
	}
	return nil, false
}

func isArray(s *openapi3.Schema) bool { return s.Type != nil && s.Type.Is("array") }

func findNext(s *openapi3.Schema, prefix string, depth int) string {
	if s == nil || depth > 1 {
		return ""
	}
	for _, want := range nextNames {
		for _, name := range sortedKeys(s.Properties) {
			if strings.ToLower(name) == want && cursorLike(s.Properties[name]) {
				return prefix + "/" + spec.EscapePointer(name)
			}
		}
	}
	for _, name := range sortedKeys(s.Properties) {
		if ps := s.Properties[name]; ps != nil && ps.Value != nil && len(ps.Value.Properties) > 0 {
			if got := findNext(ps.Value, prefix+"/"+spec.EscapePointer(name), depth+1); got != "" {
				return got
			}
		}
	}
	return ""
}

// cursorLike: a cursor is a scalar; a HAL or JSON:API "next" link is an
// object, and taking it for the cursor would end every walk after page one.
func cursorLike(r *openapi3.SchemaRef) bool {
	if r == nil || r.Value == nil || r.Value.Type == nil {
		return true
	}
	return !r.Value.Type.Includes("object") && !r.Value.Type.Includes("array") && len(r.Value.Properties) == 0
}

func findItems(s *openapi3.Schema) string {
	for _, pref := range []string{"data", "items", "results", "values", "entries", "records"} {
		if ps := s.Properties[pref]; ps != nil && ps.Value != nil && isArray(ps.Value) {
			return "/" + pref
		}
	}
	for _, name := range sortedKeys(s.Properties) {
		if ps := s.Properties[name]; ps != nil && ps.Value != nil && isArray(ps.Value) {
			return "/" + spec.EscapePointer(name)
		}
	}
	return ""
}
