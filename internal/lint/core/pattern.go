package core

import (
	"encoding/json"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/sequere/sequere/internal/lint"
)

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

func itoa(i int) string { return strconv.Itoa(i) }

func pattern(c lint.Call) []lint.Violation {
	n := target(c)
	if !isString(n) {
		return nil
	}
	var out []lint.Violation
	if m, ok := optString(c.Options, "match"); ok {
		re, err := lint.CompileRegex(m)
		if err != nil {
			return one(fmt.Sprintf("invalid pattern %q: %v", m, err))
		}
		if !re.MatchString(n.Value) {
			out = append(out, lint.Violation{Message: `#{{print("property")}}must match the pattern "` + m + `"`})
		}
	}
	if m, ok := optString(c.Options, "notMatch"); ok {
		re, err := lint.CompileRegex(m)
		if err != nil {
			return one(fmt.Sprintf("invalid pattern %q: %v", m, err))
		}
		if re.MatchString(n.Value) {
			out = append(out, lint.Violation{Message: `#{{print("property")}}must not match the pattern "` + m + `"`})
		}
	}
	return out
}

var cases = map[string]string{
	"flat":   `[a-z][a-z{D}]*`,
	"camel":  `[a-z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*`,
	"pascal": `[A-Z][a-z{D}]*(?:[A-Z{D}](?:[a-z{D}]+|$))*`,
	"kebab":  `[a-z][a-z{D}]*(?:-[a-z{D}]+)*`,
	"cobol":  `[A-Z][A-Z{D}]*(?:-[A-Z{D}]+)*`,
	"snake":  `[a-z][a-z{D}]*(?:_[a-z{D}]+)*`,
	"macro":  `[A-Z][A-Z{D}]*(?:_[A-Z{D}]+)*`,
}

var casingCache sync.Map // option key -> *regexp.Regexp

func casing(c lint.Call) []lint.Violation {
	n := target(c)
	if !isString(n) || n.Value == "" {
		return nil
	}
	typ, _ := optString(c.Options, "type")
	base, ok := cases[typ]
	if !ok {
		return nil
	}
	noDigits, _ := c.Options["disallowDigits"].(bool)
	sepChar, allowLeading := "", false
	if sep, ok := c.Options["separator"].(map[string]any); ok {
		sepChar, _ = sep["char"].(string)
		allowLeading, _ = sep["allowLeading"].(bool)
	}
	if sepChar != "" && allowLeading && n.Value == sepChar {
		return nil
	}
	key := fmt.Sprintf("%s|%v|%s|%v", typ, noDigits, sepChar, allowLeading)
	v, ok := casingCache.Load(key)
	if !ok {
		digits := "0-9"
		if noDigits {
			digits = ""
		}
		p := strings.ReplaceAll(base, "{D}", digits)
		src := "^" + p + "$"
		if sepChar != "" {
			s := "[" + regexp.QuoteMeta(sepChar) + "]"
			lead := ""
			if allowLeading {
				lead = s + "?"
			}
			src = "^" + lead + p + "(?:" + s + p + ")*$"
		}
		v, _ = casingCache.LoadOrStore(key, regexp.MustCompile(src))
	}
	if !v.(*regexp.Regexp).MatchString(n.Value) {
		return one("must be " + typ + " case")
	}
	return nil
}
