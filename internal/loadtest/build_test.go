package loadtest

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/sequere/sequere/internal/plan"
	"github.com/sequere/sequere/internal/spec"
)

func ordersDoc(t *testing.T) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), "../../examples/orders/openapi.yaml", spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func bearer() plan.Credentials { return plan.Credentials{Bearer: "x", APIKeys: map[string]string{}} }

// TestBuildPlanSelection: what the plan takes, leaves out and refuses.
func TestBuildPlanSelection(t *testing.T) {
	t.Parallel()
	doc := ordersDoc(t)
	for _, tt := range []struct {
		name      string
		o         PlanOptions
		has, lack []string // operations planned or not
		skipped   string   // a reason among the left out
		selection string   // a SelectionError's text
	}{
		{name: "GETs by default", o: PlanOptions{Credentials: bearer()},
			has: []string{"getOrder", "listUserOrders"}, lack: []string{"createOrder"}, skipped: "createOrder: POST changes state"},
		{name: "without credentials", o: PlanOptions{Credentials: plan.Credentials{APIKeys: map[string]string{}}},
			has: []string{"getHealth"}, lack: []string{"getOrder"}, skipped: "getOrder: needs credentials"},
		{name: "--include-unsafe", o: PlanOptions{Credentials: bearer(), IncludeUnsafe: true}, has: []string{"getOrder", "createOrder"}},
		{name: "--operation", o: PlanOptions{Credentials: bearer(), Operations: []string{"createOrder"}},
			has: []string{"createOrder"}, lack: []string{"getOrder"}},
		{name: "unknown --operation", o: PlanOptions{Credentials: bearer(), Operations: []string{"nope"}},
			selection: "--operation nope: ../../examples/orders/openapi.yaml has no such operationId"},
		{name: "unknown --weight", o: PlanOptions{Credentials: bearer(), Weights: map[string]int{"nope": 2}},
			selection: "--weight nope: ../../examples/orders/openapi.yaml has no such operationId"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			tt.o.Samples, tt.o.Now = 2, time.Now
			pl, err := BuildPlan(context.Background(), doc, tt.o)
			var sel *SelectionError
			if tt.selection != "" {
				if !errors.As(err, &sel) || !strings.Contains(err.Error(), tt.selection) {
					t.Fatalf("err %v, want a SelectionError %q", err, tt.selection)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var ids []string
			for _, op := range pl.Script.Operations {
				ids = append(ids, op.ID)
				if len(op.Samples) == 0 || len(op.Samples) > 2 {
					t.Errorf("%s: %d samples, want 1 or 2", op.ID, len(op.Samples))
				}
			}
			for _, id := range tt.has {
				if !slices.Contains(ids, id) {
					t.Errorf("%s not planned: %v", id, ids)
				}
			}
			for _, id := range tt.lack {
				if slices.Contains(ids, id) {
					t.Errorf("%s planned", id)
				}
			}
			if tt.skipped != "" && !slices.ContainsFunc(pl.Skipped, func(s string) bool { return strings.HasPrefix(s, tt.skipped) }) {
				t.Errorf("left out %v, want %q among them", pl.Skipped, tt.skipped)
			}
			if pl.Next != nil || pl.Check != nil {
				t.Error("a plan that does not run has the built-in engine's request source")
			}
		})
	}
}

// TestBuildPlanDataRows: a data file binds by name, its rows become the
// samples in order, and the printed plan says which operations it feeds.
func TestBuildPlanDataRows(t *testing.T) {
	t.Parallel()
	d, err := ParseData("ids.csv", []byte("id\nord_1\nord_2\nord_3\n"))
	if err != nil {
		t.Fatal(err)
	}
	pl, err := BuildPlan(context.Background(), ordersDoc(t), PlanOptions{Credentials: bearer(), Operations: []string{"getOrder", "getHealth"},
		Data: d, DataPerVU: true, Samples: 1, Now: time.Now})
	if err != nil {
		t.Fatal(err)
	}
	var targets []string
	for _, op := range pl.Script.Operations {
		if op.ID == "getOrder" {
			for _, s := range op.Samples {
				targets = append(targets, s.Target)
			}
		}
	}
	if want := []string{"/v2/orders/ord_1", "/v2/orders/ord_2", "/v2/orders/ord_3"}; !reflect.DeepEqual(targets, want) {
		t.Errorf("getOrder targets %v, want %v", targets, want)
	}
	r := pl.Report("openapi.yaml", DescribeModel(nil, 2, time.Minute), "ids.csv", nil)
	if r.Model != "2 VUs for 1m0s" || r.Data == nil || !r.Data.PerVU || r.Data.Rows != 3 || !reflect.DeepEqual(r.Data.Feeds, []string{"getOrder"}) {
		t.Errorf("plan report %+v, data %+v", r, r.Data)
	}
}

func TestTypedDataValues(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		old, v, want any
	}{
		{float64(1), "42", json.Number("42")},
		{json.Number("1"), " 2.5 ", json.Number("2.5")},
		{float64(1), "many", "many"},
		{true, "false", false},
		{true, "maybe", "maybe"},
		{"s", "7", "7"},
		{float64(1), float64(3), float64(3)},
	} {
		if got := typed(tt.old, tt.v); got != tt.want {
			t.Errorf("typed(%#v, %#v) = %#v, want %#v", tt.old, tt.v, got, tt.want)
		}
	}
}

func TestDescribeModel(t *testing.T) {
	t.Parallel()
	c := Constant(200, 30*time.Second)
	stages, _ := ParseStages("0:10s,200:30s")
	ramp := Profile{Stages: stages}
	for _, tt := range []struct {
		rate *Profile
		want string
	}{
		{nil, "5 VUs for 1m0s"},
		{&c, "200/s for 30s"},
		{&ramp, "ramping arrival rate over 40s"},
	} {
		if got := DescribeModel(tt.rate, 5, time.Minute); got != tt.want {
			t.Errorf("DescribeModel = %q, want %q", got, tt.want)
		}
	}
}
