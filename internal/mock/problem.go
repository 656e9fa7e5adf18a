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

// refuse answers a request the mock refuses (missing credentials, invalid
// input) the way the description says the operation refuses it, as Prism
// does: a 422 becomes 400 where only 400 is documented, and a documented
// response for the status whose media types are not problem details is
// served as documented (its example or generated data) rather than as the
// mock's own problem, so clients and contract testers see the error shape
// the description promises. Everything else is the mock's problem.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, m *model, op *operation, p problem) {
	if p.Status == http.StatusUnprocessableEntity && !op.documents("422") && op.documents("400") {
		p.Status = http.StatusBadRequest
	}
	code := strconv.Itoa(p.Status)
	if resp := op.exactly(code); resp != nil && len(resp.media) > 0 && !servesProblems(resp) {
		s.respond(w, r, m, op, prefer{code: code})
		return
	}
	writeProblem(w, p)
}

func (op *operation) documents(code string) bool { return op.exactly(code) != nil }

func (op *operation) exactly(code string) *response {
	for _, x := range op.responses {
		if x.code == code {
			return x
		}
	}
	return nil
}

func servesProblems(resp *response) bool {
	for _, md := range resp.media {
		if md.typ == "application/problem+json" || md.typ == "*/*" {
			return true
		}
	}
	return false
}
