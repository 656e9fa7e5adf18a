// Package plan is the plan of operations shared by `sequere contract` and
// `sequere load`: which operations of a description run, how a concrete HTTP
// request is built for each, how it is authenticated, and which operations
// chain into flows.
//
// The API, in the order a caller uses it:
//
//	p, err := plan.Build(doc, plan.Selection{Tags: []string{"pets"}})
//	for _, op := range p.Ops {              // document order, never nil entries
//	    in := p.Example(op)                 // or p.Random(op, seed)
//	    req := p.Request(op, in)            // style/explode, media types, seeded
//	    hr, _ := req.HTTP(ctx, baseURL)     // a fresh *http.Request each call
//	    auth.Apply(ctx, hr, op)             // --header, --bearer, --api-key, OAuth2
//	}
//	for _, c := range p.Chains() { ... }    // create -> read/update/delete, links
//
// Guarantees:
//   - Build never panics on a loaded document; operations it cannot model
//     (no responses, unknown methods) are still listed, with what it knows.
//   - Request is deterministic: the same Input gives byte-identical requests.
//     Random with the same seed gives the same Input.
//   - Header and query parameter order follows the description, so request
//     sequences can be compared byte for byte across runs.
//   - An Input is plain data (JSON values) and may be edited by a caller
//     (negative testing, shrinking) before Request serialises it.
package plan
