#!/usr/bin/env python3
"""Maps every oasdiff v1.36.0 changelog check id to the sequere diff check
that covers it, or says why none does, and writes bench/diff-oasdiff-checks.md.

Usage: bench/diff-oasdiff-checks.py OASDIFF_CHECKS.yaml SEQUERE_LIST_CHECKS.txt
(bench/diff-oasdiff-checks.sh produces both inputs). A mapped id that
`sequere diff --list-checks` does not list is reported as not covered, so the
table stays true as checks are added."""
import re, sys, collections
import yaml

checks = yaml.safe_load(open(sys.argv[1]))
ours = {line.split()[0] for line in open(sys.argv[2]) if line.strip() and not line.startswith("ID ")}

# Checks outside schema keywords, one by one.
EXPLICIT = {
    "api-deprecated-sunset-missing": "not covered: sequere accepts a deprecation without x-sunset (endpoint-deprecated, info); a missing date is a lint concern, not a diff",
    "api-deprecated-sunset-parse": "not covered: an unparsable x-sunset is ignored; a lint rule is the place for it",
    "api-invalid-stability-level": "not covered: an unknown x-stability-level counts as stable (lint concern)",
    "api-major-version-not-bumped": "diff --semver",
    "api-version-not-bumped": "diff --semver",
    "api-version-decreased": "diff --semver",
    "api-operation-id-added": "operation-id-added",
    "api-operation-id-removed": "operation-id-removed",
    "api-path-removed-before-sunset": "endpoint-removed",
    "api-path-removed-with-deprecation": "endpoint-removed",
    "api-path-removed-without-deprecation": "endpoint-removed",
    "api-path-sunset-parse": "endpoint-removed",
    "api-removed-before-sunset": "endpoint-removed",
    "api-removed-with-deprecation": "endpoint-removed",
    "api-removed-without-deprecation": "endpoint-removed",
    "api-schema-removed": "component-schema-removed",
    "api-stability-decreased": "endpoint-stability-decreased",
    "api-stability-increased": "endpoint-stability-increased",
    "api-sunset-date-changed-too-small": "endpoint-sunset-earlier",
    "api-sunset-date-too-small": "endpoint-sunset-too-soon",
    "api-tag-added": "operation-tag-added",
    "api-tag-removed": "operation-tag-removed",
    "endpoint-added": "endpoint-added",
    "endpoint-deprecated": "endpoint-deprecated",
    "endpoint-deprecated-with-sunset": "endpoint-deprecated",
    "endpoint-reactivated": "endpoint-undeprecated",
    "sunset-deleted": "endpoint-sunset-deleted",
    "webhook-added": "webhook-added",
    "webhook-removed": "webhook-removed",
    "api-global-security-added": "security-requirement-added",
    "api-global-security-removed": "security-alternative-removed",
    "api-global-security-scope-added": "security-scope-added",
    "api-global-security-scope-removed": "security-scope-removed",
    "api-security-added": "security-alternative-added",
    "api-security-removed": "security-alternative-removed",
    "api-security-anonymous-access-added": "security-requirement-removed",
    "api-security-anonymous-access-removed": "security-requirement-added",
    "api-security-scope-added": "security-scope-added",
    "api-security-scope-removed": "security-scope-removed",
    "api-security-component-added": "security-scheme-added",
    "api-security-component-removed": "security-scheme-removed",
    "api-security-component-type-changed": "security-scheme-changed",
    "api-security-component-api-key-in-changed": "security-api-key-in-changed",
    "api-security-component-api-key-name-changed": "security-api-key-name-changed",
    "api-security-component-bearer-format-changed": "security-bearer-format-changed",
    "api-security-component-http-scheme-changed": "security-http-scheme-changed",
    "api-security-component-oauth-refresh-url-changed": "security-oauth-url-changed",
    "api-security-component-oauth-token-url-changed": "security-oauth-url-changed",
    "api-security-component-oauth-url-changed": "security-oauth-url-changed",
    "api-security-component-oauth-scope-added": "security-oauth-scope-added",
    "api-security-component-oauth-scope-removed": "security-oauth-scope-removed",
    "api-security-component-oauth-scope-changed": "not covered: a scope's description changed (documentation only)",
    "api-security-component-openid-connect-url-changed": "security-openid-connect-url-changed",
    "new-optional-request-default-parameter-to-existing-path": "parameter-added",
    "new-optional-request-parameter": "parameter-added",
    "new-request-path-parameter": "parameter-required-added",
    "new-required-request-default-parameter-to-existing-path": "parameter-required-added",
    "new-required-request-parameter": "parameter-required-added",
    "new-required-request-header-property": "schema-required-property-added",
    "request-parameter-became-optional": "parameter-became-optional",
    "request-parameter-became-required": "parameter-became-required",
    "request-parameter-deprecated": "parameter-deprecated",
    "request-parameter-reactivated": "parameter-undeprecated",
    "request-parameter-removed": "parameter-removed",
    "request-parameter-removed-before-sunset": "parameter-removed",
    "request-parameter-removed-with-deprecation": "parameter-removed",
    "request-parameter-deprecated-sunset-missing": "not covered: sequere accepts a parameter deprecation without x-sunset (parameter-deprecated, info); a missing date is a lint concern, not a diff",
    "request-parameter-sunset-date-changed-too-small": "parameter-sunset-earlier",
    "request-parameter-sunset-date-too-small": "parameter-sunset-too-soon",
    "request-parameter-sunset-deleted": "parameter-sunset-deleted",
    "request-parameter-sunset-parse": "not covered: an unparsable parameter x-sunset is ignored; a lint rule is the place for it",
    "request-body-added-optional": "request-body-added",
    "request-body-added-required": "request-body-required-added",
    "request-body-became-optional": "request-body-became-optional",
    "request-body-became-required": "request-body-became-required",
    "request-body-removed": "request-body-removed",
    "request-body-media-type-added": "request-media-type-added",
    "request-body-media-type-removed": "request-media-type-removed",
    "request-body-media-type-schema-added": "request-media-type-schema-added",
    "request-body-media-type-schema-removed": "request-media-type-schema-removed",
    "response-body-media-type-schema-added": "response-media-type-schema-added",
    "response-body-media-type-schema-removed": "response-media-type-schema-removed",
    "response-body-media-type-item-schema-removed-untyped": "not covered: itemSchema (OpenAPI 3.2) is not read",
    "response-media-type-added": "response-media-type-added",
    "response-media-type-removed": "response-media-type-removed",
    "response-media-type-name-changed": "response-media-type-removed",
    "response-media-type-name-generalized": "response-media-type-removed",
    "response-media-type-name-specialized": "response-media-type-removed",
    "response-media-type-parameter-added": "response-media-type-parameter-added",
    "response-media-type-parameter-changed": "response-media-type-parameter-changed",
    "response-media-type-parameter-removed": "response-media-type-parameter-removed",
    "response-success-status-added": "response-status-added",
    "response-success-status-removed": "response-status-removed",
    "response-non-success-status-added": "response-status-added",
    "response-non-success-status-removed": "response-status-removed",
    "response-header-added": "response-header-added",
    "optional-response-header-removed": "response-header-removed",
    "required-response-header-removed": "response-required-header-removed",
    "response-header-became-optional": "response-header-became-optional",
    "response-header-became-required": "response-header-became-required",
}

# Schema keyword changes: oasdiff repeats each per location (request body,
# request property, parameter, header, response ...); sequere has one check
# per keyword and takes the direction from where it is found.
SUFFIX = [
    (r"enum-value-(added)", "schema-enum-value-added"),
    (r"enum-value-(removed|deleted)", "schema-enum-value-removed"),
    (r"x-extensible-enum-value-removed", "schema-x-extensible-enum-value-removed"),
    (r"x-extensible-enum-value-added", "schema-x-extensible-enum-value-added"),
    (r"became-not-enum", "schema-enum-removed"),
    (r"became-enum", "schema-enum-added"),
    (r"became-not-nullable", "schema-nullable-removed"),
    (r"became-nullable", "schema-nullable-added"),
    (r"const-(added|removed|changed)", "schema-const-{0}"),
    (r"list-of-types-widened|type-generalized|type-compatible", "schema-type-widened"),
    (r"list-of-types-narrowed|type-specialized", "schema-type-narrowed"),
    (r"type-changed", "schema-type-changed"),
    (r"format-(changed)", "schema-format-changed"),
    (r"format-generalized", "schema-format-removed"),
    (r"format-specialized", "schema-format-added"),
    (r"(exclusive-max|exclusive-min|max-length|min-length|max-items|min-items|max-properties|min-properties|max-contains|min-contains|max|min)-(increased|decreased|set|unset)", "bound"),
    (r"pattern-(added|set)", "schema-pattern-added"),
    (r"pattern-(removed|unset)", "schema-pattern-removed"),
    (r"pattern-(changed|generalized)", "schema-pattern-changed"),
    (r"multiple-of-set", "schema-multiple-of-added"),
    (r"multiple-of-unset", "schema-multiple-of-removed"),
    (r"multiple-of-changed", "schema-multiple-of-changed"),
    (r"multiple-of-generalized", "schema-multiple-of-widened"),
    (r"multiple-of-specialized", "schema-multiple-of-narrowed"),
    (r"unique-items-set", "schema-unique-items-added"),
    (r"unique-items-unset", "schema-unique-items-removed"),
    (r"default-value-(added|removed|changed)", "schema-default-changed"),
    (r"discriminator-property-name-changed", "schema-discriminator-property-changed"),
    (r"discriminator-mapping-(added)", "schema-discriminator-mapping-added"),
    (r"discriminator-mapping-(deleted|removed)", "schema-discriminator-mapping-removed"),
    (r"discriminator-mapping-changed", "schema-discriminator-mapping-changed"),
    (r"discriminator-(added|removed)", "schema-discriminator-{0}"),
    (r"one-of-(added|removed)", "schema-one-of-{0}"),
    (r"any-of-(added|removed)", "schema-any-of-{0}"),
    (r"wrapped-in-one-of", "schema-one-of-added"),
    (r"all-of-", "allof"),
    (r"dependent-required-changed", "schema-dependent-required-added"),
    (r"(prefix-items|contains|if|then|else|dependent-required|dependent-schema|unevaluated-items|unevaluated-properties|pattern-property|property-names|content-schema|content-media-type|content-encoding|not)-(added|removed|changed|set|unset)", "schema-{0}-{1}"),
    (r"schema-became-false|schema-became-not-false", "schema-false"),
    (r"item-schema-(added|removed)", "not covered: itemSchema (OpenAPI 3.2) is not read"),
    (r"became-(not-)?(read-only|write-only)", "rw"),
    (r"property-became-optional|became-optional", "schema-property-became-optional"),
    (r"property-became-required|became-required", "schema-property-became-required"),
    (r"property-added|new-(optional|required)-request-property", "prop-added"),
    (r"property-removed", "schema-property-removed"),
    (r"reactivated", "schema-property-undeprecated"),
    (r"stability-(decreased|increased)", "schema-property-stability-{0}"),
    (r"sunset-date-too-small", "schema-property-sunset-too-soon"),
    (r"sunset-date-changed-too-small", "schema-property-sunset-earlier"),
    (r"(property-)?deprecated-sunset|sunset-|stability-", "prop-lifecycle"),
    (r"property-deprecated|deprecated", "schema-property-deprecated"),
]
BOUND = {"max": "maximum", "min": "minimum", "exclusive-max": "exclusive-maximum", "exclusive-min": "exclusive-minimum"}
ACT = {"set": "added", "unset": "removed"}


def schema_map(cid):
    for pat, target in SUFFIX:
        m = re.search(pat, cid)
        if not m:
            continue
        g = [x for x in m.groups() if x is not None]
        if target == "bound":
            return f"schema-{BOUND.get(g[0], g[0])}-{ACT.get(g[1], g[1])}"
        if target == "allof":
            return "covered by allOf flattening: the merged schema's keyword changes are reported, not the allOf structure"
        if target == "schema-false":
            return "schema-type-changed"
        if target == "rw":
            m2 = re.search(r"became-(not-)?(read-only|write-only)", cid)
            return f"schema-property-became-{m2.group(1) or ''}{m2.group(2)}"
        if target == "prop-added":
            return "schema-required-property-added" if "required" in cid else "schema-property-added"
        if target == "prop-lifecycle":
            return "not covered: a missing or unparsable property x-sunset is a lint concern, not a diff"
        if target.startswith("not covered"):
            return target
        if "{1}" in target:
            return target.format(g[0], ACT.get(g[1], g[1]))
        return target.format(*g) if "{0}" in target else target
    return "not covered: no rule"


rows = []
for c in checks:
    cid = c["id"]
    target = EXPLICIT.get(cid) or (schema_map(cid) if c["area"] in ("schema", "parameters", "headers", "requestBody", "responses") else "not covered: no rule")
    status = "covered"
    if target.startswith("not covered") or target.startswith("covered by"):
        status = "not covered" if target.startswith("not") else "covered (differently)"
    elif target.startswith("diff --semver"):
        status = "covered (differently)"
    elif target not in ours:
        status = "not covered"
        target = f"not covered yet: `{target}` is not in this build's catalogue"
    rows.append((c["area"], cid, c["level"], target, status))

count = collections.Counter(r[4] for r in rows)
out = ["# oasdiff v1.36.0 changelog checks → sequere diff checks", "",
       "Generated by `bench/diff-oasdiff-checks.sh` from `oasdiff checks changelog --format yaml` and",
       "`sequere diff --list-checks`; do not edit by hand. oasdiff repeats one keyword check per location",
       "(request body, request property, parameter, header, response); sequere has one check per",
       "keyword and derives the level from the direction it is found in, so many rows map to one id.", "",
       f"{len(rows)} oasdiff checks: " + ", ".join(f"{n} {k}" for k, n in sorted(count.items())) + ".", ""]
byarea = collections.defaultdict(list)
for r in rows:
    byarea[r[0]].append(r)
for area in sorted(byarea):
    out += [f"## {area}", "", "| oasdiff id | oasdiff level | sequere |", "|---|---|---|"]
    for _, cid, lvl, target, status in byarea[area]:
        t = f"`{target}`" if status == "covered" else target
        out.append(f"| {cid} | {lvl} | {t} |")
    out.append("")
print("\n".join(out))
