#!/usr/bin/env python3
"""Writes the fixtures of the checks above the schema level (callbacks,
webhooks, servers, parameter/response/security/operation details) and their
case-* hard cases. Same contract as gen_fixtures.py: run from the repo root,
then `go test ./internal/diff -run TestFixtures -update` and review."""
import os, sys, textwrap

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_fixtures import doc, op_doc, getop, ind, rb, write, P_ID, Q, R200, SCH, SCH2, sec  # noqa: E402

fx = {}

# --- callbacks: the API sends, the consumer receives --------------------------
def cb_op(callbacks="", body_enum="[a, b]", extra_method=""):
    s = f"""
operationId: subscribe
requestBody:
  required: true
  content:
    application/json:
      schema:
        type: object
        properties:
          url: {{type: string}}
          kind: {{type: string, enum: {body_enum}}}
responses:
  '201':
    description: subscribed
"""
    if callbacks:
        s += "callbacks:\n" + ind(callbacks, 2) + "\n"
    return textwrap.dedent(s).strip("\n") + "\n"

def callback(enum="[a, b]", resp_required="", extra=""):
    req = f"required: [{resp_required}]\n      " if resp_required else ""
    return f"""
onEvent:
  '{{$request.body#/url}}':
    post:
      requestBody:
        required: true
        content:
          application/json:
            schema:
              type: object
              properties:
                kind: {{type: string, enum: {enum}}}
      responses:
        '200':
          description: received
          content:
            application/json:
              schema:
                type: object
                {req.replace(chr(10) + '      ', chr(10) + '                ')}properties:
                  ack: {{type: boolean}}
{extra}"""

def post_doc(op, version="3.0.3"):
    return doc("/subscriptions:\n  post:\n" + ind(op, 4), version=version)

CB_PUT = """    put:
      responses:
        '200':
          description: received
"""
fx["callback-added"] = (post_doc(cb_op()), post_doc(cb_op(callback())))
fx["callback-removed"] = (fx["callback-added"][1], fx["callback-added"][0])
fx["callback-operation-added"] = (post_doc(cb_op(callback())), post_doc(cb_op(callback(extra=CB_PUT))))
fx["callback-operation-removed"] = (fx["callback-operation-added"][1], fx["callback-operation-added"][0])
# In the callback: an enum value added to what the API sends is an error, a
# required property the consumer must now answer with is an error; the same
# enum value added to the operation's own request body is info.
fx["case-callback-reversed"] = (post_doc(cb_op(callback())), post_doc(cb_op(callback("[a, b, c]", "ack"), body_enum="[a, b, c]")))

# --- webhooks (3.1) ----------------------------------------------------------
def hook(name, enum="[a, b]", put=False):
    s = f"""
{name}:
  post:
    requestBody:
      content:
        application/json:
          schema:
            type: object
            properties:
              kind: {{type: string, enum: {enum}}}
    responses:
      '200':
        description: received
"""
    if put:
        s += "  put:\n    responses:\n      '200':\n        description: received\n"
    return textwrap.dedent(s).strip("\n") + "\n"

def hook_doc(*hooks):
    return op_doc(getop(), version="3.1.0", extra="webhooks:\n" + ind("".join(hooks), 2))

fx["webhook-added"] = (hook_doc(hook("newPet")), hook_doc(hook("newPet"), hook("petGone")))
fx["webhook-removed"] = (fx["webhook-added"][1], fx["webhook-added"][0])
fx["webhook-operation-added"] = (hook_doc(hook("newPet")), hook_doc(hook("newPet", put=True)))
fx["webhook-operation-removed"] = (fx["webhook-operation-added"][1], fx["webhook-operation-added"][0])
fx["case-webhook-reversed"] = (hook_doc(hook("newPet")), hook_doc(hook("newPet", "[a]")) .replace("enum: [a]", "enum: [a, b, c]"))

# --- servers -----------------------------------------------------------------
def srv_doc(*urls, op_servers=None, path_servers=None, variables=""):
    extra = "servers:\n" + "".join(f"  - url: {u}\n" for u in urls) + variables
    item = ""
    if path_servers is not None:
        item = "servers:\n" + "".join(f"  - url: {u}\n" for u in path_servers)
    op = getop()
    if op_servers is not None:
        op = getop("servers:\n" + "".join(f"  - url: {u}\n" for u in op_servers))
    return op_doc(op, extra=extra, item=item)

A, B, C = "https://api.example.com", "https://eu.example.com", "https://api.example.org"
fx["server-added"] = (srv_doc(A), srv_doc(A, B))
fx["server-removed"] = (srv_doc(A, B), srv_doc(A))
fx["server-url-changed"] = (srv_doc(A), srv_doc(C))
def env_vars(enum, default="prod"):
    return f"    variables:\n      env:\n        default: {default}\n        enum: {enum}\n"
E = "https://{env}.example.com"
fx["server-variable-enum-value-added"] = (srv_doc(E, variables=env_vars("[prod, staging]")), srv_doc(E, variables=env_vars("[prod, staging, dev]")))
fx["server-variable-enum-value-removed"] = (fx["server-variable-enum-value-added"][1], fx["server-variable-enum-value-added"][0])
fx["server-variable-default-changed"] = (srv_doc(E, variables=env_vars("[prod, staging]")), srv_doc(E, variables=env_vars("[prod, staging]", "staging")))
# A path-level override that restates the document's servers is no change; an
# operation-level override that drops one is a removal for that operation only.
fx["case-servers-levels"] = (srv_doc(A, B), srv_doc(A, B, path_servers=(A, B), op_servers=(A,)))

# --- parameters --------------------------------------------------------------
def pdoc(*ps):
    return op_doc(getop(pars=(P_ID,) + ps))
QH = "name: q\nin: header\nschema: {type: string}"
QC = "name: q\nin: query\ncontent:\n  application/json:\n    schema: {type: string}"
fx["parameter-in-changed"] = (pdoc(Q), pdoc(QH))
fx["parameter-content-changed"] = (pdoc(Q), pdoc(QC))
fx["parameter-allow-reserved-added"] = (pdoc(Q), pdoc(Q + "\nallowReserved: true"))
fx["parameter-allow-reserved-removed"] = (pdoc(Q + "\nallowReserved: true"), pdoc(Q))
fx["parameter-allow-empty-value-added"] = (pdoc(Q), pdoc(Q + "\nallowEmptyValue: true"))
fx["parameter-allow-empty-value-removed"] = (pdoc(Q + "\nallowEmptyValue: true"), pdoc(Q))
fx["parameter-example-changed"] = (pdoc(Q + "\nexample: a"), pdoc(Q + "\nexample: b"))
fx["parameter-undeprecated"] = (pdoc(Q + "\ndeprecated: true"), pdoc(Q))
QE = "name: q\nin: query\nschema: {type: string, enum: [%s]}"
fx["case-parameter-schema"] = (pdoc(QE % "a, b"), pdoc(QE % "a"))

# --- responses ---------------------------------------------------------------
RH = R200 + "  headers:\n    X-Rate:\n      schema: {type: integer}\n"
fx["response-header-deprecated"] = (op_doc(getop(responses=RH)), op_doc(getop(responses=RH + "      deprecated: true\n")))
RL = R200 + "  links:\n    self:\n      operationId: getItem\n"
fx["response-link-added"] = (op_doc(getop(responses=R200)), op_doc(getop(responses=RL)))
fx["response-link-removed"] = (fx["response-link-added"][1], fx["response-link-added"][0])

# --- security schemes --------------------------------------------------------
def sdoc(comps):
    return op_doc(sec("  - key: []"), comps=comps)
fx["security-api-key-in-changed"] = (sdoc(SCH), sdoc(SCH.replace("in: header", "in: query")))
fx["security-api-key-name-changed"] = (sdoc(SCH), sdoc(SCH.replace("X-Key", "X-Api-Key")))
fx["security-http-scheme-changed"] = (sdoc(SCH2), sdoc(SCH2.replace("scheme: basic", "scheme: digest")))
BEAR = SCH + "  bearer:\n    type: http\n    scheme: bearer\n    bearerFormat: JWT\n"
fx["security-bearer-format-changed"] = (sdoc(BEAR), sdoc(BEAR.replace("JWT", "opaque")))
OIDC = SCH + "  oidc:\n    type: openIdConnect\n    openIdConnectUrl: https://example.com/.well-known/openid-configuration\n"
fx["security-openid-connect-url-changed"] = (sdoc(OIDC), sdoc(OIDC.replace("example.com/.well-known", "id.example.com/.well-known")))
AUTHZ = SCH + "      authorizationCode:\n        authorizationUrl: https://example.com/authorize\n        tokenUrl: https://example.com/token\n        scopes: {read: r}\n"
fx["security-oauth-flow-added"] = (sdoc(SCH), sdoc(AUTHZ))
fx["security-oauth-flow-removed"] = (sdoc(AUTHZ), sdoc(SCH))
fx["security-oauth-url-changed"] = (sdoc(SCH), sdoc(SCH.replace("example.com/token", "auth.example.com/token")))
fx["security-oauth-scope-added"] = (sdoc(SCH), sdoc(SCH.replace("{read: r, write: w}", "{read: r, write: w, admin: a}")))
fx["security-oauth-scope-removed"] = (fx["security-oauth-scope-added"][1], fx["security-oauth-scope-added"][0])
# Global security applies where an operation has none of its own: an
# operation that now overrides it with [] became public; an operation whose
# override was dropped now needs the global scheme instead of its own.
def gdoc(op1, op2):
    paths = "/a:\n  get:\n" + ind(op1, 4) + "\n/b:\n  get:\n" + ind(op2, 4)
    return doc(paths, SCH, extra="security:\n  - key: []")
fx["case-security-global-override"] = (
    gdoc(getop(pars=(), opid="a"), getop("security:\n  - oauth: [read]", pars=(), opid="b")),
    gdoc(getop("security: []", pars=(), opid="a"), getop(pars=(), opid="b")))

# --- operations --------------------------------------------------------------
fx["operation-id-added"] = (op_doc(getop().replace("operationId: getItem\n", "")), op_doc(getop()))
fx["operation-id-removed"] = (fx["operation-id-added"][1], fx["operation-id-added"][0])
fx["case-x-beta"] = (op_doc(getop()), op_doc(getop("x-beta: true")))

# --- lifecycle: sunset dates of endpoints and parameters ----------------------
# The fixture clock is 2026-11-27; a stable element needs 180 days of notice,
# a beta one 31.
DEP = "\ndeprecated: true"
fx["endpoint-sunset-deleted"] = (op_doc(getop("deprecated: true\nx-sunset: '2030-06-01'")), op_doc(getop("deprecated: true")))
fx["parameter-sunset-too-soon"] = (pdoc(Q), pdoc(Q + DEP + "\nx-sunset: '2026-12-01'"))
fx["parameter-sunset-earlier"] = (pdoc(Q + DEP + "\nx-sunset: '2030-06-01'"), pdoc(Q + DEP + "\nx-sunset: '2030-01-01'"))
fx["parameter-sunset-deleted"] = (pdoc(Q + DEP + "\nx-sunset: '2030-06-01'"), pdoc(Q + DEP))
# A parameter of a beta endpoint is beta: 66 days of notice are enough.
fx["case-parameter-sunset-beta"] = (op_doc(getop("x-stability-level: beta", pars=(P_ID, Q))),
                                    op_doc(getop("x-stability-level: beta", pars=(P_ID, Q + DEP + "\nx-sunset: '2027-02-01'"))))
# Removing a deprecated parameter after its sunset keeps the promise (info);
# before it, the removal stays undecidable (warning).
fx["case-parameter-retired"] = (pdoc(Q + DEP + "\nx-sunset: '2026-01-01'"), pdoc())
fx["case-parameter-removed-before-sunset"] = (pdoc(Q + DEP + "\nx-sunset: '2030-01-01'"), pdoc())

# --- media type parameters and schemas ----------------------------------------
JSON, UTF8, LATIN = "application/json", "'application/json; charset=utf-8'", "'application/json; charset=iso-8859-1'"
fx["request-media-type-parameter-added"] = (op_doc(getop(rb(media=(JSON,)))), op_doc(getop(rb(media=(UTF8,)))))
fx["request-media-type-parameter-removed"] = (op_doc(getop(rb(media=(UTF8,)))), op_doc(getop(rb(media=(JSON,)))))
fx["request-media-type-parameter-changed"] = (op_doc(getop(rb(media=(UTF8,)))), op_doc(getop(rb(media=(LATIN,)))))
# The charset value is case-insensitive: no change.
fx["case-media-type-charset-case"] = (op_doc(getop(rb(media=(UTF8,)))), op_doc(getop(rb(media=("'application/json; charset=UTF-8'",)))))
RB_ANY = "requestBody:\n  required: true\n  content:\n    application/json: {}\n"
fx["request-media-type-schema-added"] = (op_doc(getop(RB_ANY)), op_doc(getop(rb())))
fx["request-media-type-schema-removed"] = (op_doc(getop(rb())), op_doc(getop(RB_ANY)))
def r200(media=JSON, schema=True):
    return f"'200':\n  description: ok\n  content:\n    {media}:" + ("\n      schema: {type: object}\n" if schema else " {}\n")
fx["response-media-type-parameter-added"] = (op_doc(getop(responses=r200())), op_doc(getop(responses=r200(UTF8))))
fx["response-media-type-parameter-removed"] = (op_doc(getop(responses=r200(UTF8))), op_doc(getop(responses=r200())))
fx["response-media-type-parameter-changed"] = (op_doc(getop(responses=r200(UTF8))), op_doc(getop(responses=r200(LATIN))))
fx["response-media-type-schema-added"] = (op_doc(getop(responses=r200(schema=False))), op_doc(getop(responses=r200())))
fx["response-media-type-schema-removed"] = (op_doc(getop(responses=r200())), op_doc(getop(responses=r200(schema=False))))

if __name__ == "__main__":
    write(fx)
