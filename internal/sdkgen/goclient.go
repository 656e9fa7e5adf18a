package sdkgen

import "github.com/sequere/sequere/internal/sdkgen/ir"

// GoClient renders a Go client package.
func GoClient(api *ir.API, opts ClientOptions) (*Result, error) {
	return notBuilt("go")(api, opts)
}
