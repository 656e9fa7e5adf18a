package lint

import (
	"strconv"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/report"
	"github.com/sequere/sequere/internal/spec"
)

// IgnoreKey is the extension that suppresses findings in place, as vacuum
// reads it: a rule id or a list of rule ids, on the offending node or any
// ancestor in the file that holds it.
const IgnoreKey = "x-lint-ignore"

func filterIgnored(doc *spec.Document, fs []report.Finding) []report.Finding {
	out := fs[:0]
	for _, f := range fs {
		if !ignored(doc, f) {
			out = append(out, f)
		}
	}
	return out
}

// markIndices records which path segments index an array, by following each
// finding's path in the file that holds it (paths are in source terms).
func markIndices(doc *spec.Document, fs []report.Finding) {
	for i := range fs {
		f := &fs[i]
		file := doc.File(f.Location.File)
		if file == nil {
			continue
		}
		f.Indices = f.Indices[:0]
		n := file.Root
		for j, seg := range f.Path {
			n = unalias(n)
			if n == nil {
				break
			}
			switch n.Kind {
			case yaml.MappingNode:
				n = spec.MapGet(n, seg)
			case yaml.SequenceNode:
				k, err := strconv.Atoi(seg)
				if err != nil || k < 0 || k >= len(n.Content) {
					n = nil
					continue
				}
				f.Indices = append(f.Indices, j)
				n = n.Content[k]
			default:
				n = nil
			}
		}
		if len(f.Indices) == 0 {
			f.Indices = nil
		}
	}
}

func ignored(doc *spec.Document, f report.Finding) bool {
	file := doc.File(f.Location.File)
	if file == nil || file.Root == nil {
		return false
	}
	n := file.Root
	for i := 0; ; i++ {
		if n = unalias(n); n == nil {
			return false
		}
		if n.Kind == yaml.MappingNode && ignores(spec.MapGet(n, IgnoreKey), f.ID) {
			return true
		}
		if i == len(f.Path) {
			return false
		}
		switch n.Kind {
		case yaml.MappingNode:
			n = spec.MapGet(n, f.Path[i])
		case yaml.SequenceNode:
			k, err := strconv.Atoi(f.Path[i])
			if err != nil || k < 0 || k >= len(n.Content) {
				return false
			}
			n = n.Content[k]
		default:
			return false
		}
		if n == nil {
			return false
		}
	}
}

// unalias follows a YAML alias to its anchored node: a path that passes
// through an alias reads the content it stands for.
func unalias(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode && n.Alias != nil {
		return n.Alias
	}
	return n
}

func ignores(v *yaml.Node, id string) bool {
	if v == nil {
		return false
	}
	switch v.Kind {
	case yaml.ScalarNode:
		return v.Value == id
	case yaml.SequenceNode:
		for _, c := range v.Content {
			if c.Kind == yaml.ScalarNode && c.Value == id {
				return true
			}
		}
	}
	return false
}
