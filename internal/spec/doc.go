// Package spec is the one loader and model every sequere command shares.
//
// Load reads an OpenAPI 2.0, 3.0 or 3.1 description from a file, standard input,
// an http(s) URL or a git revision ("REV:path"), parses it once and keeps the
// parsed YAML node tree of every file it reads, so every node keeps its origin
// (file, line, column). Relative $refs across files are followed through the same
// source (inside the same git revision for "REV:path"); remote $refs only when
// Options.AllowRemoteRefs is set.
//
// Guarantees:
//   - Load never panics on any input; every failure is an *Error naming
//     file:line:col (line 0 when the position is unknown) and what was expected.
//   - A returned *Document is non-nil with a non-nil Root mapping node and a
//     known Version.
//   - No file expands through YAML aliases past the larger of
//     AliasExpansionFloor nodes and AliasExpansionFactor times its written
//     size (otherwise Load fails naming the anchor), so every consumer that
//     reads aliases as copies stays within that bound (see aliases.go).
//   - Local $refs (of file and stdin inputs) stay inside the ref root:
//     Options.RefRoot, or the git work tree holding the entry file, or its
//     folder. A ref leaving it through "..", an absolute path or a symlink
//     fails Load naming the ref; libopenapi reads no file Load did not
//     check (see refroot.go).
//   - Every $ref outside example data resolves (otherwise Load fails), and
//     circular references are allowed: helpers that follow refs stop on cycles.
//   - The libopenapi and kin-openapi models are built lazily from the same bytes
//     and files, at most once per Document; capabilities never call a loader.
package spec
