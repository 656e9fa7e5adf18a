package ir

import "github.com/sequere/sequere/internal/sdkgen/internal/desc"

// API is one description, ready for a client emitter. Every slice is sorted
// (types, operations, webhooks and security schemes by Name), so the same
// description always yields the same IR and names do not depend on the order
// in which an emitter asks for them.
type API struct {
	Title       string
	Version     string // info.version
	Description string
	// Servers in document order; BaseURL is the first one ("" when none).
	Servers         []*Server
	BaseURL         string
	Types           []*Type
	Operations      []*Operation
	Webhooks        []*Webhook
	SecuritySchemes []*SecurityScheme
	// WrittenSchemas is components/schemas as written, in document order
	// (BuildWritten only): the Go server declares its named types from it.
	WrittenSchemas []*WrittenComponent
	// Warnings name each construct the builder could not express; the
	// affected schema became KindAny (a raw JSON value).
	Warnings []Warning
}

// Server is one entry of servers, variables substituted with their defaults.
type Server struct {
	URL         string
	Description string
}

// Pos is where a node is in the description (Line and Col 1-based, 0 when unknown).
type Pos struct {
	File      string
	Line, Col int
}

// Warning is a construct the builder fell back on.
type Warning struct {
	Pos     Pos
	Message string
}

func (w Warning) String() string {
	return w.Pos.File + ":" + itoa(w.Pos.Line) + ":" + itoa(w.Pos.Col) + ": " + w.Message
}

// Type is a named type: every component schema, plus every inline object,
// enum or union (hoisted and named after where it appears). Schema.Kind is
// KindObject, KindEnum, KindUnion, or any other kind for a named alias
// (`OrderId: {type: string}`).
type Type struct {
	// Name is unique among types ignoring case and separators: PascalCase
	// words from the description ("OrderId", "CreateOrderRequestBody"),
	// without language initialisms; emitters re-case it with Words.
	Name string
	// Component is the key under components/schemas ("" for a hoisted
	// inline type).
	Component string
	Schema    *Schema
	// Recursive is set when the type refers to itself, directly or through
	// other types (emitters that need indirection for recursion use it).
	Recursive bool
	Pos       Pos
}

// Kind is what a Schema describes.
type Kind string

const (
	KindAny     Kind = "any" // any JSON value; also the fallback for unsupported constructs
	KindString  Kind = "string"
	KindInteger Kind = "integer"
	KindNumber  Kind = "number"
	KindBoolean Kind = "boolean"
	KindNull    Kind = "null"   // only null (a const null, {type: null})
	KindArray   Kind = "array"  // Items
	KindMap     Kind = "map"    // an object with only additionalProperties: Values
	KindObject  Kind = "object" // Properties (+ Additional); only as Type.Schema
	KindEnum    Kind = "enum"   // Enum over Base; only as Type.Schema
	KindUnion   Kind = "union"  // Variants; only as Type.Schema
	KindRef     Kind = "ref"    // Ref: a named type
)

// Schema is a type expression. Objects, enums and unions appear only as the
// Schema of a named Type; everywhere else they are a KindRef to it, so an
// emitter declares each once and refers to it by name.
type Schema struct {
	Kind Kind
	Ref  *Type // KindRef
	// Nullable: null is a valid value (3.0 nullable, 3.1 type arrays,
	// oneOf [X, {type: null}]). Nullable is independent of a property being
	// required: an optional non-nullable property may be absent but never null.
	Nullable bool
	// Format as written: date-time, date, time, int32, int64, float, double,
	// binary, byte, uuid, email, uri, ... Emitters keep int64 exact and
	// binary as bytes or a stream.
	Format string
	Items  *Schema // KindArray
	Values *Schema // KindMap: the value schema (KindAny for `true` or {})

	Properties []*Property // KindObject, in document order (allOf members merged)
	// Additional is the schema of properties beyond Properties: nil when
	// the description says additionalProperties: false; KindAny when it is
	// absent or true. Emitters preserve unknown fields either way so a
	// read-modify-write round trip does not lose them.
	Additional *Schema
	Closed     bool // additionalProperties: false

	Enum []Value // KindEnum: the allowed values in document order
	Base Kind    // KindEnum: KindString, KindInteger, KindNumber or KindBoolean

	Variants      []*Variant     // KindUnion, in document order
	Discriminator *Discriminator // KindUnion; nil when the variants must be probed
	// Exclusive is true for oneOf, false for anyOf.
	Exclusive bool

	Const   *Value // the only allowed value
	Default *Value // the default value, when one is given
	// Pattern, bounds and lengths are not in the IR: the server validates.
	ReadOnly   bool // sent by the server only; clients do not send it
	WriteOnly  bool // sent by clients only; clients do not expect it back
	Deprecated bool
	Doc        string // the description, first paragraph, one line
	Pos        Pos
	// Source is the schema as written (the $ref itself for a KindRef;
	// empty when none is written), for emitters that embed the
	// description's own schemas, such as the server's run-time validation.
	Source desc.Node
	// Written is the same schema's keywords, for the Go server, whose
	// types are decided from them: nil when none is written, and unless
	// the IR comes from BuildWritten.
	Written *Written
}

// Property is one property of an object.
type Property struct {
	Name     string // JSON name as written
	Schema   *Schema
	Required bool
	Doc      string
}

// Value is a constant from the description as JSON text: `"pending"`, `3`,
// `true`, `null`, `{"a":1}`.
type Value struct {
	JSON string
}

// Variant is one member of a union.
type Variant struct {
	// Name is unique within the union: the referenced type's name, or
	// the union's name plus an index for an inline scalar variant.
	Name   string
	Schema *Schema // a KindRef for object variants, any kind otherwise
	// Tags are the discriminator values selecting it (JSON text: `"card"`,
	// and for non-string discriminants `1` or `true`), from the mapping or,
	// when the mapping does not name it, the component name.
	Tags []Value
}

// Discriminator is the property that tells a union's object variants apart.
type Discriminator struct {
	Property string
	// Mapped is true when the description gives an explicit mapping.
	Mapped bool
}
