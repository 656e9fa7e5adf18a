#!/usr/bin/env python3
"""Summarises bench/diff-vs-oasdiff.sh output: per fixture, the highest level
each tool gives (and how many findings); per history pair, counts by level."""
import json, os, sys, collections

out = sys.argv[1]
SQ = {0: "error", 1: "warning", 2: "info", 3: "info"}
OA = {3: "error", 2: "warning", 1: "info"}
RANK = {"none": 0, "info": 1, "warning": 2, "error": 3}

def load(p):
    try:
        with open(p) as f:
            return json.load(f) or []
    except Exception:
        return []

def sq(p):
    return [(r["code"], SQ[r["severity"]]) for r in load(p)]

def oa(p, skip=("api-version-not-bumped",)):
    return [(r["id"], OA[r["level"]]) for r in load(p) if r["id"] not in skip]

def top(items):
    return max((l for _, l in items), key=RANK.get, default="none")

names = sorted({f.split(".")[0] for f in os.listdir(out) if not f.startswith("history-")})
agree = 0
print("| fixture | sequere | oasdiff | oasdiff ids |")
print("|---|---|---|---|")
for n in names:
    s, o = sq(f"{out}/{n}.sequere.json"), oa(f"{out}/{n}.oasdiff.json")
    ts, to = top(s), top(o)
    if ts == to:
        agree += 1
        continue
    ids = ", ".join(sorted({f"{i} ({l})" for i, l in o})) or "-"
    print(f"| {n} | {ts} | {to} | {ids} |")
print(f"\n{agree} of {len(names)} fixtures get the same top level from both tools.\n")
for h in ("stripe", "twilio"):
    s = collections.Counter(l for _, l in sq(f"{out}/history-{h}.sequere.json"))
    se = collections.Counter(l for _, l in sq(f"{out}/history-{h}.sequere-expand.json"))
    o = collections.Counter(l for _, l in oa(f"{out}/history-{h}.oasdiff.json"))
    print(f"{h}: sequere {dict(s)}; sequere --expand {dict(se)}; oasdiff changelog {dict(o)}")
