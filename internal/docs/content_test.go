package docs

import (
	"regexp"
	"strings"
	"testing"
)

// TestContentShown: each part of an operation and of a schema that issue 17's
// "Content" line lists is on the page of testdata/content.yaml, as HTML (so
// without script too).
func TestContentShown(t *testing.T) {
	page := string(build(t, loadCorpus(t, "testdata/content.yaml"), Options{}))
	for _, tc := range []struct{ what, want string }{
		{"style and explode of a parameter", `<span class="style">style pipeDelimited, no explode</span>`},
		{"deepObject style", `<span class="style">style deepObject, explode</span>`},
		{"every media type of a response", `<code>application/xml</code>`},
		{"response headers", `<code class="pn">X-Rate-Limit</code>`},
		{"constraints of a response header", `<code class="pn">X-Rate-Limit</code> <span class="t">integer</span></div><p class="cons">≥ 0 · ≤ 5000</p>`},
		{"callbacks", `<h4>Callbacks</h4><details class="cb"><summary><code>nodeChanged</code>: <span class="m m-post">POST</span> <code class="path">{$request.body#/callbackUrl}</code>`},
		{"links, to the linked operation", `<code>GetNodeById</code> → <a href="#op-getNode">getNode</a>`},
		{"webhooks", `<section class="op" id="webhook-nodeDeleted-post"`},
		{"readOnly", `<span class="badge ro" title="sent by the server only">read-only</span>`},
		{"writeOnly", `<span class="badge wo" title="sent by the client only, never returned">write-only</span>`},
		{"recursion marked", `<a href="#schema-Node">Node</a> <span class="badge">recursive</span>`},
		{"oneOf as tabs", `<div role="tablist" aria-label="Exactly one of" hidden><button type="button" role="tab" id="`},
		{"discriminator", `The <code>kind</code> property says which one.`},
		{"length and pattern spelled out", `1 to 64 characters · matches <code>^[a-z]+$</code>`},
		{"exclusive bounds", `<code class="pn">radius</code> <span class="t">number</span></div><p class="cons">&gt; 0</p>`},
		{"multipleOf", `multiple of 0.5`},
		{"const", `always <code>&#34;circle&#34;</code>`},
		{"formats", `<span class="fmt">(uuid)</span>`},
		{"deprecated badge", `<span class="badge dep">deprecated</span>`},
		{"x-sunset date badge", `<span class="badge sunset" title="removed after this date">sunset 2027-06-30</span>`},
		{"Sunset header badge", `<span class="badge sunset" title="responses carry a Sunset header (RFC 8594) with the date it goes away">sunset announced</span>`},
		{"stable deep link of an operation", `<a class="anchor" href="#op-listNodes" aria-label="Link to listNodes">#</a>`},
		{"stable deep link of a schema", `<a class="anchor" href="#schema-Node" aria-label="Link to Node">#</a>`},
	} {
		if !strings.Contains(page, tc.want) {
			t.Errorf("%s: page lacks %s", tc.what, tc.want)
		}
	}
	// Recursion shown once: Node is written in one place and linked to
	// from its own children and from every operation.
	if n := strings.Count(page, `id="schema-Node"`); n != 1 {
		t.Errorf("schema Node written %d times, want once", n)
	}
	if n := len(regexp.MustCompile(`<code class="pn">children</code>`).FindAllString(page, -1)); n != 1 {
		t.Errorf("Node's children property written %d times, want once (recursion unrolled?)", n)
	}
}

// TestLandmarks: the page has the landmarks and headings a screen reader
// navigates by: one main, a labelled navigation, a search, one h1, and an
// h2 per section with h3 per operation.
func TestLandmarks(t *testing.T) {
	page := string(build(t, loadCorpus(t, "../../examples/orders/openapi.yaml"), Options{}))
	for _, tc := range []struct {
		what, re string
		min, max int
	}{
		{"one main", `<main id="main"`, 1, 1},
		{"labelled navigation", `<nav class="side" aria-label="Reference">`, 1, 1},
		{"a skip link to main", `<a class="skip" href="#main"`, 1, 1},
		{"search landmark", `role="search"`, 1, 1},
		{"one h1", `<h1[ >]`, 1, 1},
		{"sections labelled by their heading", `<section [^>]*aria-labelledby="`, 10, -1},
		{"an h3 per operation", `<section class="op" id="op-[^"]+" aria-labelledby="op-[^"]+-h"><h3 id="op-`, 20, -1},
		{"html lang", `<html lang="en">`, 1, 1},
	} {
		n := len(regexp.MustCompile(tc.re).FindAllString(page, -1))
		if n < tc.min || (tc.max >= 0 && n > tc.max) {
			t.Errorf("%s: %d matches of %s", tc.what, n, tc.re)
		}
	}
}

// TestAuthenticationSection: the authentication section says, for each kind
// of security scheme, how to get and send the credential.
func TestAuthenticationSection(t *testing.T) {
	page := string(build(t, loadCorpus(t, "testdata/auth-kinds.yaml"), Options{}))
	start := strings.Index(page, `id="authentication"`)
	if start < 0 {
		t.Fatal("no authentication section")
	}
	sec := regexp.MustCompile(`<[^>]+>`).ReplaceAllString(page[start:start+strings.Index(page[start:], "</section>")], " ")
	sec = strings.Join(strings.Fields(sec), " ")
	for _, want := range []string{
		"bearerAuth HTTP bearer Send the token as Authorization: Bearer TOKEN",
		"basicAuth HTTP basic Send Authorization: Basic base64(user:password) with every request",
		"headerKey API key Send the key in the header X-API-Key",
		"queryKey API key Send the key in the query api_key",
		"cookieKey API key Send the key in the cookie session",
		"oauth OAuth 2.0 Get an access token through one of the flows below",
		"clientCredentials flow tokenUrl https://api.example.com/token",
	} {
		if !strings.Contains(sec, want) {
			t.Errorf("authentication section lacks %q:\n%s", want, sec)
		}
	}
}
