package core

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/lint"
)

func truthy(c lint.Call) []lint.Violation {
	if !jsTruthy(target(c)) {
		return one(`#{{print("property")}}must be truthy`)
	}
	return nil
}

func falsy(c lint.Call) []lint.Violation {
	if jsTruthy(target(c)) {
		return one(`#{{print("property")}}must be falsy`)
	}
	return nil
}

func defined(c lint.Call) []lint.Violation {
	if c.Target.Node == nil {
		return one(`#{{print("property")}}must be defined`)
	}
	return nil
}

func undefinedFn(c lint.Call) []lint.Violation {
	if c.Target.Node != nil {
		return one(`#{{print("property")}}must be undefined`)
	}
	return nil
}

// presentKeys counts which of props are keys of the mapping n.
func presentKeys(n *yaml.Node, props []string) int {
	count := 0
	for i := 0; i+1 < len(n.Content); i += 2 {
		for _, p := range props {
			if n.Content[i].Value == p {
				count++
			}
		}
	}
	return count
}

func xor(c lint.Call) []lint.Violation {
	n := target(c)
	props := optStrings(c.Options, "properties")
	if n == nil || n.Kind != yaml.MappingNode || len(props) != 2 {
		return nil
	}
	if presentKeys(n, props) != 1 {
		return one(quote(props[0]) + " and " + quote(props[1]) + " must not be both defined or both undefined")
	}
	return nil
}

func or(c lint.Call) []lint.Violation {
	n := target(c)
	props := optStrings(c.Options, "properties")
	if n == nil || n.Kind != yaml.MappingNode || len(props) < 2 {
		return nil
	}
	if presentKeys(n, props) > 0 {
		return nil
	}
	if len(props) > 4 {
		return one(`At least one of "` + strings.Join(props[:3], `" or "`) + `" or ` + itoa(len(props)-3) + " other properties must be defined")
	}
	return one(`At least one of "` + strings.Join(props, `" or "`) + `" must be defined`)
}
