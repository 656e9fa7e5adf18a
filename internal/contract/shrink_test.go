package contract

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"reflect"
	"testing"
	"time"
)

// sizeBugServer fails with a 500 when a name is longer than 5 or a count
// above 100: the smallest failing inputs are a 6-character name and 101.
func sizeBugServer(w http.ResponseWriter, r *http.Request) {
	var body struct {
		Name  *string         `json:"name"`
		Count *json.Number    `json:"count"`
		Meta  *map[string]any `json:"meta"`
	}
	if json.NewDecoder(r.Body).Decode(&body) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	switch r.URL.Path {
	case "/names":
		if body.Name != nil && len([]rune(*body.Name)) > 5 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	case "/counts":
		if n, err := body.Count.Int64(); body.Count != nil && err == nil && n > 100 {
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusCreated)
}

func runShrink(t *testing.T, seed uint64, maxShrink int) *Result {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(sizeBugServer))
	defer srv.Close()
	res, err := Run(context.Background(), Options{Plan: loadPlan(t, "testdata/shrink.yaml"), BaseURL: srv.URL, Client: srv.Client(),
		Phases: []string{PhaseFuzzing}, Checks: []string{"not_a_server_error"}, Seed: seed, MaxExamples: 10,
		MaxShrink: maxShrink, Timeout: 5 * time.Second, MaxRequests: 2000})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestShrinkFindsTheBoundary: whatever the fuzzer first sent, the reported
// input is the smallest that fails: optional members gone, the name 6
// characters long, the count 101, the nested required level at its minimum.
func TestShrinkFindsTheBoundary(t *testing.T) {
	t.Parallel()
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			t.Parallel()
			res := runShrink(t, seed, 0)
			byOp := map[string]Failure{}
			for _, f := range res.Failures {
				byOp[f.Operation] = f
			}
			for op, want := range map[string]string{
				"postName":  `{"name":"%s"}`,
				"postCount": `{"count":101,"meta":{"level":3}}`,
			} {
				f, ok := byOp[op]
				if !ok {
					t.Fatalf("no failure of %s in %d failures", op, len(res.Failures))
				}
				got, _ := json.Marshal(f.Input.Body)
				if op == "postName" {
					name, _ := f.Input.Body.(map[string]any)["name"].(string)
					if len([]rune(name)) != 6 {
						t.Errorf("%s shrunk to %s, want a 6-character name", op, got)
					}
					want = fmt.Sprintf(want, name)
				}
				if string(got) != want {
					t.Errorf("%s shrunk to %s, want %s", op, got, want)
				}
				if len(f.Input.Params) != 0 {
					t.Errorf("%s kept optional parameters %v", op, f.Input.Params)
				}
				if !f.Shrunk || f.Original == nil || reflect.DeepEqual(f.Original.Body, f.Input.Body) {
					t.Errorf("%s: the original input is not reported (shrunk %v, original %v)", op, f.Shrunk, f.Original)
				}
				if f.Request.Body != string(got) {
					t.Errorf("%s: the reported request sends %s, not the shrunk input", op, f.Request.Body)
				}
			}
		})
	}
}

// TestShrinkIsBoundedAndReproducible: the same seed shrinks to the same
// input, and --max-shrink caps the extra requests.
func TestShrinkIsBoundedAndReproducible(t *testing.T) {
	t.Parallel()
	a, b := runShrink(t, 5, 0), runShrink(t, 5, 0)
	inputs := func(res *Result) (l []any) {
		for _, f := range res.Failures {
			l = append(l, f.Input, f.Original, f.Request, f.ShrinkSteps)
		}
		return l
	}
	if !reflect.DeepEqual(inputs(a), inputs(b)) || a.Requests != b.Requests {
		t.Errorf("two runs with seed 5 shrank differently")
	}
	off := runShrink(t, 5, -1)
	two := runShrink(t, 5, 2)
	if two.Requests > off.Requests+2*2 {
		t.Errorf("--max-shrink 2 sent %d requests, unshrunk %d: more than 2 per failure", two.Requests, off.Requests)
	}
	for _, f := range off.Failures {
		if f.Shrunk {
			t.Errorf("shrinking off, yet %s was shrunk", f.Operation)
		}
	}
}
