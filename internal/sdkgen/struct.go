package sdkgen

import (
	"fmt"
	"strings"
	"unicode"

	yaml "github.com/pb33f/go-yaml"

	"github.com/sequere/sequere/internal/sdkgen/internal/desc"
	"github.com/sequere/sequere/internal/spec"
)

func (b *builder) fillUnion(t *Type, s node) {
	t.Kind = KindUnion
	members := s.Seq("oneOf")
	if len(members) == 0 {
		members = s.Seq("anyOf")
	}
	local := newNamer()
	byTarget := map[*yaml.Node]*Variant{}
	for i, m := range members {
		if spec.RefOf(m.N) == "" && m.Str("type") == "null" {
			continue
		}
		gt, _ := b.goType(m, fmt.Sprintf("%sVariant%d", t.Name, i+1))
		v := &Variant{GoType: gt, Field: local.unique(variantField(gt))}
		target, name, isRef := b.resolve(m)
		if !isRef {
			target = m
		}
		types, _ := b.schemaTypes(target)
		v.Object = b.isStruct(target, types) || (len(types) == 1 && types[0] == "object")
		if isRef && target.OK() {
			byTarget[target.N] = v
			defer func(v *Variant, name string) {
				if len(v.Tags) == 0 {
					v.Tags = []string{fmt.Sprintf("%q", name)}
				}
			}(v, name)
		}
		t.Variants = append(t.Variants, v)
	}
	disc := s.Child("discriminator")
	if !disc.OK() {
		return
	}
	t.Discriminator = disc.Str("propertyName")
	for _, p := range disc.Pairs("mapping") {
		ref := p.Val.N.Value
		if !strings.ContainsAny(ref, "#/.") {
			ref = "#/components/schemas/" + ref // a bare schema name, as OpenAPI allows
		}
		target, _, err := b.doc.ResolveRef(s.File, ref)
		if err != nil {
			b.warn("discriminator mapping %q: %v", p.Val.N.Value, err)
			continue
		}
		if v := byTarget[desc.Unalias(target)]; v != nil {
			v.Tags = append(v.Tags, fmt.Sprintf("%q", p.Key))
		}
	}
}

// variantField names a union member from its Go type.
func variantField(goType string) string {
	switch {
	case strings.HasPrefix(goType, "[]"):
		return variantField(goType[2:]) + "List"
	case strings.HasPrefix(goType, "map[string]"):
		return variantField(goType[len("map[string]"):]) + "Map"
	case goType == "time.Time":
		return "Time"
	}
	return exported(goType)
}

func (b *builder) fillStruct(t *Type, s node) {
	t.Kind = KindStruct
	required := map[string]bool{}
	var props []pair
	seen := map[string]bool{}
	var collect func(s node, depth int)
	collect = func(s node, depth int) {
		if depth > 16 {
			return
		}
		if target, _, isRef := b.resolve(s); isRef {
			if target.OK() {
				collect(target, depth+1)
			}
			return
		}
		for _, r := range s.Seq("required") {
			required[r.N.Value] = true
		}
		for _, p := range s.Pairs("properties") {
			if !seen[p.Key] {
				seen[p.Key] = true
				props = append(props, p)
			}
		}
		for _, m := range s.Seq("allOf") {
			collect(m, depth+1)
		}
	}
	collect(s, 0)
	local := newNamer()
	for _, p := range props {
		if !jsonNameable(p.Key) {
			b.warn("%s: %s: property %q cannot be named in an encoding/json tag; it is validated but has no field", at(p.Val), t.Name, p.Key)
			continue
		}
		ft, null := b.goType(p.Val, t.Name+exported(p.Key))
		f := &Field{Name: local.unique(exported(p.Key)), JSONName: p.Key, Doc: firstSentence(p.Val.Str("description"))}
		ref := strings.HasPrefix(ft, "[]") || strings.HasPrefix(ft, "map[") || ft == "any"
		// A bare "-" tag would drop the field, so a property named "-" keeps a comma.
		plain := p.Key
		if p.Key == "-" {
			plain = "-,"
		}
		switch {
		case required[p.Key] && (!null || ref):
			f.GoType, f.Tag = ft, fmt.Sprintf(`json:"%s"`, plain)
		case required[p.Key]:
			f.GoType, f.Tag = "*"+ft, fmt.Sprintf(`json:"%s"`, plain)
		case null:
			f.GoType, f.Tag = "Nullable["+ft+"]", fmt.Sprintf(`json:"%s,omitzero"`, p.Key)
		case ref:
			f.GoType, f.Tag = ft, fmt.Sprintf(`json:"%s,omitempty"`, p.Key)
		default:
			f.GoType, f.Tag = "*"+ft, fmt.Sprintf(`json:"%s,omitempty"`, p.Key)
		}
		t.Fields = append(t.Fields, f)
	}
}

// jsonNameable mirrors encoding/json's rule for tag names: any other name
// (empty, or holding a quote, a backslash, a comma or a symbol) makes it fall
// back to the Go field name, which would misname the property.
func jsonNameable(name string) bool {
	if name == "" {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", r) {
			return false
		}
	}
	return true
}

// unpointer removes pointers to slices, maps and aliases of them, which are
// nil-able already. It runs once every type is filled, when aliases are known.
func (b *builder) unpointer() {
	alias := map[string]string{}
	for _, t := range b.types {
		if t.Kind == KindAlias {
			alias[t.Name] = t.Base
		}
	}
	var refLike func(string, int) bool
	refLike = func(t string, depth int) bool {
		if isRefType(t) {
			return true
		}
		base, ok := alias[t]
		return ok && depth < 16 && refLike(base, depth+1)
	}
	for _, t := range b.types {
		for _, f := range t.Fields {
			if strings.HasPrefix(f.GoType, "*") && refLike(f.GoType[1:], 0) {
				f.GoType = f.GoType[1:] // nil still encodes as null or, with omitempty, not at all
			}
		}
	}
}
