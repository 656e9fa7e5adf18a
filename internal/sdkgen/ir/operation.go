package ir

// Operation is one operation under paths.
type Operation struct {
	// Name is unique among operations: the operationId, or "<method> <path>"
	// when it has none, in PascalCase ("CreateOrder", "GetV2OrdersId").
	Name    string
	ID      string // operationId as written ("" when absent)
	Method  string // upper case: GET, POST, ...
	Path    string // as written: /v2/orders/{id}
	Summary string // one line
	Doc     string // the description, first paragraph
	Tags    []string
	// Deprecated is the operation's own flag.
	Deprecated bool
	// Params are path-item and operation parameters merged (the operation's
	// win), in document order. Accept, Content-Type and Authorization header
	// parameters are left out: the runtime sets those.
	Params []*Param
	Body   *Body // nil when the operation takes no body
	// Responses in document order; Success is the first 2XX with a body
	// (nil when none has one), the type a call returns.
	Responses []*Response
	Success   *Response
	// Security lists the alternatives: the caller must satisfy one
	// Requirement set. Empty means the operation needs no credentials;
	// an alternative with no schemes (`- {}`) makes credentials optional.
	Security []Requirements
	// Idempotency is the header parameter that carries an idempotency key
	// (Idempotency-Key, or any header marked x-sequere-idempotency-key:
	// true); nil when the operation declares none. Emitters generate one key
	// per logical call and reuse it across retries.
	Idempotency *Param
	// Pagination is how to fetch the next page; nil when not paginated.
	Pagination *Pagination
	Pos        Pos
	// Index is the operation's position in document order (Operations is
	// sorted by Name), for emitters whose names depend on that order.
	Index int
	// SecurityWritten says a security list applies as written (the
	// operation's, else the root's), so an empty Security is `security: []`
	// (credentials explicitly not needed) rather than no security at all.
	SecurityWritten bool
}

// Idempotent says whether the method may be retried without a key.
func (o *Operation) Idempotent() bool {
	switch o.Method {
	case "GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE":
		return true
	}
	return false
}

// Param is one parameter.
type Param struct {
	Name     string // as written
	In       string // path, query, header, cookie
	Required bool   // always true for path parameters
	Schema   *Schema
	// Style and Explode with the defaults of OpenAPI filled in (form and
	// true for query and cookie, simple and false for path and header).
	Style   string
	Explode bool
	// ExplodeSet says explode is written, not defaulted.
	ExplodeSet bool
	Deprecated bool
	Doc        string
	// ContentType is set when the parameter is described by content
	// instead of schema (the value is that media type, usually JSON).
	ContentType string
	// Index is the position in the merged parameter list, counting the
	// Accept, Content-Type and Authorization headers and nameless
	// parameters left out of Params, so keys derived from it stay stable.
	Index int
}

// Encoding is how a body is written or read.
type Encoding string

const (
	EncodingJSON      Encoding = "json"      // application/json, */*+json
	EncodingForm      Encoding = "form"      // application/x-www-form-urlencoded
	EncodingMultipart Encoding = "multipart" // multipart/form-data
	EncodingText      Encoding = "text"      // text/* (not event-stream)
	EncodingEvents    Encoding = "events"    // text/event-stream: a stream of events
	EncodingBinary    Encoding = "binary"    // anything else: raw bytes or a stream
)

// Content is one media type of a body or response.
type Content struct {
	MediaType string // as written
	Encoding  Encoding
	Schema    *Schema // KindAny when the media type has no schema
	// Files names the multipart or form properties that are files
	// (format binary or base64 content), in property order.
	Files []string
	// DeepObject names the properties of a urlencoded body whose Encoding
	// Object says style deepObject (Stripe's a[b]=c, a[0]=c), as written;
	// every other property keeps the defaults.
	DeepObject []string
}

// Body is a request body. Contents are in document order; emitters pick the
// first they support (Preferred is the first JSON one when any, else the first).
type Body struct {
	Required  bool
	Doc       string
	Contents  []*Content
	Preferred *Content
}

// Response is one documented status.
type Response struct {
	Key      string // the responses key as written ("200", "4xx", "Default")
	Status   string // "200", "4XX", "default"
	Code     int    // the status for a fixed code; 0 for ranges and default
	Doc      string
	Contents []*Content // document order; empty for no body
	// Preferred is the first JSON content when any, else the first.
	Preferred *Content
	Headers   []*Header // sorted by name
	// Problem is set when Preferred is application/problem+json (RFC 9457).
	Problem bool
}

// Header is a documented response header.
type Header struct {
	Name     string
	Index    int // position in the description (Headers are sorted by name)
	Required bool
	Schema   *Schema
	Doc      string
}

// Requirements is one alternative of a security requirement: every scheme in
// it must be satisfied together.
type Requirements []*Requirement

// Requirement is one scheme with the scopes the operation needs.
type Requirement struct {
	Scheme *SecurityScheme
	Scopes []string
}

// SecurityScheme is one entry of components/securitySchemes.
type SecurityScheme struct {
	Name string // the key as written
	// Type: "http", "apiKey", "oauth2", "openIdConnect", "mutualTLS".
	Type string
	// Scheme for http, lower case: "bearer", "basic", ...
	Scheme       string
	BearerFormat string
	// In and Param for apiKey: where the key goes (header, query, cookie)
	// and under which name.
	In    string
	Param string
	// ClientCredentials is the OAuth2 client-credentials flow, nil when the
	// scheme has none. Other flows are kept only as their token URL in
	// TokenURL (emitters treat them as bearer tokens supplied by the caller).
	ClientCredentials *OAuthFlow
	TokenURL          string
	Doc               string
}

// OAuthFlow is an OAuth2 flow's endpoints and scopes.
type OAuthFlow struct {
	TokenURL   string
	RefreshURL string
	Scopes     []string // sorted
}

// PaginationStyle is how pages are linked.
type PaginationStyle string

const (
	PaginateCursor PaginationStyle = "cursor" // a request parameter fed from a response field
	PaginateOffset PaginationStyle = "offset" // an offset advanced by the items received
	PaginatePage   PaginationStyle = "page"   // a page number advanced by one
	PaginateLink   PaginationStyle = "link"   // the RFC 8288 Link header's rel="next"
)

// Pagination says how an operation pages. Detected from parameters and the
// response shape, or declared with x-sequere-pagination on the operation:
//
//	x-sequere-pagination:
//	  style: cursor            # cursor | offset | page | link
//	  items: data              # dotted path of the items array ("" = the body is the array)
//	  cursor: cursor           # query parameter of cursor style
//	  next: meta.next_cursor   # dotted path of the next cursor (cursor style)
//	  itemCursor: id           # or: the last item's property that is the next cursor
//	  offset: offset           # query parameter of offset style
//	  page: page               # query parameter of page style
//	  limit: limit             # query parameter of the page size (sent as the caller sets it)
//	  hasMore: meta.has_more   # dotted path of a boolean; false ends the walk
//	  total: meta.total        # dotted path of the item count of all pages
//
// Every path is a dotted path of object members from the top of the success
// body (no array indexes). A parameter left out is the first detected name
// among the operation's query parameters; a cursor style without next or
// itemCursor uses the detected next-cursor field. A declaration naming a
// parameter the operation does not have, or a path its success response does
// not have, is warned about at the value: for style, items, the advanced
// parameter, next and itemCursor pagination is off; limit, hasMore and total
// are ignored. `x-sequere-pagination: false` turns detection off.
//
// Every style ends at an empty page, and at hasMore false; cursor style also
// when there is no next cursor or it repeats the last one. Offset and page
// styles also end at a page shorter than an earlier one of the walk (the
// last, short page; not the first, since a server may cap the page size
// below the limit asked for) and once the offset (offset style) or the items
// received (page style) reach total. A page style's first page is 0 when the
// parameter's minimum or default is 0; a caller's own offset or page number
// is where the walk starts. A Link target is fetched as it is, a relative one
// resolved against the URL of the page that carried it.
type Pagination struct {
	Style PaginationStyle
	// Items is the dotted path of the items array in the success body, ""
	// when the body itself is the array; Item is the item schema.
	Items string
	Item  *Schema
	// Param is the request parameter advanced between pages (cursor,
	// offset or page); "" for link style.
	Param string
	// Next is the dotted response path of the next cursor (cursor style).
	Next string
	// ItemCursor, when Next is "", names the item property whose value in
	// the last item of a page is the next cursor (Stripe's
	// starting_after=<last id>, ended by HasMore).
	ItemCursor string
	// Limit is the page-size parameter, "" when none.
	Limit string
	// HasMore is a dotted response path of a boolean; "" when absent.
	HasMore string
	// Total is a dotted response path of the number of items in all pages
	// (offset and page styles); "" when absent.
	Total string
	// First is the number of the first page (page style): 0 or 1.
	First int64
}

// Webhook is a request the API sends to the client (3.1 webhooks).
type Webhook struct {
	Name   string // PascalCase of the operationId or the webhook key
	Event  string // the key under webhooks ("order.created")
	Method string
	Doc    string
	Params []*Param
	Body   *Body
	// Signature is the scheme the description documents for verifying the
	// sender, nil when none is recognised.
	Signature *Signature
	Pos       Pos
}

// Signature describes a webhook signature scheme. The one recognised today
// is the timestamped HMAC of the orders API ("hmac-sha256-timestamp"):
// Header carries "t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">".
// It is recognised from the header's pattern or declared with
// x-sequere-webhook-signature: {scheme: hmac-sha256-timestamp, header: NAME}.
type Signature struct {
	Scheme string
	Header string
}
