package oasfunc

import (
	"strconv"
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/spec"
)

// OpSuccessResponse (oasOpSuccessResponse) wants at least one 2xx or 3xx
// response code in a responses mapping; 3.x documents may use 2XX/3XX ranges.
func OpSuccessResponse(c lint.Call) []lint.Violation {
	r := target(c)
	if !isMap(r.n) {
		return nil
	}
	ok := false
	each(r.n, func(k, _ *yaml.Node) {
		if c.Doc.Version != spec.V20 && (k.Value == "2XX" || k.Value == "3XX") {
			ok = true
		}
		if code, err := strconv.ParseFloat(strings.TrimSpace(k.Value), 64); err == nil && code >= 200 && code < 400 {
			ok = true
		}
	})
	if ok {
		return nil
	}
	return []lint.Violation{{Message: "the operation declares no 2xx or 3xx response"}}
}
