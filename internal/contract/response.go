package contract

import (
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/plan"
)

// documented finds the response the description gives for status: the
// exact code, then the 1XX..5XX range, then default.
func documented(op *plan.Operation, status int) (*openapi3.Response, string) {
	code := strconv.Itoa(status)
	if r := op.Responses[code]; r != nil {
		return r, code
	}
	rng := code[:1] + "XX"
	for k, r := range op.Responses {
		if strings.EqualFold(k, rng) {
			return r, k
		}
	}
	if r := op.Responses["default"]; r != nil {
		return r, "default"
	}
	return nil, ""
}

// mediaFor finds the declared media type that covers a Content-Type value.
func mediaFor(content openapi3.Content, contentType string) (string, *openapi3.MediaType) {
	got, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		got = strings.ToLower(strings.TrimSpace(strings.SplitN(contentType, ";", 2)[0]))
	}
	var wildcard string
	for declared, mt := range content {
		d, _, err := mime.ParseMediaType(declared)
		if err != nil {
			d = strings.ToLower(declared)
		}
		switch {
		case d == got:
			return declared, mt
		case d == "*/*", strings.HasSuffix(d, "/*") && strings.HasPrefix(got, strings.TrimSuffix(d, "*")):
			wildcard = declared
		}
	}
	if wildcard != "" {
		return wildcard, content[wildcard]
	}
	return "", nil
}

func declaredTypes(content openapi3.Content) string {
	var l []string
	for k := range content {
		l = append(l, k)
	}
	sortStrings(l)
	return strings.Join(l, ", ")
}

// bodyless reports whether a response can carry no body by HTTP's rules.
func bodyless(x *Exchange) bool {
	return x.Status == http.StatusNoContent || x.Status == http.StatusNotModified || x.Status/100 == 1 || x.Request.Method == http.MethodHead
}
