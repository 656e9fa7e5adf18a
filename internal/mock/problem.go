package mock

import (
	"net/http"
	"strconv"
)

// Problem types: stable, machine-readable identifiers of the mock's own errors.
const (
	typeBase         = "https://sequere.dev/problems/"
	typeNotFound     = typeBase + "no-route"
	typeMethod       = typeBase + "method-not-allowed"
	typeValidation   = typeBase + "invalid-request"
	typeMalformed    = typeBase + "malformed-request"
	typeMediaType    = typeBase + "unsupported-media-type"
	typeNotAcceptble = typeBase + "not-acceptable"
	typeUnauthorized = typeBase + "unauthorized"
	typeNoResponse   = typeBase + "no-response-defined"
	typeNoResource   = typeBase + "resource-not-found"
	typeUpstream     = typeBase + "upstream"
	typeContract     = typeBase + "response-violates-contract"
)

// problem is an RFC 9457 problem details object.
type problem struct {
	Type     string       `json:"type"`
	Title    string       `json:"title"`
	Status   int          `json:"status"`
	Detail   string       `json:"detail,omitempty"`
	Instance string       `json:"instance,omitempty"`
	Errors   []fieldError `json:"errors,omitempty"`
}

func writeProblem(w http.ResponseWriter, p problem) {
	if p.Title == "" {
		p.Title = http.StatusText(p.Status)
	}
	b, _ := marshal(p)
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(p.Status)
	_, _ = w.Write(b)
}
