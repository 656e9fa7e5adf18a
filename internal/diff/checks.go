package diff

import (
	"fmt"
	"sync"

	"github.com/sequere/sequere/internal/report"
)

// Kind is the changelog section a change belongs to when it is not breaking.
type Kind int

const (
	Changed Kind = iota
	Added
	Removed
	Deprecated
)

var kindNames = [...]string{"Changed", "Added", "Removed", "Deprecated"}

func (k Kind) String() string { return kindNames[k] }

// Check is one entry of the catalogue. Its level is never stored: it is
// Level(direction, Effect, guards) at the place the change is found. Dirs lists
// the directions the check can occur in (schema checks occur in both).
type Check struct {
	ID      string
	Effect  Effect
	Dirs    []Direction
	Kind    Kind
	Guards  Guard // guards that may lower it, for --list-checks
	Summary string
}

// LevelRule renders the check's level per direction, as the law derives it.
func (c *Check) LevelRule() string {
	s := ""
	for i, d := range c.Dirs {
		if i > 0 {
			s += ", "
		}
		s += fmt.Sprintf("%s×%s→%s", d, c.Effect, Level(d, c.Effect, 0))
	}
	if c.Guards != 0 {
		s += " (info when: " + c.Guards.String() + ")"
	}
	return s
}

var (
	req  = []Direction{Request}
	resp = []Direction{Response}
	both = []Direction{Request, Response}
)

// catalogue is the one explicit list of checks, in the order --list-checks
// prints. Built on first use: some 500 allocations that every sequere
// process, lint and version included, paid at start-up.
var catalogue = sync.OnceValue(buildCatalogue)

func buildCatalogue() []*Check {
	cs := []*Check{
		{ID: "endpoint-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "a path or operation was added"},
		{ID: "endpoint-removed", Effect: Narrows, Dirs: req, Kind: Removed, Guards: Retired, Summary: "a path or operation was removed"},
		{ID: "endpoint-deprecated", Effect: Neutral, Dirs: req, Kind: Deprecated, Summary: "an operation was marked deprecated"},
		{ID: "endpoint-undeprecated", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "an operation is no longer deprecated"},
		{ID: "endpoint-sunset-too-soon", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "a deprecation gives less notice than --min-sunset-days (beta or stable)"},
		{ID: "endpoint-sunset-earlier", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "the sunset date of an operation moved earlier"},
		{ID: "endpoint-sunset-deleted", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "x-sunset was removed from a still deprecated operation: without a date it may be removed at any time (it counts as retired), so the notice it promised is withdrawn, as if the sunset moved to today"},
		{ID: "endpoint-stability-decreased", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "x-stability-level went down (stable → beta → alpha → draft)"},
		{ID: "endpoint-stability-increased", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "x-stability-level went up"},
		{ID: "operation-id-changed", Effect: Undecidable, Dirs: req, Kind: Changed, Summary: "operationId changed: generated clients rename the method, the spec cannot say whether clients are generated"},
		{ID: "operation-summary-changed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "operation summary or description changed"},
		{ID: "operation-tag-added", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a tag was added to an operation"},
		{ID: "operation-tag-removed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a tag was removed from an operation"},
		{ID: "path-parameter-renamed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a path parameter was renamed (same endpoint)"},

		{ID: "parameter-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "an optional parameter was added"},
		{ID: "parameter-required-added", Effect: Narrows, Dirs: req, Kind: Added, Summary: "a required parameter was added"},
		{ID: "parameter-removed", Effect: Undecidable, Dirs: req, Kind: Removed, Guards: Retired, Summary: "a parameter was removed: the spec cannot say whether the server now rejects it"},
		{ID: "parameter-became-required", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "a parameter became required"},
		{ID: "parameter-became-optional", Effect: Widens, Dirs: req, Kind: Changed, Summary: "a parameter became optional"},
		{ID: "parameter-style-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a parameter's style changed (different serialisation)"},
		{ID: "parameter-explode-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a parameter's explode changed (different serialisation)"},
		{ID: "parameter-deprecated", Effect: Neutral, Dirs: req, Kind: Deprecated, Summary: "a parameter was marked deprecated"},
		{ID: "parameter-sunset-too-soon", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "a parameter deprecation gives less notice than --min-sunset-days (the parameter's stability level, else its operation's)"},
		{ID: "parameter-sunset-earlier", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "the sunset date of a deprecated parameter moved earlier"},
		{ID: "parameter-sunset-deleted", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "x-sunset was removed from a still deprecated parameter: it may now be removed at any time (judged as endpoint-sunset-deleted)"},

		{ID: "request-body-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "an optional request body was added"},
		{ID: "request-body-required-added", Effect: Narrows, Dirs: req, Kind: Added, Summary: "a required request body was added"},
		{ID: "request-body-removed", Effect: Undecidable, Dirs: req, Kind: Removed, Summary: "the request body was removed: the spec cannot say whether the server now rejects one"},
		{ID: "request-body-became-required", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "the request body became required"},
		{ID: "request-body-became-optional", Effect: Widens, Dirs: req, Kind: Changed, Summary: "the request body became optional"},
		{ID: "request-media-type-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "a request media type was added"},
		{ID: "request-media-type-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "a request media type was removed"},
		{ID: "request-media-type-parameter-added", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "a request media type gained a parameter (application/json → application/json; charset=utf-8): the server accepts only that variant"},
		{ID: "request-media-type-parameter-removed", Effect: Widens, Dirs: req, Kind: Changed, Summary: "a request media type lost a parameter: the server accepts any variant"},
		{ID: "request-media-type-parameter-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a request media type parameter changed value (charset=utf-8 → charset=iso-8859-1)"},
		{ID: "request-media-type-schema-added", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "a schema was added to a request media type that had none: bodies it does not validate are refused"},
		{ID: "request-media-type-schema-removed", Effect: Widens, Dirs: req, Kind: Changed, Summary: "the schema of a request media type was removed: any body is accepted"},

		{ID: "response-status-added", Effect: Widens, Dirs: resp, Kind: Added, Guards: NonSuccess, Summary: "a response status code was added"},
		{ID: "response-status-removed", Effect: Narrows, Dirs: resp, Kind: Removed, Summary: "a response status code was removed"},
		{ID: "response-media-type-added", Effect: Widens, Dirs: resp, Kind: Added, Guards: Negotiated, Summary: "a response media type was added"},
		{ID: "response-media-type-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "a response media type was removed: a request that asks for it with Accept is no longer served"},
		{ID: "response-media-type-parameter-added", Effect: Narrows, Dirs: resp, Kind: Changed, Summary: "a response media type gained a parameter: the client receives one variant of what it already accepted"},
		{ID: "response-media-type-parameter-removed", Effect: Widens, Dirs: resp, Kind: Changed, Summary: "a response media type lost a parameter (charset=utf-8 dropped): the client may receive any variant"},
		{ID: "response-media-type-parameter-changed", Effect: Incomparable, Dirs: resp, Kind: Changed, Summary: "a response media type parameter changed value: the client receives a variant it never decoded"},
		{ID: "response-media-type-schema-added", Effect: Narrows, Dirs: resp, Kind: Changed, Summary: "a schema was added to a response media type that had none: the client receives less than anything"},
		{ID: "response-media-type-schema-removed", Effect: Widens, Dirs: resp, Kind: Changed, Summary: "the schema of a response media type was removed: the client may receive anything"},
		{ID: "response-header-added", Effect: Neutral, Dirs: resp, Kind: Added, Summary: "an optional response header was added"},
		{ID: "response-required-header-added", Effect: Narrows, Dirs: resp, Kind: Added, Summary: "a required response header was added"},
		{ID: "response-header-removed", Effect: Neutral, Dirs: resp, Kind: Removed, Summary: "an optional response header was removed"},
		{ID: "response-required-header-removed", Effect: Widens, Dirs: resp, Kind: Removed, Summary: "a required response header was removed"},
		{ID: "response-header-became-optional", Effect: Widens, Dirs: resp, Kind: Changed, Summary: "a response header is no longer required"},
		{ID: "response-header-became-required", Effect: Narrows, Dirs: resp, Kind: Changed, Summary: "a response header became required"},

		{ID: "security-requirement-added", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "a security requirement was added (or the operation was public)"},
		{ID: "security-requirement-removed", Effect: Widens, Dirs: req, Kind: Changed, Summary: "a security requirement alternative was removed or the operation became public"},
		{ID: "security-alternative-added", Effect: Widens, Dirs: req, Kind: Changed, Summary: "a new alternative way to authenticate was added"},
		{ID: "security-alternative-removed", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "an alternative way to authenticate was removed"},
		{ID: "security-scope-added", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "an OAuth scope became necessary"},
		{ID: "security-scope-removed", Effect: Widens, Dirs: req, Kind: Changed, Summary: "an OAuth scope is no longer necessary"},
		{ID: "security-scheme-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a security scheme's type, location, name or flow changed"},
		{ID: "security-scheme-added", Effect: Neutral, Dirs: req, Kind: Added, Summary: "a security scheme was added to components"},
		{ID: "security-scheme-removed", Effect: Neutral, Dirs: req, Kind: Removed, Summary: "a security scheme was removed from components"},

		{ID: "component-schema-added", Effect: Neutral, Dirs: req, Kind: Added, Summary: "a reusable schema was added"},
		{ID: "component-schema-removed", Effect: Neutral, Dirs: req, Kind: Removed, Summary: "a reusable schema no operation used was removed"},
		{ID: "info-version-changed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "info.version changed"},
	}
	cs = append(cs, operationChecks()...)
	cs = append(cs, schemaChecks()...)
	cs = append(cs, keywordChecks()...)
	return cs
}

// operationChecks cover callbacks, webhooks, servers and the parameter,
// response, security and operation details above the schema level. Callback
// and webhook checks are listed in the law's direction (the consumer
// receives callback requests), which is the wire direction reversed.
func operationChecks() []*Check {
	return []*Check{
		{ID: "callback-added", Effect: Widens, Dirs: resp, Kind: Added, Summary: "a callback was added: the API now sends requests the consumer's receiver never handled"},
		{ID: "callback-removed", Effect: Narrows, Dirs: resp, Kind: Removed, Summary: "a callback was removed: the API sends fewer requests"},
		{ID: "callback-operation-added", Effect: Widens, Dirs: resp, Kind: Added, Summary: "an operation was added to a callback"},
		{ID: "callback-operation-removed", Effect: Narrows, Dirs: resp, Kind: Removed, Summary: "an operation was removed from a callback"},
		{ID: "webhook-added", Effect: Widens, Dirs: resp, Kind: Added, Guards: Subscribed, Summary: "a webhook was added (delivered only to consumers that subscribe to it)"},
		{ID: "webhook-removed", Effect: Narrows, Dirs: resp, Kind: Removed, Summary: "a webhook was removed: subscribers receive less"},
		{ID: "webhook-operation-added", Effect: Widens, Dirs: resp, Kind: Added, Summary: "an operation was added to an existing webhook"},
		{ID: "webhook-operation-removed", Effect: Narrows, Dirs: resp, Kind: Removed, Summary: "an operation was removed from a webhook"},

		{ID: "server-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "a server was added (document, path or operation level)"},
		{ID: "server-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "a server was removed: clients configured with it fail"},
		{ID: "server-url-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a server's URL changed"},
		{ID: "server-variable-enum-value-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "a server variable accepts a new value"},
		{ID: "server-variable-enum-value-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "a server variable no longer accepts a value"},
		{ID: "server-variable-default-changed", Effect: Undecidable, Dirs: req, Kind: Changed, Summary: "a server variable's default changed: the spec cannot say whether the new default serves the same API"},

		{ID: "parameter-in-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a parameter moved (query, header, path, cookie): old clients send it where it is no longer read"},
		{ID: "parameter-content-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "a parameter switched between schema and content (different serialisation)"},
		{ID: "parameter-allow-reserved-added", Effect: Widens, Dirs: req, Kind: Changed, Summary: "allowReserved became true: reserved characters may be sent unencoded"},
		{ID: "parameter-allow-reserved-removed", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "allowReserved is no longer true: unencoded reserved characters are refused"},
		{ID: "parameter-allow-empty-value-added", Effect: Widens, Dirs: req, Kind: Changed, Summary: "allowEmptyValue became true"},
		{ID: "parameter-allow-empty-value-removed", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "allowEmptyValue is no longer true: an empty value is refused"},
		{ID: "parameter-example-changed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a parameter's example or examples changed"},
		{ID: "parameter-undeprecated", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a parameter is no longer deprecated"},

		{ID: "response-header-deprecated", Effect: Neutral, Dirs: resp, Kind: Deprecated, Summary: "a response header was marked deprecated"},
		{ID: "response-link-added", Effect: Neutral, Dirs: resp, Kind: Added, Summary: "a response link was added"},
		{ID: "response-link-removed", Effect: Neutral, Dirs: resp, Kind: Removed, Summary: "a response link was removed"},

		{ID: "security-api-key-in-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "an apiKey scheme moved (header, query, cookie)"},
		{ID: "security-api-key-name-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "an apiKey scheme's parameter name changed"},
		{ID: "security-http-scheme-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "an http scheme changed (basic, bearer, digest, ...)"},
		{ID: "security-bearer-format-changed", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "bearerFormat changed (a documentation hint)"},
		{ID: "security-openid-connect-url-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "openIdConnectUrl changed"},
		{ID: "security-oauth-flow-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "an OAuth flow was added to a scheme"},
		{ID: "security-oauth-flow-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "an OAuth flow was removed: clients that use it can no longer obtain tokens"},
		{ID: "security-oauth-url-changed", Effect: Incomparable, Dirs: req, Kind: Changed, Summary: "an OAuth flow's authorizationUrl, tokenUrl or refreshUrl changed"},
		{ID: "security-oauth-scope-added", Effect: Widens, Dirs: req, Kind: Added, Summary: "a scope was added to an OAuth flow"},
		{ID: "security-oauth-scope-removed", Effect: Narrows, Dirs: req, Kind: Removed, Summary: "a scope was removed from an OAuth flow: token requests that ask for it are refused"},

		{ID: "operation-id-added", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "an operationId was added"},
		{ID: "operation-id-removed", Effect: Undecidable, Dirs: req, Kind: Changed, Summary: "an operationId was removed: generated clients rename the method, the spec cannot say whether clients are generated"},
	}
}

func schemaChecks() []*Check {
	cs := []*Check{
		{ID: "schema-type-changed", Effect: Incomparable, Summary: "the type changed"},
		{ID: "schema-type-widened", Effect: Widens, Summary: "the type accepts more (integer → number, a type added to a type array, type removed)"},
		{ID: "schema-type-narrowed", Effect: Narrows, Summary: "the type accepts less (number → integer, a type removed from a type array, type added)"},
		{ID: "schema-format-changed", Effect: Incomparable, Summary: "the format changed"},
		{ID: "schema-format-added", Effect: Narrows, Summary: "a format was added"},
		{ID: "schema-format-removed", Effect: Widens, Summary: "the format was removed"},
		{ID: "schema-enum-value-added", Effect: Widens, Kind: Added, Summary: "an enum value was added"},
		{ID: "schema-enum-value-removed", Effect: Narrows, Kind: Removed, Summary: "an enum value was removed"},
		{ID: "schema-enum-added", Effect: Narrows, Summary: "an enum constraint was added"},
		{ID: "schema-enum-removed", Effect: Widens, Summary: "the enum constraint was removed"},
		{ID: "schema-const-changed", Effect: Incomparable, Summary: "const changed"},
		{ID: "schema-const-added", Effect: Narrows, Summary: "const was added"},
		{ID: "schema-const-removed", Effect: Widens, Summary: "const was removed"},
		{ID: "schema-nullable-added", Effect: Widens, Summary: "null became allowed (nullable: true or \"null\" in a type array)"},
		{ID: "schema-nullable-removed", Effect: Narrows, Summary: "null is no longer allowed"},
		{ID: "schema-pattern-added", Effect: Narrows, Summary: "a pattern was added"},
		{ID: "schema-pattern-removed", Effect: Widens, Summary: "the pattern was removed"},
		{ID: "schema-pattern-changed", Effect: Undecidable, Summary: "the pattern changed: the spec cannot say whether the new one accepts every value the old one did"},
		{ID: "schema-multiple-of-added", Effect: Narrows, Summary: "multipleOf was added"},
		{ID: "schema-multiple-of-removed", Effect: Widens, Summary: "multipleOf was removed"},
		{ID: "schema-multiple-of-changed", Effect: Incomparable, Summary: "multipleOf changed and neither value divides the other"},
		{ID: "schema-multiple-of-widened", Effect: Widens, Summary: "multipleOf changed to a divisor of the old value"},
		{ID: "schema-multiple-of-narrowed", Effect: Narrows, Summary: "multipleOf changed to a multiple of the old value"},
		{ID: "schema-unique-items-added", Effect: Narrows, Summary: "uniqueItems became true"},
		{ID: "schema-unique-items-removed", Effect: Widens, Summary: "uniqueItems is no longer true"},
		{ID: "schema-property-added", Effect: Widens, Kind: Added, Guards: OpenObject | ReadOnly | WriteOnly, Summary: "an optional property was added"},
		{ID: "schema-required-property-added", Effect: Narrows, Kind: Added, Guards: ReadOnly | WriteOnly, Summary: "a required property was added"},
		{ID: "schema-property-removed", Effect: Widens, Kind: Removed, Guards: ReadOnly | WriteOnly | Retired, Summary: "a property was removed (it may now be absent or anything)"},
		{ID: "schema-property-became-required", Effect: Narrows, Guards: ReadOnly | WriteOnly, Summary: "a property became required"},
		{ID: "schema-property-became-optional", Effect: Widens, Guards: ReadOnly | WriteOnly, Summary: "a property became optional"},
		{ID: "schema-property-deprecated", Effect: Neutral, Kind: Deprecated, Summary: "a property was marked deprecated"},
		{ID: "schema-additional-properties-narrowed", Effect: Narrows, Summary: "additionalProperties became false"},
		{ID: "schema-additional-properties-widened", Effect: Widens, Summary: "additionalProperties is no longer false"},
		{ID: "schema-discriminator-added", Effect: Narrows, Summary: "a discriminator was added"},
		{ID: "schema-discriminator-removed", Effect: Widens, Summary: "the discriminator was removed"},
		{ID: "schema-discriminator-property-changed", Effect: Incomparable, Summary: "the discriminator property name changed"},
		{ID: "schema-discriminator-mapping-changed", Effect: Incomparable, Summary: "a discriminator mapping value changed"},
		{ID: "schema-discriminator-mapping-added", Effect: Widens, Kind: Added, Summary: "a discriminator mapping was added"},
		{ID: "schema-discriminator-mapping-removed", Effect: Narrows, Kind: Removed, Summary: "a discriminator mapping was removed"},
		{ID: "schema-one-of-added", Effect: Widens, Kind: Added, Summary: "a oneOf alternative was added"},
		{ID: "schema-one-of-removed", Effect: Narrows, Kind: Removed, Summary: "a oneOf alternative was removed"},
		{ID: "schema-any-of-added", Effect: Widens, Kind: Added, Summary: "an anyOf alternative was added"},
		{ID: "schema-any-of-removed", Effect: Narrows, Kind: Removed, Summary: "an anyOf alternative was removed"},
		{ID: "schema-default-changed", Effect: Undecidable, Summary: "a request default changed: clients that omit the value get different behaviour"},
	}
	for _, b := range bounds {
		up, down := Widens, Narrows // a max: raising it widens
		if !b.max {
			up, down = Narrows, Widens
		}
		cs = append(cs,
			&Check{ID: "schema-" + b.id + "-increased", Effect: up, Summary: b.key + " increased"},
			&Check{ID: "schema-" + b.id + "-decreased", Effect: down, Summary: b.key + " decreased"},
			&Check{ID: "schema-" + b.id + "-added", Effect: Narrows, Summary: b.key + " was added"},
			&Check{ID: "schema-" + b.id + "-removed", Effect: Widens, Summary: b.key + " was removed"},
		)
	}
	for _, c := range cs {
		c.Dirs = both
	}
	return cs
}

// bound is a numeric limit keyword.
type bound struct {
	key, id string
	max     bool
}

var bounds = []bound{
	{"maxLength", "max-length", true}, {"minLength", "min-length", false},
	{"maxItems", "max-items", true}, {"minItems", "min-items", false},
	{"maxProperties", "max-properties", true}, {"minProperties", "min-properties", false},
	{"maximum", "maximum", true}, {"minimum", "minimum", false},
	{"exclusiveMaximum", "exclusive-maximum", true}, {"exclusiveMinimum", "exclusive-minimum", false},
}

var byID = sync.OnceValue(func() map[string]*Check {
	m := make(map[string]*Check, len(catalogue()))
	for _, c := range catalogue() {
		if m[c.ID] != nil {
			panic("duplicate diff check id " + c.ID)
		}
		m[c.ID] = c
	}
	return m
})

// Checks returns the catalogue in display order. The slice is a copy; the
// checks must not be modified.
func Checks() []*Check { return append([]*Check(nil), catalogue()...) }

// Lookup finds a check by id.
func Lookup(id string) (*Check, bool) { c, ok := byID()[id]; return c, ok }

// Rules renders the catalogue as report rules; a check that occurs in both
// directions is listed at its most severe level.
func Rules() []report.Rule {
	out := make([]report.Rule, 0, len(catalogue()))
	for _, c := range catalogue() {
		sev := report.Info
		for _, d := range c.Dirs {
			if l := Level(d, c.Effect, 0); l < sev {
				sev = l
			}
		}
		out = append(out, report.Rule{ID: c.ID, Severity: sev, Description: c.Summary, Ruleset: "sequere diff"})
	}
	return out
}
