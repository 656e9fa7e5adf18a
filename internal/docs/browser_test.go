package docs

import (
	"context"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-rod/rod"
	"github.com/go-rod/rod/lib/input"
	"github.com/go-rod/rod/lib/launcher"
	"github.com/go-rod/rod/lib/proto"

	"github.com/sequere/sequere/internal/mock"
	"github.com/sequere/sequere/internal/spec"
)

// The browser tests run the real page in Debian's headless Chromium
// (SEQUERE_CHROMIUM, installed by .ci/setup.d/chromium.sh). Locally they skip
// without it; under CI=true they fail.

var (
	browserOnce sync.Once
	theBrowser  *rod.Browser
	browserErr  string
)

func needTool(t testing.TB, env, what string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: %s is required in CI (.ci/setup.d/chromium.sh installs it)", env, what)
		}
		t.Skipf("%s not set: %s not available (run .ci/setup.d/chromium.sh)", env, what)
	}
	if _, err := os.Stat(p); err != nil {
		t.Fatalf("%s=%s: %v", env, p, err)
	}
	return p
}

func browser(t *testing.T) *rod.Browser {
	t.Helper()
	bin := needTool(t, "SEQUERE_CHROMIUM", "headless Chromium")
	browserOnce.Do(func() {
		dir, err := os.MkdirTemp("", "sequere-chromium-")
		if err != nil {
			browserErr = err.Error()
			return
		}
		l := launcher.New().Bin(bin).Headless(true).NoSandbox(true).Leakless(false).UserDataDir(dir).
			Set("disable-gpu").Set("disable-quic").Set("no-first-run").Set("disable-background-networking").
			Set("disable-component-update").Set("disable-sync")
		u, err := l.Launch()
		if err != nil {
			browserErr = err.Error()
			return
		}
		b := rod.New().ControlURL(u)
		if err := b.Connect(); err != nil {
			browserErr = err.Error()
			return
		}
		theBrowser = b
	})
	if theBrowser == nil {
		t.Fatalf("starting Chromium: %s", browserErr)
	}
	return theBrowser
}

func TestMain(m *testing.M) {
	code := m.Run()
	if theBrowser != nil {
		theBrowser.Close()
	}
	os.Exit(code)
}

// tab is an open page whose every request is intercepted: a request that is
// not the page itself fails the test, except to an origin allowed later
// (the try-it mock).
type tab struct {
	*rod.Page
	mu      sync.Mutex
	allowed string
	leaked  []string
}

func openHTML(t *testing.T, html []byte) *tab {
	t.Helper()
	file := filepath.Join(t.TempDir(), "index.html")
	if err := os.WriteFile(file, html, 0o644); err != nil {
		t.Fatal(err)
	}
	page, err := browser(t).Page(proto.TargetCreateTarget{})
	if err != nil {
		t.Fatal(err)
	}
	tb := &tab{Page: page}
	t.Cleanup(func() { page.Close() })
	self := "file://" + file
	router := page.HijackRequests()
	router.MustAdd("*", func(h *rod.Hijack) {
		u := h.Request.URL().String()
		tb.mu.Lock()
		ok := u == self || strings.HasPrefix(u, "data:") || (tb.allowed != "" && strings.HasPrefix(u, tb.allowed))
		if !ok {
			tb.leaked = append(tb.leaked, u)
		}
		tb.mu.Unlock()
		if !ok {
			h.Response.Fail(proto.NetworkErrorReasonBlockedByClient)
			return
		}
		h.ContinueRequest(&proto.FetchContinueRequest{})
	})
	go router.Run()
	t.Cleanup(func() { router.Stop() })
	if err := tb.Navigate(self); err != nil {
		t.Fatal(err)
	}
	if err := tb.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	return tb
}

func (tb *tab) assertNoLeaks(t *testing.T) {
	t.Helper()
	tb.mu.Lock()
	defer tb.mu.Unlock()
	if len(tb.leaked) > 0 {
		t.Errorf("the page made %d request(s) of its own: %v", len(tb.leaked), tb.leaked)
	}
}

func (tb *tab) eval(t *testing.T, js string) string {
	t.Helper()
	v, err := tb.Eval(js)
	if err != nil {
		t.Fatalf("eval %s: %v", js, err)
	}
	return v.Value.String()
}

func loadCorpus(t testing.TB, path string) *spec.Document {
	t.Helper()
	doc, err := spec.Load(context.Background(), path, spec.Options{})
	if err != nil {
		if os.IsNotExist(err) || strings.Contains(err.Error(), "no such file") {
			t.Skipf("corpus not available: %v", err)
		}
		t.Fatal(err)
	}
	return doc
}

func build(t testing.TB, doc *spec.Document, o Options) []byte {
	t.Helper()
	pages, err := Build(context.Background(), doc, o)
	if err != nil {
		t.Fatal(err)
	}
	return pages[0].HTML
}

var browserSpecs = []struct {
	name, path string
	tryIt      bool // petstore and orders: try-it against a started mock
}{
	{"petstore", "../../../shared/corpus/petstore.yaml", true},
	{"orders", "../../examples/orders/openapi.yaml", true},
	{"github", "../../../shared/corpus/github-api.github.com.yaml", false},
}

func TestBrowser(t *testing.T) {
	for _, tc := range browserSpecs {
		t.Run(tc.name, func(t *testing.T) {
			doc := loadCorpus(t, tc.path)
			opts := Options{}
			var mockURL string
			if tc.tryIt {
				srv, err := mock.New(doc, mock.Options{Now: time.Now})
				if err != nil {
					t.Fatal(err)
				}
				hs := httptest.NewServer(srv)
				t.Cleanup(hs.Close)
				mockURL = hs.URL
				opts.TryItURL = mockURL
			}
			tb := openHTML(t, build(t, doc, opts))

			t.Run("first operation visible", func(t *testing.T) {
				el, err := tb.Element(".op h3")
				if err != nil {
					t.Fatal(err)
				}
				if err := el.WaitVisible(); err != nil {
					t.Fatal(err)
				}
			})
			t.Run("response schema opens in view", func(t *testing.T) { schemaOpensInView(t, tb) })
			t.Run("search by a description word", func(t *testing.T) { searchByDescription(t, tb) })
			t.Run("search ranks path and operationId first", func(t *testing.T) { searchRanksExactFirst(t, tb) })
			t.Run("theme switch", func(t *testing.T) { themeSwitch(t, tb) })
			tb.assertNoLeaks(t)
			if tc.tryIt {
				t.Run("try-it against the mock", func(t *testing.T) { tryIt(t, tb, mockURL) })
				t.Run("axe", func(t *testing.T) { axe(t, tb) })
				// Contrast is per theme: check the other one as well.
				t.Run("axe contrast in the other theme", func(t *testing.T) {
					before := tb.eval(t, `() => document.documentElement.dataset.theme || ""`)
					clickTheme(t, tb)
					if after := tb.eval(t, `() => document.documentElement.dataset.theme || ""`); after == before {
						t.Fatalf("theme did not change from %q", before)
					}
					t.Cleanup(func() { clickTheme(t, tb) })
					axe(t, tb, "color-contrast")
				})
			}
		})
	}
}

// searchByDescription takes the longest word of the first operation
// description in the index, types it and expects that operation listed.
func searchByDescription(t *testing.T, tb *tab) {
	word := tb.evalFor(t, 20*time.Second, `() => {
		const idx = JSON.parse(document.getElementById("search-index").textContent);
		for (const e of idx) {
			if (e[0] !== "op") continue;
			const words = (e[4] || e[1]).split(/[^A-Za-z]+/).filter(w => w.length > 5).sort((a, b) => b.length - a.length);
			if (words.length) return words[0] + "\u0000" + e[1];
		}
		return "";
	}`)
	if word == "" {
		t.Skip("no operation has a description")
	}
	w, title, _ := strings.Cut(word, "\x00")
	q, err := tb.Element("#q")
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Input(w); err != nil {
		t.Fatal(err)
	}
	got := tb.eval(t, `() => Array.from(document.querySelectorAll("#results li")).map(li => li.textContent).join("\n")`)
	if !strings.Contains(got, title) {
		t.Fatalf("searching %q: %q not among the results:\n%s", w, title, got)
	}
	if err := q.Focus(); err != nil {
		t.Fatal(err)
	}
	if err := tb.Keyboard.Type(input.Enter); err != nil {
		t.Fatal(err)
	}
	if h := tb.eval(t, `() => location.hash`); !strings.HasPrefix(h, "#") {
		t.Errorf("Enter did not go to the result: hash %q", h)
	}
	_ = q.SelectAllText()
	_ = q.Input("")
}

// searchRanksExactFirst types, for every operation in the index, its
// operationId and then its path into the search box, and expects the first
// result to be that operation (for a path, one of the operations on it).
func searchRanksExactFirst(t *testing.T, tb *tab) {
	got := tb.evalFor(t, 60*time.Second, `() => {
		const q = document.getElementById("q");
		const idx = JSON.parse(document.getElementById("search-index").textContent);
		const first = (query) => {
			q.value = query;
			q.dispatchEvent(new Event("input"));
			const li = document.querySelector("#results li");
			if (!li) return null;
			return { title: li.children[1].textContent, path: li.querySelector(".p") ? li.querySelector(".p").textContent : "" };
		};
		let n = 0, bad = [];
		for (const e of idx) {
			if (e[0] !== "op") continue;
			n++;
			if (e[3]) {
				const r = first(e[3]);
				if (!r || r.path !== e[2] || r.title !== e[1]) bad.push("operationId " + e[3] + " -> " + JSON.stringify(r));
			}
			const path = e[2].slice(e[2].indexOf(" ") + 1), r = first(path);
			if (!r || r.path.slice(r.path.indexOf(" ") + 1) !== path) bad.push("path " + path + " -> " + JSON.stringify(r));
		}
		q.value = "";
		q.dispatchEvent(new Event("input"));
		return JSON.stringify({ n: n, bad: bad.slice(0, 5), nbad: bad.length });
	}`)
	var res struct {
		N    int      `json:"n"`
		Bad  []string `json:"bad"`
		NBad int      `json:"nbad"`
	}
	if err := json.Unmarshal([]byte(got), &res); err != nil {
		t.Fatalf("%v: %s", err, got)
	}
	if res.N == 0 {
		t.Fatal("no operation in the search index")
	}
	if res.NBad > 0 {
		t.Errorf("%d of %d operations not ranked first for their own operationId or path, e.g.:\n%s", res.NBad, res.N, strings.Join(res.Bad, "\n"))
	}
	t.Logf("%d operations: each first for its operationId and its path", res.N)
}

func themeSwitch(t *testing.T, tb *tab) {
	before := tb.eval(t, `() => getComputedStyle(document.body).backgroundColor`)
	btn, err := tb.Element("#theme")
	if err != nil {
		t.Fatal(err)
	}
	if err := btn.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	after := tb.eval(t, `() => getComputedStyle(document.body).backgroundColor`)
	theme := tb.eval(t, `() => document.documentElement.dataset.theme`)
	if before == after || (theme != "dark" && theme != "light") {
		t.Fatalf("theme switch: background %s -> %s, data-theme %q", before, after, theme)
	}
	if err := btn.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	if back := tb.eval(t, `() => getComputedStyle(document.body).backgroundColor`); back != before {
		t.Errorf("switching back: %s, want %s", back, before)
	}
}

// tryIt sends the first GET operation's form to the mock and expects 200
// shown on the page.
func tryIt(t *testing.T, tb *tab, mockURL string) {
	tb.mu.Lock()
	tb.allowed = mockURL
	tb.mu.Unlock()
	id := tb.eval(t, `() => {
		for (const h of document.querySelectorAll(".try")) {
			if (JSON.parse(h.dataset.try).m === "GET") return h.parentElement.id;
		}
		return "";
	}`)
	if id == "" {
		t.Fatal("no GET operation to try")
	}
	btn, err := tb.Element("#" + id + " .tryb")
	if err != nil {
		t.Fatal(err)
	}
	if err := btn.ScrollIntoView(); err != nil {
		t.Fatal(err)
	}
	if err := btn.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	// Credentials: the mock checks they are present.
	tb.eval(t, `() => { document.querySelectorAll("#`+id+` input[name^='auth:']").forEach(i => i.value = "token"); return ""; }`)
	send, err := tb.Element("#" + id + " form button[type=submit]")
	if err != nil {
		t.Fatal(err)
	}
	if err := send.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
	status, err := tb.Timeout(20 * time.Second).Element("#" + id + " .out [data-status]")
	if err != nil {
		body := tb.eval(t, `() => document.querySelector("#`+id+` .out").textContent`)
		t.Fatalf("no response shown: %v: %s", err, body)
	}
	got, _ := status.Attribute("data-status")
	if got == nil || *got != "200" {
		body := tb.eval(t, `() => document.querySelector("#`+id+` .out").textContent`)
		t.Fatalf("try-it status %v, want 200: %s", got, body)
	}
	if text, _ := status.Text(); !strings.HasPrefix(text, "200") {
		t.Errorf("status line shown: %q", text)
	}
}

func clickTheme(t *testing.T, tb *tab) {
	btn, err := tb.Element("#theme")
	if err != nil {
		t.Fatal(err)
	}
	if err := btn.Click(proto.InputMouseButtonLeft, 1); err != nil {
		t.Fatal(err)
	}
}

// axe runs axe-core in the page, only the given rules when some are named,
// and fails on serious or critical violations.
func axe(t *testing.T, tb *tab, rules ...string) {
	src := needTool(t, "SEQUERE_AXE", "axe-core")
	code, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	// Evaluated through DevTools, which the page's CSP does not govern.
	if _, err := tb.Evaluate(rod.Eval(`() => {` + string(code) + `; return true }`).ByUser()); err != nil {
		t.Fatalf("injecting axe-core: %v", err)
	}
	only := "{}"
	if len(rules) > 0 {
		js, _ := json.Marshal(map[string]any{"runOnly": map[string]any{"type": "rule", "values": rules}})
		only = string(js)
	}
	res, err := tb.Evaluate(rod.Eval(`async () => {
		const r = await axe.run(document, Object.assign({resultTypes: ["violations"]}, ` + only + `));
		return JSON.stringify(r.violations.filter(v => v.impact === "serious" || v.impact === "critical")
			.map(v => ({id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map(n => n.target.join(" "))})));
	}`).ByPromise())
	if err != nil {
		t.Fatal(err)
	}
	if v := res.Value.String(); v != "[]" {
		t.Errorf("axe-core: serious or critical violations: %s", v)
	}
}

const hostileSpec = `openapi: 3.0.3
info:
  title: Hostile <script>window.__pwned = "title"</script>
  version: "1"
  description: |
    Hello <script>window.__pwned = "script"</script>
    <img src="x" onerror="window.__pwned = 'img'">
    [click](javascript:window.__pwned='link')
    <a href="javascript:window.__pwned='a'">a</a>
    <svg onload="window.__pwned='svg'"></svg>
    <iframe src="javascript:window.__pwned='iframe'"></iframe>
tags:
  - name: evil
    description: <img src=x onerror="window.__pwned='tag'">
paths:
  /things/{id}:
    get:
      tags: [evil]
      summary: Get <img src=x onerror="window.__pwned='summary'">
      operationId: getThing
      description: <script>window.__pwned = "op"</script><details open ontoggle="window.__pwned='toggle'">x</details>
      parameters:
        - name: id
          in: path
          required: true
          description: <img src=x onerror="window.__pwned='param'">
          schema: {type: string, example: "</script><script>window.__pwned='example'</script>"}
      responses:
        "200":
          description: ok <img src=x onerror="window.__pwned='response'">
          content:
            application/json:
              schema:
                type: object
                properties:
                  name:
                    type: string
                    description: <script>window.__pwned='prop'</script>
              example: {name: "</script><img src=x onerror=\"window.__pwned='ex'\">"}
`

func TestBrowserHostileDescriptions(t *testing.T) {
	doc, err := spec.LoadBytes(context.Background(), "hostile.yaml", []byte(hostileSpec), spec.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tb := openHTML(t, build(t, doc, Options{}))
	// Open everything, so toggle handlers and lazy parts would have run.
	tb.eval(t, `() => { document.querySelectorAll("details").forEach(d => d.open = true); return ""; }`)
	if _, err := tb.Element(".op h3"); err != nil {
		t.Fatal(err)
	}
	if got := tb.eval(t, `() => String(window.__pwned)`); got != "undefined" {
		t.Fatalf("a payload ran: window.__pwned = %s", got)
	}
	if n := tb.eval(t, `() => String(document.querySelectorAll("script:not([type='application/json'])").length)`); n != "1" {
		t.Errorf("%s executable script elements, want only the page's own", n)
	}
	if n := tb.eval(t, `() => String(document.querySelectorAll("[onerror],[onload],[ontoggle],a[href^='javascript'],iframe").length)`); n != "0" {
		t.Errorf("%s elements still carry a payload", n)
	}
	tb.assertNoLeaks(t)
}

func (tb *tab) evalFor(t *testing.T, d time.Duration, js string) string {
	t.Helper()
	v, err := tb.Timeout(d).Eval(js)
	if err != nil {
		t.Fatalf("eval: %v", err)
	}
	return v.Value.String()
}

// schemaOpensInView: a response's reusable schema is on the page once; the
// copy under the response opens and fills itself when scrolled to.
func schemaOpensInView(t *testing.T, tb *tab) {
	el, err := tb.Element("details.lazy[data-auto]")
	if err != nil {
		t.Fatal(err)
	}
	if err := el.ScrollIntoView(); err != nil {
		t.Fatal(err)
	}
	if err := tb.Timeout(20 * time.Second).Wait(rod.Eval(`() => { const d = document.querySelector("details.lazy[data-auto]"); return d.open && d.querySelector(".schema .props, .schema .type") !== null; }`)); err != nil {
		t.Fatalf("the response schema did not open and fill in view: %v", err)
	}
}

// TestBrowserFollowsColorScheme: with no theme chosen, the page follows the
// reader's prefers-color-scheme; a chosen theme wins over it.
func TestBrowserFollowsColorScheme(t *testing.T) {
	tb := openHTML(t, build(t, loadCorpus(t, "../../../shared/corpus/petstore.yaml"), Options{}))
	// file:// pages share one localStorage: forget a theme another test chose.
	tb.eval(t, `() => { localStorage.removeItem("sequere-theme"); document.documentElement.removeAttribute("data-theme"); return ""; }`)
	bg := func(scheme string) string {
		err := proto.EmulationSetEmulatedMedia{Features: []*proto.EmulationMediaFeature{{Name: "prefers-color-scheme", Value: scheme}}}.Call(tb.Page)
		if err != nil {
			t.Fatal(err)
		}
		return tb.eval(t, `() => getComputedStyle(document.body).backgroundColor`)
	}
	dark, light := bg("dark"), bg("light")
	if dark != "rgb(17, 20, 24)" || light == dark {
		t.Fatalf("background: %s under prefers-color-scheme dark, %s under light", dark, light)
	}
	clickTheme(t, tb) // light -> dark, chosen
	t.Cleanup(func() { tb.eval(t, `() => { localStorage.removeItem("sequere-theme"); return ""; }`) })
	if got := bg("light"); got != dark {
		t.Errorf("a chosen dark theme under prefers-color-scheme light: background %s, want %s", got, dark)
	}
	tb.assertNoLeaks(t)
}
