package sdkgen

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// The webhook signature table every language's helper runs: each header
// either verifies ("ok") or is refused with the SDK's own signature error
// ("rejected"); any other exception is a bug, reported under its name.
const (
	webhookSecret = "whsec_torture"
	webhookBody   = `{"id":"acc_1","password":"x","created_at":"2026-01-01T00:00:00Z","balance":1}`
	webhookNow    = 1767225600
)

type webhookCase struct {
	Name   string `json:"name"`
	Header string `json:"header"`
	OK     bool   `json:"ok"`
}

func webhookMACFor(secret, ts string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(ts + "." + webhookBody))
	return hex.EncodeToString(m.Sum(nil))
}

func webhookCases() []webhookCase {
	now := strconv.Itoa(webhookNow)
	mac := webhookMACFor(webhookSecret, now)
	signed := func(ts string) string { return "t=" + ts + ",v1=" + webhookMACFor(webhookSecret, ts) }
	return []webhookCase{
		{"valid", signed(now), true},
		{"spaces around parts", " t=" + now + " , v1=" + mac + " ", true},
		{"second v1 matches (secret rotation)", "t=" + now + ",v1=" + strings.Repeat("0", 64) + ",v1=" + mac, true},
		{"missing header", "", false},
		{"no timestamp", "v1=" + mac, false},
		{"no signature", "t=" + now, false},
		{"empty timestamp", "t=,v1=" + mac, false},
		{"empty signature", "t=" + now + ",v1=", false},
		{"non-numeric timestamp", signed("soon"), false},
		{"signed timestamp", signed("+" + now), false},
		{"negative timestamp", signed("-1"), false},
		{"fractional timestamp", signed(now + ".5"), false},
		{"superscript digit timestamp", signed("²"), false},
		{"timestamp beyond int64", signed("99999999999999999999"), false},
		{"bad hex", "t=" + now + ",v1=" + strings.Repeat("zz", 32), false},
		{"truncated signature", "t=" + now + ",v1=" + mac[:20], false},
		{"non-ASCII signature", "t=" + now + ",v1=" + strings.Repeat("é", 32), false},
		{"wrong secret", "t=" + now + ",v1=" + webhookMACFor("other", now), false},
		{"semicolon separator", "t=" + now + ";v1=" + mac, false},
		{"stale", signed(strconv.Itoa(webhookNow - 301)), false},
		{"future", signed(strconv.Itoa(webhookNow + 301)), false},
	}
}

// webhookCasesFile writes the table for a driver: {secret, body, now, cases}.
func webhookCasesFile(t *testing.T, dir string) string {
	t.Helper()
	b, err := json.Marshal(map[string]any{"secret": webhookSecret, "body": webhookBody, "now": webhookNow, "cases": webhookCases()})
	if err != nil {
		t.Fatal(err)
	}
	p, err := filepath.Abs(filepath.Join(dir, "webhook-cases.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// checkWebhookResults compares a driver's verdicts, one per case by name
// ("ok", "rejected" or the unexpected exception), with the table.
func checkWebhookResults(t *testing.T, lang, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%s webhook results: %v", lang, err)
	}
	var got map[string]string
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatalf("%s webhook results: %v: %s", lang, err, b)
	}
	want := map[string]string{}
	for _, c := range webhookCases() {
		want[c.Name] = map[bool]string{true: "ok", false: "rejected"}[c.OK]
	}
	if !reflect.DeepEqual(got, want) {
		for name, w := range want {
			if got[name] != w {
				t.Errorf("%s webhook signature %q: %s, want %s", lang, name, got[name], w)
			}
		}
	}
}
