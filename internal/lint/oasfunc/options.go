package oasfunc

import "github.com/sequere/sequere/internal/lint"

import "strconv"

// optInt reads an integer option whatever numeric type the ruleset reader
// produced, with a fallback for absent or odd values.
func optInt(opts map[string]any, key string, def int) int {
	switch v := opts[key].(type) {
	case int:
		return v
	case int64:
		return int(v)
	case uint64:
		return int(v)
	case float64:
		return int(v)
	case string:
		if i, err := strconv.Atoi(v); err == nil {
			return i
		}
	}
	return def
}

func optBool(opts map[string]any, key string) bool {
	b, _ := opts[key].(bool)
	return b
}

func optString(opts map[string]any, key, def string) string {
	if s, ok := opts[key].(string); ok {
		return s
	}
	return def
}

// optStrings reads a list of strings ([]any or []string).
func optStrings(opts map[string]any, key string) []string { return lint.OptionStrings(opts, key) }
