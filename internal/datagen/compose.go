package datagen

// allOf merges the members' generated objects (plus the schema's own keywords).
func (g *state) allOf(s map[string]any, all []any, depth int) any {
	var merged map[string]any
	var other any
	otherTyped := false
	for _, m := range all {
		v := g.value(m, depth)
		if obj, ok := v.(map[string]any); ok {
			if merged == nil {
				merged = map[string]any{}
			}
			for k, x := range obj {
				merged[k] = x
			}
		} else if v != nil {
			// A member that only annotates ({description: ...}) takes any
			// value; the string made for it must not replace the value of
			// a member that says what the value is (DigitalOcean's allOf
			// [{$ref: tags array}, {description}]).
			typed := constrains(g.deref(m))
			if other == nil || (typed && !otherTyped) {
				other, otherTyped = v, typed
			}
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
