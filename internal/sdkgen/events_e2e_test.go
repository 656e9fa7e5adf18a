package sdkgen

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The ticker stream in the pieces the server writes, each flushed on its own:
// pieces break a field name, a value and a CRLF apart, and the server holds
// the rest back after the first event until the client asks for /release, so
// a client that buffered the whole body would get nothing until the server
// gave up on it.
var (
	tickerHead = []string{": hello\nretry: 15", "00\nid: 1\nevent: ti", "ck\ndata: {\"seq\":1,\"price\":1.5}\n\n"}
	tickerTail = []string{"id: 2\r", "\nevent: tick\r\ndata: {\"seq\":2,\r\ndata: \"price\":2.25}\r\n\r\n",
		"data: {\"seq\":3,\"price\":3.75}\n\nevent: end\ndata: done\n\n"}
)

// tickerEvents is what every driver prints, one line per event: the event
// type, the last event ID, then the data decoded with the SDK's Tick model.
const tickerEvents = "tick 1 seq=1 price=1.5\ntick 2 seq=2 price=2.25\nmessage 2 seq=3 price=3.75\nend 2 done\n"

func tickerServer(t *testing.T) *httptest.Server {
	release := make(chan struct{}, 4)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case r.URL.Path == "/release":
			release <- struct{}{}
		case r.URL.Path == "/ticks" && r.URL.Query().Get("symbol") == "ACME":
			w.Header().Set("Content-Type", "text/event-stream")
			write := func(pieces []string) {
				for _, p := range pieces {
					io.WriteString(w, p)
					w.(http.Flusher).Flush()
				}
			}
			write(tickerHead)
			select {
			case <-release:
				write(tickerTail)
			case <-time.After(10 * time.Second):
				io.WriteString(w, "event: end\ndata: the client never released the rest: it waited for the whole body\n\n")
			}
		default:
			http.Error(w, r.URL.String(), http.StatusNotFound)
		}
	}))
	t.Cleanup(srv.Close)
	return srv
}

// runOutput runs a driver, bounded as runBounded is, and returns its stdout.
func runOutput(t *testing.T, dir string, env []string, argv ...string) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], argv[1:]...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s%s", strings.Join(argv, " "), err, out, stderr.String())
	}
	return string(out)
}

const goTickerDriver = `package main

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"os"

	"example.test/ticker"
)

func main() {
	base := os.Args[1]
	c := ticker.New(ticker.WithBaseURL(base))
	resp, err := c.StreamTicks(context.Background(), &ticker.StreamTicksRequest{Symbol: "ACME"})
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	n := 0
	for ev, err := range resp.Body.All() {
		if err != nil {
			panic(err)
		}
		if n++; n == 1 {
			http.Get(base + "/release")
		}
		kind := ev.Event
		if kind == "" {
			kind = "message"
		}
		if kind == "end" {
			fmt.Println(kind, ev.ID, ev.Data)
			continue
		}
		var tick ticker.Tick
		if err := json.Unmarshal([]byte(ev.Data), &tick); err != nil {
			panic(err)
		}
		fmt.Printf("%s %s seq=%v price=%v\n", kind, ev.ID, tick.Seq, tick.Price)
	}
}
`

const tsTickerDriver = `import { Client } from "./dist/client.js";
import * as m from "./dist/models.js";
import { parseJSON } from "./dist/runtime/index.js";
const base = process.argv[2];
const client = new Client({ baseUrl: base });
let n = 0;
for await (const ev of await client.streamTicks({ symbol: "ACME" })) {
  if (++n === 1) await fetch(base + "/release");
  if (ev.event === "end") {
    console.log(ev.event, ev.id, ev.data);
    continue;
  }
  const tick = m.decodeTick(parseJSON(ev.data));
  console.log(ev.event + " " + ev.id + " seq=" + tick.seq + " price=" + tick.price);
}
`

// The Python driver reads the stream with the sync client, then the async one.
const pyTickerDriver = `import asyncio, json, sys
import httpx
import ticker.models as m
from ticker.client import AsyncClient, Client
base = sys.argv[1]
def show(ev, n):
    if n == 1:
        httpx.get(base + "/release")
    if ev.event == "end":
        print(ev.event, ev.id, ev.data)
        return
    tick = m.decode_tick(json.loads(ev.data))
    print(f"{ev.event} {ev.id} seq={tick.seq} price={tick.price}")
with Client(base) as client:
    for n, ev in enumerate(client.stream_ticks(symbol="ACME"), 1):
        show(ev, n)
async def main() -> None:
    n = 0
    async for ev in await AsyncClient(base).stream_ticks(symbol="ACME"):
        n += 1
        show(ev, n)
asyncio.run(main())
`

// TestEventStreamEndToEnd calls the generated text/event-stream operation of
// each language against a loopback server writing the stream in pieces: the
// events arrive in order, the first before the server sends the rest, the
// data decodes into the Tick model, and the iteration ends with the stream.
func TestEventStreamEndToEnd(t *testing.T) {
	const spec = "testdata/sdkgen/events/openapi.yaml"
	t.Run("go", func(t *testing.T) {
		if testing.Short() {
			t.Skip("runs the go toolchain")
		}
		t.Parallel()
		dir := t.TempDir()
		res, err := Client(load(t, filepath.Join(repo, spec)), "go", ClientOptions{Package: "ticker", Module: "example.test/ticker"})
		if err != nil {
			t.Fatal(err)
		}
		writeTree(t, dir, append(res.Files, File{Name: "drive/main.go", Data: []byte(goTickerDriver)}))
		srv := tickerServer(t)
		got := runOutput(t, dir, []string{"GOFLAGS=", "GOWORK=off"}, "go", "run", "./drive", srv.URL)
		if got != tickerEvents {
			t.Errorf("events:\n%swant:\n%s", got, tickerEvents)
		}
	})
	t.Run("typescript", func(t *testing.T) {
		tsc := toolchain(t, "SEQUERE_TSC", "typescript's tsc")
		node := toolchain(t, "SEQUERE_NODE", "node")
		t.Parallel()
		dir := t.TempDir()
		writeTree(t, dir, generateClient(t, spec, "typescript", "ticker").Files)
		writeTree(t, dir, []File{{Name: "drive.mjs", Data: []byte(tsTickerDriver)}})
		run(t, dir, append(tsc, "-p", "tsconfig.json")...)
		srv := tickerServer(t)
		if got := runOutput(t, dir, nil, append(node, "drive.mjs", srv.URL)...); got != tickerEvents {
			t.Errorf("events:\n%swant:\n%s", got, tickerEvents)
		}
	})
	t.Run("python", func(t *testing.T) {
		python := toolchain(t, "SEQUERE_PYTHON", "python3 with httpx")
		t.Parallel()
		dir := t.TempDir()
		writeTree(t, dir, generateClient(t, spec, "python", "ticker").Files)
		writeTree(t, dir, []File{{Name: "drive.py", Data: []byte(pyTickerDriver)}})
		srv := tickerServer(t)
		if got, want := runOutput(t, dir, nil, append(python, "drive.py", srv.URL)...), tickerEvents+tickerEvents; got != want {
			t.Errorf("events (sync, then async):\n%swant:\n%s", got, want)
		}
	})
}
