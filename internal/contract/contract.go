// Package contract tests a running server against its OpenAPI description:
// it sends requests built by package plan in phases (examples, coverage,
// fuzzing, negative, stateful) and checks every response against the
// description. It never formats output: Run returns a Result that Report
// turns into a report.Report.
package contract

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/sequere/sequere/internal/plan"
)

// Doer sends one request; *http.Client is one, and so is an in-process
// handler adapter.
type Doer interface {
	Do(*http.Request) (*http.Response, error)
}

// Phase names, in the order a run goes through them.
const (
	PhaseExamples = "examples"
	PhaseCoverage = "coverage"
	PhaseFuzzing  = "fuzzing"
	PhaseNegative = "negative"
	PhaseStateful = "stateful"
)

// Phases lists every phase in run order.
var Phases = []string{PhaseExamples, PhaseCoverage, PhaseFuzzing, PhaseNegative, PhaseStateful}

// Options configure a run. Plan, BaseURL and Client are required.
type Options struct {
	Plan *plan.Plan
	Auth *plan.Auth
	// Other, when set, is a second user's credentials: cross_user_access
	// checks that they cannot reach the resources the run creates.
	Other   *plan.Auth
	BaseURL string
	Client  Doer
	// Phases to run; nil means all.
	Phases []string
	// Checks to apply; nil means all.
	Checks []string
	// MaxExamples bounds the requests per operation and phase; zero means 20.
	MaxExamples int
	// Workers run operations concurrently; zero means 1. Operation i goes
	// to worker i mod Workers, so a seed fixes each worker's sequence.
	Workers int
	// Rate caps requests per second over all workers; zero means no cap.
	Rate float64
	// MaxRequests and Duration are hard bounds; zero means none.
	MaxRequests int
	Duration    time.Duration
	Seed        uint64
	// Timeout bounds one request; zero means 10 s.
	Timeout time.Duration
	// MaxBody bounds how much of a response is read; zero means 10 MiB.
	MaxBody int64
	// MaxResponseTime enables response_time; zero leaves it off.
	MaxResponseTime time.Duration
	// MaxShrink bounds the extra requests spent shrinking one failure of
	// the coverage and fuzzing phases; zero means 64, negative turns
	// shrinking off.
	MaxShrink int
	// ShowSecrets keeps credentials in curl lines.
	ShowSecrets bool
	// Now is the clock; nil means time.Now.
	Now func() time.Time
	// Progress, when set, is called after every request (from any worker).
	Progress func(Progress)
}

// Progress is a snapshot of a running test.
type Progress struct {
	OpsDone, OpsTotal, Requests, Failures int
}

// ErrUnreachable means the base URL did not answer at all.
var ErrUnreachable = errors.New("server unreachable")

func (o *Options) defaults() error {
	if o.Plan == nil || o.Client == nil {
		return errors.New("contract: Plan and Client are required")
	}
	if o.MaxExamples <= 0 {
		o.MaxExamples = 20
	}
	if o.Workers <= 0 {
		o.Workers = 1
	}
	if o.Timeout <= 0 {
		o.Timeout = 10 * time.Second
	}
	if o.MaxBody <= 0 {
		o.MaxBody = 10 << 20
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Auth == nil {
		o.Auth = plan.NewAuth(o.Plan, plan.Credentials{}, nil, o.BaseURL)
	}
	if o.Phases == nil {
		o.Phases = Phases
	}
	for _, p := range o.Phases {
		if !contains(Phases, p) {
			return fmt.Errorf("unknown phase %q (valid: %v)", p, Phases)
		}
	}
	if o.Checks == nil {
		for _, c := range Checks() {
			o.Checks = append(o.Checks, c.ID)
		}
	}
	for _, c := range o.Checks {
		if _, ok := checkByID[c]; !ok {
			return fmt.Errorf("unknown check %q (see sequere contract --help)", c)
		}
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
