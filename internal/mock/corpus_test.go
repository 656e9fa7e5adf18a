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
