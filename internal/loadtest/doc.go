// Package loadtest is sequere's load generator: an open model (constant or
// ramping arrival rate, requests started on schedule whether or not earlier ones
// finished) and a closed model (virtual users), with latency measured from each
// request's intended start so that a stalled server shows in the percentiles
// (coordinated omission corrected) and the plain service time kept beside it.
//
// Latencies go into HDR histograms, one per operation and status, so memory
// stays flat however long the run. A run whose generator could not keep its
// schedule (iterations dropped for want of an in-flight slot, send lag over the
// bound) is marked invalid with the reason, rather than reporting the lower rate
// it managed as the server's.
//
// The engine knows nothing of OpenAPI: it asks a NextFunc for each request and a
// CheckFunc for each response. It never reads the wall clock itself (Options.Now)
// and writes only to the writers it is given.
package loadtest
