package sdkgen

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The paging scenarios every language's driver (testdata/sdkgen/paging)
// walks against pagingServer: the items it receives, in order, the requests
// it sends, and the typed error it surfaces. Each scenario is walked twice,
// to the end and then breaking after the first item, which must have fetched
// the first page only.
var pagingScenarios = []struct {
	name     string
	items    []string
	requests []string
	err      string
}{
	{"cursor", pagingItems(1, 5), []string{"/api/cursor?limit=2", "/api/cursor?cursor=c2&limit=2", "/api/cursor?cursor=c4&limit=2"}, ""},
	// The server hands back the cursor it was sent: the walk ends instead of looping.
	{"cursorRepeat", pagingItems(1, 5), []string{"/api/cursor?limit=4", "/api/cursor?cursor=again&limit=4"}, ""},
	{"cursorError", pagingItems(1, 3), []string{"/api/cursor?limit=3", "/api/cursor?cursor=boom&limit=3"}, "ApiError 400 expired"},
	// A short page ends the walk: no request at offset 6.
	{"offset", pagingItems(1, 5), []string{"/api/offset?limit=2", "/api/offset?limit=2&offset=2", "/api/offset?limit=2&offset=4"}, ""},
	// The caller's offset is where the walk starts; full pages, so the empty one ends it.
	{"offsetFrom", pagingItems(2, 5), []string{"/api/offset?limit=2&offset=1", "/api/offset?limit=2&offset=3", "/api/offset?limit=2&offset=5"}, ""},
	// meta.total_count says 4: the walk ends at offset 4 without asking.
	{"offsetTotal", pagingItems(1, 4), []string{"/api/offset-total?limit=2", "/api/offset-total?limit=2&skip=2"}, ""},
	{"pages", pagingItems(1, 5), []string{"/api/pages?per_page=2", "/api/pages?page=2&per_page=2", "/api/pages?page=3&per_page=2"}, ""},
	{"pagesFrom", pagingItems(3, 5), []string{"/api/pages?page=2&per_page=2", "/api/pages?page=3&per_page=2"}, ""},
	// minimum: 0, so the page after the first (page 0) is page 1.
	{"pagesFromZero", pagingItems(1, 5), []string{"/api/pages-from-zero?page_size=2", "/api/pages-from-zero?page=1&page_size=2", "/api/pages-from-zero?page=2&page_size=2"}, ""},
	// A relative reference resolved against the request's URL (not the
	// client's base URL), then an absolute path elsewhere, then no rel="next".
	{"linked", pagingItems(1, 5), []string{"/api/linked?per_page=2", "/api/linked?page=2&per_page=2", "/api/linked/more?page=3&per_page=2"}, ""},
	{"declaredCursor", pagingItems(1, 5), []string{"/api/declared/cursor?take=2", "/api/declared/cursor?from=c2&take=2", "/api/declared/cursor?from=c4&take=2"}, ""},
	// more: false after the second page.
	{"declaredOffset", pagingItems(1, 4), []string{"/api/declared/offset?take=2", "/api/declared/offset?position=2&take=2"}, ""},
	// Pages from 0 (minimum: 0), ended by count once five items are in.
	{"declaredPage", pagingItems(1, 5), []string{"/api/declared/page", "/api/declared/page?p=1", "/api/declared/page?p=2"}, ""},
	// An absolute URL in an undocumented Link header.
	{"declaredLink", pagingItems(1, 5), []string{"/api/declared/link?q=x", "/api/declared/link?after=i2&q=x"}, ""},
}

func pagingItems(from, to int) []string {
	var ids []string
	for i := from; i <= to; i++ {
		ids = append(ids, "i"+strconv.Itoa(i))
	}
	return ids
}

// pagingServer serves the items i1..i5 in the shape of each operation of
// testdata/sdkgen/paging/openapi.yaml and records every request, grouped by
// the scenario the driver last announced on /mark.
func pagingServer(t *testing.T) (*httptest.Server, func() map[string][]string) {
	var mu sync.Mutex
	seen := map[string][]string{}
	scenario := ""
	all := pagingItems(1, 5)
	slice := func(start, n int) []map[string]string {
		out := []map[string]string{}
		for i := start; i < start+n && i < len(all); i++ {
			if i >= 0 {
				out = append(out, map[string]string{"id": all[i]})
			}
		}
		return out
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		q := r.URL.Query()
		mu.Lock()
		if r.URL.Path == "/mark" {
			scenario = q.Get("scenario")
			mu.Unlock()
			return
		}
		req := r.URL.Path
		if enc := q.Encode(); enc != "" {
			req += "?" + enc
		}
		seen[scenario] = append(seen[scenario], req)
		mu.Unlock()
		num := func(name string, def int) int {
			if n, err := strconv.Atoi(q.Get(name)); err == nil {
				return n
			}
			return def
		}
		cursor := func(name string) int { return num(name, 0) }
		if c := q.Get("cursor") + q.Get("from"); strings.HasPrefix(c, "c") {
			cursor = func(string) int { n, _ := strconv.Atoi(c[1:]); return n }
		}
		var body any
		switch r.URL.Path {
		case "/api/cursor":
			if q.Get("cursor") == "boom" {
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(http.StatusBadRequest)
				w.Write([]byte(`{"code": "expired", "message": "the cursor expired"}`))
				return
			}
			start, n := cursor(""), num("limit", 2)
			var next any
			if start+n < len(all) {
				next = "c" + strconv.Itoa(start+n)
			}
			switch n {
			case 3:
				next = "boom"
			case 4:
				next = "again"
				if q.Get("cursor") == "again" {
					start = 4
				}
			}
			body = map[string]any{"data": slice(start, n), "next_cursor": next}
		case "/api/offset":
			body = map[string]any{"items": slice(num("offset", 0), num("limit", 2))}
		case "/api/offset-total":
			body = map[string]any{"results": slice(num("skip", 0), num("limit", 2)), "meta": map[string]any{"total_count": 4}}
		case "/api/pages":
			n := num("per_page", 2)
			body = map[string]any{"results": slice((num("page", 1)-1)*n, n)}
		case "/api/pages-from-zero":
			n := num("page_size", 2)
			body = slice(num("page", 0)*n, n)
		case "/api/linked", "/api/linked/more":
			page, n := num("page", 1), num("per_page", 2)
			switch {
			case page == 1:
				w.Header().Set("Link", `<linked?page=2&per_page=2>; rel="next"`)
			case page == 2:
				w.Header().Add("Link", `</api/linked/more?page=3&per_page=2>; rel="next"`)
				w.Header().Add("Link", `</api/linked?per_page=2>; rel="first"`)
			default:
				w.Header().Set("Link", `</api/linked?per_page=2>; rel="first"`)
			}
			body = slice((page-1)*n, n)
		case "/api/declared/cursor":
			start, n := cursor(""), num("take", 2)
			meta := map[string]any{}
			if start+n < len(all) {
				meta["cursors"] = map[string]any{"following": "c" + strconv.Itoa(start+n)}
			}
			body = map[string]any{"payload": map[string]any{"rows": slice(start, n)}, "meta": meta}
		case "/api/declared/offset":
			start, n := num("position", 0), num("take", 2)
			body = map[string]any{"rows": slice(start, n), "more": start+n < 4}
		case "/api/declared/page":
			body = map[string]any{"rows": slice(num("p", 0)*2, 2), "count": len(all)}
		case "/api/declared/link":
			if q.Get("after") == "" {
				w.Header().Set("Link", "<"+srv.URL+`/api/declared/link?q=x&after=i2>; rel="next"`)
				body = slice(0, 2)
			} else {
				body = slice(2, 3)
			}
		default:
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(body)
	}))
	t.Cleanup(srv.Close)
	return srv, func() map[string][]string {
		mu.Lock()
		defer mu.Unlock()
		out := map[string][]string{}
		for k, v := range seen {
			out[k] = append([]string(nil), v...)
		}
		return out
	}
}

// runPaging runs a driver against a fresh pagingServer and checks what it
// received and sent.
func runPaging(t *testing.T, dir string, argv ...string) {
	t.Helper()
	srv, seen := pagingServer(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], append(argv[1:], srv.URL)...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s\n%s", strings.Join(argv, " "), err, out, stderr.Bytes())
	}
	got := map[string]struct {
		Items []string
		Error string
	}{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		var line struct {
			Scenario string
			Items    []string
			Error    string
		}
		if err := json.Unmarshal(sc.Bytes(), &line); err != nil {
			t.Fatalf("driver output %q: %v", sc.Text(), err)
		}
		got[line.Scenario] = struct {
			Items []string
			Error string
		}{line.Items, line.Error}
	}
	requests := seen()
	for _, s := range pagingScenarios {
		for _, first := range []bool{false, true} {
			name, items, reqs, wantErr := s.name, s.items, s.requests, s.err
			if first {
				name, items, reqs, wantErr = name+".first", items[:1], reqs[:1], ""
			}
			g, ok := got[name]
			if !ok {
				t.Errorf("%s: the driver did not walk it", name)
				continue
			}
			if fmt.Sprint(g.Items) != fmt.Sprint(items) || g.Error != wantErr {
				t.Errorf("%s: items %v, error %q; want %v, %q", name, g.Items, g.Error, items, wantErr)
			}
			if !reflect.DeepEqual(requests[name], reqs) {
				t.Errorf("%s: requests\n%s\nwant\n%s", name, strings.Join(requests[name], "\n"), strings.Join(reqs, "\n"))
			}
		}
	}
}

// TestPagingGo drives the Go client's <Op>All iterators.
func TestPagingGo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the go toolchain")
	}
	t.Parallel()
	dir, bin := goDriver(t, "testdata/sdkgen/paging")
	runPaging(t, dir, bin)
}

// TestPagingTypeScript drives the TypeScript client's async iterators under node.
func TestPagingTypeScript(t *testing.T) {
	root, node := tsDriver(t, "testdata/sdkgen/paging", "paging")
	runPaging(t, root, append(node, "drive.mjs")...)
}

// TestPagingPython drives the Python client's generators, sync and async.
func TestPagingPython(t *testing.T) {
	root, python := pyDriver(t, "testdata/sdkgen/paging", "paging")
	for _, mode := range []string{"sync", "async"} {
		t.Run(mode, func(t *testing.T) {
			runPaging(t, root, append(python, "drive.py", mode)...)
		})
	}
}

// goDriver writes the Go client of dir/openapi.yaml with the driver
// dir/drive/main.go and builds it: the directory and the binary.
func goDriver(t *testing.T, dir string) (string, string) {
	t.Helper()
	out := t.TempDir()
	writeFiles(t, out, genGoClient(t, filepath.Join(repo, dir, "openapi.yaml"), "example.test/api").Files)
	driver := repoFile(t, filepath.Join(dir, "drive"), "main.go")
	driver.Name = "drive/main.go"
	writeTree(t, out, []File{driver})
	build := exec.Command("go", "build", "-o", "drive.bin", "./drive")
	build.Dir = out
	build.Env = append(os.Environ(), "GOFLAGS=", "GOWORK=off")
	if b, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, b)
	}
	return out, filepath.Join(out, "drive.bin")
}

// tsDriver writes the TypeScript SDK of dir/openapi.yaml as pkg with the
// driver dir/drive.mjs and compiles it: the directory and node's argv. It
// skips without the toolchains, and marks t parallel.
func tsDriver(t *testing.T, dir, pkg string) (string, []string) {
	t.Helper()
	tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
	node := toolchain(t, "SEQUERE_NODE", "node")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, filepath.Join(dir, "openapi.yaml"), "typescript", pkg).Files)
	writeTree(t, root, []File{repoFile(t, dir, "drive.mjs")})
	run(t, root, append(tsc, "-p", "tsconfig.json")...)
	return root, node
}

// pyDriver writes the Python SDK of dir/openapi.yaml as pkg with the driver
// dir/drive.py: the directory and python's argv. It skips without python,
// and marks t parallel.
func pyDriver(t *testing.T, dir, pkg string) (string, []string) {
	t.Helper()
	python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
	t.Parallel()
	root := t.TempDir()
	writeTree(t, root, generateClient(t, filepath.Join(dir, "openapi.yaml"), "python", pkg).Files)
	writeTree(t, root, []File{repoFile(t, dir, "drive.py")})
	return root, python
}
