package mock

import (
	"net/http"

	"github.com/sequere/sequere/internal/spec"
)

// ResponseChecker validates responses against a description with the same
// compiled schemas the mock's proxy mode uses: the status is declared, the
// Content-Type is one of the response's media types and a JSON body matches
// its schema. It is safe for concurrent use.
type ResponseChecker struct {
	m    *model
	byID map[string]*operation
}

// NewResponseChecker compiles doc's response schemas.
func NewResponseChecker(doc *spec.Document) (*ResponseChecker, error) {
	m, err := compile(doc)
	if err != nil {
		return nil, err
	}
	c := &ResponseChecker{m: m, byID: map[string]*operation{}}
	for _, op := range m.ops {
		c.byID[op.id] = op
		c.byID[op.method+" "+op.path] = op
	}
	return c, nil
}

// Violation is one way a response departs from the description.
type Violation struct {
	Pointer string // /response/status, /response/body/items/0/id...
	Detail  string
}

// Check validates a response of the operation named by its operationId (or
// "METHOD /path"). An operation the description does not have reports one
// violation.
func (c *ResponseChecker) Check(operation string, resp *http.Response, body []byte) []Violation {
	op := c.byID[operation]
	if op == nil {
		return []Violation{{Pointer: "/operation", Detail: "operation " + operation + " is not in the description"}}
	}
	errs := c.m.checkResponse(op, resp, body)
	out := make([]Violation, len(errs))
	for i, e := range errs {
		out[i] = Violation(e)
	}
	return out
}
