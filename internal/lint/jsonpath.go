package lint

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Path is a compiled JSONPath in the dialect Spectral rulesets are written in
// (jsonpath-plus): `$`, `.name`, `['name']`, `[a,b]` unions, `*`, `..`
// recursive descent, `[n]` indices, `[start:end]` slices, `[?(expr)]` filters
// with @, @property, @parent, @parentProperty and @path, `^` (the node that
// holds the match; anywhere in the path) and `~` (the property name of the
// match; as in jsonpath-plus, whatever follows a `~` is ignored). Paths are
// immutable once compiled and safe for concurrent use.
type Path struct {
	src   string
	steps []step
	// keys is a trailing `~`: the match is the property name, not the value.
	keys bool
	// parents counts trailing `^`: the match is that many levels up.
	parents int
	// usesPath is true when a filter reads @path or @parentProperty, which
	// depend on the route taken rather than the node reached.
	usesPath bool
}

type stepKind uint8

const (
	stepNames  stepKind = iota // one or more names or indices
	stepAll                    // *
	stepFilter                 // [?(...)]
	stepSlice                  // [a:b]
)

type step struct {
	desc   bool // preceded by `..`
	kind   stepKind
	names  []string
	filter *expr
	lo, hi int
	hasLo  bool
	hasHi  bool
}

// String returns the source text of the path.
func (p *Path) String() string { return p.src }

// ParsePath compiles a JSONPath. The error says what is wrong and where.
func ParsePath(src string) (*Path, error) {
	s := strings.TrimSpace(src)
	if !strings.HasPrefix(s, "$") {
		return nil, fmt.Errorf("JSONPath %q must start with $", src)
	}
	p := &Path{src: src}
	i := 1
	desc := false
	var pending []step // steps a mid-path `^` undid, waiting for the next step
	add := func(st step) error {
		if pending != nil {
			if st.desc {
				return fmt.Errorf("JSONPath %q: `..` right after this `^` is not supported", src)
			}
			st = parentHas(st, pending)
			pending = nil
		}
		if st.filter != nil && st.filter.usesPath {
			p.usesPath = true
		}
		p.steps = append(p.steps, st)
		return nil
	}
	for i < len(s) {
		switch {
		case strings.HasPrefix(s[i:], ".."):
			if desc {
				return nil, fmt.Errorf("JSONPath %q: unexpected `...` at offset %d", src, i)
			}
			desc = true
			i += 2
			if i < len(s) && s[i] != '[' {
				st, n, err := parseDotName(s[i:])
				if err != nil {
					return nil, fmt.Errorf("JSONPath %q: %v", src, err)
				}
				st.desc = true
				if err := add(st); err != nil {
					return nil, err
				}
				desc = false
				i += n
			}
		case s[i] == '.':
			i++
			st, n, err := parseDotName(s[i:])
			if err != nil {
				return nil, fmt.Errorf("JSONPath %q: %v", src, err)
			}
			if err := add(st); err != nil {
				return nil, err
			}
			i += n
		case s[i] == '[':
			end := matchBracket(s, i)
			if end < 0 {
				return nil, fmt.Errorf("JSONPath %q: unclosed `[` at offset %d", src, i)
			}
			st, err := parseBracket(s[i+1 : end])
			if err != nil {
				return nil, fmt.Errorf("JSONPath %q: %v", src, err)
			}
			st.desc = desc
			desc = false
			if err := add(st); err != nil {
				return nil, err
			}
			i = end + 1
		case s[i] == '~':
			if pending != nil {
				// The holder is $ or a node below where `..` started: a
				// name jsonpath-plus gives as null or we cannot compile.
				return nil, fmt.Errorf("JSONPath %q: `~` at offset %d after this `^` is not supported", src, i)
			}
			// jsonpath-plus stops at `~` and returns the property names,
			// ignoring the rest of the path; so do we.
			p.keys = true
			return p, nil
		case s[i] == '^':
			n := 0
			for i < len(s) && s[i] == '^' {
				n++
				i++
			}
			if i == len(s) {
				// Trailing: the walker climbs its own stack of the route.
				p.parents = n
				return p, nil
			}
			if n > len(p.steps) {
				return nil, fmt.Errorf("JSONPath %q: `^` at offset %d climbs above $", src, i-n)
			}
			undone := slices.Clone(p.steps[len(p.steps)-n:])
			p.steps = p.steps[:len(p.steps)-n]
			if len(p.steps) > 0 && !undone[0].desc {
				last := &p.steps[len(p.steps)-1]
				*last = holdsChild(*last, undone)
				p.usesPath = p.usesPath || last.filter.usesPath
			} else {
				// Nothing before to attach to (the holder is $), or the
				// holder may be where `..` started: the next step checks
				// the node it descends from instead.
				pending = undone
			}
		default:
			return nil, fmt.Errorf("JSONPath %q: unexpected %q at offset %d", src, s[i], i)
		}
	}
	if desc {
		return nil, fmt.Errorf("JSONPath %q: `..` must be followed by a name, * or [...]", src)
	}
	return p, nil
}

// parseDotName reads what follows a `.`: a name or `*`, up to the next
// separator. jsonpath-plus accepts almost any character in a dotted name
// ($ref, x-foo, 200), so only the path syntax characters end it.
func parseDotName(s string) (step, int, error) {
	n := 0
	for n < len(s) && s[n] != '.' && s[n] != '[' && s[n] != '~' && s[n] != '^' {
		n++
	}
	name := s[:n]
	switch name {
	case "":
		return step{}, 0, fmt.Errorf("empty name after `.`")
	case "*":
		return step{kind: stepAll}, n, nil
	}
	return step{kind: stepNames, names: []string{name}}, n, nil
}

// matchBracket finds the `]` closing the `[` at open, skipping quoted strings,
// regex literals' escapes and nested brackets inside filter expressions.
func matchBracket(s string, open int) int {
	depth := 0
	var quote byte
	for i := open; i < len(s); i++ {
		c := s[i]
		if quote != 0 {
			if c == '\\' {
				i++
			} else if c == quote {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"':
			quote = c
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

func parseBracket(in string) (step, error) {
	body := strings.TrimSpace(in)
	switch {
	case body == "*":
		return step{kind: stepAll}, nil
	case strings.HasPrefix(body, "?"):
		e := strings.TrimSpace(body[1:])
		if strings.HasPrefix(e, "(") && strings.HasSuffix(e, ")") {
			e = e[1 : len(e)-1]
		}
		x, err := parseExpr(e)
		if err != nil {
			return step{}, fmt.Errorf("filter [%s]: %v", body, err)
		}
		return step{kind: stepFilter, filter: x}, nil
	case strings.HasPrefix(body, "("):
		return step{}, fmt.Errorf("script expressions [%s] are not supported; use a filter [?(...)]", body)
	}
	if lo, hi, ok := strings.Cut(body, ":"); ok && !strings.ContainsAny(body, `'"`) {
		st := step{kind: stepSlice}
		var err error
		if strings.TrimSpace(lo) != "" {
			st.hasLo = true
			if st.lo, err = strconv.Atoi(strings.TrimSpace(lo)); err != nil {
				return step{}, fmt.Errorf("bad slice [%s]", body)
			}
		}
		hi, _, _ = strings.Cut(hi, ":") // a step is accepted and ignored
		if strings.TrimSpace(hi) != "" {
			st.hasHi = true
			if st.hi, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil {
				return step{}, fmt.Errorf("bad slice [%s]", body)
			}
		}
		return st, nil
	}
	names, err := splitUnion(body)
	if err != nil {
		return step{}, err
	}
	return step{kind: stepNames, names: names}, nil
}

// splitUnion reads `'a','b'`, `"a"`, `a,b` or `0,1` into names.
func splitUnion(body string) ([]string, error) {
	var names []string
	i := 0
	for i <= len(body) {
		for i < len(body) && body[i] == ' ' {
			i++
		}
		if i >= len(body) {
			return nil, fmt.Errorf("empty name in [%s]", body)
		}
		var name string
		if q := body[i]; q == '\'' || q == '"' {
			var b strings.Builder
			j := i + 1
			for ; j < len(body) && body[j] != q; j++ {
				if body[j] == '\\' && j+1 < len(body) {
					j++
				}
				b.WriteByte(body[j])
			}
			if j >= len(body) {
				return nil, fmt.Errorf("unclosed quote in [%s]", body)
			}
			name = b.String()
			i = j + 1
			for i < len(body) && body[i] == ' ' {
				i++
			}
		} else {
			j := strings.IndexByte(body[i:], ',')
			if j < 0 {
				j = len(body) - i
			}
			name = strings.TrimSpace(body[i : i+j])
			if name == "" {
				return nil, fmt.Errorf("empty name in [%s]", body)
			}
			i += j
		}
		names = append(names, name)
		if i >= len(body) {
			break
		}
		if body[i] != ',' {
			return nil, fmt.Errorf("expected `,` in [%s]", body)
		}
		i++
	}
	return names, nil
}
