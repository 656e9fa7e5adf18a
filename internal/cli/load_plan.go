package cli

import (
	"context"
	"errors"
	"net/http"

	"github.com/sequere/sequere/internal/loadtest"
	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/spec"
)

// buildLoadPlan converts the flags to loadtest's plan options and builds
// the plan both engines use.
func buildLoadPlan(ctx context.Context, f *Factory, o *LoadOptions, doc *spec.Document) (*loadtest.Plan, error) {
	creds, err := o.Auth.Credentials()
	if err != nil {
		return nil, err
	}
	po := loadtest.PlanOptions{BaseURL: o.BaseURL, Operations: o.Operations, IncludeUnsafe: o.IncludeUnsafe,
		Weights: o.weights, Credentials: creds, Run: !o.DryRun && o.Engine == "builtin", Timeout: o.Timeout,
		Flows: o.Flow != "", Data: o.data, DataPerVU: o.DataMode == "per-vu", Samples: o.Samples, Seed: o.Seed, Now: f.Now, Validate: o.Validate}
	if o.Validate && po.Run && o.BaseURL != "" {
		rc, err := mock.NewResponseChecker(doc)
		if err != nil {
			return nil, InputError(err)
		}
		po.BodyCheck = func(op string, resp *http.Response, body []byte) bool { return len(rc.Check(op, resp, body)) == 0 }
	}
	pl, err := loadtest.BuildPlan(ctx, doc, po)
	var sel *loadtest.SelectionError
	switch {
	case errors.As(err, &sel):
		return nil, usageError{err}
	case err != nil:
		return nil, InputError(err)
	}
	return pl, nil
}

func (o *LoadOptions) model() string { return loadtest.DescribeModel(o.rate, o.VUs, o.Duration) }
