package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/sequere/sequere/internal/diff"
	"github.com/sequere/sequere/internal/docs"
	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/spec"
)

const reloadPath = "/__sequere/reload"

// site holds the pages being served and tells open pages to reload.
type site struct {
	mu      sync.Mutex
	pages   map[string][]byte
	waiters []chan struct{}
}

func (s *site) set(pages []docs.Page) {
	m := make(map[string][]byte, len(pages))
	for _, p := range pages {
		m[p.Name] = p.HTML
	}
	s.mu.Lock()
	s.pages = m
	for _, w := range s.waiters {
		close(w)
	}
	s.waiters = nil
	s.mu.Unlock()
}

func (s *site) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == reloadPath {
		s.events(w, r)
		return
	}
	name := strings.TrimPrefix(r.URL.Path, "/")
	if name == "" {
		name = "index.html"
	}
	s.mu.Lock()
	page, ok := s.pages[name]
	s.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(page))
}

// events is a server-sent event stream that sends "reload" once the pages
// change.
func (s *site) events(w http.ResponseWriter, r *http.Request) {
	fl, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	ch := make(chan struct{})
	s.mu.Lock()
	s.waiters = append(s.waiters, ch)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	fmt.Fprint(w, ": connected\n\n")
	fl.Flush()
	select {
	case <-ch:
		fmt.Fprint(w, "event: reload\ndata: {}\n\n")
		fl.Flush()
	case <-r.Context().Done():
	}
}

func serveDocs(ctx context.Context, f *Factory, o *DocsOptions, opts docs.Options) error {
	doc, err := f.loadSpecToServe(ctx, o.Spec)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var servers []*http.Server
	mockURL := ""
	var mockSrv *mock.Server
	if o.Mock {
		mockSrv, err = mock.New(doc, mock.Options{Now: f.Now, Log: f.IO.Err})
		if err != nil {
			return InputError(err)
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return InputError(fmt.Errorf("cannot listen: %w", err))
		}
		mockURL = "http://" + ln.Addr().String()
		if opts.TryItURL == "" {
			opts.TryItURL = mockURL
		}
		hs := &http.Server{Handler: mockSrv, ReadHeaderTimeout: 10 * time.Second}
		servers = append(servers, hs)
		go hs.Serve(ln)
	}
	// Docs are for the person at this machine: loopback only.
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(o.Port)))
	if err != nil {
		return InputError(fmt.Errorf("cannot listen: %w", err))
	}
	docsURL := "http://" + ln.Addr().String()
	opts.LiveReload = reloadPath
	s := &site{}
	pages, err := docs.Build(ctx, doc, opts)
	if err != nil {
		return err
	}
	s.set(pages)
	hs := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	servers = append(servers, hs)
	served := make(chan error, 1)
	go func() { served <- hs.Serve(ln) }()
	fmt.Fprintf(f.IO.Err, "sequere docs: %s on %s\n", doc.Name, docsURL)
	if mockURL != "" {
		fmt.Fprintf(f.IO.Err, "sequere docs: mock on %s (try-it sends there)\n", mockURL)
	}
	if o.ready != nil {
		o.ready(docsURL, mockURL)
	}
	go watchSpec(ctx, f, "sequere docs", o.Spec, o.WatchEvery, doc, func(nd *spec.Document) error {
		pages, err := docs.Build(ctx, nd, opts)
		if err != nil {
			return err
		}
		if mockSrv != nil {
			if err := mockSrv.Reload(nd); err != nil {
				return err
			}
		}
		s.set(pages)
		fmt.Fprintf(f.IO.Err, "sequere docs: rebuilt %s\n", nd.Name)
		return nil
	})
	select {
	case err := <-served:
		return err
	case <-ctx.Done():
	}
	sctx, scancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer scancel()
	s.set(nil) // ends the event streams, so shutdown does not wait on them
	for _, h := range servers {
		_ = h.Shutdown(sctx)
	}
	if err := <-served; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	fmt.Fprintln(f.IO.Err, "sequere docs: stopped")
	return nil
}

// docsChangelog is the Markdown of --changelog, or the changelog between each
// pair of --history revisions, newest first.
func docsChangelog(ctx context.Context, f *Factory, o *DocsOptions) (string, error) {
	if o.Changelog != "" {
		b, err := os.ReadFile(o.Changelog)
		if err != nil {
			return "", InputError(fmt.Errorf("cannot read --changelog: %w", err))
		}
		return string(b), nil
	}
	if o.History == "" {
		return "", nil
	}
	revs := splitList(o.History)
	in := spec.ParseInput(o.Spec)
	if in.Kind != spec.KindFile {
		return "", usageErrorf("--history needs SPEC to be a file in a git work tree")
	}
	docsAt := make([]*spec.Document, len(revs))
	for i, rev := range revs {
		d, err := f.loadSpec(ctx, rev+":"+o.Spec)
		if err != nil {
			return "", err
		}
		docsAt[i] = d
	}
	var sections []string
	for i := len(revs) - 1; i > 0; i-- {
		res, err := diff.Compare(ctx, docsAt[i-1], docsAt[i], diff.Options{Now: f.Now()})
		if err != nil {
			return "", err
		}
		var b bytes.Buffer
		if err := diff.NewChangelog(res, f.Now()).Markdown(&b); err != nil {
			return "", err
		}
		sections = append(sections, fmt.Sprintf("### %s → %s\n\n%s", revs[i-1], revs[i], demote(b.String())))
	}
	return strings.Join(sections, "\n\n"), nil
}

// demote moves a changelog's headings below the section's own.
func demote(md string) string {
	lines := strings.Split(md, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "#") {
			lines[i] = "##" + l
		}
	}
	return strings.Join(lines, "\n")
}
