// Command lintagree compares Spectral's findings with sequere's on the same
// specs and ruleset. For each spec it reads Spectral's JSON output (produced
// by bench/lint-agreement.sh), lints the spec with sequere's engine in
// process, keys every finding by rule id + file + JSON path, and prints
// which keys each tool has that the other lacks.
//
//	lintagree -ruleset R -spectral-dir D [-detail N] spec...
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/sequere/sequere/internal/lint"
	"github.com/sequere/sequere/internal/lint/builtin"
	"github.com/sequere/sequere/internal/spec"
)

var dump string

type spectralResult struct {
	Code   string `json:"code"`
	Path   []any  `json:"path"`
	Source string `json:"source"`
}

func main() {
	rulesetPath := flag.String("ruleset", "", "ruleset file given to both tools")
	dir := flag.String("spectral-dir", "", "directory holding <name>.json Spectral outputs")
	detail := flag.Int("detail", 5, "example keys listed per rule and side")
	flag.StringVar(&dump, "dump", "", "also print sequere's findings of this rule with their messages")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the sequere runs to this file")
	flag.Parse()
	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fail(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fail(err)
		}
		defer pprof.StopCPUProfile()
	}
	rs, err := builtin.Load(*rulesetPath)
	if err != nil {
		fail(err)
	}
	fmt.Println("| spec | both | only Spectral | only sequere |")
	fmt.Println("|---|---:|---:|---:|")
	var details strings.Builder
	for _, specPath := range flag.Args() {
		name := strings.TrimSuffix(filepath.Base(specPath), ".yaml")
		if strings.Contains(specPath, "digitalocean") {
			name = "digitalocean"
		}
		theirs, err := readSpectral(filepath.Join(*dir, name+".json"), filepath.Dir(specPath))
		if err != nil {
			fmt.Fprintf(os.Stderr, "%s: no Spectral output (%v); sequere only\n", name, err)
			theirs = map[string]bool{}
		}
		ours, err := runSequere(specPath, rs.For(specPath))
		if err != nil {
			fail(err)
		}
		both, onlyThem, onlyUs := diff(theirs, ours)
		fmt.Printf("| %s | %d | %d | %d |\n", name, both, len(onlyThem), len(onlyUs))
		fmt.Fprintf(&details, "\n## %s\n", name)
		list(&details, "only Spectral", onlyThem, *detail)
		list(&details, "only sequere", onlyUs, *detail)
	}
	fmt.Print(details.String())
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "lintagree:", err)
	os.Exit(2)
}

// key is rule|file|path, the file relative to the spec's directory.
func key(rule, file, base string, path []string) string {
	if rel, err := filepath.Rel(base, file); err == nil {
		file = rel
	}
	return rule + "|" + file + "|" + strings.Join(path, ".")
}

func readSpectral(file, base string) (map[string]bool, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var results []spectralResult
	if err := json.Unmarshal(data, &results); err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, r := range results {
		p := make([]string, len(r.Path))
		for i, s := range r.Path {
			p[i] = fmt.Sprint(s)
		}
		out[key(r.Code, r.Source, base, p)] = true
	}
	return out, nil
}

func runSequere(specPath string, rules []*lint.Rule) (map[string]bool, error) {
	ctx := context.Background()
	doc, err := spec.Load(ctx, specPath, spec.Options{})
	if err != nil {
		return nil, err
	}
	rep, err := lint.Run(ctx, doc, rules, builtin.Registry(), lint.Options{})
	if err != nil {
		return nil, err
	}
	out := map[string]bool{}
	for _, f := range rep.Findings {
		file, _ := filepath.Abs(f.Location.File)
		if f.ID == dump {
			fmt.Fprintf(os.Stderr, "%s %s: %s\n", f.Location, strings.Join(f.Path, "."), f.Message)
		}
		out[key(f.ID, file, absDir(specPath), f.Path)] = true
	}
	return out, nil
}

func absDir(p string) string {
	a, _ := filepath.Abs(filepath.Dir(p))
	return a
}

func diff(theirs, ours map[string]bool) (both int, onlyThem, onlyUs []string) {
	for k := range theirs {
		if ours[k] {
			both++
		} else {
			onlyThem = append(onlyThem, k)
		}
	}
	for k := range ours {
		if !theirs[k] {
			onlyUs = append(onlyUs, k)
		}
	}
	sort.Strings(onlyThem)
	sort.Strings(onlyUs)
	return both, onlyThem, onlyUs
}

// list prints per-rule counts and a few example keys.
func list(b *strings.Builder, title string, keys []string, n int) {
	byRule := map[string][]string{}
	var rules []string
	for _, k := range keys {
		r := k[:strings.IndexByte(k, '|')]
		if byRule[r] == nil {
			rules = append(rules, r)
		}
		byRule[r] = append(byRule[r], k)
	}
	sort.Strings(rules)
	fmt.Fprintf(b, "\n### %s: %d\n", title, len(keys))
	for _, r := range rules {
		fmt.Fprintf(b, "- %s: %d\n", r, len(byRule[r]))
		for _, k := range byRule[r][:min(n, len(byRule[r]))] {
			fmt.Fprintf(b, "  - `%s`\n", k)
		}
	}
}
