package server_test

import (
	"testing"

	"github.com/sequere/sequere/contract"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

// TestContract runs every phase of sequere's contract tests against the API
// in process, as Ada (a customer, through OAuth2 client credentials).
func TestContract(t *testing.T) {
	e := newEnv(t, storetest.Backends(t)[0])
	contract.Test(t, "../openapi.yaml", e.api.Handler(), contract.ClientCredentials(e.seed.Ada.ClientID, e.seed.Ada.Secret), contract.Seed(1))
}
