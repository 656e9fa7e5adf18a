// Package mock serves an OpenAPI description as a mock HTTP API: routing with
// server base paths, request validation with RFC 9457 problem responses,
// static or generated responses chosen with Prefer, an optional in-memory
// store (stateful CRUD) and a validating proxy mode.
//
// The server takes a loaded *spec.Document, a clock and a log writer; it never
// opens files or reads the process clock itself.
package mock

import (
	"fmt"
	"hash/fnv"
	"io"
	"math/rand/v2"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/sequere/sequere/internal/spec"
)

// Options configure a Server. The zero value validates requests, serves
// static responses, answers CORS and logs nothing.
type Options struct {
	// Dynamic generates response data instead of static examples.
	Dynamic bool
	// Seed, when non-zero, makes dynamic data reproducible: the same request
	// gets the same data across runs.
	Seed uint64
	// NoValidation serves responses without validating requests.
	NoValidation bool
	// Stateful keeps created resources in memory (see state.go).
	Stateful bool
	// Proxy forwards requests to this upstream and validates both directions.
	Proxy *url.URL
	// Errors turns proxy violations into problem responses.
	Errors bool
	// NoCORS disables CORS headers and preflight answers.
	NoCORS bool
	// Log receives one line per request; nil discards.
	Log io.Writer
	// LogJSON writes JSON lines instead of text.
	LogJSON bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Client sends proxied requests and callbacks; nil means a client with a
	// 30 s timeout that does not follow redirects.
	Client *http.Client
	// Callbacks fires the callbacks an operation declares after answering it.
	Callbacks bool
}

// Server is an http.Handler over a compiled description. It is safe for
// concurrent use; Reload swaps the description without dropping requests.
type Server struct {
	opts   Options
	model  atomic.Pointer[model]
	store  *store
	log    *logger
	proxy  *proxy
	client *http.Client
}

// New compiles doc and returns a server for it.
func New(doc *spec.Document, opts Options) (*Server, error) {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	s := &Server{opts: opts, log: newLogger(opts.Log, opts.LogJSON)}
	if err := s.Reload(doc); err != nil {
		return nil, err
	}
	if opts.Stateful {
		s.store = newStore()
	}
	s.client = opts.Client
	if s.client == nil {
		s.client = &http.Client{Timeout: 30 * time.Second, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	}
	if opts.Proxy != nil {
		s.proxy = newProxy(opts.Proxy, s.client)
	}
	return s, nil
}

// Reload compiles doc and, only if that succeeds, serves it from the next request.
func (s *Server) Reload(doc *spec.Document) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("cannot compile the description: %v", p)
		}
	}()
	m, err := compile(doc)
	if err != nil {
		return err
	}
	s.model.Store(m)
	return nil
}

// Operations is the number of operations served.
func (s *Server) Operations() int { return len(s.model.Load().ops) }

// ServeHTTP answers one request. A panic below is turned into a 500 problem
// and logged: the mock itself must never bring the process down.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := s.opts.Now()
	e := entry{method: r.Method, path: r.URL.Path}
	rw := &statusWriter{ResponseWriter: w}
	defer func() {
		if p := recover(); p != nil {
			e.note = fmt.Sprintf("internal error: %v", p)
			if rw.status == 0 {
				writeProblem(rw, problem{Type: typeBase + "internal", Status: 500, Detail: "the mock failed on this request"})
			}
		}
		e.status = rw.status
		e.latency = s.opts.Now().Sub(start)
		s.log.write(start, e)
	}()
	if !s.opts.NoCORS && s.cors(rw, r) {
		return
	}
	s.serve(rw, r, s.model.Load(), &e)
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request, m *model, e *entry) {
	matches := m.router.lookup(r.URL.EscapedPath())
	if len(matches) == 0 {
		writeProblem(w, problem{Type: typeNotFound, Status: 404, Detail: "no path of the description matches " + r.URL.Path})
		return
	}
	var op *operation
	var mt match
	for _, x := range matches {
		meth := r.Method
		if x.route.ops[meth] == nil && meth == http.MethodHead {
			meth = http.MethodGet
		}
		if o := x.route.ops[meth]; o != nil {
			op, mt = o, x
			break
		}
	}
	if op == nil {
		allow := matches[0].route.allow
		if len(matches) > 1 {
			// /users/me and /users/{id} both match /users/me: any method
			// of either is served there.
			routes := make([]*route, len(matches))
			for i, x := range matches {
				routes[i] = x.route
			}
			allow = allowHeader(routes)
		}
		w.Header().Set("Allow", allow)
		writeProblem(w, problem{Type: typeMethod, Status: 405, Detail: r.Method + " is not declared for " + matches[0].route.template})
		return
	}
	e.op = op.id
	if ok, challenge := authorized(r, op.security); !ok {
		w.Header().Set("WWW-Authenticate", challenge)
		s.refuse(w, r, m, op, problem{Type: typeUnauthorized, Status: 401, Detail: "credentials are missing for " + op.id})
		e.valid = "unauthorized"
		return
	}
	var c checked
	if !s.opts.NoValidation || s.store != nil || s.opts.Callbacks {
		c = m.check(r, op, mt.params)
	}
	if s.opts.NoValidation {
		c.status, c.problem = 0, problem{}
	}
	e.valid = "valid"
	if c.status != 0 {
		e.valid = fmt.Sprintf("invalid (%d)", len(c.problem.Errors))
		if c.status != http.StatusUnprocessableEntity {
			e.valid = "malformed"
		}
		e.violations = c.problem.Errors
		if s.proxy == nil {
			s.refuse(w, r, m, op, c.problem)
			return
		}
		if s.opts.Errors {
			writeProblem(w, c.problem)
			return
		}
	}
	if s.proxy != nil {
		s.proxy.forward(w, r, m, op, c, e, s.opts.Errors)
		return
	}
	if s.opts.Callbacks && len(op.callbacks) > 0 {
		defer s.fire(r, m, op, c.body)
	}
	pref := parsePrefer(r.Header.Get("Prefer"))
	if s.store != nil && pref.code == "" && s.store.handle(w, r, m, op, mt, c) {
		return
	}
	s.respond(w, r, m, op, pref)
}

// respond writes the chosen response of op.
func (s *Server) respond(w http.ResponseWriter, r *http.Request, m *model, op *operation, pref prefer) {
	resp, status := op.pick(pref.code)
	if resp == nil {
		if pref.code != "" {
			writeProblem(w, problem{Type: typeNoResponse, Status: 400, Detail: "Prefer asks for code " + pref.code + ", which " + op.id + " does not declare"})
			return
		}
		w.WriteHeader(http.StatusNoContent)
		return
	}
	md, ok := negotiate(r.Header.Get("Accept"), resp.media)
	if !ok {
		writeProblem(w, problem{Type: typeNotAcceptble, Status: 406, Detail: "the response is available as: " + mediaNames(resp.media)})
		return
	}
	dyn := s.opts.Dynamic
	if pref.dynamic != nil {
		dyn = *pref.dynamic
	}
	seed := s.seed(r)
	h := w.Header()
	for name, hv := range resp.headers {
		// A documented CORS header must not undo the mock's own: made-up
		// values (an origin of random letters) would make every browser
		// caller, such as the docs' try-it, fail.
		if _, set := h[name]; set && strings.HasPrefix(name, "Access-Control-") {
			continue
		}
		if dyn {
			h[name] = []string{m.headerValue(hv, true, seed)}
		} else {
			h[name] = m.staticHeader(hv)
		}
	}
	if md == nil || status == http.StatusNoContent || status == http.StatusNotModified {
		w.WriteHeader(status)
		return
	}
	if !dyn {
		rb := m.static(md, pref.example)
		if rb.err != nil {
			writeProblem(w, problem{Type: typeNoResponse, Status: 404, Detail: rb.err.Error()})
			return
		}
		// Header values are shared, pre-built slices: a static answer
		// allocates no header strings.
		h["Content-Type"] = md.contentType
		h["Content-Length"] = rb.length
		w.WriteHeader(status)
		if r.Method != http.MethodHead {
			_, _ = w.Write(rb.body)
		}
		return
	}
	b, err := m.body(md, pref.example, dyn, seed)
	if err != nil {
		writeProblem(w, problem{Type: typeNoResponse, Status: 404, Detail: err.Error()})
		return
	}
	writeBody(w, r, status, md.typ, b)
}

func writeBody(w http.ResponseWriter, r *http.Request, status int, typ string, b []byte) {
	h := w.Header()
	if typ == "*/*" || typ == "" {
		typ = "application/octet-stream"
	}
	h.Set("Content-Type", typ)
	h.Set("Content-Length", strconv.Itoa(len(b)))
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		_, _ = w.Write(b)
	}
}

// seed of one dynamic generation: derived from --seed and the request so the
// same request gets the same data, random without --seed.
func (s *Server) seed(r *http.Request) uint64 {
	if s.opts.Seed == 0 {
		return rand.Uint64()
	}
	h := fnv.New64a()
	_, _ = io.WriteString(h, r.Method+" "+r.URL.RequestURI())
	return s.opts.Seed ^ h.Sum64()
}

// statusWriter remembers the status for the log line.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// Flush lets streamed proxy responses through.
func (w *statusWriter) Flush() {
	if f, ok := w.ResponseWriter.(http.Flusher); ok {
		f.Flush()
	}
}

// Warnings lists what the server could not honour, such as schemas the JSON
// Schema compiler rejected (their values are accepted unvalidated).
func (s *Server) Warnings() []string {
	m := s.model.Load()
	out := m.compiler.warnings()
	for i, w := range out {
		out[i] = m.tree.display(w)
	}
	return out
}
