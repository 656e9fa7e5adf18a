package rulesets_test

import (
	"context"
	"flag"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/core"
	"github.com/sequere/sequere/internal/lint/oasfunc"
	"github.com/sequere/sequere/internal/lint/ruleset"
	"github.com/sequere/sequere/internal/lint/rulesets"
	"github.com/sequere/sequere/internal/spec"
)

const (
	fixtureDir = "../../../testdata/lint/rules"
	docsDir    = "../../../docs/rules"
)

// DirName is the spelling of a rule id in directory and file names: OWASP
// ids carry colons, which Go module zips and Windows refuse.
func DirName(id string) string { return strings.ReplaceAll(id, ":", "-") }

var loadRules = sync.OnceValues(func() ([]*lint.Rule, error) {
	registry := registry()
	names := map[string]bool{}
	for n := range registry {
		names[n] = true
	}
	opts := ruleset.Options{
		Functions: names,
		Builtin: func(name string) ([]byte, bool) {
			file, ok := rulesets.Files[name]
			if !ok {
				return nil, false
			}
			b, err := rulesets.FS.ReadFile(file)
			return b, err == nil
		},
	}
	rs, err := ruleset.ReadBytes("all.yaml", []byte("extends:\n  - [spectral:oas, all]\n  - [owasp, all]\n  - [sequere, all]\n"), opts)
	if err != nil {
		return nil, err
	}
	return rs.Rules, nil
})

func registry() map[string]lint.Function {
	r := core.Functions()
	maps.Copy(r, oasfunc.Functions())
	return r
}

func allRules(t *testing.T) map[string]*lint.Rule {
	t.Helper()
	rules, err := loadRules()
	if err != nil {
		t.Fatalf("reading the built-in rulesets: %v", err)
	}
	out := map[string]*lint.Rule{}
	for _, r := range rules {
		out[r.ID] = r
	}
	return out
}

var wantRe = regexp.MustCompile(`#\s*want\s+"([^"]+)"`)

// TestRuleFixtures lints each testdata/lint/rules/<rule>/pass.yaml (no finding
// of that rule) and fail.yaml (findings exactly on the lines marked
// `# want "<rule>"`) with that one rule.
func TestRuleFixtures(t *testing.T) {
	t.Parallel()
	rules := allRules(t)
	byDir := map[string]*lint.Rule{}
	for id, r := range rules {
		byDir[DirName(id)] = r
	}
	dirs, err := os.ReadDir(fixtureDir)
	if err != nil {
		t.Fatal(err)
	}
	reg := registry()
	for _, d := range dirs {
		r := byDir[d.Name()]
		if !d.IsDir() || r == nil {
			continue
		}
		t.Run(d.Name(), func(t *testing.T) {
			t.Parallel()
			rule := *r
			rule.Off = false
			for _, name := range []string{"pass.yaml", "fail.yaml"} {
				file := filepath.Join(fixtureDir, d.Name(), name)
				got, msgs := lintLines(t, file, &rule, reg)
				if name == "fail.yaml" && len(msgs) > 0 {
					checkPageMessage(t, filepath.Join(docsDir, d.Name()+".md"), msgs)
				}
				want := wantLines(t, file, rule.ID)
				if name == "fail.yaml" && len(want) == 0 {
					t.Errorf("%s marks no expected finding", file)
				}
				if !slices.Equal(got, want) {
					t.Errorf("%s: %s reported on lines %v, want %v", file, rule.ID, got, want)
				}
			}
		})
	}
}

func lintLines(t *testing.T, file string, rule *lint.Rule, reg map[string]lint.Function) ([]int, []string) {
	t.Helper()
	doc, err := spec.Load(context.Background(), file, spec.Options{})
	if err != nil {
		t.Fatalf("loading %s: %v", file, err)
	}
	rep, err := lint.Run(context.Background(), doc, []*lint.Rule{rule}, reg, lint.Options{})
	if err != nil {
		t.Fatalf("linting %s: %v", file, err)
	}
	var lines []int
	var msgs []string
	for _, f := range rep.Findings {
		if f.ID != rule.ID {
			continue
		}
		msgs = append(msgs, f.Message)
		if !slices.Contains(lines, f.Location.Line) {
			lines = append(lines, f.Location.Line)
		}
		t.Logf("%s:%d: %s (%s)", filepath.Base(file), f.Location.Line, f.Message, strings.Join(f.Path, "."))
	}
	slices.Sort(lines)
	return lines, msgs
}

// checkPageMessage: a rule's docs page shows, under its header, a message
// the rule really reports on the page's bad example, so what a reader sees
// in the docs is what lint prints. -update writes the first one.
func checkPageMessage(t *testing.T, page string, msgs []string) {
	t.Helper()
	data, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	at := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, messagePrefix) })
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		line := messagePrefix + "`" + msgs[0] + "`"
		if at < 0 {
			// A paragraph of its own below the "Ruleset: ..." line, the page's third.
			lines = slices.Insert(lines, min(3, len(lines)), "", line)
		} else {
			lines[at] = line
		}
		if err := os.WriteFile(page, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if at < 0 {
		t.Errorf("%s has no %q line (run go test -update)", page, messagePrefix)
		return
	}
	shown := strings.TrimSuffix(strings.TrimPrefix(lines[at], messagePrefix+"`"), "`")
	if !slices.Contains(msgs, shown) {
		t.Errorf("%s shows the message %q, which the rule does not report on its bad example (it reports %q; run go test -update)", page, shown, msgs)
	}
}

const messagePrefix = "Message on the bad example: "

func wantLines(t *testing.T, file, id string) []int {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	var lines []int
	for i, line := range strings.Split(string(data), "\n") {
		for _, m := range wantRe.FindAllStringSubmatch(line, -1) {
			if m[1] == id && !slices.Contains(lines, i+1) {
				lines = append(lines, i+1)
			}
		}
	}
	return lines
}

// TestRegistryComplete: every rule of the three built-in rulesets has a
// fixture directory with pass.yaml and fail.yaml and a docs page, and every
// fixture directory and docs page belongs to a rule.
func TestRegistryComplete(t *testing.T) {
	t.Parallel()
	rules := allRules(t)
	known := map[string]bool{}
	for id := range rules {
		name := DirName(id)
		known[name] = true
		for _, f := range []string{
			filepath.Join(fixtureDir, name, "pass.yaml"),
			filepath.Join(fixtureDir, name, "fail.yaml"),
			filepath.Join(docsDir, name+".md"),
		} {
			if _, err := os.Stat(f); err != nil {
				t.Errorf("rule %s: %v", id, err)
			}
		}
	}
	entries, _ := os.ReadDir(fixtureDir)
	for _, e := range entries {
		if !known[e.Name()] {
			t.Errorf("fixture directory %s belongs to no built-in rule", e.Name())
		}
	}
	_ = fs.WalkDir(os.DirFS(docsDir), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && p != "README.md" && !known[strings.TrimSuffix(p, ".md")] {
			t.Errorf("docs page %s belongs to no built-in rule", p)
		}
		return nil
	})
}

// TestDocsPages: every rule page gives its own reason in "Why" (not a copy of
// "What", not a sentence shared with another page) and a good and a bad
// example.
func TestDocsPages(t *testing.T) {
	t.Parallel()
	pages, err := filepath.Glob(filepath.Join(docsDir, "*.md"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no docs pages in %s: %v", docsDir, err)
	}
	whyOf := map[string]string{}
	for _, p := range pages {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		sections := docSections(string(data))
		name := filepath.Base(p)
		what, why := sections["What"], sections["Why"]
		switch {
		case why == "":
			t.Errorf("%s: no Why section", name)
		case what != "" && strings.Contains(why, what):
			t.Errorf("%s: Why repeats What instead of giving a reason", name)
		case whyOf[why] != "":
			t.Errorf("%s: Why is the same as in %s", name, whyOf[why])
		}
		whyOf[why] = name
		for _, s := range []string{"Good", "Bad (lines marked `# want` are reported)"} {
			if !strings.Contains(sections[s], "```yaml") {
				t.Errorf("%s: section %q has no YAML example", name, s)
			}
		}
	}
}

// docSections splits a page into its "## " sections, trimmed.
func docSections(page string) map[string]string {
	out := map[string]string{}
	var title string
	var body strings.Builder
	flush := func() {
		if title != "" {
			out[title] = strings.TrimSpace(body.String())
		}
		body.Reset()
	}
	for line := range strings.Lines(page) {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			flush()
			title = strings.TrimSpace(h)
			continue
		}
		body.WriteString(line)
	}
	flush()
	return out
}

// TestRulesHaveMessages: every built-in rule says what is wrong in a message
// of its own. Without one, Spectral (and sequere) report the description,
// which says what a good document does and so reads as if it already did.
func TestRulesHaveMessages(t *testing.T) {
	t.Parallel()
	for id, r := range allRules(t) {
		if strings.TrimSpace(r.Message) == "" {
			t.Errorf("rule %s has no message; it would report its description %q", id, r.Description)
		}
	}
}
