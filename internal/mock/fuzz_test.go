package mock

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
)

// FuzzServeHTTP sends arbitrary request lines, headers and bodies: whatever a
// real server would hand to the handler must get an answer that is not a 500
// (the handler turns a panic into a 500, so this also catches panics).
func FuzzServeHTTP(f *testing.F) {
	seeds := []struct{ method, target, ctype, prefer, body string }{
		{"GET", "/search?q=ab&ids=1,2&filter[min]=3&tags=a&tags=b", "", "", ""},
		{"GET", "/files/a.b.c.txt", "", "", ""},
		{"GET", "/users/%zz", "", "", ""},
		{"GET", "/v1/users/%2F..%2F", "", "code=abc", ""},
		{"POST", "/products", "application/json", "dynamic=true", `{"name":"x","price":1e400}`},
		{"POST", "/products", "application/x-www-form-urlencoded", "", "name=%zz&price=;;"},
		{"PATCH", "/products/1", "application/merge-patch+json", "example=", `[1,2`},
		{"PUT", "/products/%00", "application/json;charset=\"", "code=999", `"x"`},
		{"OPTIONS", "*", "", "", ""},
		{"GET", "/pets?limit=-0x10", "", "code=2XX", ""},
		{"POST", "/uploads", "multipart/form-data; boundary=b", "", "--b\r\nContent-Disposition: form-data; name=\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\r\n--b--\r\n"},
		{"POST", "/subscriptions", "application/x-www-form-urlencoded", "", "email=x&ids=1,,&prefs=%7B&filter[min]=1&filter[=2"},
	}
	for _, s := range seeds {
		f.Add(s.method, s.target, s.ctype, s.prefer, s.body)
	}
	doc := load(f, fixture("shop.yaml"))
	srv, err := New(doc, Options{Stateful: true})
	if err != nil {
		f.Fatal(err)
	}
	pet, err := New(load(f, corpus+"/petstore.yaml"), Options{Dynamic: true})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, method, target, ctype, prefer, body string) {
		raw := method + " " + target + " HTTP/1.1\r\nHost: x\r\nX-Api-Key: k\r\nX-Trace: 3fa85f64-5717-4562-b3fc-2c963f66afa6\r\n"
		if ctype != "" {
			raw += "Content-Type: " + ctype + "\r\n"
		}
		if prefer != "" {
			raw += "Prefer: " + prefer + "\r\n"
		}
		raw += "Content-Length: " + itoa(len(body)) + "\r\n\r\n" + body
		for _, h := range []http.Handler{srv, pet} {
			req, err := http.ReadRequest(bufio.NewReader(strings.NewReader(raw)))
			if err != nil {
				return // net/http answers 400 itself; the handler never sees it
			}
			w := httptest.NewRecorder()
			h.ServeHTTP(w, req)
			if w.Code >= 500 && w.Code != 502 {
				t.Fatalf("%q -> %d %s", raw, w.Code, w.Body.String())
			}
		}
	})
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for ; n > 0; n /= 10 {
		b = append([]byte{byte('0' + n%10)}, b...)
	}
	return string(b)
}
