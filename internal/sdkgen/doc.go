// Package sdkgen generates code from an OpenAPI description.
//
// The pipeline is description -> IR -> templates -> files. The IR (API, Type,
// Operation) is built from the loaded *spec.Document's node tree only; the
// templates come from package templates (or a caller's override) and see the IR,
// never the description. Every list in the IR is sorted, so the same
// description always produces byte-identical files, and Go output is run
// through go/format.
//
// Go servers validate requests at run time against the description's own
// schemas (embedded as JSON Schema next to the generated code), so the
// generated validation is exactly as strict as the description, oneOf, pattern
// and format included.
package sdkgen
