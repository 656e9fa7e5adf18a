package lint

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// Options tune Run. The zero value uses every CPU and honours x-lint-ignore.
type Options struct {
	// Workers bounds how many rule functions run at once; 0 means GOMAXPROCS.
	Workers int
	// NoInlineIgnore disables x-lint-ignore suppression.
	NoInlineIgnore bool
}

// Run lints doc with rules, looking functions up in registry. Rules that are
// off or whose formats exclude the document's version do not run and are not
// in the returned catalogue. The report's findings are deduplicated (a
// problem inside a shared component is reported once, where the component is
// written), fingerprinted and sorted; Rules lists the rules that ran in the
// order given. Run fails only on a broken ruleset (a bad JSONPath, an unknown
// function); a function that panics becomes a finding of its rule.
//
// Functions may run concurrently with each other.
func Run(ctx context.Context, doc *spec.Document, rules []*Rule, registry map[string]Function, opts Options) (*report.Report, error) {
	formats := DocFormats(doc)
	var active []*Rule
	for _, r := range rules {
		if r == nil || r.Off || !formatsMatch(r.Formats, formats) {
			continue
		}
		for _, t := range r.Then {
			if registry[t.Function] == nil {
				return nil, fmt.Errorf("rule %s: unknown function %q", r.ID, t.Function)
			}
		}
		active = append(active, r)
	}
	plan, err := planPaths(active, formats)
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	findings := stream(ctx, doc, active, plan, registry, opts.Workers)
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	rep := &report.Report{Tool: "sequere lint", Sources: []string{doc.Name}}
	for _, r := range active {
		rep.Rules = append(rep.Rules, report.Rule{ID: r.ID, Severity: r.Severity, Description: r.Description, DocURL: r.DocURL, Ruleset: r.Ruleset})
	}
	rep.Findings = dedupe(findings)
	markIndices(doc, rep.Findings)
	if !opts.NoInlineIgnore {
		rep.Findings = filterIgnored(doc, rep.Findings)
	}
	rep.Sort()
	return rep, nil
}

// batchSize is how many tasks a walker hands over at once.
const batchSize = 64

type task struct {
	rule     *Rule
	hit      hit
	resolved bool
}

// stream runs the walks and the rule functions at the same time: walkers
// hand over batches of tasks as they find them, so a long function on the
// root (whole-document schema validation) starts at once and runs on the
// other core while the walk goes on.
func stream(ctx context.Context, doc *spec.Document, active []*Rule, pl *plan, registry map[string]Function, workers int) []report.Finding {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	queue := make(chan []task, 64)
	var walkers sync.WaitGroup
	for i, resolved := range []bool{true, false} {
		if len(pl.paths[i]) == 0 {
			continue
		}
		walkers.Add(1)
		go func() {
			defer walkers.Done()
			w := newWalker(doc, pl.paths[i], resolved)
			var batch []task
			flush := func() {
				if len(batch) > 0 {
					queue <- batch
					batch = nil
				}
			}
			add := func(t task) {
				if batch == nil {
					batch = make([]task, 0, batchSize)
				}
				batch = append(batch, t)
			}
			roots := true
			w.emit = func(h hit) {
				for _, ri := range pl.owners[i][h.path] {
					add(task{rule: active[ri], hit: h, resolved: resolved})
				}
				if roots && h.node != doc.Root {
					roots = false
					flush()
				}
				if len(batch) >= batchSize {
					flush()
				}
			}
			w.run()
			flush()
		}()
	}
	go func() {
		walkers.Wait()
		close(queue)
	}()
	out := make([][]report.Finding, workers)
	var wg sync.WaitGroup
	for wi := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			a := &applier{doc: doc, registry: registry}
			for batch := range queue {
				if ctx.Err() != nil {
					continue
				}
				for _, t := range batch {
					a.apply(t)
				}
			}
			out[wi] = a.findings
		}()
	}
	wg.Wait()
	var all []report.Finding
	for _, f := range out {
		all = append(all, f...)
	}
	return all
}

// dedupe drops findings with the same rule, place and message: what Spectral
// does after mapping resolved paths back to the source. One place can be
// reached by two routes (a component selected directly and through a $ref)
// that locate it differently, its key or its value, and workers deliver the
// routes in any order: the earliest position is kept, so the output does not
// depend on scheduling.
func dedupe(fs []report.Finding) []report.Finding {
	type key struct{ id, file, path, msg string }
	at := make(map[key]int, len(fs))
	out := fs[:0]
	for _, f := range fs {
		k := key{f.ID, f.Location.File, report.JSONPath(f.Path), f.Message}
		if i, dup := at[k]; dup {
			if before(f.Location, out[i].Location) {
				out[i] = f
			}
			continue
		}
		at[k] = len(out)
		out = append(out, f)
	}
	return out
}

func before(a, b report.Location) bool {
	return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col
}

// DocFormats lists the formats a document is in, as rule formats name them.
func DocFormats(doc *spec.Document) []Format {
	switch doc.Version {
	case spec.V20:
		return []Format{OAS2}
	case spec.V30:
		return []Format{OAS3, OAS30}
	case spec.V31:
		return []Format{OAS3, OAS31}
	}
	return nil
}

func formatsMatch(want, have []Format) bool {
	if len(want) == 0 {
		return true
	}
	for _, w := range want {
		for _, h := range have {
			if w == h {
				return true
			}
		}
	}
	return false
}
