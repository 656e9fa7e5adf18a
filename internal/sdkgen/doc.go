// Package sdkgen generates code from an OpenAPI description.
//
// The pipeline is description -> IR (package ir) -> emitter -> files. The
// clients render package ir directly. The Go server's emitter derives its
// template data (API, Type, Operation here) from ir: operations, parameters,
// bodies, responses and headers come from ir.Build's result, named by the
// server's own pass (case-sensitive, Go initialisms); the Go types of schemas
// are decided from each ir.Schema's Written keywords (types.go, struct.go,
// schema.go, cycles.go), where the server's model predates the IR's and
// differs from it (TestServerTypeExceptions). Only the embedded JSON Schema
// (jsonschema.go), which copies the description's schemas for run-time
// validation, and the warning that counts webhooks read nodes (the former
// through ir.Schema.Source). The templates come from
// package templates (or a caller's override) and see the template data, never
// the description. Every list in the IR is sorted, so the same description
// always produces byte-identical files, and Go output is run through
// go/format.
//
// Go servers validate requests at run time against the description's own
// schemas (embedded as JSON Schema next to the generated code), so the
// generated validation is exactly as strict as the description, oneOf, pattern
// and format included.
package sdkgen
