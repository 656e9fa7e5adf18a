// Package ir is the intermediate representation every client emitter of
// sequere generate renders: one language-neutral model of a description's
// operations, parameters, bodies, responses, security, pagination, webhooks
// and types. Build makes it from a loaded *spec.Document; emitters (Go,
// TypeScript, Python) read it and never the description.
//
// Guarantees emitters can rely on:
//
//   - Deterministic: every list is sorted (types, operations, webhooks and
//     security schemes by Name) or in document order where order means
//     something (properties, variants, enum values, parameters, contents,
//     responses). Component schemas are named first, in key order, so an
//     inline type never takes a component's name.
//   - Names are PascalCase words from the description ("OrderId",
//     "CreateOrderBody"), unique per namespace ignoring case and separators,
//     so Snake/Camel/Pascal of them stay unique. Inline types are named
//     after where they appear: <Type><Property>, <Type><Property>Item,
//     <Type>Option<N> (a union member), <Type>Value (a map value),
//     <Operation>Body, <Operation><Status>Response, <Operation><Param>.
//   - Objects, enums and unions are always named Types; in place they are a
//     KindRef. Recursive types are plain KindRef cycles (Type.Recursive
//     marks every type on one).
//   - Nullable (null allowed) is kept apart from optional (Property.Required
//     false: may be absent). 3.0 nullable, 3.1 type arrays with "null",
//     enum values null and oneOf [X, {type: null}] all set Nullable, and
//     so does a reference to a nullable named type (in any declaration order).
//   - Const and Default are JSON text. The rule every emitter follows: a
//     scalar const is a literal type (TypeScript, Python) or a named
//     constant (Go); a required one is filled in when the caller leaves it
//     out, an optional one is sent only when set; a different value from the
//     server is kept and written back (tolerant reading, as for enums). A
//     default is documented only: the server applies it, so an absent member
//     stays absent on decode and is not sent unasked.
//   - A union's discriminator value that no variant claims is a variant the
//     client does not know: emitters keep its JSON as it came, never decode
//     it as a known variant by shape.
//   - allOf members are merged into one object; a discriminated base
//     schema without oneOf whose components inherit it through allOf becomes
//     a KindUnion over those components (tags from the mapping, else the
//     component name). Discriminator tags are JSON text, so non-string
//     discriminants (`1`, `true`) survive.
//   - Unsupported constructs (not, if/then/else, patternProperties,
//     unresolvable $refs, non-scalar enums, absurd nesting) become KindAny,
//     a raw JSON value, with a Warning naming file:line:col.
//   - Build never panics; a panic inside it is returned as an error.
//
// Vendor extensions read: x-sequere-pagination (operation; see Pagination),
// x-sequere-idempotency-key: true (header parameter), and
// x-sequere-webhook-signature (webhook operation or document root; see
// Signature).
package ir
