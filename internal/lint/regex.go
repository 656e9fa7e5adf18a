package lint

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/dlclark/regexp2/v2"
)

// Regex is a compiled JavaScript regular expression. Rulesets are written for
// JavaScript's engine, so patterns RE2 cannot run (lookarounds, backreferences)
// fall back to an ECMAScript-compatible backtracking engine with a time bound.
type Regex struct {
	re2 *regexp.Regexp
	bt  *regexp2.Regexp
	src string
}

// MatchString reports whether s contains a match. A pattern that exceeds its
// time bound on s counts as no match.
func (r *Regex) MatchString(s string) bool {
	if r.re2 != nil {
		return r.re2.MatchString(s)
	}
	ok, err := r.bt.MatchString(s)
	return ok && err == nil
}

// String is the pattern as written.
func (r *Regex) String() string { return r.src }

var regexCache sync.Map // string -> *Regex

// CompileRegex compiles a pattern as Spectral's pattern function reads it:
// either a bare JavaScript pattern or a /pattern/flags literal. Results are
// cached, so calling it per node is cheap.
func CompileRegex(pattern string) (*Regex, error) {
	if v, ok := regexCache.Load(pattern); ok {
		return v.(*Regex), nil
	}
	body, flags := pattern, ""
	if len(pattern) >= 2 && pattern[0] == '/' {
		if i := strings.LastIndexByte(pattern, '/'); i > 0 && strings.Trim(pattern[i+1:], "dgimsuvy") == "" {
			body, flags = pattern[1:i], pattern[i+1:]
		}
	}
	r, err := compileJSRegex(body, flags)
	if err != nil {
		return nil, err
	}
	regexCache.Store(pattern, r)
	return r, nil
}

func compileJSRegex(body, flags string) (*Regex, error) {
	goFlags := ""
	opts := regexp2.ECMAScript
	for _, f := range flags {
		switch f {
		case 'i':
			goFlags += "i"
			opts |= regexp2.IgnoreCase
		case 'm':
			goFlags += "m"
			opts |= regexp2.Multiline
		case 's':
			goFlags += "s"
			opts |= regexp2.Singleline
		case 'u', 'g', 'y', 'd', 'v':
			// u, g, y, d and v change iteration or Unicode handling, not
			// whether a string matches.
		default:
			return nil, fmt.Errorf("unknown regular expression flag %q", f)
		}
	}
	src := body
	if goFlags != "" {
		src = "(?" + goFlags + ")" + body
	}
	if re, err := regexp.Compile(src); err == nil {
		return &Regex{re2: re, src: body}, nil
	}
	bt, err := regexp2.Compile(body, opts)
	if err != nil {
		return nil, err
	}
	bt.MatchTimeout = 100 * time.Millisecond
	return &Regex{bt: bt, src: body}, nil
}
