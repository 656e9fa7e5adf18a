#!/usr/bin/env python3
"""Writes testdata/diff/<check-id>/{base,revision}.yaml for the schema keyword
checks of checks_keywords.go (2020-12 applicators, readOnly/writeOnly flips,
property lifecycle, x-extensible-enum) and their case-* hard cases.

Kept apart from gen_fixtures.py so the two catalogues grow without merge
conflicts; the document helpers and the writer are gen_fixtures.py's. expected.yaml is written
by `go test ./internal/diff -run TestFixtures -update` and reviewed by hand.
Run from the repo root.
"""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_fixtures import OUT, ind, item_doc as _item_doc, write  # noqa: E402

# The operation of gen_fixtures.item_doc (request body and 200 response both
# use schema Item, so a check shows its level in both directions), 3.1 by
# default, with room for more component schemas.
def item_doc(item, version="3.1.0", extra_schemas=""):
    s = _item_doc(item, version)
    if extra_schemas:
        s += ind(extra_schemas, 4) + "\n"
    return s

fixtures = {}

def fix(cid, base, rev, version="3.1.0"):
    fixtures[cid] = (item_doc(base, version), item_doc(rev, version))

def both_ways(added, removed, base, rev, version="3.1.0"):
    fix(added, base, rev, version)
    fix(removed, rev, base, version)

OBJ = "type: object\nproperties:\n  a: {type: string}\n  b: {type: string}\n"
ARR = "type: array\nitems: {type: string}\n"

fix("schema-became-false", OBJ, "type: object\nproperties:\n  a: {type: string}\n  b: false\n")
fix("schema-became-not-false", "type: object\nproperties:\n  a: {type: string}\n  b: false\n", OBJ)
both_ways("schema-not-added", "schema-not-removed", "type: string\n", "type: string\nnot: {enum: [none]}\n", "3.0.3")
# Inside not, a change is judged with the direction reversed (case-not-enum);
# schema-not-changed is left for a not that is not a schema on one side.
fix("case-not-enum", "type: string\nnot: {enum: [none]}\n", "type: string\nnot: {enum: [none, null-ish]}\n", "3.0.3")
fix("schema-not-changed", "type: string\nnot: 5\n", "type: string\nnot: {enum: [none]}\n", "3.0.3")
fix("case-not-not", "type: string\nnot: {not: {enum: [none]}}\n", "type: string\nnot: {not: {enum: [none, null-ish]}}\n", "3.0.3")

TUPLE1 = "type: array\nprefixItems:\n  - {type: string}\n"
TUPLE2 = TUPLE1 + "  - {type: integer}\n"
both_ways("schema-prefix-items-added", "schema-prefix-items-removed", TUPLE1, TUPLE2)
both_ways("schema-contains-added", "schema-contains-removed", ARR, ARR + "contains: {const: a}\n")
CONT = ARR + "contains: {const: a}\n"
for key, cid, lo, hi in (("maxContains", "max-contains", 2, 4), ("minContains", "min-contains", 1, 3)):
    fix(f"schema-{cid}-increased", CONT + f"{key}: {lo}\n", CONT + f"{key}: {hi}\n")
    fix(f"schema-{cid}-decreased", CONT + f"{key}: {hi}\n", CONT + f"{key}: {lo}\n")
    fix(f"schema-{cid}-added", CONT, CONT + f"{key}: {lo}\n")
    fix(f"schema-{cid}-removed", CONT + f"{key}: {lo}\n", CONT)

IF = "if:\n  properties: {a: {const: x}}\n  required: [a]\n"
IF2 = "if:\n  properties: {a: {const: y}}\n  required: [a]\n"
THEN = "then: {required: [b]}\n"
ELSE = "else: {properties: {b: {maxLength: 3}}}\n"
both_ways("schema-if-added", "schema-if-removed", OBJ, OBJ + IF + THEN)
fix("schema-if-changed", OBJ + IF + THEN, OBJ + IF2 + THEN)
both_ways("schema-then-added", "schema-then-removed", OBJ + IF + ELSE, OBJ + IF + THEN + ELSE)
both_ways("schema-else-added", "schema-else-removed", OBJ + IF + THEN, OBJ + IF + THEN + ELSE)
both_ways("schema-dependent-required-added", "schema-dependent-required-removed", OBJ, OBJ + "dependentRequired: {a: [b]}\n")
both_ways("schema-dependent-schema-added", "schema-dependent-schema-removed", OBJ, OBJ + "dependentSchemas:\n  a: {required: [b]}\n")
both_ways("schema-unevaluated-properties-added", "schema-unevaluated-properties-removed", OBJ, OBJ + "unevaluatedProperties: false\n")
both_ways("schema-unevaluated-items-added", "schema-unevaluated-items-removed", TUPLE1, TUPLE1 + "unevaluatedItems: false\n")
both_ways("schema-property-names-added", "schema-property-names-removed", OBJ, OBJ + "propertyNames: {pattern: '^[a-z]+$'}\n")
both_ways("schema-pattern-property-added", "schema-pattern-property-removed", OBJ, OBJ + "patternProperties:\n  '^x-': {type: string}\n")
fix("schema-content-encoding-changed", "type: string\ncontentEncoding: base64\n", "type: string\ncontentEncoding: base64url\n")
fix("schema-content-media-type-changed", "type: string\ncontentMediaType: image/png\n", "type: string\ncontentMediaType: image/jpeg\n")
JSTR = "type: string\ncontentMediaType: application/json\n"
both_ways("schema-content-schema-added", "schema-content-schema-removed", JSTR, JSTR + "contentSchema: {type: object, required: [id]}\n")

XE = "type: string\nx-extensible-enum: [a, b]\n"
fix("schema-extensible-enum-value-added", XE, "type: string\nx-extensible-enum: [a, b, c]\n", "3.0.3")
fix("schema-extensible-enum-value-removed", XE, "type: string\nx-extensible-enum: [a]\n", "3.0.3")
fix("schema-enum-became-extensible", "type: string\nenum: [a, b]\n", XE, "3.0.3")
fix("schema-enum-became-closed", XE, "type: string\nenum: [a, b]\n", "3.0.3")

def props(a, req=""):
    return "type: object\n" + (f"required: [{req}]\n" if req else "") + "properties:\n  a: {type: string" + (", " + a if a else "") + "}\n  b: {type: string}\n"
fix("schema-property-undeprecated", props("deprecated: true"), props(""), "3.0.3")
both_ways("schema-property-became-read-only", "schema-property-became-not-read-only", props(""), props("readOnly: true"), "3.0.3")
both_ways("schema-property-became-write-only", "schema-property-became-not-write-only", props(""), props("writeOnly: true"), "3.0.3")
fix("schema-property-sunset-too-soon", props(""), props("deprecated: true, x-sunset: '2026-12-01'"), "3.0.3")
fix("schema-property-sunset-earlier", props("deprecated: true, x-sunset: '2030-06-01'"), props("deprecated: true, x-sunset: '2030-01-01'"), "3.0.3")
fix("schema-property-stability-decreased", props("x-stability-level: stable"), props("x-stability-level: beta"), "3.0.3")
fix("schema-property-stability-increased", props("x-stability-level: alpha"), props(""), "3.0.3")

# --- hard cases -------------------------------------------------------------
# A required property that stops being readOnly enters the request: required.
fix("case-required-read-only-flip", props("readOnly: true", "a"), props("", "a"), "3.0.3")
fixtures["case-required-write-only-flip"] = (item_doc(props("", "a"), "3.0.3"), item_doc(props("writeOnly: true", "a"), "3.0.3"))
# In a closed response object a property that stops being writeOnly is news.
fix("case-write-only-flip-closed", "additionalProperties: false\n" + props("writeOnly: true"), "additionalProperties: false\n" + props(""), "3.0.3")
# A pattern that accepts every string is no pattern; ^.*$ still refuses line breaks.
fix("case-pattern-matches-all", "type: object\nproperties:\n  a: {type: string, pattern: '^[a-z]+$'}\n  b: {type: string, pattern: '^[a-z]+$'}\n  c: {type: string}\n",
    "type: object\nproperties:\n  a: {type: string, pattern: '.*'}\n  b: {type: string, pattern: '^.*$'}\n  c: {type: string, pattern: '.*'}\n", "3.0.3")
# A deprecated property removed after its sunset keeps the promise; one
# removed before it does not.
fix("case-property-retired", props("deprecated: true, x-sunset: '2026-01-01'"), "type: object\nproperties:\n  b: {type: string}\n", "3.0.3")
fix("case-property-removed-before-sunset", props("deprecated: true, x-sunset: '2030-01-01'"), "type: object\nproperties:\n  b: {type: string}\n", "3.0.3")
# Tuple positions are compared one by one; position 1 falls back to items.
fix("case-prefix-items-position", TUPLE2 + "items: {type: boolean}\n", "type: array\nprefixItems:\n  - {type: integer}\nitems: {type: boolean}\n")
# 3.0 nullable: true and a 3.1 type array with "null" say the same thing.
fixtures["case-nullable-to-type-array"] = (
    item_doc("type: object\nproperties:\n  a: {type: string, nullable: true}\n  b: {type: [integer]}\n", "3.0.3").replace("b: {type: [integer]}", "b: {type: integer}"),
    item_doc("type: object\nproperties:\n  a: {type: [string, 'null']}\n  b: {type: integer}\n"))
fix("case-nullable-type-array", "type: object\nproperties:\n  a: {type: [string, 'null']}\n  b: {type: [integer, 'null']}\n",
    "type: object\nproperties:\n  a: {type: [string, 'null']}\n  b: {type: [integer]}\n")
# A conditional moved into an allOf member is the same schema after flattening.
fixtures["case-allof-keywords"] = (item_doc(OBJ + IF + THEN), item_doc("allOf:\n  - $ref: '#/components/schemas/Base'\n  - " + ind(IF + THEN, 4).lstrip(), extra_schemas="Base:\n" + ind(OBJ, 2)))
# not and if differences are judged by the same recursive comparison, so a
# change inside a $ref'd component counts.
fixtures["case-not-ref"] = (
    item_doc("type: string\nnot: {$ref: '#/components/schemas/Reserved'}\n", "3.0.3", extra_schemas="Reserved: {type: string, enum: [admin]}"),
    item_doc("type: string\nnot: {$ref: '#/components/schemas/Reserved'}\n", "3.0.3", extra_schemas="Reserved: {type: string, enum: [admin, root]}"))
# A recursive schema through patternProperties and prefixItems terminates.
REC = "type: object\npatternProperties:\n  '^n':\n    $ref: '#/components/schemas/Item'\nprefixItems:\n  - $ref: '#/components/schemas/Item'\n"
fix("case-recursive-applicators", REC, REC + "maxProperties: 9\n")
# A not that reaches its own schema again: unchanged apart from a title, no finding.
NOTREC = "type: object\nproperties:\n  child:\n    not: {$ref: '#/components/schemas/Item'}\n"
fix("case-recursive-not", NOTREC, "title: Item\n" + NOTREC, "3.0.3")

# A schema moved from a separate file into components is no change.
extra_files = {"case-external-to-components": {"pet.yaml": "type: object\nrequired: [name]\nproperties:\n  name: {type: string, maxLength: 40}\n"}}
fixtures["case-external-to-components"] = (
    item_doc("$ref: './pet.yaml'\n", "3.0.3"),
    item_doc("$ref: '#/components/schemas/Pet'\n", "3.0.3", extra_schemas="Pet:\n" + ind(extra_files["case-external-to-components"]["pet.yaml"], 2)))

for cid, files in extra_files.items():
    os.makedirs(os.path.join(OUT, cid), exist_ok=True)
    for name, text in files.items():
        with open(os.path.join(OUT, cid, name), "w") as f:
            f.write(text)

write(fixtures)
