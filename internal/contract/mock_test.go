package contract

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

// TestAgainstMock: the mock is honest by construction, so every failure
// against it is a bug of the tester or of the generator.
func TestAgainstMock(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"petstore.yaml", "tictactoe.yaml"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			doc, err := spec.Load(context.Background(), "../../../shared/corpus/"+name, spec.Options{})
			if err != nil {
				t.Skipf("corpus not reachable: %v", err)
			}
			m, err := mock.New(doc, mock.Options{})
			if err != nil {
				t.Fatal(err)
			}
			srv := httptest.NewServer(m)
			defer srv.Close()
			p, err := plan.Build(doc, plan.Selection{})
			if err != nil {
				t.Fatal(err)
			}
			res, err := Run(context.Background(), Options{Plan: p, BaseURL: srv.URL, Client: srv.Client(), MaxRequests: 500, Seed: 3,
				// The mock checks that credentials are present, not that they are valid.
				Checks: allChecksBut("ignored_auth")})
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range res.Failures {
				t.Errorf("%s: %s", f.Check, f.Summary())
			}
		})
	}
}

func allChecksBut(id string) []string {
	var out []string
	for _, c := range Checks() {
		if c.ID != id {
			out = append(out, c.ID)
		}
	}
	return out
}
