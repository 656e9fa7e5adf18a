package mock

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"
)

// maxBody bounds what the mock reads of a request body.
const maxBody = 8 << 20

// checked is the outcome of validating one request.
type checked struct {
	status   int // 0 when valid
	problem  problem
	body     any // decoded JSON body, nil when none
	bodyType string
	raw      []byte
}

// check validates parameters and body and returns every violation at once.
func (m *model) check(r *http.Request, op *operation, pathVals map[string]string) checked {
	var c checked
	var errs []fieldError
	var q url.Values
	if r.URL.RawQuery != "" {
		var qerr error
		if q, qerr = url.ParseQuery(r.URL.RawQuery); qerr != nil {
			return checked{status: http.StatusBadRequest, problem: problem{Type: typeMalformed, Status: 400, Detail: "the query string is malformed: " + qerr.Error()}}
		}
	}
	for _, p := range op.params {
		v, ok, malformed := p.values(r, q, pathVals)
		ptr := p.ptr
		if malformed {
			return checked{status: http.StatusBadRequest, problem: problem{Type: typeMalformed, Status: 400, Detail: "path parameter " + p.name + " is not valid percent-encoding"}}
		}
		if !ok {
			if p.required {
				errs = append(errs, fieldError{Pointer: ptr, Detail: "required " + p.in + " parameter " + p.name + " is missing"})
			}
			continue
		}
		errs = append(errs, p.val.validate(v, ptr)...)
	}
	if op.body != nil && r.Body != nil {
		raw, err := io.ReadAll(io.LimitReader(r.Body, maxBody+1))
		if err != nil {
			return checked{status: http.StatusBadRequest, problem: problem{Type: typeMalformed, Status: 400, Detail: "cannot read the request body"}}
		}
		if len(raw) > maxBody {
			return checked{status: http.StatusRequestEntityTooLarge, problem: problem{Type: typeMalformed, Status: 413, Detail: "the request body is larger than 8 MiB"}}
		}
		c.raw = raw
		if len(bytes.TrimSpace(raw)) == 0 {
			if op.body.required {
				errs = append(errs, fieldError{Pointer: "/body", Detail: "a request body is required"})
			}
		} else {
			ct := r.Header.Get("Content-Type")
			md := pickBodyMedia(ct, op.body.media)
			if md == nil {
				return checked{status: http.StatusUnsupportedMediaType, problem: problem{Type: typeMediaType, Status: 415,
					Detail: "Content-Type " + quoteOr(ct, "(none)") + " is not one of: " + mediaNames(op.body.media)}}
			}
			c.bodyType = md.typ
			v, derrs, perr := decodeBody(raw, ct, md)
			if perr != nil {
				return checked{status: http.StatusBadRequest, problem: problem{Type: typeMalformed, Status: 400, Detail: "the request body is not valid " + md.typ + ": " + perr.Error()}}
			}
			c.body = v
			errs = append(errs, derrs...)
			if v != nil {
				errs = append(errs, md.val.validate(v, "/body")...)
			}
		}
	}
	if len(errs) > 0 {
		c.status = http.StatusUnprocessableEntity
		c.problem = problem{Type: typeValidation, Status: 422, Title: "Invalid request",
			Detail: "the request does not match the description of " + op.id, Errors: errs}
	}
	return c
}

func quoteOr(s, empty string) string {
	if s == "" {
		return empty
	}
	return `"` + s + `"`
}

func mediaNames(list []*media) string {
	names := make([]string, len(list))
	for i, m := range list {
		names[i] = m.typ
	}
	return strings.Join(names, ", ")
}

// pickBodyMedia finds the declared media type for a Content-Type; declared
// ranges (application/*) match too. No Content-Type matches only */*.
func pickBodyMedia(ct string, list []*media) *media {
	if len(list) == 0 {
		return nil
	}
	for _, m := range list {
		if ct == m.typ {
			return m
		}
	}
	typ, _, err := mime.ParseMediaType(ct)
	if err != nil {
		typ = ""
	}
	for _, m := range list {
		if typ != "" && mediaMatch(typ, m.typ) || m.typ == "*/*" {
			return m
		}
	}
	return nil
}

// decodeBody returns the JSON value of a body and the violations found while
// decoding it: JSON is parsed, forms (urlencoded and multipart) are turned
// into an object following the schema and the media type's encoding, other
// media types are not validated (nil).
func decodeBody(raw []byte, ct string, md *media) (any, []fieldError, error) {
	typ, _, _ := mime.ParseMediaType(ct)
	switch {
	case isJSON(typ) || isJSON(md.typ):
		v, err := decodeJSON(raw)
		return v, nil, err
	case typ == "application/x-www-form-urlencoded":
		return decodeURLEncoded(raw, md)
	case typ == "multipart/form-data":
		return decodeMultipart(raw, ct, md)
	}
	return nil, nil, nil
}

func decodeJSON(raw []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	if dec.More() {
		return nil, errors.New("trailing data after the JSON value")
	}
	return v, nil
}
