package orders_test

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var updateMutants = flag.Bool("update", false, "rewrite testdata/mutants.md with the kill table")

// mutant is one small bug planted in the API's hand-written code: the
// first and only occurrence of from in file becomes to.
type mutant struct {
	name, file, from, to string
	// want is the check expected to kill it (the table says which did).
	want string
}

var mutants = []mutant{
	{"wrong status: not found is 410", "server/httpx.go",
		`NewProblem("not-found", http.StatusNotFound,`, `NewProblem("not-found", http.StatusGone,`, "status_code_conformance"},
	{"missing required field: order items", "server/views.go",
		`Items: genItems(o.Items), Total:`, `Items: nil, Total:`, "response_schema_conformance"},
	{"undocumented enum value: order status", "server/views.go",
		`Status: gen.OrderStatus(o.Status), Items`, `Status: gen.OrderStatus("open"), Items`, "response_schema_conformance"},
	{"ignored auth: anonymous requests pass the guard", "server/httpx.go",
		`if !ok || (keyOnly && !p.APIKey) {`, `if ok && keyOnly && !p.APIKey {`, "ignored_auth"},
	{"dead resource still readable: endpoint delete is a no-op", "server/webhooks.go",
		`if err := s.store.DeleteEndpoint(ctx, req.ID); errors.Is(err, store.ErrNotFound) {`,
		`if _, err := s.store.GetEndpoint(ctx, req.ID); errors.Is(err, store.ErrNotFound) {`, "use_after_free"},
	{"repeated page: cursor after the first item", "store/pages.go",
		`last := out[limit-1]`, `last := out[0]`, "pagination_consistency"},
	{"ETag never changes", "server/orders.go",
		"func orderETag(o store.Order) string { return `\"v` + strconv.FormatInt(o.Version, 10) + `\"` }",
		"func orderETag(o store.Order) string { return `\"v` + strconv.FormatInt(1, 10) + `\"` }", "conditional_requests"},
	{"If-None-Match ignored", "server/orders.go",
		"if etagMatches(req.IfNoneMatch, etag) {\n\t\treturn gen.GetOrder304Response",
		"if false && etagMatches(req.IfNoneMatch, etag) {\n\t\treturn gen.GetOrder304Response", "conditional_requests"},
	{"stale If-Match accepted", "server/orders.go",
		`if etag := orderETag(o); !etagMatches(&req.IfMatch, etag) {`, `if etag := orderETag(o); false && !etagMatches(&req.IfMatch, etag) {`, "conditional_requests"},
	{"ETag missing from a read", "server/orders.go",
		`return gen.GetOrder200Response{Body: genOrder(o), Headers: gen.GetOrder200ResponseHeaders{ETag: etag, CacheControl: cacheResource}}, nil`,
		`return gen.GetOrder200Response{Body: genOrder(o), Headers: gen.GetOrder200ResponseHeaders{CacheControl: cacheResource}}, nil`, "conditional_requests"},
	{"idempotency key creates twice", "server/orders.go",
		`if replay != nil {`, `if replay != nil && false {`, "idempotency_replay"},
	{"idempotency key ignores the body", "store/orders.go",
		`if replay.Hash != idem.Hash {`, `if replay.Hash != idem.Hash && false {`, "idempotency_replay"},
	{"another user's order readable", "server/orders.go",
		`(err == nil && o.UserID != p.UserID && !admin(p))`, `(err == nil && o.UserID != p.UserID && admin(p))`, "cross_user_access"},
	{"wrong Content-Type on problems", "server/problem.go",
		`h.Set("Content-Type", "application/problem+json")`, `h.Set("Content-Type", "application/json")`, "content_type_conformance"},
	{"missing documented header: Location of a new order", "server/orders.go",
		`Location: "/v2/orders/" + view.ID, ETag:`, `ETag:`, "response_headers_conformance"},
	{"500 on some input: a long note", "server/orders.go",
		`sum, err := total(req.Body.Items)`,
		`if req.Body.Note != nil && len(*req.Body.Note) > 400 { return nil, errors.New("note column overflow") }
	sum, err := total(req.Body.Items)`, "not_a_server_error"},
	{"405 without Allow", "server/server.go",
		`w.Header().Set("Allow", strings.Join(allow, ", "))`, `_ = strings.Join(allow, ", ")`, "unsupported_method"},
	{"429 without Retry-After", "ratelimit/ratelimit.go",
		`h.Set("Retry-After", ceilSeconds(d.RetryAfter))`, `_ = ceilSeconds(d.RetryAfter)`, "rate_limit_headers"},
	{"negative RateLimit-Remaining", "ratelimit/ratelimit.go",
		`d.Remaining = int(b.tokens)`, `d.Remaining = int(b.tokens) - 1`, "response_headers_conformance"},
	{"ignored scope: a customer token passes an admin operation", "server/httpx.go",
		`if !p.Has(sc) {`, `if false && !p.Has(sc) {`, "ignored_auth"},
	{"problem body with another status", "server/problem.go",
		`json.NewEncoder(w).Encode(p)`, `p.Status = 400; json.NewEncoder(w).Encode(p)`, "problem_details"},
}

// TestMutants plants each mutant in turn (through go test -overlay, the
// source tree untouched), runs the contract tests of
// server/mutant_run_test.go against it and asserts that some check fails:
// a survivor is a bug sequere contract would ship. It builds the server
// once per mutant, so it runs with SEQUERE_MUTANTS=1 (the 21 below) or
// SEQUERE_MUTANTS=wide (those and widerMutants) only; .ci/run runs the 21.
func TestMutants(t *testing.T) {
	mode := os.Getenv("SEQUERE_MUTANTS")
	if mode != "1" && mode != "wide" {
		t.Skip("set SEQUERE_MUTANTS=1 to run the mutation test (one build per mutant)")
	}
	dir := t.TempDir()
	only := os.Getenv("SEQUERE_MUTANTS_ONLY")
	list := mutants
	if mode == "wide" {
		list = append(slices.Clip(mutants), widerMutants...)
	}
	var picked []int
	for i, m := range list {
		if only == "" || slices.ContainsFunc(strings.Split(only, "|"), func(s string) bool { return strings.Contains(m.name, s) }) {
			picked = append(picked, i)
		}
	}
	// A mutant's cost is its build (compiling the edited package, what
	// depends on it and the server's tests, then linking), and one build is
	// mostly a serial chain: so mutants build and run side by side, as many
	// as the CPUs, each still a full build and a full contract run of its
	// own edit. Rows keep the list's order whatever order they finish in.
	start := time.Now()
	rows := make([]row, len(picked))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(picked)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				rows[j] = runMutant(t, dir, picked[j], list[picked[j]])
				t.Logf("%-55s killed by %v %s", rows[j].m.name, rows[j].killed, rows[j].err)
			}
		}()
	}
	for j := range picked {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	var b strings.Builder
	b.WriteString("# Mutants of the orders API and the checks that kill them\n\n")
	fmt.Fprintf(&b, "Written by `SEQUERE_MUTANTS=%s go test -count=1 -run '^TestMutants$' -v ./examples/orders -update`, one full run\n", mode)
	fmt.Fprintf(&b, "of %d mutants, %d side by side, in %s of wall time.\n", len(rows), min(runtime.GOMAXPROCS(0), len(picked)), time.Since(start).Round(time.Second))
	b.WriteString("Each mutant is one edit of the hand-written code (mutants_test.go); the contract runs are those of\n")
	b.WriteString("server/mutant_run_test.go (Ada with Bob as the other user, the operator, and a throttled server).\n\n")
	b.WriteString("| mutant | file | expected | killed by |\n|---|---|---|---|\n")
	survivors := 0
	for _, r := range rows {
		killed := strings.Join(r.killed, ", ")
		if r.err != "" {
			killed = "build or run failed: " + r.err
		}
		if len(r.killed) == 0 {
			survivors++
			if r.err == "" {
				killed = "**SURVIVED**"
			}
			t.Errorf("mutant %q survived (%s)", r.m.name, killed)
		} else if !slices.Contains(r.killed, r.m.want) {
			t.Logf("mutant %q was killed by %v, not by %s as expected", r.m.name, r.killed, r.m.want)
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", r.m.name, r.m.file, r.m.want, killed)
	}
	fmt.Fprintf(&b, "\n%d of %d killed.\n", len(rows)-survivors, len(rows))
	t.Log("\n" + b.String())
	if *updateMutants && only == "" {
		table := "testdata/mutants.md"
		if mode == "wide" {
			table = "testdata/mutants-wide.md"
		}
		if err := os.WriteFile(table, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// row is one mutant's outcome: the checks that failed on it, or why its
// build or run gave no report.
type row struct {
	m      mutant
	killed []string
	err    string
}

// runMutant builds the server's tests with m planted (go test -overlay, the
// source tree untouched) and runs TestMutantRun on it.
func runMutant(t *testing.T, dir string, i int, m mutant) row {
	r := row{m: m}
	src, err := m.apply()
	if err != nil {
		r.err = err.Error()
		return r
	}
	patched := filepath.Join(dir, fmt.Sprintf("m%d.go", i))
	abs, _ := filepath.Abs(m.file)
	overlay := filepath.Join(dir, fmt.Sprintf("m%d.json", i))
	ob, _ := json.Marshal(map[string]any{"Replace": map[string]string{abs: patched}})
	if err := errors.Join(os.WriteFile(patched, []byte(src), 0o644), os.WriteFile(overlay, ob, 0o644)); err != nil {
		t.Error(err)
		r.err = err.Error()
		return r
	}
	report := filepath.Join(dir, fmt.Sprintf("m%d.report.json", i))
	cmd := exec.Command("go", "test", "-count=1", "-vet=off", "-overlay", overlay, "-run", "^TestMutantRun$", "./server")
	cmd.Env = append(os.Environ(), "SEQUERE_MUTANT_REPORT="+report)
	out, err := cmd.CombinedOutput()
	var fails []struct{ Check, Operation, Summary string }
	if b, rerr := os.ReadFile(report); rerr == nil && json.Unmarshal(b, &fails) == nil {
		for _, f := range fails {
			if !slices.Contains(r.killed, f.Check) {
				r.killed = append(r.killed, f.Check)
			}
		}
		slices.Sort(r.killed)
	} else {
		r.err = firstLine(string(out), err)
	}
	return r
}

func firstLine(out string, err error) string {
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, ".go:") || strings.HasPrefix(l, "FAIL") || strings.Contains(l, "panic") {
			return strings.TrimSpace(l)
		}
	}
	if err != nil {
		return err.Error()
	}
	return "no report"
}

// TestMutantsApply runs without SEQUERE_MUTANTS: every mutant, of both
// sets, still finds its one place in the source, so that an edit of the
// API or a regenerated gen/ cannot silently turn a mutant into a no-op or
// a build failure that only the long run would notice.
func TestMutantsApply(t *testing.T) {
	for _, m := range append(slices.Clip(mutants), widerMutants...) {
		if _, err := m.apply(); err != nil {
			t.Error(err)
		}
	}
}

// apply is m.file with the mutant planted.
func (m mutant) apply() (string, error) {
	src, err := os.ReadFile(m.file)
	if err != nil {
		return "", err
	}
	if n := strings.Count(string(src), m.from); n != 1 {
		return "", fmt.Errorf("mutant %q: %q occurs %d times in %s, want once", m.name, m.from, n, m.file)
	}
	return strings.Replace(string(src), m.from, m.to, 1), nil
}
