package contract

import (
	"fmt"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// Check is one property every (or some) exchange must have.
type Check struct {
	ID          string
	Description string
	fn          func(r *runner, x *Exchange) []string
}

// checks is the one list, in the order they run and are documented.
var checks = []Check{
	{"not_a_server_error", "the server answers, without a 5xx status, within the size limit", notAServerError},
	{"status_code_conformance", "the status code is one the operation documents", statusCodeConformance},
	{"content_type_conformance", "the Content-Type is one the response documents", contentTypeConformance},
	{"response_headers_conformance", "documented required headers are present and match their schemas", responseHeadersConformance},
	{"response_schema_conformance", "the body matches the documented schema", responseSchemaConformance},
	{"negative_data_rejection", "input that breaks the description is refused with a 4xx", negativeDataRejection},
	{"positive_data_acceptance", "valid input is not refused with 400 or 422", positiveDataAcceptance},
	{"missing_required_header", "a request without a required header is refused with a 4xx", missingRequiredHeader},
	{"unsupported_method", "an undocumented method gets 405 with an Allow header", unsupportedMethod},
	{"ignored_auth", "a secured operation refuses missing and invalid credentials with 401 or 403", ignoredAuth},
	{"use_after_free", "a deleted resource is gone (404 or 410)", nil},
	{"ensure_resource_availability", "a created resource can be read", nil},
	{"pagination_consistency", "walking every page yields no duplicates and the cursor round-trips", nil},
	{"conditional_requests", "If-None-Match gives 304, a stale If-Match gives 412, the ETag changes with the resource", nil},
	{"idempotency_replay", "the same Idempotency-Key and body replays the first answer; another body is refused", nil},
	{"problem_details", "documented RFC 9457 problem responses are application/problem+json with a status", problemDetails},
	{"rate_limit_headers", "a 429 carries Retry-After and the documented RateLimit headers", rateLimitHeaders},
	{"response_time", "each response arrives within --max-response-time", responseTime},
	{"cross_user_access", "another user's credentials cannot read, change or delete a user's resource", nil},
}

var checkByID = func() map[string]*Check {
	m := map[string]*Check{}
	for i := range checks {
		m[checks[i].ID] = &checks[i]
	}
	return m
}()

// Checks lists every check in order.
func Checks() []Check { return slices.Clone(checks) }

func notAServerError(r *runner, x *Exchange) []string {
	if x.Err != nil {
		return []string{fmt.Sprintf("the server did not answer: %v", x.Err)}
	}
	if x.Truncated {
		return []string{fmt.Sprintf("the response body is larger than the %d-byte limit", r.o.MaxBody)}
	}
	if x.Status >= 500 {
		return []string{fmt.Sprintf("the server answered %d %s", x.Status, http.StatusText(x.Status))}
	}
	return nil
}

func answered(x *Exchange) bool { return x.Err == nil && !x.Truncated }

// conformable: an exchange the operation's documented responses apply to
// (a probe with another method is answered for another operation).
//
// A request that breaks the description is answered by the server's
// validation layer, which descriptions rarely document: its answer is held
// to the description only where the description documents that status.
func conformable(x *Exchange) bool {
	if !answered(x) || x.kind == "unsupported-method" {
		return false
	}
	if x.Negative || x.Auth != plan.Full {
		_, code := documented(x.Op, x.Status)
		return code == strconv.Itoa(x.Status)
	}
	return true
}

func statusCodeConformance(r *runner, x *Exchange) []string {
	if !answered(x) || x.Negative || x.Auth != plan.Full {
		return nil
	}
	resp, code := documented(x.Op, x.Status)
	if resp == nil {
		return []string{fmt.Sprintf("the server answered %d; the operation documents %s", x.Status, strings.Join(codes(x.Op), ", "))}
	}
	if code == "default" && x.Status/100 == 2 {
		// default stands for the errors nobody listed; an operation that
		// names its successes names all of them.
		if succ := successCodes(x.Op); len(succ) > 0 {
			return []string{fmt.Sprintf("the server answered %d; the operation documents its successes as %s", x.Status, strings.Join(succ, ", "))}
		}
	}
	return nil
}

func successCodes(op *plan.Operation) []string {
	var l []string
	for _, k := range codes(op) {
		if k[0] == '2' {
			l = append(l, k)
		}
	}
	return l
}

func codes(op *plan.Operation) []string {
	var l []string
	for k := range op.Responses {
		l = append(l, k)
	}
	sortStrings(l)
	return l
}

func contentTypeConformance(r *runner, x *Exchange) []string {
	if !conformable(x) || len(x.Body) == 0 || bodyless(x) {
		return nil
	}
	resp, code := documented(x.Op, x.Status)
	if resp == nil || len(resp.Content) == 0 {
		return nil
	}
	ct := x.Header.Get("Content-Type")
	if ct == "" {
		return []string{fmt.Sprintf("the %d response has a body but no Content-Type; response %s documents %s", x.Status, code, declaredTypes(resp.Content))}
	}
	if t, _ := mediaFor(resp.Content, ct); t == "" {
		return []string{fmt.Sprintf("Content-Type %q is not documented for response %s (documented: %s)", ct, code, declaredTypes(resp.Content))}
	}
	return nil
}

func responseHeadersConformance(r *runner, x *Exchange) []string {
	if !conformable(x) {
		return nil
	}
	resp, code := documented(x.Op, x.Status)
	if resp == nil {
		return nil
	}
	var out []string
	for _, name := range sortedKeys(resp.Headers) {
		h := resp.Headers[name]
		if h == nil || h.Value == nil || strings.EqualFold(name, "Content-Type") {
			continue
		}
		vals := x.Header.Values(name)
		if len(vals) == 0 {
			switch {
			case h.Value.Required:
				out = append(out, fmt.Sprintf("required header %s of response %s is missing", name, code))
			case x.Status == http.StatusCreated && strings.EqualFold(name, "Location"):
				// A 201 that documents Location promises to name the created
				// resource there (RFC 9110 section 15.3.2), required or not.
				out = append(out, "response 201 documents Location, the created resource's URL, but has none")
			}
			continue
		}
		if h.Value.Schema == nil || h.Value.Schema.Value == nil {
			continue
		}
		v := headerValue(h.Value.Schema.Value, strings.Join(vals, ","))
		if err := h.Value.Schema.Value.VisitJSON(v, r.schemaOpts...); err != nil {
			out = append(out, fmt.Sprintf("header %s: %q does not match its schema: %s", name, vals[0], oneLine(err)))
		}
	}
	return out
}

// headerValue parses a header string into the type its schema declares.
func headerValue(s *openapi3.Schema, raw string) any {
	switch {
	case s.Type == nil:
		return raw
	case s.Type.Is("integer"), s.Type.Is("number"):
		if f, err := strconv.ParseFloat(strings.TrimSpace(raw), 64); err == nil {
			return f
		}
	case s.Type.Is("boolean"):
		if b, err := strconv.ParseBool(strings.TrimSpace(raw)); err == nil {
			return b
		}
	case s.Type.Is("array"):
		var l []any
		for _, p := range strings.Split(raw, ",") {
			if s.Items != nil && s.Items.Value != nil {
				l = append(l, headerValue(s.Items.Value, strings.TrimSpace(p)))
			} else {
				l = append(l, strings.TrimSpace(p))
			}
		}
		return l
	}
	return raw
}

func responseSchemaConformance(r *runner, x *Exchange) []string {
	if !conformable(x) || bodyless(x) {
		return nil
	}
	resp, code := documented(x.Op, x.Status)
	if resp == nil {
		return nil
	}
	name, mt := mediaFor(resp.Content, x.Header.Get("Content-Type"))
	if mt == nil || !plan.IsJSON(x.Header.Get("Content-Type")) {
		return nil
	}
	if len(x.Body) == 0 {
		if mt.Schema != nil {
			return []string{fmt.Sprintf("response %s (%s) has an empty body; a JSON value was expected", code, name)}
		}
		return nil
	}
	v, err := x.JSON()
	if err != nil {
		return []string{fmt.Sprintf("the body is not valid JSON: %v", err)}
	}
	if mt.Schema == nil || mt.Schema.Value == nil {
		return nil
	}
	if err := mt.Schema.Value.VisitJSON(v, r.schemaOpts...); err != nil {
		return []string{fmt.Sprintf("the body does not match the schema of response %s (%s): %s", code, name, oneLine(err))}
	}
	return nil
}

func negativeDataRejection(r *runner, x *Exchange) []string {
	if !answered(x) || !x.Negative || x.kind != "" || x.Status >= 500 {
		return nil
	}
	if x.Status/100 == 2 || x.Status/100 == 3 {
		return []string{fmt.Sprintf("invalid input (%s) was accepted with %d", x.Why, x.Status)}
	}
	return nil
}

func positiveDataAcceptance(r *runner, x *Exchange) []string {
	if !answered(x) || x.Negative || x.Auth != plan.Full || x.Phase == PhaseStateful {
		return nil
	}
	// A 422 the operation documents is a business rule the schema cannot
	// express (two currencies in one order); a 400 says the input is
	// malformed, which valid input is not.
	if !promisesSuccess(x.Op) {
		// An operation that documents only failures (Swagger's petstore
		// DELETE /pet/{petId}: 400 alone) is answered as documented.
		return nil
	}
	refused := x.Status == http.StatusBadRequest
	if x.Status == http.StatusUnprocessableEntity {
		_, code := documented(x.Op, x.Status)
		refused = code != "422"
	}
	if refused {
		return []string{fmt.Sprintf("input valid by the description was refused with %d", x.Status)}
	}
	return nil
}

// promisesSuccess: the operation documents a response below 400 (or a
// default, which may be one).
func promisesSuccess(op *plan.Operation) bool {
	if len(op.Responses) == 0 {
		return true
	}
	for code := range op.Responses {
		if code == "default" || (code != "" && code[0] < '4') {
			return true
		}
	}
	return false
}

// throttled: a 429 says the request was not looked at, so it proves nothing
// about the behaviour a probe tests.
func throttled(x *Exchange) bool { return x.Status == http.StatusTooManyRequests }

func ignoredAuth(r *runner, x *Exchange) []string {
	if !answered(x) || !plan.Secured(x.Op) || throttled(x) {
		return nil
	}
	if x.Auth == plan.Full {
		if x.kind == "other-user" {
			return nil // cross_user_access judges those
		}
		// A token granted without a scope the operation requires must be
		// refused, whatever else the request gets right.
		missing := r.o.Auth.MissingScopes(x.Op)
		switch {
		case len(missing) == 0:
		case x.Status/100 == 2:
			return []string{fmt.Sprintf("a token without the scope %s the operation requires got %d, not 401 or 403", strings.Join(missing, ", "), x.Status)}
		case x.Status == http.StatusUnauthorized && documents(x.Op, "403"):
			// A valid token short of a scope is insufficient_scope, a 403
			// (RFC 6750 section 3.1), which the operation documents; a 401
			// tells the client to fetch a token it already has.
			return []string{fmt.Sprintf("a valid token without the scope %s got 401; the operation documents 403 for a missing scope", strings.Join(missing, ", "))}
		}
		return nil
	}
	what := "without credentials"
	if x.Auth == plan.Invalid {
		what = "with invalid credentials"
	}
	if x.Status != http.StatusUnauthorized && x.Status != http.StatusForbidden {
		return []string{fmt.Sprintf("a request %s got %d, not 401 or 403", what, x.Status)}
	}
	if x.Auth == plan.Invalid && x.Status == http.StatusUnauthorized && bearerAnswer(x) && !strings.Contains(x.Header.Get("WWW-Authenticate"), "error=") {
		// RFC 6750 section 3.1: a token that was sent and is no good is
		// invalid_token; a challenge without an error code is the answer to a
		// request that sent none, so the token was not looked at.
		return []string{"a request with an invalid bearer token got a Bearer challenge without error=\"invalid_token\", the answer for no credentials"}
	}
	if x.Status == http.StatusForbidden && documents(x.Op, "401") {
		// 403 is for credentials that lack a permission; an operation that
		// documents 401 promises it for requests that carry none that count.
		return []string{fmt.Sprintf("a request %s got 403; the operation documents 401 for that", what)}
	}
	return nil
}

// bearerAnswer: the request sent a bearer token and the 401 challenges
// for one.
func bearerAnswer(x *Exchange) bool {
	return strings.HasPrefix(strings.ToLower(x.Request.Header("Authorization")), "bearer ") &&
		strings.HasPrefix(strings.ToLower(strings.TrimSpace(x.Header.Get("WWW-Authenticate"))), "bearer")
}

// problemDetails applies where a response documents application/problem+json.
func problemDetails(r *runner, x *Exchange) []string {
	if !conformable(x) || x.Status < 400 {
		return nil
	}
	resp, code := documented(x.Op, x.Status)
	if resp == nil || resp.Content["application/problem+json"] == nil {
		return nil
	}
	ct := x.Header.Get("Content-Type")
	if !strings.HasPrefix(strings.ToLower(ct), "application/problem+json") {
		return []string{fmt.Sprintf("response %s documents application/problem+json; the server sent %q", code, ct)}
	}
	v, err := x.JSON()
	m, ok := v.(map[string]any)
	if err != nil || !ok {
		return []string{"the problem body is not a JSON object"}
	}
	if st, ok := m["status"].(float64); ok && int(st) != x.Status {
		return []string{fmt.Sprintf("the problem's status member is %v but the response status is %d", st, x.Status)}
	}
	if t, ok := m["type"]; ok {
		if _, isStr := t.(string); !isStr {
			return []string{"the problem's type member is not a string"}
		}
	}
	return nil
}

func rateLimitHeaders(r *runner, x *Exchange) []string {
	if !answered(x) || x.Status != http.StatusTooManyRequests {
		return nil
	}
	var out []string
	if ra := x.Header.Get("Retry-After"); ra == "" {
		out = append(out, "a 429 without Retry-After")
	} else if msg := retryAfterProblem(ra, x.Header.Get("Date"), r.o.Now()); msg != "" {
		out = append(out, msg)
	}
	if resp, _ := documented(x.Op, x.Status); resp != nil {
		for _, name := range sortedKeys(resp.Headers) {
			if strings.HasPrefix(strings.ToLower(name), "ratelimit") && x.Header.Get(name) == "" {
				out = append(out, fmt.Sprintf("a 429 without the documented %s header", name))
			}
		}
	}
	return out
}

// retryAfterProblem says what is wrong with a 429's Retry-After: it is
// delay-seconds or an HTTP-date (RFC 9110 section 10.2.3), and it must
// ask for a wait, since a throttled client told to retry at once only
// hammers the server again.
func retryAfterProblem(v, date string, now time.Time) string {
	v = strings.TrimSpace(v)
	if secs, err := strconv.ParseUint(v, 10, 63); err == nil {
		if secs == 0 {
			return "a 429 with Retry-After 0 asks for an immediate retry of the throttled request"
		}
		return ""
	}
	at, err := http.ParseTime(v)
	if err != nil {
		return fmt.Sprintf("a 429 with Retry-After %q, neither delay-seconds nor an HTTP-date", v)
	}
	if d, err := http.ParseTime(date); err == nil {
		now = d
	}
	if !at.After(now) {
		return fmt.Sprintf("a 429 with Retry-After %q, a time already past", v)
	}
	return ""
}

func responseTime(r *runner, x *Exchange) []string {
	if r.o.MaxResponseTime <= 0 || x.Err != nil {
		return nil
	}
	if x.Elapsed > r.o.MaxResponseTime {
		return []string{fmt.Sprintf("the response took %s, more than %s", x.Elapsed.Round(1e6), r.o.MaxResponseTime)}
	}
	return nil
}

func oneLine(err error) string {
	s := strings.Join(strings.Fields(err.Error()), " ")
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}

func excerpt(b []byte, n int) string {
	s := strings.Join(strings.Fields(string(b)), " ")
	if len(s) > n {
		s = s[:n] + "…"
	}
	return s
}

func sortStrings(l []string) { slices.Sort(l) }

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }

var _ = spec.EscapePointer

func missingRequiredHeader(r *runner, x *Exchange) []string {
	if !answered(x) || !negativeKind(x, "missing-header") || x.Status >= 500 {
		return nil
	}
	if x.Status < 400 {
		return []string{fmt.Sprintf("%s, yet the server answered %d", x.Why, x.Status)}
	}
	refusedAsMalformed := x.Status == http.StatusBadRequest || x.Status == http.StatusPreconditionFailed || x.Status == http.StatusUnprocessableEntity
	if preconditionHeader(x.Why) && documents(x.Op, "428") && refusedAsMalformed {
		// RFC 6585 section 3: a write that must be conditional and is not
		// is a 428, which the operation documents. (A 404 is fair: the
		// resource may not exist.)
		return []string{fmt.Sprintf("%s, and the server answered %d; the operation documents 428 Precondition Required", x.Why, x.Status)}
	}
	return nil
}

// preconditionHeader: the missing header of a negative case is a
// precondition (If-Match and its kin).
func preconditionHeader(why string) bool {
	for _, h := range []string{"If-Match", "If-Unmodified-Since", "If-None-Match"} {
		if strings.Contains(why, " parameter "+h+" missing") {
			return true
		}
	}
	return false
}

func unsupportedMethod(r *runner, x *Exchange) []string {
	if !answered(x) || !negativeKind(x, "unsupported-method") || throttled(x) {
		return nil
	}
	if x.Status != http.StatusMethodNotAllowed {
		return []string{fmt.Sprintf("%s, yet the server answered %d, not 405", x.Why, x.Status)}
	}
	if x.Header.Get("Allow") == "" {
		return []string{"a 405 without an Allow header"}
	}
	return nil
}
