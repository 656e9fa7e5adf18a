package mock

import (
	"bytes"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// proxy forwards to a real upstream and checks the exchange against the description.
type proxy struct {
	upstream *url.URL
	client   *http.Client
}

func newProxy(u *url.URL, c *http.Client) *proxy {
	if c == nil {
		c = &http.Client{Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	return &proxy{upstream: u, client: c}
}

var hopHeaders = []string{"Connection", "Keep-Alive", "Proxy-Authenticate", "Proxy-Authorization", "Te", "Trailer", "Transfer-Encoding", "Upgrade"}

// forward sends the request upstream; request violations found earlier are in
// e.violations. With errs a response breaking the contract becomes a 502.
func (p *proxy) forward(w http.ResponseWriter, r *http.Request, m *model, op *operation, c checked, e *entry, errs bool) {
	u := *p.upstream
	u.Path = strings.TrimRight(p.upstream.Path, "/") + r.URL.Path
	u.RawPath = ""
	u.RawQuery = r.URL.RawQuery
	var body io.Reader = r.Body
	if c.raw != nil {
		body = bytes.NewReader(c.raw)
	}
	req, err := http.NewRequestWithContext(r.Context(), r.Method, u.String(), body)
	if err != nil {
		writeProblem(w, problem{Type: typeUpstream, Status: 502, Detail: err.Error()})
		return
	}
	req.Header = r.Header.Clone()
	for _, h := range hopHeaders {
		req.Header.Del(h)
	}
	resp, err := p.client.Do(req)
	if err != nil {
		writeProblem(w, problem{Type: typeUpstream, Status: 502, Detail: "upstream unreachable: " + err.Error()})
		return
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxBody))
	if err != nil {
		writeProblem(w, problem{Type: typeUpstream, Status: 502, Detail: "reading the upstream response: " + err.Error()})
		return
	}
	respErrs := m.checkResponse(op, resp, raw)
	all := append(append([]fieldError(nil), e.violations...), respErrs...)
	e.violations = all
	if len(respErrs) > 0 && errs {
		e.valid = "response violates the contract"
		writeProblem(w, problem{Type: typeContract, Status: 502, Title: "Response violates the contract",
			Detail: "the upstream response of " + op.id + " does not match the description", Errors: respErrs})
		return
	}
	h := w.Header()
	for k, vs := range resp.Header {
		h[k] = vs
	}
	for _, hh := range hopHeaders {
		h.Del(hh)
	}
	if len(all) > 0 {
		h.Set("Sequere-Violations", violationsHeader(all))
	}
	h.Set("Content-Length", strconv.Itoa(len(raw)))
	w.WriteHeader(resp.StatusCode)
	_, _ = w.Write(raw)
}

// checkResponse validates status, content type and JSON body of an upstream response.
func (m *model) checkResponse(op *operation, resp *http.Response, raw []byte) []fieldError {
	dr, _ := op.pick(strconv.Itoa(resp.StatusCode))
	if dr == nil {
		return []fieldError{{Pointer: "/response/status", Detail: "status " + strconv.Itoa(resp.StatusCode) + " is not declared"}}
	}
	if len(dr.media) == 0 || len(bytes.TrimSpace(raw)) == 0 {
		return nil
	}
	ct := resp.Header.Get("Content-Type")
	typ, _, _ := mime.ParseMediaType(ct)
	var md *media
	for _, x := range dr.media {
		if mediaMatch(typ, x.typ) {
			md = x
			break
		}
	}
	if md == nil {
		return []fieldError{{Pointer: "/response/header/Content-Type", Detail: "Content-Type " + quoteOr(ct, "(none)") + " is not one of: " + mediaNames(dr.media)}}
	}
	if md.schema.v == nil || !isJSON(typ) {
		return nil
	}
	v, err := decodeJSON(raw)
	if err != nil {
		return []fieldError{{Pointer: "/response/body", Detail: "not valid JSON: " + err.Error()}}
	}
	return m.compiler.get(md.schema.loc).validate(v, "/response/body")
}

// violationsHeader summarises violations on one header line.
func violationsHeader(errs []fieldError) string {
	parts := make([]string, 0, len(errs))
	for _, e := range errs {
		parts = append(parts, e.Pointer+": "+strings.NewReplacer("\r", " ", "\n", " ", ";", ",").Replace(e.Detail))
	}
	s := strconv.Itoa(len(errs)) + "; " + strings.Join(parts, "; ")
	if len(s) > 4000 {
		s = s[:4000]
	}
	return s
}
