package datagen

// allOf merges the members' generated objects (plus the schema's own keywords).
func (g *state) allOf(s map[string]any, all []any, depth int) any {
	var merged map[string]any
	var other any
	haveOther, otherTyped := false, false
	for _, m := range all {
		v := g.value(m, depth)
		if obj, ok := v.(map[string]any); ok {
			if merged == nil {
				merged = map[string]any{}
			}
			for k, x := range obj {
				// A member that only requires a property another member
				// describes (DigitalOcean's job spec: allOf [{$ref: base
				// with a name pattern}, {required: [name]}]) made an
				// arbitrary value for it; the describing member's value
				// stands.
				if _, set := merged[k]; set && !g.describes(m, k) {
					continue
				}
				merged[k] = x
			}
			continue
		}
		// A member that only annotates ({description: ...}) takes any
		// value; the value made for it must not replace the value of a
		// member that says what the value is (DigitalOcean's allOf
		// [{$ref: nullable tags array}, {description, example: a string}]),
		// not even when that value is null.
		typed := constrains(g.deref(m))
		if v == nil && !typed {
			continue
		}
		if !haveOther || (typed && !otherTyped) {
			other, haveOther, otherTyped = v, true, typed
		}
	}
	rest := map[string]any{}
	for k, v := range s {
		if k != "allOf" {
			rest[k] = v
		}
	}
	if _, ok := rest["properties"]; ok {
		if obj, ok := g.object(rest, depth).(map[string]any); ok {
			if merged == nil {
				merged = map[string]any{}
			}
			for k, x := range obj {
				merged[k] = x
			}
		}
	}
	if merged != nil {
		// A property the owner requires beside its allOf but only a member
		// describes, optional there, is made from that member's schema
		// (DigitalOcean's static site: allOf [{$ref: base with name}, ...]
		// and required: [name] beside it).
		req, _ := rest["required"].([]any)
		for _, r := range req {
			k, _ := r.(string)
			if _, ok := merged[k]; ok || k == "" {
				continue
			}
			for _, m := range all {
				if ps, ok := g.property(m, k, 0); ok {
					if v := g.value(ps, depth+1); v != nil {
						merged[k] = v
					}
					break
				}
			}
		}
		g.discriminate(s, merged, "")
		return merged
	}
	return other
}

// choice picks one member of oneOf/anyOf (the first that fits in static
// mode, a random one in dynamic mode) and sets the discriminator property
// to the name that maps to the chosen member. Properties written beside the
// composition (a body with its own required fields and an anyOf that ties
// one field to another) are generated too and merged with the member. A
// oneOf value must match exactly one member, and a merged value the whole
// schema: candidates are tried in turn until one conforms.
func (g *state) choice(s map[string]any, list []any, depth int) any {
	var base map[string]any
	if _, ok := s["properties"]; ok || typeOf(s) == "object" {
		rest := map[string]any{}
		for k, v := range s {
			if k != "oneOf" && k != "anyOf" && k != "discriminator" {
				rest[k] = v
			}
		}
		base, _ = g.object(rest, depth).(map[string]any)
	}
	_, isOneOf := s["oneOf"]
	check := base != nil || isOneOf
	start := 0
	if g.o.Dynamic {
		start = g.f.IntN(len(list))
	}
	var first any
	for n := range len(list) {
		i := (start + n) % len(list)
		v := g.value(list[i], depth)
		if obj, ok := v.(map[string]any); ok {
			if base != nil {
				merged := make(map[string]any, len(base)+len(obj))
				for k, x := range base {
					merged[k] = x
				}
				for k, x := range obj {
					merged[k] = x
				}
				obj = merged
				v = merged
			}
			ref := ""
			if m, ok := list[i].(map[string]any); ok {
				ref, _ = m["$ref"].(string)
			}
			g.discriminate(s, obj, ref)
		}
		if n == 0 {
			first = v
		}
		if !check || g.overBudget() || Conforms(g.r, s, v) {
			return v
		}
	}
	return first
}

// discriminate writes the discriminator value: the mapping key whose target
// is ref, else the last segment of ref (the schema name), as OpenAPI says.
func (g *state) discriminate(s map[string]any, obj map[string]any, ref string) {
	d, ok := s["discriminator"].(map[string]any)
	if !ok {
		return
	}
	prop, _ := d["propertyName"].(string)
	if prop == "" || ref == "" {
		return
	}
	if mapping, ok := d["mapping"].(map[string]any); ok {
		for k, target := range mapping {
			if t, ok := target.(string); ok && (t == ref || hasSuffixName(ref, t)) {
				obj[prop] = k
				return
			}
		}
	}
	obj[prop] = lastSegment(ref)
}

func hasSuffixName(ref, t string) bool {
	return len(t) > 0 && len(ref) >= len(t) && ref[len(ref)-len(t):] == t
}

func lastSegment(ref string) string {
	for i := len(ref) - 1; i >= 0; i-- {
		if ref[i] == '/' {
			return ref[i+1:]
		}
	}
	return ref
}

// constrains reports whether s says anything of a value's type or values,
// as opposed to annotating it only.
// describes reports whether schema (through $refs and its own allOf)
// describes property k.
func (g *state) describes(schema any, k string) bool {
	_, ok := g.property(schema, k, 0)
	return ok
}

// property finds the schema of property k in schema, through $refs and
// its own allOf.
func (g *state) property(schema any, k string, depth int) (any, bool) {
	s := g.deref(schema)
	if s == nil || depth > 16 { // an allOf cycle
		return nil, false
	}
	if p, ok := s["properties"].(map[string]any); ok {
		if ps, ok := p[k]; ok {
			return ps, true
		}
	}
	if all, ok := s["allOf"].([]any); ok {
		for _, m := range all {
			if ps, ok := g.property(m, k, depth+1); ok {
				return ps, true
			}
		}
	}
	return nil, false
}

func constrains(s map[string]any) bool {
	if typeOf(s) != "" {
		return true
	}
	for _, k := range []string{"enum", "const", "allOf", "anyOf", "oneOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "pattern"} {
		if _, ok := s[k]; ok {
			return true
		}
	}
	return false
}
