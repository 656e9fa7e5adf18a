package server

import (
	"encoding/json"
	"errors"
	"mime"
	"net/http"
	"strings"

	"github.com/sequere/sequere/examples/orders/auth"
	"github.com/sequere/sequere/examples/orders/store"
)

// mergePatch applies an RFC 7396 JSON Merge Patch to target: null removes a member,
// an object merges recursively, anything else replaces.
func mergePatch(target any, patch any) any {
	p, ok := patch.(map[string]any)
	if !ok {
		return patch
	}
	t, ok := target.(map[string]any)
	if !ok {
		t = map[string]any{}
	}
	for k, v := range p {
		if v == nil {
			delete(t, k)
			continue
		}
		t[k] = mergePatch(t[k], v)
	}
	return t
}

func (s *Server) updateOrder(w http.ResponseWriter, r *http.Request) {
	o, err := s.doUpdateOrder(w, r)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeResource(w, r, http.StatusOK, orderETag(o), viewOrder(o))
}

func (s *Server) doUpdateOrder(w http.ResponseWriter, r *http.Request) (store.Order, error) {
	p, err := principal(r, auth.ScopeOrdersWrite)
	if err != nil {
		return store.Order{}, err
	}
	id, err := pathID(r, "id", "ord")
	if err != nil {
		return store.Order{}, err
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/merge-patch+json" && mt != "application/json" {
		return store.Order{}, invalid(field("header", "/Content-Type", "must be application/merge-patch+json"))
	}
	ifMatch := r.Header.Get("If-Match")
	if ifMatch == "" {
		return store.Order{}, invalid(field("header", "/If-Match", "is required: send the ETag you last read"))
	}
	var patch map[string]any
	if _, err := decode(r, &patch); err != nil {
		return store.Order{}, err
	}
	if len(patch) == 0 {
		return store.Order{}, invalid(field("body", "", "must change at least one member"))
	}
	for k := range patch {
		if k != "items" && k != "note" && k != "shipping_address" {
			return store.Order{}, invalid(field("body", "/"+k, "cannot be changed; only items, note and shipping_address can"))
		}
	}
	o, err := s.ownOrder(r, p, id)
	if err != nil {
		return store.Order{}, err
	}
	if !etagMatches(ifMatch, orderETag(o)) {
		w.Header().Set("ETag", orderETag(o))
		return store.Order{}, NewProblem("precondition-failed", http.StatusPreconditionFailed,
			"If-Match does not match the current ETag "+orderETag(o)+".")
	}
	if _, ok := patch["items"]; ok && o.Status != store.StatusPending {
		return store.Order{}, NewProblem("invalid-transition", http.StatusConflict, "Items can only change while the order is pending.")
	}
	current := map[string]any{}
	doc, _ := json.Marshal(orderInput{Items: o.Items, Note: o.Note, ShippingAddress: decodeAddress(o.ShippingAddress)})
	json.Unmarshal(doc, &current)
	merged, _ := json.Marshal(mergePatch(current, patch))
	var in orderInput
	dec := json.NewDecoder(strings.NewReader(string(merged)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		return store.Order{}, invalid(field("body", "", "the patched order is not valid: "+err.Error()))
	}
	total, err := in.check()
	if err != nil {
		return store.Order{}, err
	}
	version := o.Version
	in.apply(&o, total)
	if err := s.store.UpdateOrder(r.Context(), &o, version, nil); errors.Is(err, store.ErrConflict) {
		return store.Order{}, NewProblem("precondition-failed", http.StatusPreconditionFailed, "The order changed while this patch was applied.")
	} else if err != nil {
		return store.Order{}, err
	}
	return o, nil
}

func decodeAddress(raw json.RawMessage) *address {
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var a address
	if json.Unmarshal(raw, &a) != nil {
		return nil
	}
	return &a
}
