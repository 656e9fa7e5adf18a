package builtin_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sequere/sequere/internal/report"
)

// checkDigest holds `--format json` output on a corpus spec to a small
// committed digest: per rule, the number of findings, a hash of everything
// the JSON says about them except the message (code, path, severity, range,
// source) and a hash of the messages alone. The full JSON of the large
// specs runs to megabytes; the digest keeps the guard against accidental
// drift while a reworded message shows up as a change in its own column and
// nowhere else.
func checkDigest(t *testing.T, golden string, rep *report.Report, baseDir string) {
	t.Helper()
	got := jsonDigest(t, rep, baseDir)
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs (a rule now finds other places, or its messages changed; run with -update and review the diff):\n%s", golden, lineDiff(string(want), got))
	}
}

func jsonDigest(t *testing.T, rep *report.Report, baseDir string) string {
	t.Helper()
	f, _ := report.Lookup("json")
	var buf bytes.Buffer
	if err := f.Write(&buf, rep, report.Options{BaseDir: baseDir}); err != nil {
		t.Fatal(err)
	}
	var results []map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &results); err != nil {
		t.Fatal(err)
	}
	type acc struct {
		n               int
		where, messages []string
	}
	byRule := map[string]*acc{}
	for _, r := range results {
		var code, msg string
		_ = json.Unmarshal(r["code"], &code)
		_ = json.Unmarshal(r["message"], &msg)
		delete(r, "message")
		where, _ := json.Marshal(r) // map keys marshal sorted: canonical
		a := byRule[code]
		if a == nil {
			a = &acc{}
			byRule[code] = a
		}
		a.n++
		a.where = append(a.where, string(where))
		a.messages = append(a.messages, string(where)+"\x00"+msg)
	}
	var b strings.Builder
	b.WriteString("# rule findings sha256(json without message) sha256(messages)\n")
	for _, code := range slices.Sorted(maps.Keys(byRule)) {
		a := byRule[code]
		fmt.Fprintf(&b, "%s %d %s %s\n", code, a.n, hashSorted(a.where), hashSorted(a.messages))
	}
	return b.String()
}

// hashSorted hashes the lines in sorted order: the engine may report
// findings at one place in either order, which the JSON output keeps.
func hashSorted(lines []string) string {
	slices.Sort(lines)
	h := sha256.New()
	for _, l := range lines {
		h.Write([]byte(l))
		h.Write([]byte{'\n'})
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:12]
}

// lineDiff lists the lines only in want (-) and only in got (+).
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	for _, l := range w {
		if !slices.Contains(g, l) {
			b.WriteString("- " + l + "\n")
		}
	}
	for _, l := range g {
		if !slices.Contains(w, l) {
			b.WriteString("+ " + l + "\n")
		}
	}
	return b.String()
}
