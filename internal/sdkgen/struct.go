package sdkgen

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/sequere/sequere/internal/sdkgen/ir"
)

func (b *builder) fillUnion(t *Type, s *ir.Written) {
	t.Kind = KindUnion
	members := s.OneOf
	if len(members) == 0 {
		members = s.AnyOf
	}
	local := newNamer()
	byTarget := map[*ir.Written]*Variant{}
	for i, m := range members {
		if m.Ref == "" && m.Type == "null" {
			continue
		}
		gt, _ := b.goType(m, fmt.Sprintf("%sVariant%d", t.Name, i+1))
		v := &Variant{GoType: gt, Field: local.unique(variantField(gt))}
		target, name, isRef := b.resolve(m)
		if !isRef {
			target = m
		}
		var types []string
		if target != nil {
			types = target.Types
		}
		v.Object = b.isStruct(target) || (len(types) == 1 && types[0] == "object")
		if isRef && target != nil {
			byTarget[target] = v
			defer func(v *Variant, name string) {
				if len(v.Tags) == 0 {
					v.Tags = []string{fmt.Sprintf("%q", name)}
				}
			}(v, name)
		}
		t.Variants = append(t.Variants, v)
	}
	if !s.HasDiscriminator {
		return
	}
	t.Discriminator = s.DiscriminatorProperty
	for _, m := range s.Mapping {
		if m.Err != "" {
			b.warn("discriminator mapping %q: %s", m.Value, m.Err)
			continue
		}
		if v := byTarget[m.Target]; v != nil {
			v.Tags = append(v.Tags, fmt.Sprintf("%q", m.Key))
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

func (b *builder) fillStruct(t *Type, s *ir.Written) {
	t.Kind = KindStruct
	required := map[string]bool{}
	var props []*ir.WrittenProperty
	seen := map[string]bool{}
	var collect func(s *ir.Written, depth int)
	collect = func(s *ir.Written, depth int) {
		if depth > 16 {
			return
		}
		if target, _, isRef := b.resolve(s); isRef {
			if target != nil {
				collect(target, depth+1)
			}
			return
		}
		for _, r := range s.Required {
			required[r] = true
		}
		for _, p := range s.Properties {
			if !seen[p.Name] {
				seen[p.Name] = true
				props = append(props, p)
			}
		}
		for _, m := range s.AllOf {
			collect(m, depth+1)
		}
	}
	collect(s, 0)
	local := newNamer()
	for _, p := range props {
		if !jsonNameable(p.Name) {
			b.warn("%s: %s: property %q cannot be named in an encoding/json tag; it is validated but has no field", posAt(p.Schema.Pos), t.Name, p.Name)
			continue
		}
		ft, null := b.goType(p.Schema, t.Name+exported(p.Name))
		f := &Field{Name: local.unique(exported(p.Name)), JSONName: p.Name, Doc: firstSentence(p.Schema.Description)}
		ref := strings.HasPrefix(ft, "[]") || strings.HasPrefix(ft, "map[") || ft == "any"
		// A bare "-" tag would drop the field, so a property named "-" keeps a comma.
		plain := p.Name
		if p.Name == "-" {
			plain = "-,"
		}
		switch {
		case required[p.Name] && (!null || ref):
			f.GoType, f.Tag = ft, fmt.Sprintf(`json:"%s"`, plain)
		case required[p.Name]:
			f.GoType, f.Tag = "*"+ft, fmt.Sprintf(`json:"%s"`, plain)
		case null:
			f.GoType, f.Tag = "Nullable["+ft+"]", fmt.Sprintf(`json:"%s,omitzero"`, p.Name)
		case ref:
			f.GoType, f.Tag = ft, fmt.Sprintf(`json:"%s,omitempty"`, p.Name)
		default:
			f.GoType, f.Tag = "*"+ft, fmt.Sprintf(`json:"%s,omitempty"`, p.Name)
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
