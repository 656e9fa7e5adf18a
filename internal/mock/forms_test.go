package mock

import (
	"bytes"
	"mime/multipart"
	"net/textproto"
	"reflect"
	"testing"
)

// part is one multipart part: a form field, with a Content-Type when set.
type part struct{ name, typ, body string }

func multipartBody(t *testing.T, parts ...part) (string, string) {
	t.Helper()
	var b bytes.Buffer
	w := multipart.NewWriter(&b)
	for _, p := range parts {
		h := textproto.MIMEHeader{}
		h.Set("Content-Disposition", `form-data; name="`+p.name+`"; filename="`+p.name+`.bin"`)
		if p.typ != "" {
			h.Set("Content-Type", p.typ)
		}
		pw, err := w.CreatePart(h)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = pw.Write([]byte(p.body))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.String(), "Content-Type: " + w.FormDataContentType()
}

func TestFormBodies(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	const form = "Content-Type: application/x-www-form-urlencoded"
	png := part{"file", "image/png", "\x89PNG"}
	tests := []struct {
		name     string
		path     string
		body     string
		ct       string
		status   int
		pointers []string
	}{
		{"urlencoded valid with every encoding", "/subscriptions",
			"email=a@b.example&topics=news&topics=offers&ids=1,2,3&prefs=%7B%22daily%22%3Atrue%7D&filter[min]=3", form, 204, nil},
		{"urlencoded violations", "/subscriptions",
			"email=nope&topics=spam&ids=1,x&prefs=%7B%22daily%22%3A%22yes%22%7D&filter[min]=low", form, 422,
			[]string{"/body/email", "/body/filter/min", "/body/ids/1", "/body/prefs/daily", "/body/topics/0"}},
		{"urlencoded JSON field that is not JSON", "/subscriptions", "email=a@b.example&prefs=daily", form, 422, []string{"/body/prefs"}},
		{"urlencoded missing required", "/subscriptions", "topics=news", form, 422, []string{"/body"}},
		{"urlencoded as JSON is 415", "/subscriptions", `{"email":"a@b.example"}`, "Content-Type: application/json", 415, nil},
	}
	mp := []struct {
		name     string
		parts    []part
		status   int
		pointers []string
	}{
		{"multipart valid", []part{png, {"count", "", "3"}, {"tags", "", "a"}, {"tags", "", "b"}, {"meta", "application/json", `{"k":1}`}}, 201, nil},
		{"multipart object part without type is JSON", []part{png, {"count", "", "3"}, {"meta", "", `{"k":2}`}}, 201, nil},
		{"multipart violations", []part{{"file", "text/plain", "x"}, {"count", "", "9"}, {"meta", "application/json", `{"k":"x"}`}}, 422,
			[]string{"/body/file", "/body/count", "/body/meta/k"}},
		{"multipart bad JSON part", []part{png, {"count", "", "1"}, {"meta", "application/json", `{"k":`}}, 422, []string{"/body/meta"}},
		{"multipart missing required part", []part{{"count", "", "1"}}, 422, []string{"/body"}},
	}
	for _, m := range mp {
		body, ct := multipartBody(t, m.parts...)
		tests = append(tests, struct {
			name     string
			path     string
			body     string
			ct       string
			status   int
			pointers []string
		}{m.name, "/uploads", body, ct, m.status, m.pointers})
	}
	tests = append(tests, struct {
		name     string
		path     string
		body     string
		ct       string
		status   int
		pointers []string
	}{"multipart without boundary is 400", "/uploads", "x", "Content-Type: multipart/form-data", 400, nil})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := call(t, ts, "POST", tt.path, tt.body, tt.ct)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d: %s", r.status, tt.status, r.body)
			}
			if r.status < 400 {
				return
			}
			p := r.problem(t)
			if tt.status == 422 && !reflect.DeepEqual(pointers(p), tt.pointers) {
				t.Errorf("pointers %q, want %q\n%s", pointers(p), tt.pointers, r.body)
			}
		})
	}
}

// encoding/json escapes &, < and > for HTML; a mock must send the
// description's example as written.
func TestJSONNotHTMLEscaped(t *testing.T) {
	t.Parallel()
	ts := start(t, load(t, fixture("shop.yaml")), Options{})
	body, ct := multipartBody(t, part{"file", "image/png", "x"}, part{"count", "", "1"})
	r := call(t, ts, "POST", "/uploads", body, ct)
	if want := `{"note":"saved & indexed <b>now</b>","ok":true}`; r.status != 201 || r.body != want {
		t.Errorf("got %d %s, want %s", r.status, r.body, want)
	}
	r = call(t, ts, "GET", "/no&where", "")
	if p := r.problem(t); p.Status != 404 || bytes.Contains([]byte(r.body), []byte(`\u00`)) {
		t.Errorf("problem body escaped: %s", r.body)
	}
}
