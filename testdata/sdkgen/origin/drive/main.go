// Command drive walks listThings and calls getHop with every credential of
// TestOriginGo; the servers judge what reached them.
package main

import (
	"context"
	"fmt"
	"os"

	api "example.test/api"
)

func main() {
	c := api.New(api.WithBaseURL(os.Args[1]+"/api"), api.WithBearerAuthToken("tok"),
		api.WithHeaderKey("hk"), api.WithQueryKey("qk"), api.WithCookieKey("ck"))
	ctx := context.Background()
	n := 0
	for _, err := range c.ListThingsAll(ctx, &api.ListThingsRequest{}) {
		if err != nil {
			fmt.Fprintln(os.Stderr, "listThings:", err)
			os.Exit(1)
		}
		n++
	}
	if n != 2 {
		fmt.Fprintln(os.Stderr, "listThings: items", n)
		os.Exit(1)
	}
	if _, err := c.GetHop(ctx); err != nil {
		fmt.Fprintln(os.Stderr, "getHop:", err)
		os.Exit(1)
	}
}
