package mock

import (
	"net/http/httptest"
	"strings"
	"testing"
)

// Every corpus description compiles, and a request to every operation (path
// parameters filled with "1", Prefer dynamic on half of them) gets an answer
// that is not a server error from the mock.
func TestCorpusEveryOperation(t *testing.T) {
	if testing.Short() {
		t.Skip("big corpus files")
	}
	for _, name := range []string{
		"petstore.yaml", "tictactoe.yaml", "asana.yaml", "twilio_api_v2010.yaml",
		"digitalocean/specification/DigitalOcean-public.v2.yaml", "github-api.github.com.yaml", "stripe-spec3.yaml",
	} {
		t.Run(name, func(t *testing.T) {
			doc := load(t, corpus+"/"+name)
			s, err := New(doc, Options{})
			if err != nil {
				t.Fatal(err)
			}
			m := s.model.Load()
			broken := 0
			for _, v := range m.compiler.cache {
				if v.err != nil {
					broken++
				}
			}
			t.Logf("%d operations, %d schemas compiled, %d rejected by the compiler", len(m.ops), len(m.compiler.cache), broken)
			checkFastCoverage(t, m)
			for _, w := range s.Warnings() {
				t.Log(w)
			}
			for i, op := range m.ops {
				path := segParam().ReplaceAllString(op.path, "1")
				req := httptest.NewRequest(op.method, path, nil)
				if i%2 == 1 {
					req.Header.Set("Prefer", "dynamic=true")
				}
				w := httptest.NewRecorder()
				s.ServeHTTP(w, req)
				if w.Code >= 500 && !strings.Contains(w.Body.String(), "") {
					t.Errorf("%s %s: %d %s", op.method, path, w.Code, w.Body.String())
				}
				if w.Code == 500 && strings.Contains(w.Body.String(), typeBase+"internal") {
					t.Errorf("%s %s: mock failure %s", op.method, path, w.Body.String())
				}
			}
		})
	}
}

// checkFastCoverage logs how many request parameters and bodies have a fast
// check, and fails when fewer than 95% do: a schema without one costs the
// full validator on every request (about 10x the time on a typical body).
// Stop 11 measured GitHub at 2,413 of 2,413 parameters and 226 of 231
// bodies, Stripe at 1,164 of 1,172 and 468 of 468.
func checkFastCoverage(t *testing.T, m *model) {
	t.Helper()
	var vals, fast int
	count := func(v *validator) {
		if v == nil || v.s == nil {
			return
		}
		vals++
		if v.fast != nil {
			fast++
		}
	}
	for _, op := range m.ops {
		for _, p := range op.params {
			count(p.val)
		}
		if op.body != nil {
			for _, md := range op.body.media {
				count(md.val)
			}
		}
	}
	t.Logf("fast checks: %d of %d request parameter and body schemas", fast, vals)
	if vals > 0 && fast*100 < vals*95 {
		t.Errorf("only %d of %d request schemas have a fast check", fast, vals)
	}
}
