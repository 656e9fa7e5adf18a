// Command loadtarget is the loopback server the load benchmarks aim at: one
// small JSON answer, as cheap as net/http makes it, so the generator under
// test is what runs out first.
package main

import (
	"flag"
	"log"
	"net"
	"net/http"
	"os"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "listen address (loopback)")
	// A delay holds every answer, as a slow backend does: at a fixed rate the
	// generator then keeps rate x delay requests in flight, which is what its
	// memory must stay bounded through, whatever the machine's load.
	delay := flag.Duration("delay", 0, "hold every answer this long")
	flag.Parse()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	// The bound address on stdout lets scripts pick a free port.
	os.Stdout.WriteString(ln.Addr().String() + "\n")
	body := []byte(`{"id":"ord_1","status":"paid"}`)
	log.Fatal(http.Serve(ln, http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		if *delay > 0 {
			time.Sleep(*delay)
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})))
}
