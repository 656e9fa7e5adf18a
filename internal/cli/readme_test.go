package cli

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestReadmeCommands keeps README.md honest: every command in a ```sh block
// of the README must be run by some testdata/script/*.txtar script, written
// there exactly (`exec sequere ARGS` or `! exec sequere ARGS`; the README's
// `go run ./cmd/sequere` counts as `sequere`). When the README shows the
// output in a ```text block right after the command, the script must compare
// that output (`cmp stdout FILE` or `cmp stderr FILE` right after the exec)
// with a FILE whose content is the block (dates read YYYY-MM-DD). Output
// that changes from run to run is shown in another kind of block (the
// changelog's is ```markdown) and asserted in the script with `stdout`
// patterns.
//
// A block that cannot run in a test (it needs the network, or serves until
// interrupted) is preceded by the line `<!-- readme-test: skip: REASON -->`;
// YAML blocks (CI recipes) are not commands and are not checked. To add a
// command to the README, add its section and its lines to a txtar script.
func TestReadmeCommands(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	scripts := loadScripts(t)
	cmds := readmeCommands(string(readme))
	if len(cmds) == 0 {
		t.Fatal("no commands found in README.md")
	}
	for _, c := range cmds {
		run, ok := scripts[c.args]
		if !ok {
			t.Errorf("README.md:%d: `sequere %s` is run by no testdata/script/*.txtar (add `exec sequere %s` to one, or mark the block <!-- readme-test: skip: REASON -->)", c.line, c.args, c.args)
			continue
		}
		if c.output == "" {
			continue
		}
		if run.golden == "" {
			t.Errorf("README.md:%d: shows the output of `sequere %s`, but %s does not compare it (add `cmp stdout FILE` after the exec)", c.line, c.args, run.script)
			continue
		}
		if normalizeDates(run.golden) != normalizeDates(c.output) {
			t.Errorf("README.md:%d: the output shown for `sequere %s` differs from what %s asserts:\nREADME:\n%s\nscript:\n%s", c.line, c.args, run.script, c.output, run.golden)
		}
	}
}

type readmeCommand struct {
	line         int
	args, output string
}

// readmeCommands finds the sequere commands of ```sh blocks, each with the
// ```text block that follows its block when the block holds one command.
func readmeCommands(md string) []readmeCommand {
	lines := strings.Split(md, "\n")
	var out []readmeCommand
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) != "```sh" {
			continue
		}
		skip := i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "<!-- readme-test: skip:")
		var block []readmeCommand
		for i++; i < len(lines) && strings.TrimSpace(lines[i]) != "```"; i++ {
			args, ok := sequereArgs(lines[i])
			if ok && !skip {
				block = append(block, readmeCommand{line: i + 1, args: args})
			}
		}
		// A ```text block right after (blank lines between) is the output.
		j := i + 1
		for j < len(lines) && strings.TrimSpace(lines[j]) == "" {
			j++
		}
		if len(block) == 1 && j < len(lines) && strings.TrimSpace(lines[j]) == "```text" {
			var body []string
			for j++; j < len(lines) && strings.TrimSpace(lines[j]) != "```"; j++ {
				body = append(body, lines[j])
			}
			block[0].output = strings.Join(body, "\n") + "\n"
		}
		out = append(out, block...)
	}
	return out
}

// sequereArgs returns the arguments of a `sequere ...` or
// `go run ./cmd/sequere ...` line. Other lines (go test) are not sequere's.
func sequereArgs(line string) (string, bool) {
	line = strings.TrimSpace(line)
	for _, prefix := range []string{"go run ./cmd/sequere ", "sequere "} {
		if rest, ok := strings.CutPrefix(line, prefix); ok {
			return strings.Join(strings.Fields(rest), " "), true
		}
	}
	return "", false
}

type scriptRun struct{ script, golden string }

var execRe = regexp.MustCompile(`^(?:! )?exec sequere (.*?)(?: &)?$`)
var cmpRe = regexp.MustCompile(`^cmp (?:stdout|stderr) (\S+)$`)

// loadScripts maps the arguments of every `exec sequere` in the txtar
// scripts to the script and the content of the file compared right after.
func loadScripts(t *testing.T) map[string]scriptRun {
	t.Helper()
	files, err := filepath.Glob("../../testdata/script/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no txtar scripts: %v", err)
	}
	out := map[string]scriptRun{}
	for _, f := range files {
		ar, err := txtar.ParseFile(f)
		if err != nil {
			t.Fatal(err)
		}
		content := map[string]string{}
		for _, file := range ar.Files {
			content[file.Name] = string(file.Data)
		}
		lines := strings.Split(string(ar.Comment), "\n")
		for i, l := range lines {
			m := execRe.FindStringSubmatch(strings.TrimSpace(l))
			if m == nil {
				continue
			}
			args := strings.Join(strings.Fields(m[1]), " ")
			run := scriptRun{script: filepath.Base(f)}
			if i+1 < len(lines) {
				if c := cmpRe.FindStringSubmatch(strings.TrimSpace(lines[i+1])); c != nil {
					run.golden = content[c[1]]
				}
			}
			if prev, seen := out[args]; !seen || prev.golden == "" {
				out[args] = run
			}
		}
	}
	return out
}

var dateRe = regexp.MustCompile(`\d{4}-\d\d-\d\d|YYYY-MM-DD`)

func normalizeDates(s string) string { return dateRe.ReplaceAllString(s, "YYYY-MM-DD") }
