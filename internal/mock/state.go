package mock

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/mock/gen"
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
		if col == nil {
			col = &collection{items: map[string]map[string]any{}}
			s.cols[colPath] = col
		}
		if _, had := col.items[id]; !had {
			col.ids = append(col.ids, id)
		}
		if prev := idField(item, itemParam); prev != "" {
			obj[prev] = item[prev]
		}
		col.items[id] = obj
		item = obj
	}
	writeJSON(w, r, firstSuccess(op, http.StatusOK), item)
	return true
}

func (s *store) create(w http.ResponseWriter, r *http.Request, m *model, op *operation, colPath, param string, body map[string]any) bool {
	resp, status := op.pick("")
	obj := map[string]any{}
	if resp != nil {
		if md, _ := negotiate("application/json", resp.media); md != nil {
			if gv, ok := gen.Generate(m.tree, md.schema.v, gen.Options{}).(map[string]any); ok {
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
		id = strconv.FormatInt(s.next, 10)
		if _, isNum := obj[field].(json.Number); isNum || obj[field] == nil {
			obj[field] = json.Number(id)
		} else {
			obj[field] = id
		}
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
	if status == 0 || status >= 300 {
		status = http.StatusCreated
	}
	if resp == nil || len(resp.media) == 0 {
		w.WriteHeader(status)
		return true
	}
	writeJSON(w, r, status, obj)
	return true
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
	items := []any{}
	if col := s.cols[colPath]; col != nil {
		for _, id := range col.ids {
			items = append(items, col.items[id])
		}
	}
	switch m.kindOf(md.schema.v) {
	case "array":
		writeJSON(w, r, status, items)
		return true
	case "object":
		env, _ := gen.Generate(m.tree, md.schema.v, gen.Options{}).(map[string]any)
		props, _ := md.schema.v["properties"].(map[string]any)
		for name, p := range props {
			ps, _ := m.tree.deref(p)
			if m.kindOf(ps) == "array" && env != nil {
				env[name] = items
				writeJSON(w, r, status, env)
				return true
			}
		}
	}
	return false
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
	b, err := json.Marshal(v)
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
