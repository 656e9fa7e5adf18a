package diff

// keywordChecks are the schema keywords beyond the core validation set:
// JSON Schema 2020-12 applicators (OpenAPI 3.1), the readOnly/writeOnly and
// lifecycle annotations of a property, and x-extensible-enum. Subschema
// keywords that both sides write (not excepted) are compared recursively, so
// a change inside them is reported by the ordinary checks at that path; these
// ids cover the keyword appearing, disappearing or changing as a whole.
func keywordChecks() []*Check {
	cs := []*Check{
		{ID: "schema-became-false", Effect: Narrows, Summary: "a schema became the boolean false: no value is valid"},
		{ID: "schema-became-not-false", Effect: Widens, Summary: "a schema is no longer the boolean false"},
		{ID: "schema-not-added", Effect: Narrows, Summary: "a not subschema was added"},
		{ID: "schema-not-removed", Effect: Widens, Summary: "the not subschema was removed"},
		{ID: "schema-not-changed", Effect: Undecidable, Summary: "the not subschema changed and is not a schema on one side (changes inside a schema are judged with the direction reversed)"},
		{ID: "schema-prefix-items-added", Effect: Narrows, Kind: Added, Summary: "a prefixItems position now has a schema it did not have"},
		{ID: "schema-prefix-items-removed", Effect: Widens, Kind: Removed, Summary: "a prefixItems position lost its schema"},
		{ID: "schema-contains-added", Effect: Narrows, Summary: "contains was added"},
		{ID: "schema-contains-removed", Effect: Widens, Summary: "contains was removed"},
		{ID: "schema-if-added", Effect: Narrows, Summary: "an if condition was added"},
		{ID: "schema-if-removed", Effect: Widens, Summary: "the if condition was removed"},
		{ID: "schema-if-changed", Effect: Undecidable, Summary: "the if condition changed: which values then or else applies to is not comparable from the spec"},
		{ID: "schema-then-added", Effect: Narrows, Summary: "a then branch was added"},
		{ID: "schema-then-removed", Effect: Widens, Summary: "the then branch was removed"},
		{ID: "schema-else-added", Effect: Narrows, Summary: "an else branch was added"},
		{ID: "schema-else-removed", Effect: Widens, Summary: "the else branch was removed"},
		{ID: "schema-dependent-required-added", Effect: Narrows, Summary: "a dependentRequired entry was added: a property now requires another"},
		{ID: "schema-dependent-required-removed", Effect: Widens, Summary: "a dependentRequired entry was removed"},
		{ID: "schema-dependent-schema-added", Effect: Narrows, Summary: "a dependentSchemas entry was added"},
		{ID: "schema-dependent-schema-removed", Effect: Widens, Summary: "a dependentSchemas entry was removed"},
		{ID: "schema-unevaluated-properties-added", Effect: Narrows, Summary: "unevaluatedProperties was added"},
		{ID: "schema-unevaluated-properties-removed", Effect: Widens, Summary: "unevaluatedProperties was removed"},
		{ID: "schema-unevaluated-items-added", Effect: Narrows, Summary: "unevaluatedItems was added"},
		{ID: "schema-unevaluated-items-removed", Effect: Widens, Summary: "unevaluatedItems was removed"},
		{ID: "schema-property-names-added", Effect: Narrows, Summary: "propertyNames was added"},
		{ID: "schema-property-names-removed", Effect: Widens, Summary: "propertyNames was removed"},
		{ID: "schema-pattern-property-added", Effect: Narrows, Kind: Added, Summary: "a patternProperties entry was added"},
		{ID: "schema-pattern-property-removed", Effect: Widens, Kind: Removed, Summary: "a patternProperties entry was removed"},
		{ID: "schema-content-encoding-changed", Effect: Incomparable, Summary: "contentEncoding was added, removed or changed (the string is decoded differently)"},
		{ID: "schema-content-media-type-changed", Effect: Incomparable, Summary: "contentMediaType was added, removed or changed"},
		{ID: "schema-content-schema-added", Effect: Narrows, Summary: "contentSchema was added"},
		{ID: "schema-content-schema-removed", Effect: Widens, Summary: "contentSchema was removed"},
		{ID: "schema-extensible-enum-value-added", Effect: Neutral, Kind: Added, Summary: "an x-extensible-enum value was added: clients were told to expect new values"},
		{ID: "schema-extensible-enum-value-removed", Effect: Narrows, Kind: Removed, Summary: "an x-extensible-enum value was removed"},
		{ID: "schema-enum-became-extensible", Effect: Widens, Summary: "enum was replaced by x-extensible-enum: any value may now occur"},
		{ID: "schema-enum-became-closed", Effect: Narrows, Summary: "x-extensible-enum was replaced by enum: only the listed values are valid"},
		{ID: "schema-property-undeprecated", Effect: Neutral, Summary: "a property is no longer deprecated"},
	}
	for _, c := range cs {
		c.Dirs = both
	}
	// readOnly only matters to requests and writeOnly only to responses, so
	// these checks exist in one direction only. A required property whose
	// flip makes it enter or leave a message is also reported as
	// schema-property-became-required or -optional in that direction.
	flips := []*Check{
		{ID: "schema-property-became-read-only", Effect: Narrows, Dirs: req, Summary: "a property became readOnly: a value clients send is now ignored or refused"},
		{ID: "schema-property-became-not-read-only", Effect: Widens, Dirs: req, Summary: "a property is no longer readOnly: clients may send it"},
		{ID: "schema-property-became-write-only", Effect: Neutral, Dirs: resp, Summary: "a property became writeOnly: responses stop carrying it (clients of an optional property already cope with its absence)"},
		{ID: "schema-property-became-not-write-only", Effect: Widens, Dirs: resp, Guards: OpenObject, Summary: "a property is no longer writeOnly: responses may now carry it"},
	}
	// Property sunsets and stability are policy, judged once per property as
	// for an endpoint: an announcement of a narrowing, on the request side.
	policy := []*Check{
		{ID: "schema-property-sunset-too-soon", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "a property deprecation gives less notice than --min-sunset-days (beta or stable, from the property's x-stability-level)"},
		{ID: "schema-property-sunset-earlier", Effect: Narrows, Dirs: req, Kind: Deprecated, Summary: "the x-sunset date of a deprecated property moved earlier"},
		{ID: "schema-property-stability-decreased", Effect: Narrows, Dirs: req, Kind: Changed, Summary: "a property's x-stability-level went down (stable → beta → alpha → draft)"},
		{ID: "schema-property-stability-increased", Effect: Neutral, Dirs: req, Kind: Changed, Summary: "a property's x-stability-level went up"},
	}
	cs = append(append(cs, flips...), policy...)
	for _, b := range containsBounds {
		up, down := Widens, Narrows
		if !b.max {
			up, down = Narrows, Widens
		}
		cs = append(cs,
			&Check{ID: "schema-" + b.id + "-increased", Effect: up, Dirs: both, Summary: b.key + " increased"},
			&Check{ID: "schema-" + b.id + "-decreased", Effect: down, Dirs: both, Summary: b.key + " decreased"},
			&Check{ID: "schema-" + b.id + "-added", Effect: Narrows, Dirs: both, Summary: b.key + " was added"},
			&Check{ID: "schema-" + b.id + "-removed", Effect: Widens, Dirs: both, Summary: b.key + " was removed"},
		)
	}
	return cs
}

var containsBounds = []bound{{"maxContains", "max-contains", true}, {"minContains", "min-contains", false}}
