package spec

import (
	"strings"

	yaml "github.com/pb33f/go-yaml"
)

// Methods are the HTTP methods an OpenAPI path item can hold, in document order
// of the specification.
var Methods = []string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// IsMethod reports whether key names an operation in a path item.
func IsMethod(key string) bool {
	switch key {
	case "get", "put", "post", "delete", "options", "head", "patch", "trace":
		return true
	}
	return false
}

// Operation is one operation of the description. Node is the operation mapping
// and PathItem its (dereferenced) path item; File holds Node.
type Operation struct {
	Path     string
	Method   string // lower case
	Node     *yaml.Node
	PathItem *yaml.Node
	File     string
	// Pointer is the JSON pointer from the entry root: /paths/~1pets/get.
	Pointer string
}

// ID is the operation's operationId, or "".
func (o Operation) ID() string {
	if v := MapGet(o.Node, "operationId"); v != nil {
		return v.Value
	}
	return ""
}

// Operations lists operations in document order (paths, then methods in the
// order they are written). Path items reached through $ref are followed.
func (d *Document) Operations() []Operation {
	paths := MapGet(d.Root, "paths")
	if paths == nil || paths.Kind != yaml.MappingNode {
		return nil
	}
	var ops []Operation
	for i := 0; i+1 < len(paths.Content); i += 2 {
		p := paths.Content[i].Value
		item, file, ok := d.Deref(d.Name, paths.Content[i+1])
		if !ok || item.Kind != yaml.MappingNode {
			continue
		}
		for j := 0; j+1 < len(item.Content); j += 2 {
			m := item.Content[j].Value
			if !IsMethod(m) {
				continue
			}
			// Some descriptions (DigitalOcean) keep each operation in its own file.
			opNode, opFile, ok := d.Deref(file, item.Content[j+1])
			if !ok || opNode.Kind != yaml.MappingNode {
				continue
			}
			ops = append(ops, Operation{
				Path: p, Method: m, Node: opNode, PathItem: item, File: opFile,
				Pointer: "/paths/" + EscapePointer(p) + "/" + m,
			})
		}
	}
	return ops
}

// NamedSchema is a reusable schema: components/schemas (3.x) or definitions (2.0).
type NamedSchema struct {
	Name    string
	Node    *yaml.Node
	File    string
	Pointer string
}

// Schemas lists the reusable schemas in document order. Entries that are
// themselves $refs to other files are followed.
func (d *Document) Schemas() []NamedSchema {
	base := "/components/schemas"
	container := MapGet(MapGet(d.Root, "components"), "schemas")
	if d.Version == V20 {
		base = "/definitions"
		container = MapGet(d.Root, "definitions")
	}
	if container == nil || container.Kind != yaml.MappingNode {
		return nil
	}
	out := make([]NamedSchema, 0, len(container.Content)/2)
	for i := 0; i+1 < len(container.Content); i += 2 {
		name := container.Content[i].Value
		n, file, _ := d.Deref(d.Name, container.Content[i+1])
		out = append(out, NamedSchema{Name: name, Node: n, File: file, Pointer: base + "/" + EscapePointer(name)})
	}
	return out
}

// Pointer joins segments into a JSON pointer.
func Pointer(segments ...string) string {
	var b strings.Builder
	for _, s := range segments {
		b.WriteByte('/')
		b.WriteString(EscapePointer(s))
	}
	return b.String()
}

// PointerSegments splits a JSON pointer into unescaped segments.
func PointerSegments(pointer string) []string {
	if pointer == "" || pointer == "/" {
		return nil
	}
	parts := strings.Split(strings.TrimPrefix(pointer, "/"), "/")
	for i, p := range parts {
		parts[i] = unescapePointer(p)
	}
	return parts
}
