package loadtest

import (
	"bytes"
	"testing"

	"github.com/sequere/sequere/internal/report"
)

// FuzzParseK6Summary feeds what an external k6 writes back through the
// parser and the printers: an error is fine, a panic is not.
func FuzzParseK6Summary(f *testing.F) {
	f.Add([]byte(`{"metrics":{"http_reqs":{"type":"counter","contains":"default","values":{"count":3,"rate":1}}}}`))
	f.Add([]byte(`{"root_group":{"checks":[{"name":"a","passes":1,"fails":0}]},"metrics":{"http_req_duration":{"type":"trend","contains":"time","values":{"p(95)":1e308},"thresholds":{"p(95)<28":{"ok":false}}}}}`))
	f.Add([]byte(`{"metrics":{"x":{"type":"gauge"}}}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, b []byte) {
		s, err := ParseK6Summary(b)
		if err != nil {
			return
		}
		var out bytes.Buffer
		_ = report.WriteK6Text(&out, s.Report())
		_ = report.WriteLoadExport(&out, s.Report(), report.TTY{})
		_ = s.Failed()
	})
}

// FuzzParseTokenResponse feeds what a token endpoint answers.
func FuzzParseTokenResponse(f *testing.F) {
	f.Add([]byte(`{"access_token":"abc","token_type":"Bearer","expires_in":3600}`))
	f.Add([]byte(`{"access_token":"","token_type":"mac"}`))
	f.Add([]byte(`not json`))
	f.Fuzz(func(t *testing.T, b []byte) {
		tok, err := ParseTokenResponse(b)
		if err == nil && tok.AccessToken == "" {
			t.Fatal("no error and no token")
		}
	})
}

// FuzzThreshold feeds threshold expressions as a user writes them.
func FuzzThreshold(f *testing.F) {
	for _, s := range []string{"http_req_duration: p(95)<28", "http_req_duration{operation:getOrder}: p(99)<50; abortOnFail",
		"checks: rate>0.99", "http_req_failed: rate<0.01; delayAbortEval=10s", "x{:}: p(", "http_reqs{a:b}}: count>1"} {
		f.Add(s)
	}
	res := fakeResult()
	f.Fuzz(func(t *testing.T, s string) {
		th, err := ParseThreshold(s)
		if err != nil {
			return
		}
		_ = Judge([]Threshold{th}, res)
		_ = th.Name()
	})
}
