package mock

import (
	"encoding/json"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/datagen"
)

// store is the in-memory state of --stateful: collections keyed by their
// concrete path (/users/7/repos), items by id in insertion order.
type store struct {
	mu   sync.Mutex
	cols map[string]*collection
	next int64
}

type collection struct {
	ids   []string
	items map[string]map[string]any
}

func newStore() *store { return &store{cols: map[string]*collection{}} }

// handle serves CRUD-shaped operations from the store: POST on a collection,
// GET/PUT/PATCH/DELETE on an item (a path ending in one {param} segment whose
// parent path is the collection) and GET on a collection. Other operations
// report false and get an ordinary mock response.
func (s *store) handle(w http.ResponseWriter, r *http.Request, m *model, op *operation, mt match, c checked) bool {
	segs := splitPath(op.path)
	concrete := concretePath(op.path, mt.params)
	itemParam := ""
	if n := len(segs); n > 0 && strings.HasPrefix(segs[n-1], "{") && strings.HasSuffix(segs[n-1], "}") && strings.Count(segs[n-1], "{") == 1 {
		itemParam = segs[n-1][1 : len(segs[n-1])-1]
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if itemParam == "" {
		switch op.method {
		case http.MethodPost:
			obj, ok := c.body.(map[string]any)
			if !ok {
				return false
			}
			child := m.itemParamOf(op.path)
			if child == "" {
				return false
			}
			return s.create(w, r, m, op, concrete, child, obj)
		case http.MethodGet:
			return s.list(w, r, m, op, concrete)
		}
		return false
	}
	i := strings.LastIndexByte(concrete, '/')
	colPath, id := concrete[:i], concrete[i+1:]
	if u, err := url.PathUnescape(id); err == nil {
		id = u
	}
	col := s.cols[colPath]
	var item map[string]any
	if col != nil {
		item = col.items[id]
	}
	switch op.method {
	case http.MethodGet, http.MethodHead, http.MethodDelete, http.MethodPatch:
		if item == nil {
			writeProblem(w, problem{Type: typeNoResource, Status: 404, Detail: "no resource " + id + " in " + colPath})
			return true
		}
	case http.MethodPut:
	default:
		return false
	}
	switch op.method {
	case http.MethodDelete:
		delete(col.items, id)
		col.ids = removeID(col.ids, id)
		status := firstSuccess(op, http.StatusNoContent)
		w.WriteHeader(status)
		return true
	case http.MethodPut, http.MethodPatch:
		obj, ok := c.body.(map[string]any)
		if !ok {
			return false
		}
		if op.method == http.MethodPatch {
			obj = mergePatch(item, obj).(map[string]any)
		}
		if prev := idField(item, itemParam); prev != "" {
			obj[prev] = item[prev]
		}
		status := firstSuccess(op, http.StatusOK)
		if errs := m.responseViolations(op, status, obj); len(errs) > 0 {
			writeProblem(w, problem{Type: typeValidation, Status: 422, Title: "Invalid request",
				Detail: "the resource after this " + op.method + " would not match the response schema of " + op.id + "; nothing was stored", Errors: errs})
			return true
		}
		if col == nil {
			col = &collection{items: map[string]map[string]any{}}
			s.cols[colPath] = col
		}
		if _, had := col.items[id]; !had {
			col.ids = append(col.ids, id)
		}
		col.items[id] = obj
		item = obj
	}
	m.serveStored(w, r, op, firstSuccess(op, http.StatusOK), item)
	return true
}

func (s *store) create(w http.ResponseWriter, r *http.Request, m *model, op *operation, colPath, param string, body map[string]any) bool {
	resp, status := op.pick("")
	obj := map[string]any{}
	if resp != nil {
		if md, _ := negotiate("application/json", resp.media); md != nil {
			if gv, ok := datagen.Generate(m.tree, md.schema.v, datagen.Options{}).(map[string]any); ok {
				obj = gv
			}
		}
	}
	for k, v := range body {
		obj[k] = v
	}
	field := "id"
	if _, ok := obj["id"]; !ok {
		if _, ok := obj[param]; ok {
			field = param
		}
	}
	s.next++
	id := idString(body[field])
	if id == "" {
		var v any
		id, v = m.newID(resp, field, s.next)
		obj[field] = v
	}
	if status == 0 || status >= 300 {
		status = http.StatusCreated
	}
	if errs := m.responseViolations(op, status, obj); len(errs) > 0 {
		writeProblem(w, problem{Type: typeValidation, Status: 422, Title: "Invalid request",
			Detail: "the created resource would not match the response schema of " + op.id + "; nothing was stored", Errors: errs})
		return true
	}
	col := s.cols[colPath]
	if col == nil {
		col = &collection{items: map[string]map[string]any{}}
		s.cols[colPath] = col
	}
	if _, had := col.items[id]; !had {
		col.ids = append(col.ids, id)
	}
	col.items[id] = obj
	w.Header().Set("Location", strings.TrimRight(r.URL.Path, "/")+"/"+url.PathEscape(id))
	if resp == nil || len(resp.media) == 0 {
		w.WriteHeader(status)
		return true
	}
	m.serveStored(w, r, op, status, obj)
	return true
}

// newID makes the id of a created resource from the response schema of its
// id property: a number for integers, a generated value for strings with a
// format or pattern (a uuid for format: uuid), else the sequence number.
func (m *model) newID(resp *response, field string, next int64) (string, any) {
	seq := strconv.FormatInt(next, 10)
	if resp == nil {
		return seq, json.Number(seq)
	}
	md, _ := negotiate("application/json", resp.media)
	if md == nil {
		return seq, json.Number(seq)
	}
	props, _ := md.schema.v["properties"].(map[string]any)
	ps, _ := m.tree.deref(props[field])
	switch m.kindOf(ps) {
	case "string":
		if ps["format"] != nil || ps["pattern"] != nil {
			if v, ok := datagen.Generate(m.tree, props[field], datagen.Options{Dynamic: true, Seed: uint64(next)}).(string); ok && v != "" {
				return v, v
			}
		}
		return seq, seq
	case "integer", "number", "":
		return seq, json.Number(seq)
	}
	return seq, seq
}

// responseViolations validates a stored resource (or list) against the
// JSON schema of op's response with status: what the store serves must keep
// the contract as a static response does.
func (m *model) responseViolations(op *operation, status int, v any) []fieldError {
	resp, _ := op.pick(strconv.Itoa(status))
	if resp == nil {
		return nil
	}
	md, _ := negotiate("application/json", resp.media)
	if md == nil || md.schema.v == nil {
		return nil
	}
	return m.compiler.get(md.schema.loc).validate(v, "/body")
}

// serveStored writes what the store holds, without writeOnly properties, and
// only if it matches the response schema; a stored resource that does not
// (written through an operation with a looser schema) is a 500, not a
// silent contract break.
func (m *model) serveStored(w http.ResponseWriter, r *http.Request, op *operation, status int, v any) {
	if resp, _ := op.pick(strconv.Itoa(status)); resp != nil {
		if md, _ := negotiate("application/json", resp.media); md != nil {
			v = m.withoutWriteOnly(md.schema.v, v, 0)
		}
	}
	if errs := m.responseViolations(op, status, v); len(errs) > 0 {
		writeProblem(w, problem{Type: typeContract, Status: 500, Title: "Stored resource violates the contract",
			Detail: "what the store holds for this request does not match the response schema of " + op.id, Errors: errs})
		return
	}
	writeJSON(w, r, status, v)
}

// withoutWriteOnly copies v without the properties its schema marks
// writeOnly: a client sends them, a server never returns them.
func (m *model) withoutWriteOnly(schema map[string]any, v any, depth int) any {
	if schema == nil || depth > 16 {
		return v
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := schema["properties"].(map[string]any)
		if props == nil {
			return v
		}
		out := make(map[string]any, len(x))
		for k, e := range x {
			ps, _ := m.tree.deref(props[k])
			if wo, _ := ps["writeOnly"].(bool); wo {
				continue
			}
			out[k] = m.withoutWriteOnly(ps, e, depth+1)
		}
		return out
	case []any:
		items, _ := m.tree.deref(schema["items"])
		if items == nil {
			return v
		}
		out := make([]any, len(x))
		for i, e := range x {
			out[i] = m.withoutWriteOnly(items, e, depth+1)
		}
		return out
	}
	return v
}

// list answers a collection GET: an array schema gets the items, an object
// schema gets them in its first array property (a {data: [...]} envelope).
func (s *store) list(w http.ResponseWriter, r *http.Request, m *model, op *operation, colPath string) bool {
	resp, status := op.pick("")
	if resp == nil || status >= 300 {
		return false
	}
	md, _ := negotiate("application/json", resp.media)
	if md == nil {
		return false
	}
	if m.itemParamOf(op.path) == "" {
		// Not a collection of items the store can hold (no {id} path
		// under it): an ordinary answer.
		return false
	}
	items := []any{}
	if col := s.cols[colPath]; col != nil {
		for _, id := range col.ids {
			items = append(items, col.items[id])
		}
	}
	var v any
	switch m.kindOf(md.schema.v) {
	case "array":
		v = items
	case "object":
		env, _ := datagen.Generate(m.tree, md.schema.v, datagen.Options{}).(map[string]any)
		props, _ := md.schema.v["properties"].(map[string]any)
		names := make([]string, 0, len(props))
		for name := range props {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			ps, _ := m.tree.deref(props[name])
			if m.kindOf(ps) == "array" && env != nil {
				env[name] = items
				v = env
				break
			}
		}
	}
	if v == nil {
		return false
	}
	v = m.withoutWriteOnly(md.schema.v, v, 0)
	if len(m.responseViolations(op, status, v)) > 0 {
		// What is stored cannot make a valid page (minItems on an empty
		// store, say): the static answer keeps the contract.
		return false
	}
	writeJSON(w, r, status, v)
	return true
}

// itemParamOf finds the {param} of the item path under a collection path.
func (m *model) itemParamOf(colTemplate string) string {
	for _, op := range m.ops {
		if strings.HasPrefix(op.path, colTemplate+"/{") && strings.HasSuffix(op.path, "}") && !strings.Contains(op.path[len(colTemplate)+1:], "/") {
			return op.path[len(colTemplate)+2 : len(op.path)-1]
		}
	}
	return ""
}

func concretePath(template string, params map[string]string) string {
	for k, v := range params {
		template = strings.ReplaceAll(template, "{"+k+"}", v)
	}
	return template
}

func idField(item map[string]any, param string) string {
	if _, ok := item["id"]; ok {
		return "id"
	}
	if _, ok := item[param]; ok {
		return param
	}
	return ""
}

func idString(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case json.Number:
		return x.String()
	}
	return ""
}

func removeID(ids []string, id string) []string {
	for i, x := range ids {
		if x == id {
			return append(ids[:i], ids[i+1:]...)
		}
	}
	return ids
}

func firstSuccess(op *operation, fallback int) int {
	for _, r := range op.responses {
		if r.status >= 200 && r.status < 300 {
			return r.status
		}
	}
	return fallback
}

// mergePatch applies an RFC 7386 JSON Merge Patch.
func mergePatch(target any, patch any) any {
	pm, ok := patch.(map[string]any)
	if !ok {
		return patch
	}
	tm, ok := target.(map[string]any)
	out := map[string]any{}
	if ok {
		for k, v := range tm {
			out[k] = v
		}
	}
	for k, v := range pm {
		if v == nil {
			delete(out, k)
			continue
		}
		out[k] = mergePatch(out[k], v)
	}
	return out
}

func writeJSON(w http.ResponseWriter, r *http.Request, status int, v any) {
	b, err := marshal(v)
	if err != nil {
		writeProblem(w, problem{Type: typeBase + "internal", Status: 500, Detail: err.Error()})
		return
	}
	if status == http.StatusNoContent {
		w.WriteHeader(status)
		return
	}
	writeBody(w, r, status, "application/json", b)
}
