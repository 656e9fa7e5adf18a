#!/usr/bin/env python3
"""Send the same battery of requests to two mock servers and list where the
status codes or the shapes of the bodies differ.

usage: mock-compare.py BATTERY SECTION SEQUERE_URL PRISM_URL

A battery line is: METHOD PATH [| Header: value]... [|| BODY]
Lines starting with # are comments; "## spec" lines are echoed as headings.
"""
import json
import sys
import urllib.request
import urllib.error


def shape(v):
    """The shape of a JSON value: types, object keys, first array element."""
    if isinstance(v, dict):
        return {k: shape(x) for k, x in sorted(v.items())}
    if isinstance(v, list):
        return [shape(v[0])] if v else []
    if isinstance(v, bool):
        return "bool"
    if isinstance(v, (int, float)):
        return "number"
    if v is None:
        return "null"
    return "string"


def send(base, method, path, headers, body):
    # Battery lines are single lines: multipart bodies spell CRLF as a literal \r\n.
    data = body.replace("\\r\\n", "\r\n").encode() if body is not None else None
    req = urllib.request.Request(base + path, data=data, method=method)
    for k, v in headers:
        req.add_header(k, v)
    if data is not None and not any(k.lower() == "content-type" for k, _ in headers):
        req.add_header("Content-Type", "application/json")
    try:
        resp = urllib.request.urlopen(req, timeout=10)
        status, hdrs, raw = resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as e:
        status, hdrs, raw = e.code, e.headers, e.read()
    except Exception as e:  # connection errors count as a difference
        return 0, "", str(e)
    ctype = (hdrs.get("Content-Type") or "").split(";")[0]
    try:
        body = shape(json.loads(raw)) if raw else None
    except ValueError:
        body = "text"
    return status, ctype, body


def shape_diff(a, b, path=""):
    """Where two shapes first differ, in words."""
    if isinstance(a, dict) and isinstance(b, dict):
        only_a = sorted(set(a) - set(b))
        only_b = sorted(set(b) - set(a))
        if only_a or only_b:
            out = []
            if only_a:
                out.append("only sequere has %s" % ",".join(path + "/" + k for k in only_a))
            if only_b:
                out.append("only prism has %s" % ",".join(path + "/" + k for k in only_b))
            return " ".join(out)
        for k in sorted(a):
            d = shape_diff(a[k], b[k], path + "/" + k)
            if d:
                return d
        return ""
    if isinstance(a, list) and isinstance(b, list):
        if a and b:
            return shape_diff(a[0], b[0], path + "/0")
        return "" if len(a) == len(b) else "%s: empty vs non-empty array" % (path or "/")
    if a != b:
        return "%s: %s vs %s" % (path or "/", json.dumps(a)[:60], json.dumps(b)[:60])
    return ""


def main():
    battery, section, ours, prism = sys.argv[1:5]
    total = diffs = 0
    current = None
    for line in open(battery):
        line = line.rstrip("\n")
        if line.startswith("## "):
            current = line[3:].split()[0]
            if current == section:
                print("\n" + line)
            continue
        if current != section or not line.strip() or line.startswith("#"):
            continue
        head, _, body = line.partition(" || ")
        parts = [p.strip() for p in head.split(" | ")]
        method, path = parts[0].split(" ", 1)
        headers = [tuple(x.strip() for x in h.split(":", 1)) for h in parts[1:]]
        total += 1
        a = send(ours, method, path, headers, body or None)
        b = send(prism, method, path, headers, body or None)
        what = []
        if a[0] != b[0]:
            what.append("status %s vs %s" % (a[0], b[0]))
        if a[1] != b[1]:
            what.append("type %s vs %s" % (a[1] or "-", b[1] or "-"))
        # Both error bodies are problem documents; compare them by keys only.
        if a[0] < 400 and b[0] < 400 and a[2] != b[2]:
            what.append("body " + shape_diff(a[2], b[2]))
        mark = "DIFF" if what else "same"
        if what:
            diffs += 1
        label = " ".join(parts[:1] + ["| " + p for p in parts[1:]]) + (" || " + body[:30] if body else "")
        print("%-4s %s\n       sequere %s %s | prism %s %s%s" % (mark, label, a[0], a[1] or "-", b[0], b[1] or "-",
              ("\n       " + "; ".join(what)) if what else ""))
    print("\n%d requests, %d differences" % (total, diffs))


if __name__ == "__main__":
    main()
