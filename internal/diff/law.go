// Package diff compares two OpenAPI descriptions and classifies every change.
//
// # The law
//
// Every change is described by two facts, and its level follows from them by one
// rule, never by hand per check:
//
//   - Direction: does the change touch what a client sends (Request: paths,
//     methods, parameters, request bodies, security) or what it receives
//     (Response: status codes, response bodies, response headers)?
//   - Effect: does the change narrow the set of valid messages (fewer values,
//     fewer paths, more requirements), widen it (more values, fewer
//     requirements), make the two sets incomparable (a different type, a
//     different serialisation), is it Undecidable from the spec alone (a
//     changed regular expression: only the server knows whether the new one
//     accepts every old value), or Neutral (documentation, announcements)?
//
// Then:
//
//	request  × narrows      → error    (a request that was valid is refused)
//	response × widens       → error    (a client receives what it never expected)
//	any      × incomparable → error
//	any      × undecidable  → warning  (the message says what the spec lacks)
//	request  × widens       → info
//	response × narrows      → info
//	any      × neutral      → info
//
// Guards lower a level to info whatever the rule says, because the changed
// element was never part of the promise:
//
//   - ReadOnly: a readOnly property never counts on the request side.
//   - WriteOnly: a writeOnly property never counts on the response side.
//   - NonSuccess: an undeclared non-success response (4xx, 5xx, default) was
//     never a promise, so declaring one is safe.
//   - OpenObject: a response object without additionalProperties: false already
//     allowed undeclared properties, and clients must ignore them.
//   - Negotiated: a new response media type is only sent to a client that asks
//     for it with Accept.
//   - Retired: removing what was deprecated and whose sunset date has passed
//     keeps the promise that the deprecation made.
//   - Subscribed: a new webhook is delivered only to consumers that subscribe
//     to it, so no existing receiver gets it unasked.
//
// # Callbacks and webhooks: the law reversed
//
// The law judges from the consumer's seat. In a callback or a 3.1 webhook the
// roles of the HTTP exchange swap: the API server sends the request and the
// consumer's receiver answers it. So the callback request is what the
// consumer receives (judged as Response) and the callback response is what
// the consumer sends (judged as Request). Checks compare the wire side as
// usual and the engine swaps the direction inside callbacks and webhooks
// (twice inside a callback of a callback). Consequences:
//
//   - an enum value added to a callback request body is an error (the
//     receiver gets a value it never handled); the same change to an
//     operation's request body is info;
//   - narrowing a callback request body is info: the API promises to send less;
//   - a required property added to a callback response is an error: receivers
//     written against the old spec do not send it;
//   - a callback or callback operation added widens what the consumer
//     receives: error; removed narrows it: info (a consumer that subscribed
//     through a request parameter is protected by the request-side checks);
//   - a webhook added is guarded as Subscribed, because consumers subscribe to
//     webhooks by name out of band and receive only what they subscribed to;
//   - readOnly and writeOnly stay tied to the wire side (the specification
//     defines them by HTTP request and response), while OpenObject follows
//     the consumer's seat: a receiver must ignore undeclared properties of an
//     open callback request body as a client ignores them in a response.
//
// # Inside not: the effect reversed
//
// A not subschema excludes the values it matches, so whatever it gains the
// schema loses. Changes inside a not are judged with the other direction's
// law while keeping their own direction in the report: a value added to
// not.enum of a request body is an error (a value that was accepted is now
// refused), and the same change in a response is info. Their message says
// so. A not inside a not is judged the right way round again. When a not is
// not a schema on one side, sequere cannot look inside it and reports
// schema-not-changed, a warning.
//
// # Servers
//
// A client is configured with one server URL, so a removed server (or a
// changed URL, or a server variable value no longer in its enum) refuses every
// request that client sends: request narrows. Servers are compared where they
// are declared (document, path item, operation) on what is in force there, so
// an override that restates the document's list is no change.
//
// Lifecycle policy (deprecation notices shorter than --min-sunset-days) is an
// announcement of a narrowing that comes too early, so it is a request-side
// narrowing by construction. It applies alike to endpoints, parameters (at
// the parameter's stability level, else its operation's) and properties.
// Deleting x-sunset from what stays deprecated is judged as moving the
// sunset to today: without a date the Retired guard lets it go at any time.
//
// Media types are matched ignoring their parameters, and a parameter that
// differs (charset=utf-8 added, removed or changed) is its own change: added
// narrows, removed widens, a changed value is incomparable. A media type
// without a schema allows any body, so a schema added narrows and a schema
// removed widens.
package diff

import "github.com/sequere/sequere/internal/report"

// Direction says which side of the exchange a change touches.
type Direction int

const (
	// Request is what a client sends: paths, operations, parameters, bodies, security.
	Request Direction = iota
	// Response is what a client receives.
	Response
)

func (d Direction) String() string {
	if d == Response {
		return "response"
	}
	return "request"
}

// Effect is what a change does to the set of valid messages.
type Effect int

const (
	Neutral Effect = iota
	Narrows
	Widens
	Incomparable
	Undecidable
)

var effectNames = [...]string{"neutral", "narrows", "widens", "incomparable", "undecidable"}

func (e Effect) String() string { return effectNames[e] }

// Guard is a reason a change cannot break a client even though its effect
// would. Guards combine as a bit set; any guard lowers the level to info.
type Guard uint8

const (
	ReadOnly Guard = 1 << iota
	WriteOnly
	NonSuccess
	OpenObject
	Negotiated
	Retired
	Subscribed
)

var guardNames = []struct {
	g    Guard
	name string
}{{ReadOnly, "readOnly"}, {WriteOnly, "writeOnly"}, {NonSuccess, "non-success response"}, {OpenObject, "open object"}, {Negotiated, "content negotiation"}, {Retired, "retired after sunset"}, {Subscribed, "delivered only to subscribers"}}

// String names the guards in g, comma separated.
func (g Guard) String() string {
	s := ""
	for _, n := range guardNames {
		if g&n.g != 0 {
			if s != "" {
				s += ", "
			}
			s += n.name
		}
	}
	return s
}

// Level applies the law. It is the only place a diff level is decided.
func Level(d Direction, e Effect, g Guard) report.Severity {
	if g != 0 {
		return report.Info
	}
	switch e {
	case Incomparable:
		return report.Error
	case Undecidable:
		return report.Warn
	case Narrows:
		if d == Request {
			return report.Error
		}
	case Widens:
		if d == Response {
			return report.Error
		}
	}
	return report.Info
}
