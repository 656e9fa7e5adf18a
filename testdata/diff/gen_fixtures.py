#!/usr/bin/env python3
"""Writes testdata/diff/<check-id>/{base,revision}.yaml: one small pair per check.

expected.yaml is written by `go test ./internal/diff -run TestFixtures -update`
and reviewed by hand; this script never touches it. Run from the repo root.
"""
import os, textwrap

OUT = "testdata/diff"

def ind(s, n):
    return textwrap.indent(textwrap.dedent(s).strip("\n"), " " * n)

def doc(paths, components="", version="3.0.3", info_version="1.0.0", extra=""):
    s = f"openapi: {version}\ninfo:\n  title: fixture\n  version: {info_version}\n"
    if extra:
        s += textwrap.dedent(extra).strip("\n") + "\n"
    s += "paths:\n" + ind(paths, 2) + "\n"
    if components:
        s += "components:\n" + ind(components, 2) + "\n"
    return s

# An operation whose request body and 200 response both use schema Item, so a
# schema check shows its level in both directions.
def item_doc(item, version="3.0.3"):
    paths = """
    /items:
      post:
        operationId: createItem
        requestBody:
          required: true
          content:
            application/json:
              schema:
                $ref: '#/components/schemas/Item'
        responses:
          '200':
            description: ok
            content:
              application/json:
                schema:
                  $ref: '#/components/schemas/Item'
    """
    comps = "schemas:\n  Item:\n" + ind(item, 4)
    return doc(paths, comps, version=version)

def prop(extra, typ="string"):
    return f"type: object\nproperties:\n  v:\n    type: {typ}\n" + (ind(extra, 4) if extra else "")

fixtures = {}

def schema_fix(cid, base, rev, version="3.0.3"):
    fixtures[cid] = (item_doc(base, version), item_doc(rev, version))

schema_fix("schema-type-changed", prop(""), prop("", "boolean"))
schema_fix("schema-type-widened", prop("", "integer"), prop("", "number"))
schema_fix("schema-type-narrowed", prop("", "number"), prop("", "integer"))
schema_fix("schema-format-changed", prop("format: uuid"), prop("format: email"))
schema_fix("schema-format-added", prop(""), prop("format: uuid"))
schema_fix("schema-format-removed", prop("format: uuid"), prop(""))
schema_fix("schema-enum-value-added", prop("enum: [a, b]"), prop("enum: [a, b, c]"))
schema_fix("schema-enum-value-removed", prop("enum: [a, b]"), prop("enum: [a]"))
schema_fix("schema-enum-added", prop(""), prop("enum: [a, b]"))
schema_fix("schema-enum-removed", prop("enum: [a, b]"), prop(""))
schema_fix("schema-const-changed", prop("const: a"), prop("const: b"), "3.1.0")
schema_fix("schema-const-added", prop(""), prop("const: a"), "3.1.0")
schema_fix("schema-const-removed", prop("const: a"), prop(""), "3.1.0")
schema_fix("schema-nullable-added", prop(""), prop("nullable: true"))
schema_fix("schema-nullable-removed", prop("nullable: true"), prop(""))
schema_fix("schema-pattern-added", prop(""), prop("pattern: '^[a-z]+$'"))
schema_fix("schema-pattern-removed", prop("pattern: '^[a-z]+$'"), prop(""))
schema_fix("schema-pattern-changed", prop("pattern: '^[a-z]+$'"), prop("pattern: '^[a-z0-9]+$'"))
schema_fix("schema-multiple-of-added", prop("", "number"), prop("multipleOf: 2", "number"))
schema_fix("schema-multiple-of-removed", prop("multipleOf: 2", "number"), prop("", "number"))
schema_fix("schema-multiple-of-changed", prop("multipleOf: 2", "number"), prop("multipleOf: 3", "number"))
schema_fix("schema-multiple-of-widened", prop("multipleOf: 4", "number"), prop("multipleOf: 2", "number"))
schema_fix("schema-multiple-of-narrowed", prop("multipleOf: 2", "number"), prop("multipleOf: 4", "number"))
schema_fix("schema-unique-items-added", prop("items: {type: string}", "array"), prop("items: {type: string}\nuniqueItems: true", "array"))
schema_fix("schema-unique-items-removed", prop("items: {type: string}\nuniqueItems: true", "array"), prop("items: {type: string}", "array"))
schema_fix("schema-property-added", "type: object\nproperties:\n  a: {type: string}", "type: object\nproperties:\n  a: {type: string}\n  b: {type: string}")
schema_fix("schema-required-property-added", "type: object\nproperties:\n  a: {type: string}", "type: object\nrequired: [b]\nproperties:\n  a: {type: string}\n  b: {type: string}")
schema_fix("schema-property-removed", "type: object\nproperties:\n  a: {type: string}\n  b: {type: string}", "type: object\nproperties:\n  a: {type: string}")
schema_fix("schema-property-became-required", "type: object\nproperties:\n  a: {type: string}", "type: object\nrequired: [a]\nproperties:\n  a: {type: string}")
schema_fix("schema-property-became-optional", "type: object\nrequired: [a]\nproperties:\n  a: {type: string}", "type: object\nproperties:\n  a: {type: string}")
schema_fix("schema-property-deprecated", "type: object\nproperties:\n  a: {type: string}", "type: object\nproperties:\n  a: {type: string, deprecated: true}")
schema_fix("schema-additional-properties-narrowed", "type: object\nproperties:\n  a: {type: string}", "type: object\nadditionalProperties: false\nproperties:\n  a: {type: string}")
schema_fix("schema-additional-properties-widened", "type: object\nadditionalProperties: false\nproperties:\n  a: {type: string}", "type: object\nproperties:\n  a: {type: string}")
schema_fix("schema-default-changed", prop("default: a"), prop("default: b"))

pets = """oneOf:
  - $ref: '#/components/schemas/Cat'
  - $ref: '#/components/schemas/Dog'
"""
def pet_doc(item_extra, mapping="", extra_schemas="", alts=("Cat", "Dog"), kw="oneOf"):
    item = f"{kw}:\n" + "".join(f"  - $ref: '#/components/schemas/{a}'\n" for a in alts) + item_extra
    s = item_doc(item)
    s += ind(f"""
    Cat:
      type: object
      properties:
        kind: {{type: string}}
        meows: {{type: boolean}}
    Dog:
      type: object
      properties:
        kind: {{type: string}}
        barks: {{type: boolean}}
    Bird:
      type: object
      properties:
        kind: {{type: string}}
        sings: {{type: boolean}}
    """, 4) + "\n"
    return s

disc = "discriminator:\n  propertyName: kind\n"
fixtures["schema-discriminator-added"] = (pet_doc(""), pet_doc(disc))
fixtures["schema-discriminator-removed"] = (pet_doc(disc), pet_doc(""))
fixtures["schema-discriminator-property-changed"] = (pet_doc(disc), pet_doc("discriminator:\n  propertyName: type\n"))
m1 = disc + "  mapping:\n    cat: '#/components/schemas/Cat'\n"
m2 = disc + "  mapping:\n    cat: '#/components/schemas/Dog'\n"
m3 = m1 + "    dog: '#/components/schemas/Dog'\n"
fixtures["schema-discriminator-mapping-changed"] = (pet_doc(m1), pet_doc(m2))
fixtures["schema-discriminator-mapping-added"] = (pet_doc(m1), pet_doc(m3))
fixtures["schema-discriminator-mapping-removed"] = (pet_doc(m3), pet_doc(m1))
fixtures["schema-one-of-added"] = (pet_doc(""), pet_doc("", alts=("Cat", "Dog", "Bird")))
fixtures["schema-one-of-removed"] = (pet_doc(""), pet_doc("", alts=("Cat",)))
fixtures["schema-any-of-added"] = (pet_doc("", kw="anyOf"), pet_doc("", alts=("Cat", "Dog", "Bird"), kw="anyOf"))
fixtures["schema-any-of-removed"] = (pet_doc("", kw="anyOf"), pet_doc("", alts=("Dog",), kw="anyOf"))

bounds = [("maxLength", "max-length", "string", 10, 20), ("minLength", "min-length", "string", 2, 4),
          ("maxItems", "max-items", "array", 10, 20), ("minItems", "min-items", "array", 2, 4),
          ("maxProperties", "max-properties", "object", 10, 20), ("minProperties", "min-properties", "object", 2, 4),
          ("maximum", "maximum", "number", 10, 20), ("minimum", "minimum", "number", 2, 4),
          ("exclusiveMaximum", "exclusive-maximum", "number", 10, 20), ("exclusiveMinimum", "exclusive-minimum", "number", 2, 4)]
for key, cid, typ, lo, hi in bounds:
    extra = "items: {type: string}\n" if typ == "array" else ""
    v = "3.1.0" if key.startswith("exclusive") else "3.0.3"
    schema_fix(f"schema-{cid}-increased", prop(f"{extra}{key}: {lo}", typ), prop(f"{extra}{key}: {hi}", typ), v)
    schema_fix(f"schema-{cid}-decreased", prop(f"{extra}{key}: {hi}", typ), prop(f"{extra}{key}: {lo}", typ), v)
    schema_fix(f"schema-{cid}-added", prop(extra, typ), prop(f"{extra}{key}: {lo}", typ), v)
    schema_fix(f"schema-{cid}-removed", prop(f"{extra}{key}: {lo}", typ), prop(extra, typ), v)

# --- operations, parameters, bodies, responses, security ---------------------
def op_doc(op="", path="/items/{id}", item="", comps="", extra="", info_version="1.0.0", version="3.0.3"):
    body = op or """
      operationId: getItem
      responses:
        '200':
          description: ok
    """
    paths = f"{path}:\n" + (ind(item, 2) + "\n" if item else "") + "  get:\n" + ind(body, 4)
    return doc(paths, comps, extra=extra, info_version=info_version, version=version)

def params(*ps):
    return "parameters:\n" + "".join(ind(p, 2).replace("  ", "- ", 1) + "\n" for p in ps)

P_ID = "name: id\nin: path\nrequired: true\nschema: {type: string}"
def getop(extra="", pars=(P_ID,), responses=None, opid="getItem"):
    r = responses or "'200':\n  description: ok\n"
    s = f"operationId: {opid}\n" + (textwrap.dedent(extra).strip("\n") + "\n" if extra else "")
    if pars:
        s += params(*pars)
    s += "responses:\n" + ind(r, 2) + "\n"
    return s

Q = "name: q\nin: query\nschema: {type: string}"
QR = "name: q\nin: query\nrequired: true\nschema: {type: string}"
fixtures["endpoint-added"] = (op_doc(getop()), doc("/items/{id}:\n" + ind("get:\n" + ind(getop(), 2), 2) + "\n/other:\n" + ind("get:\n" + ind(getop(pars=(), opid="other"), 2), 2)))
fixtures["endpoint-removed"] = (fixtures["endpoint-added"][1], fixtures["endpoint-added"][0])
fixtures["endpoint-deprecated"] = (op_doc(getop()), op_doc(getop("deprecated: true\nx-sunset: '2030-01-01'")))
fixtures["endpoint-undeprecated"] = (op_doc(getop("deprecated: true")), op_doc(getop()))
fixtures["endpoint-sunset-too-soon"] = (op_doc(getop()), op_doc(getop("deprecated: true\nx-sunset: '2026-12-01'")))
fixtures["endpoint-sunset-earlier"] = (op_doc(getop("deprecated: true\nx-sunset: '2030-06-01'")), op_doc(getop("deprecated: true\nx-sunset: '2030-01-01'")))
fixtures["endpoint-stability-decreased"] = (op_doc(getop("x-stability-level: stable")), op_doc(getop("x-stability-level: beta")))
fixtures["endpoint-stability-increased"] = (op_doc(getop("x-stability-level: beta")), op_doc(getop("x-stability-level: stable")))
fixtures["operation-id-changed"] = (op_doc(getop()), op_doc(getop(opid="fetchItem")))
fixtures["operation-summary-changed"] = (op_doc(getop("summary: Get an item")), op_doc(getop("summary: Fetch an item")))
fixtures["operation-tag-added"] = (op_doc(getop()), op_doc(getop("tags: [items]")))
fixtures["operation-tag-removed"] = (op_doc(getop("tags: [items]")), op_doc(getop()))
fixtures["path-parameter-renamed"] = (op_doc(getop()), op_doc(getop(pars=("name: itemId\nin: path\nrequired: true\nschema: {type: string}",)), path="/items/{itemId}"))
fixtures["parameter-added"] = (op_doc(getop()), op_doc(getop(pars=(P_ID, Q))))
fixtures["parameter-required-added"] = (op_doc(getop()), op_doc(getop(pars=(P_ID, QR))))
fixtures["parameter-removed"] = (op_doc(getop(pars=(P_ID, Q))), op_doc(getop()))
fixtures["parameter-became-required"] = (op_doc(getop(pars=(P_ID, Q))), op_doc(getop(pars=(P_ID, QR))))
fixtures["parameter-became-optional"] = (op_doc(getop(pars=(P_ID, QR))), op_doc(getop(pars=(P_ID, Q))))
fixtures["parameter-style-changed"] = (op_doc(getop(pars=(P_ID, Q))), op_doc(getop(pars=(P_ID, Q + "\nstyle: spaceDelimited\nexplode: true"))))
fixtures["parameter-explode-changed"] = (op_doc(getop(pars=(P_ID, Q))), op_doc(getop(pars=(P_ID, Q + "\nexplode: false"))))
fixtures["parameter-deprecated"] = (op_doc(getop(pars=(P_ID, Q))), op_doc(getop(pars=(P_ID, Q + "\ndeprecated: true"))))

def rb(required=True, media=("application/json",)):
    s = f"requestBody:\n  required: {'true' if required else 'false'}\n  content:\n"
    for m in media:
        s += f"    {m}:\n      schema: {{type: object}}\n"
    return s
fixtures["request-body-added"] = (op_doc(getop()), op_doc(getop(rb(False))))
fixtures["request-body-required-added"] = (op_doc(getop()), op_doc(getop(rb(True))))
fixtures["request-body-removed"] = (op_doc(getop(rb(True))), op_doc(getop()))
fixtures["request-body-became-required"] = (op_doc(getop(rb(False))), op_doc(getop(rb(True))))
fixtures["request-body-became-optional"] = (op_doc(getop(rb(True))), op_doc(getop(rb(False))))
fixtures["request-media-type-added"] = (op_doc(getop(rb())), op_doc(getop(rb(media=("application/json", "application/xml")))))
fixtures["request-media-type-removed"] = (op_doc(getop(rb(media=("application/json", "application/xml")))), op_doc(getop(rb())))

R200 = "'200':\n  description: ok\n  content:\n    application/json:\n      schema: {type: object}\n"
fixtures["response-status-added"] = (op_doc(getop(responses=R200)), op_doc(getop(responses=R200 + "'201':\n  description: created\n'404':\n  description: missing\n")))
fixtures["response-status-removed"] = (fixtures["response-status-added"][1], fixtures["response-status-added"][0])
R200X = R200 + "    application/xml:\n      schema: {type: object}\n"
fixtures["response-media-type-added"] = (op_doc(getop(responses=R200)), op_doc(getop(responses=R200X)))
fixtures["response-media-type-removed"] = (op_doc(getop(responses=R200X)), op_doc(getop(responses=R200)))
def rh(required=None):
    if required is None:
        return R200
    return R200 + f"  headers:\n    X-Rate:\n      required: {'true' if required else 'false'}\n      schema: {{type: integer}}\n"
fixtures["response-header-added"] = (op_doc(getop(responses=rh())), op_doc(getop(responses=rh(False))))
fixtures["response-required-header-added"] = (op_doc(getop(responses=rh())), op_doc(getop(responses=rh(True))))
fixtures["response-header-removed"] = (op_doc(getop(responses=rh(False))), op_doc(getop(responses=rh())))
fixtures["response-required-header-removed"] = (op_doc(getop(responses=rh(True))), op_doc(getop(responses=rh())))
fixtures["response-header-became-optional"] = (op_doc(getop(responses=rh(True))), op_doc(getop(responses=rh(False))))
fixtures["response-header-became-required"] = (op_doc(getop(responses=rh(False))), op_doc(getop(responses=rh(True))))

SCH = """securitySchemes:
  key:
    type: apiKey
    in: header
    name: X-Key
  oauth:
    type: oauth2
    flows:
      clientCredentials:
        tokenUrl: https://example.com/token
        scopes: {read: r, write: w}
"""
def sec(s):
    return getop(f"security:\n{textwrap.dedent(s).strip(chr(10))}" if s else "")
fixtures["security-requirement-added"] = (op_doc(sec(""), comps=SCH), op_doc(sec("  - key: []"), comps=SCH))
fixtures["security-requirement-removed"] = (fixtures["security-requirement-added"][1], fixtures["security-requirement-added"][0])
fixtures["security-alternative-added"] = (op_doc(sec("  - key: []"), comps=SCH), op_doc(sec("  - key: []\n  - oauth: [read]"), comps=SCH))
fixtures["security-alternative-removed"] = (fixtures["security-alternative-added"][1], fixtures["security-alternative-added"][0])
fixtures["security-scope-added"] = (op_doc(sec("  - oauth: [read]"), comps=SCH), op_doc(sec("  - oauth: [read, write]"), comps=SCH))
fixtures["security-scope-removed"] = (fixtures["security-scope-added"][1], fixtures["security-scope-added"][0])
fixtures["security-scheme-changed"] = (op_doc(sec("  - key: []"), comps=SCH), op_doc(sec("  - key: []"), comps=SCH.replace("type: apiKey\n    in: header\n    name: X-Key", "type: http\n    scheme: bearer")))
SCH2 = SCH + "  basic:\n    type: http\n    scheme: basic\n"
fixtures["security-scheme-added"] = (op_doc(getop(), comps=SCH), op_doc(getop(), comps=SCH2))
fixtures["security-scheme-removed"] = (op_doc(getop(), comps=SCH2), op_doc(getop(), comps=SCH))
C1 = "schemas:\n  A: {type: string}\n"
C2 = C1 + "  B: {type: integer}\n"
fixtures["component-schema-added"] = (op_doc(getop(), comps=C1), op_doc(getop(), comps=C2))
fixtures["component-schema-removed"] = (op_doc(getop(), comps=C2), op_doc(getop(), comps=C1))
fixtures["info-version-changed"] = (op_doc(getop()), op_doc(getop(), info_version="1.1.0"))

def write(fixtures):
  for cid, (b, r) in sorted(fixtures.items()):
    d = os.path.join(OUT, cid)
    os.makedirs(d, exist_ok=True)
    for name, text in (("base.yaml", b), ("revision.yaml", r)):
        with open(os.path.join(d, name), "w") as f:
            f.write(text)
  print(len(fixtures), "fixtures")

if __name__ == "__main__":
    write(fixtures)
