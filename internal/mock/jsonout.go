package mock

import (
	"bytes"
	"encoding/json"
)

// marshal encodes v as JSON without encoding/json's HTML escaping: a mock
// must send the example bytes a client expects ("a&b", not "a\u0026b"), as
// Prism does. The output has no trailing newline.
func marshal(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	out := b.Bytes()
	return out[:len(out)-1], nil
}
