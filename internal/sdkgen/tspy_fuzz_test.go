package sdkgen

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sequere/sequere/internal/spec"
)

// FuzzTypeScriptPythonClients generates the TypeScript and Python clients of
// arbitrary descriptions: the emitters must never panic, and every source file
// they write must be lexically sane (valid UTF-8, strings and comments closed,
// brackets balanced), which is what a name or doc string the emitter failed to
// escape breaks. Seeds are in code and in testdata/fuzz/FuzzTypeScriptPythonClients.
func FuzzTypeScriptPythonClients(f *testing.F) {
	torture, err := os.ReadFile(filepath.Join(repo, "testdata/sdkgen/torture/openapi.yaml"))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		string(torture),
		"openapi: 3.1.0\ninfo: {title: \"t\\\"'`${x}*/\", version: '1'}\npaths: {'/a/{b}': {get: {operationId: \"x'y\\\"z\", description: \"*/ \\\"\\\"\\\" ``` {{\", parameters: [{name: b, in: path, required: true, schema: {type: string}}, {name: \"q'\\\"\", in: query, schema: {type: string, format: date-time}}], responses: {'200': {description: ok, content: {application/json: {schema: {type: object, properties: {\"a b\": {type: string, description: \"\\\\\"}, \"class\": {type: integer, format: int64}, \"\": {type: string}}}}}}}}}}\n",
		"openapi: 3.0.0\ninfo: {title: t, version: '1'}\ncomponents: {schemas: {'1x': {type: string, enum: [\"a'b\", 'c\"d', '\\\\', '']}, None: {type: object, properties: {None: {$ref: '#/components/schemas/None'}}}, E: {enum: [1, 'x', null, true, {a: 1}]}, U: {oneOf: [{type: array, items: {type: string}}, {type: array, items: {type: integer}}, {type: string, format: date}]}}}\n",
		"swagger: '2.0'\ninfo: {title: t, version: '1'}\nsecurityDefinitions: {o: {type: oauth2, flow: application, tokenUrl: 'https://x/t'}}\npaths: {/f: {post: {consumes: [application/x-www-form-urlencoded], parameters: [{name: a, in: formData, type: string}, {name: Idempotency-Key, in: header, type: string}], responses: {'201': {description: ok}}}}}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := spec.LoadBytes(context.Background(), "fuzz.yaml", data, spec.Options{})
		if err != nil {
			return
		}
		for _, lang := range []string{"typescript", "python"} {
			res, err := Client(doc, lang, ClientOptions{Package: "api"})
			if err != nil {
				if strings.Contains(err.Error(), "internal error") {
					t.Fatal(err)
				}
				continue
			}
			for _, file := range res.Files {
				var err error
				switch {
				case strings.HasSuffix(file.Name, ".ts"):
					err = saneSource(file.Data, tsLexicon)
				case strings.HasSuffix(file.Name, ".py"):
					err = saneSource(file.Data, pyLexicon)
				}
				if err != nil {
					t.Fatalf("%s %s: %v", lang, file.Name, err)
				}
			}
		}
	})
}

// lexicon is what saneSource needs to know of a language's tokens.
type lexicon struct {
	lineComment  string
	blockComment [2]string // "" when none
	quotes       []string  // string delimiters, longest first
	template     bool      // backquoted strings with ${...}
	regex        bool      // /.../ literals where an operand is expected
}

var (
	tsLexicon = lexicon{lineComment: "//", blockComment: [2]string{"/*", "*/"}, quotes: []string{`"`, `'`}, template: true, regex: true}
	pyLexicon = lexicon{lineComment: "#", quotes: []string{`"""`, `'''`, `"`, `'`}}
)

// saneSource checks that src is valid UTF-8, closes every string, comment and
// template, and balances (), [] and {} outside them.
func saneSource(src []byte, lx lexicon) error {
	if !utf8.Valid(src) {
		return fmt.Errorf("not valid UTF-8")
	}
	s := string(src)
	line := 1
	var stack []byte // open brackets, and '`' for a template literal's text
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	prev := byte(0) // last significant character, to tell a regex from a division
	for i := 0; i < len(s); {
		c := s[i]
		inTemplate := len(stack) > 0 && stack[len(stack)-1] == '`'
		if inTemplate {
			switch {
			case c == '\\':
				i += 2
			case c == '`':
				stack = stack[:len(stack)-1]
				i++
				prev = 'a'
			case strings.HasPrefix(s[i:], "${"):
				stack = append(stack, '{')
				i += 2
				prev = '{'
			default:
				if c == '\n' {
					line++
				}
				i++
			}
			continue
		}
		switch {
		case c == '\n':
			line++
			i++
			continue
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case strings.HasPrefix(s[i:], lx.lineComment):
			for i < len(s) && s[i] != '\n' {
				i++
			}
			continue
		case lx.blockComment[0] != "" && strings.HasPrefix(s[i:], lx.blockComment[0]):
			end := strings.Index(s[i+2:], lx.blockComment[1])
			if end < 0 {
				return fmt.Errorf("line %d: comment never closed", line)
			}
			line += strings.Count(s[i:i+2+end], "\n")
			i += 2 + end + 2
			continue
		case lx.template && c == '`':
			stack = append(stack, '`')
			i++
			continue
		case lx.regex && c == '/' && strings.IndexByte("(,=:[!&|?{};", prev) >= 0:
			j, class := i+1, false
			for ; j < len(s) && (class || s[j] != '/'); j++ {
				switch s[j] {
				case '\\':
					j++
				case '[':
					class = true
				case ']':
					class = false
				case '\n':
					return fmt.Errorf("line %d: regular expression never closed", line)
				}
			}
			i, prev = j+1, 'a'
			continue
		}
		if q := quoteAt(s[i:], lx.quotes); q != "" {
			j := i + len(q)
			for ; j < len(s) && !strings.HasPrefix(s[j:], q); j++ {
				if s[j] == '\\' {
					j++
				} else if s[j] == '\n' {
					if len(q) == 1 {
						return fmt.Errorf("line %d: string never closed", line)
					}
					line++
				}
			}
			if j >= len(s) {
				return fmt.Errorf("line %d: string never closed", line)
			}
			i, prev = j+len(q), 'a'
			continue
		}
		switch c {
		case '(', '[', '{':
			stack = append(stack, c)
		case ')', ']', '}':
			if len(stack) == 0 || stack[len(stack)-1] != pairs[c] {
				return fmt.Errorf("line %d: unbalanced %q", line, c)
			}
			stack = stack[:len(stack)-1]
		}
		prev = c
		if isWordByte(c) {
			j := i
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if w := s[i:j]; w == "return" || w == "typeof" || w == "case" {
				prev = '('
			} else {
				prev = 'a'
			}
			i = j
			continue
		}
		i++
	}
	if len(stack) > 0 {
		return fmt.Errorf("end of file: %q never closed", stack[len(stack)-1])
	}
	return nil
}

func quoteAt(s string, quotes []string) string {
	for _, q := range quotes {
		if strings.HasPrefix(s, q) {
			return q
		}
	}
	return ""
}

func isWordByte(c byte) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// TestSaneSource: the fuzz target's check accepts real generated sources and
// rejects each way an unescaped name breaks them.
func TestSaneSource(t *testing.T) {
	for _, lang := range []string{"typescript", "python"} {
		lx := map[string]lexicon{"typescript": tsLexicon, "python": pyLexicon}[lang]
		for _, f := range generateClient(t, "testdata/sdkgen/torture/openapi.yaml", lang, "torture").Files {
			if strings.HasSuffix(f.Name, ".ts") || strings.HasSuffix(f.Name, ".py") {
				if err := saneSource(f.Data, lx); err != nil {
					t.Errorf("%s %s: %v", lang, f.Name, err)
				}
			}
		}
	}
	bad := []struct {
		lx  lexicon
		src string
	}{
		{tsLexicon, `const a = "x;`},
		{tsLexicon, "const a = { b: [1, 2 };"},
		{tsLexicon, "/** never closed\nconst a = 1;"},
		{tsLexicon, "const a = `x${b`;"},
		{tsLexicon, "if (/[/]/.test(x) {}"},
		{pyLexicon, `x = 'a"` + "\n"},
		{pyLexicon, "\"\"\"doc\nx = 1\n"},
		{pyLexicon, "f(a, [b)\n"},
		{pyLexicon, "x = 1\n\xff\n"},
	}
	for _, b := range bad {
		if err := saneSource([]byte(b.src), b.lx); err == nil {
			t.Errorf("%q: accepted", b.src)
		}
	}
}
