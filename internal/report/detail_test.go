package report

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
)

func detailReport() *Report {
	return &Report{Tool: "sequere contract", Sources: []string{"/work/api/openapi.yaml"}, Findings: []Finding{{
		ID: "not_a_server_error", Message: "GET /pets -> 500: the server answered 500",
		Location: Location{File: "/work/api/openapi.yaml", Line: 12, Col: 5}, Path: []string{"paths", "/pets", "get"},
		Detail: Detail{
			{Name: "request", Text: "curl -sS -X GET 'http://127.0.0.1:8080/pets'"},
			{Name: "response", Text: "500 Internal Server Error\nContent-Type: text/plain\n\nboom ``` \x1b[31mred"},
			{Name: "seed", Text: "7"},
		},
	}}}
}

// TestDetailInEveryFormat: each format shows a finding's detail in its own
// idiom, sections in order, with no raw control character let through.
func TestDetailInEveryFormat(t *testing.T) {
	out := map[string]string{}
	for _, f := range Formatters() {
		out[f.Name()] = render(t, f, detailReport(), goldenOptions)
		if strings.Contains(out[f.Name()], "\x1b") {
			t.Errorf("%s lets an escape sequence through:\n%s", f.Name(), out[f.Name()])
		}
	}
	for _, name := range []string{"stylish", "text"} {
		if !regexp.MustCompile(`\n {4,}curl -sS -X GET 'http://127.0.0.1:8080/pets'\n`).MatchString(out[name]) {
			t.Errorf("%s: no indented curl line:\n%s", name, out[name])
		}
		lines := strings.Split(out[name], "\n")
		for _, l := range lines {
			if strings.HasPrefix(l, "boom") || strings.HasPrefix(l, "Content-Type") {
				t.Errorf("%s: a detail line is not indented: %q", name, l)
			}
		}
		if i, j := strings.Index(out[name], "request:"), strings.Index(out[name], "response:"); i < 0 || j < i {
			t.Errorf("%s: sections missing or out of order:\n%s", name, out[name])
		}
	}

	var js []struct {
		Detail json.RawMessage `json:"detail"`
	}
	if err := json.Unmarshal([]byte(out["json"]), &js); err != nil || len(js) != 1 {
		t.Fatalf("json: %v", err)
	}
	var compact bytes.Buffer
	_ = json.Compact(&compact, js[0].Detail)
	raw := compact.String()
	if !strings.HasPrefix(raw, `{"request":"curl`) || strings.Index(raw, `"response"`) > strings.Index(raw, `"seed":"7"`) {
		t.Errorf("json detail is not one ordered object: %s", raw)
	}

	var sarif struct {
		Runs []struct {
			Results []struct {
				Properties struct {
					Detail map[string]string `json:"detail"`
				} `json:"properties"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out["sarif"]), &sarif); err != nil {
		t.Fatal(err)
	}
	if d := sarif.Runs[0].Results[0].Properties.Detail; d["seed"] != "7" || !strings.HasPrefix(d["response"], "500 Internal") {
		t.Errorf("sarif result properties: %v", d)
	}

	var junit struct {
		Suites []struct {
			Cases []struct {
				Failure struct {
					Body string `xml:",chardata"`
				} `xml:"failure"`
			} `xml:"testcase"`
		} `xml:"testsuite"`
	}
	if err := xml.Unmarshal([]byte(out["junit"]), &junit); err != nil {
		t.Fatal(err)
	}
	if body := junit.Suites[0].Cases[0].Failure.Body; !strings.Contains(body, "\n\nrequest:\n  curl -sS") || !strings.Contains(body, "seed:\n  7") {
		t.Errorf("junit failure body: %q", body)
	}

	gh := out["github"]
	if strings.Count(gh, "\n") != 1 || !strings.Contains(gh, "%0A%0Arequest:%0A  curl -sS") || !strings.Contains(gh, "%0A  Content-Type: text/plain%0A") {
		t.Errorf("github: the detail is not one escaped multi-line message: %q", gh)
	}

	md := out["markdown"]
	if !strings.Contains(md, "<details><summary><code>not_a_server_error</code> at 12:5:") || !strings.Contains(md, "````text\n500 Internal Server Error") || !strings.Contains(md, "</details>") {
		t.Errorf("markdown details block:\n%s", md)
	}
}
