package lint

// OptionStrings reads a functionOptions entry that holds a list of strings.
// YAML decoding gives []any; Go callers may pass []string. Non-string
// elements are skipped; a missing key gives nil.
func OptionStrings(opts map[string]any, key string) []string {
	switch v := opts[key].(type) {
	case []string:
		return v
	case []any:
		out := make([]string, 0, len(v))
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
