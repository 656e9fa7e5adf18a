package sdkgen

// API is the intermediate representation a template set renders. Every slice is
// sorted (types by name, operations by name) so output is stable.
type API struct {
	Package    string
	Title      string
	Version    string
	Generator  string // "sequere generate server"
	Types      []*Type
	Operations []*Operation
	// SchemaJSON is the embedded JSON Schema document the router validates
	// against (components/schemas, x-defs, x-params, x-bodies).
	SchemaJSON []byte
	// UsesTime says whether models use time.Time.
	UsesTime bool
	// ServerUsesTime says whether server.go's request and response types
	// use time.Time (a body that is a date-time string).
	ServerUsesTime bool
	// NestedForms says whether a form body has a member read as JSON text or
	// filled in when absent, which the runtime then needs code for.
	NestedForms bool
}

// TypeKind says how a named type is declared.
type TypeKind string

const (
	KindStruct TypeKind = "struct" // a Go struct with JSON tags
	KindEnum   TypeKind = "enum"   // a defined type with constants and Valid()
	KindUnion  TypeKind = "union"  // a struct with one pointer per variant and JSON methods
	KindAlias  TypeKind = "alias"  // type X = T
	// KindDefined is `type X T`: an alias that had to become a defined type
	// because Go refuses alias cycles (type A = []B; type B = A).
	KindDefined TypeKind = "defined"
)

// Type is a named Go type.
type Type struct {
	Name string
	Doc  string
	Kind TypeKind
	// Base is the underlying Go type of an enum ("string", "int64") or the
	// target of an alias.
	Base   string
	Fields []*Field     // struct
	Values []*EnumValue // enum
	// Union: the variants in document order and, when the description has a
	// discriminator, the property that tells them apart.
	Variants      []*Variant
	Discriminator string
}

// Field is a struct field.
type Field struct {
	Name     string // Go name
	JSONName string
	GoType   string // as declared, pointer or Nullable included
	Tag      string // the whole struct tag, backquotes excluded
	Doc      string
}

// EnumValue is one constant of an enum type.
type EnumValue struct {
	Name    string // Go constant name
	Literal string // Go literal, e.g. "\"pending\"" or "3"
}

// Variant is one member of a union.
type Variant struct {
	Field  string   // Go field name in the union struct
	GoType string   // the variant's Go type (without pointer)
	Tags   []string // discriminator values that select it (quoted Go literals)
	Object bool     // the variant is a JSON object (decoded strictly when probing)
}

// Operation is one operation with everything the router and the server
// interface need.
type Operation struct {
	Name        string // Go name: CreateOrder
	ID          string // operationId as written, or a derived one
	Method      string // GET
	Path        string // /v2/orders/{id}
	Pattern     string // ServeMux pattern: "GET /v2/orders/{id}"
	Summary     string
	Deprecated  bool
	Security    string // Go literal of []map[string][]string, "nil" when none apply
	Params      []*Param
	Body        *Body
	Responses   []*Response
	RequestType string // CreateOrderRequest
	ResultType  string // CreateOrderResponse (the sealed interface)
}

// Param is one parameter, decoded into a request struct field.
type Param struct {
	Name   string // as written
	In     string // path, query, header, cookie
	Field  string // Go field in the request struct
	GoType string // field type (pointer when optional without default)
	Elem   string // element Go type: the field type without pointer or slice
	Kind   string // string, integer, number, boolean: how raw text is read
	Array  bool
	// Sep is what separates the items of an array that arrives as one value
	// (simple style, form with explode: false, spaceDelimited,
	// pipeDelimited); "" when each item is a repeated parameter.
	Sep      string
	Required bool
	Pointer  bool
	Default  string // Go literal of the default, "" for none
	Schema   string // JSON pointer of its schema in SchemaJSON, "" when unvalidated
	Wildcard string // the ServeMux wildcard name for path parameters
	// Prefix and Suffix are the fixed text around a path parameter sharing
	// its segment ("{sid}.json" has Suffix ".json").
	Prefix, Suffix string
}

// Body is the request body the router decodes.
type Body struct {
	MediaType string // as written in the description
	Encoding  string // json, form or raw
	GoType    string // type of the request field (pointer when optional)
	Elem      string // GoType without pointer
	Required  bool
	Schema    string // JSON pointer in SchemaJSON, "" when unvalidated
	// FormKinds gives, for form bodies, how each property's text is read.
	FormKinds []*FormKind
}

// FormKind is how one form field is read before validation.
type FormKind struct {
	Name  string
	Kind  string // string, integer, number, boolean, or json (JSON text)
	Array bool   // one field per item
	// Absent is the value of a field not sent: "" none, "null", or "empty"
	// (an empty array).
	Absent string
}

// Response is one documented status of an operation, one Go type.
type Response struct {
	Type       string // CreateOrder201Response
	Status     string // "201", "4XX", "default"
	Code       int    // the status for fixed codes; 0 for ranges and default
	Doc        string
	MediaType  string // "" for no body
	Encoding   string // json, text or raw
	BodyType   string // Go type of Body, "" for no body
	Headers    []*Header
	HeaderType string // CreateOrder201ResponseHeaders, "" when no headers
}

// Header is a documented response header.
type Header struct {
	Name    string // as written
	Field   string
	GoType  string
	Pointer bool // optional non-string headers are pointers; optional strings are written when non-empty
	Doc     string
}
