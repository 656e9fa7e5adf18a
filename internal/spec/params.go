package spec

import "strings"

// IgnoredParameter reports whether OpenAPI says a parameter definition is
// ignored: a header parameter named Accept, Content-Type or Authorization
// (the media types and security schemes say those), as DigitalOcean's
// Accept with an enum of its two media types. A mock that validated it
// would refuse a client's ordinary Accept, and a tester that sent it would
// overwrite its own.
func IgnoredParameter(in, name string) bool {
	if in != "header" {
		return false
	}
	switch strings.ToLower(name) {
	case "accept", "content-type", "authorization":
		return true
	}
	return false
}
