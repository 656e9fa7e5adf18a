package server

import (
	"encoding/json"
	"net/http"
)

// ProblemBase prefixes every problem type URI; the spec lists them under Problem.
const ProblemBase = "https://api.example.com/problems/"

// Problem is an RFC 9457 problem detail.
type Problem struct {
	Type     string       `json:"type"`
	Title    string       `json:"title"`
	Status   int          `json:"status"`
	Detail   string       `json:"detail,omitempty"`
	Instance string       `json:"instance,omitempty"`
	Errors   []FieldError `json:"errors,omitempty"`
}

// FieldError is one invalid field of a validation problem.
type FieldError struct {
	In      string `json:"in"`
	Pointer string `json:"pointer"`
	Detail  string `json:"detail"`
}

// Titles of the problem types, keyed by the last segment of the type URI.
var problemTitles = map[string]string{
	"validation":             "Your request is not valid.",
	"unauthorized":           "Authentication required.",
	"forbidden":              "Insufficient scope.",
	"not-found":              "Not found.",
	"method-not-allowed":     "Method not allowed.",
	"conflict":               "The resource is in use.",
	"invalid-transition":     "The order cannot make this transition.",
	"precondition-failed":    "The resource has changed.",
	"precondition-required":  "If-Match is required.",
	"idempotency-key-reused": "Idempotency-Key reused.",
	"unprocessable":          "The request breaks a business rule.",
	"rate-limited":           "Too many requests.",
	"internal":               "Internal error.",
	"unavailable":            "Not ready.",
}

// NewProblem builds a problem of the given kind ("not-found", ...).
func NewProblem(kind string, status int, detail string) Problem {
	return Problem{Type: ProblemBase + kind, Title: problemTitles[kind], Status: status, Detail: detail}
}

// WriteProblem writes p as application/problem+json. Problems are never cached.
func WriteProblem(w http.ResponseWriter, p Problem) {
	h := w.Header()
	h.Set("Content-Type", "application/problem+json")
	h.Set("Cache-Control", "no-store")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}
