package server_test

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/sequere/sequere/contract"
	engine "github.com/sequere/sequere/internal/contract"

	"github.com/sequere/sequere/examples/orders/server"
	"github.com/sequere/sequere/examples/orders/store/storetest"
)

// contractRuns is what the mutation test runs against each mutant of the
// API, and what TestContractAsEveryone runs against the real one: the
// contract tests as Ada (a customer) with Bob as the other user and Ada's
// own id where the description can only guess one; as the operator (users
// and webhook endpoints, with Ada as the other user); and as Ada against a
// server with a bucket of 20 requests, so that 429s and their headers are
// tested too.
func contractRuns(t *testing.T) []engine.Failure {
	const spec = "../openapi.yaml"
	var out []engine.Failure

	e := newEnv(t, storetest.Backends(t)[0])
	ada, bob, admin := e.seed.Ada, e.seed.Bob, e.seed.Admin
	out = append(out, contract.Failures(t, spec, e.api.Handler(), contract.Seed(1),
		contract.ClientCredentials(ada.ClientID, ada.Secret),
		contract.OtherUser(contract.ClientCredentials(bob.ClientID, bob.Secret)),
		contract.Set("listUserOrders", "path:id", ada.UserID),
		contract.Set("listUserOrdersV1", "path:id", ada.UserID),
		contract.Set("getUser", "path:id", ada.UserID),
	)...)

	out = append(out, contract.Failures(t, spec, e.api.Handler(), contract.Seed(2),
		contract.ClientCredentials(admin.ClientID, admin.Secret),
		contract.OtherUser(contract.ClientCredentials(ada.ClientID, ada.Secret)),
		// The customer run covers the generated phases; this one is for
		// the chains only the operator can walk.
		contract.Phases(engine.PhaseExamples, engine.PhaseStateful),
	)...)

	slow := newEnv(t, storetest.Backends(t)[0], withConfig(func(c *server.Config) { c.RateLimit, c.Burst = 0.001, 20 }))
	out = append(out, contract.Failures(t, spec, slow.api.Handler(), contract.Seed(3),
		contract.ClientCredentials(slow.seed.Ada.ClientID, slow.seed.Ada.Secret),
		contract.Phases(engine.PhaseExamples, engine.PhaseCoverage, engine.PhaseNegative),
		contract.Operations("getOrder", "getJwks", "createOrder"),
	)...)
	return out
}

// TestContractAsEveryone: the real API passes every run the mutants are
// held to, so that a killed mutant is killed by its mutation.
func TestContractAsEveryone(t *testing.T) {
	for _, f := range contractRuns(t) {
		t.Errorf("%s: %s (%s, %s phase)\n    %s", f.Check, f.Summary(), f.Operation, f.Phase, f.Curl)
	}
}

// TestMutantRun writes the failures of contractRuns to
// $SEQUERE_MUTANT_REPORT; examples/orders/mutants_test.go runs it on each
// mutant.
func TestMutantRun(t *testing.T) {
	path := os.Getenv("SEQUERE_MUTANT_REPORT")
	if path == "" {
		t.Skip("run by TestMutants in examples/orders (SEQUERE_MUTANTS=1)")
	}
	type failure struct{ Check, Operation, Summary string }
	var report []failure
	for _, f := range contractRuns(t) {
		report = append(report, failure{f.Check, f.Operation, f.Summary()})
	}
	b, _ := json.Marshal(report)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}
