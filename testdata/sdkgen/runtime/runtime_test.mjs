// Unit tests of the generated TypeScript runtime (compiled to dist/ by tsc), run under node
// by TestTypeScriptRuntime. Every server is node:http on 127.0.0.1; waits go through an
// injected sleep that records instead of waiting, and clocks are injected, so nothing here
// depends on timing.
import { createServer } from "node:http";
import assert from "node:assert/strict";
import * as rt from "./dist/runtime/index.js";

const tests = [];
const test = (name, fn) => tests.push({ name, fn });

/** Starts a loopback server whose handler sees (req, res, n) with n the 1-based request count. */
async function serve(handler) {
  let n = 0;
  const log = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      n++;
      log.push({ method: req.method, url: req.url, headers: req.headers, body });
      handler(req, res, n, body);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, log, close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))) };
}

function transport(url, options = {}) {
  const sleeps = [];
  const t = new rt.Transport(
    { baseUrl: url, sleep: async (ms) => void sleeps.push(ms), random: () => 1 - Number.EPSILON, timeoutMs: 5000, ...options },
    { oauth: { type: "oauth2" } },
    url,
  );
  return { t, sleeps };
}

const status = (code, headers = {}) => (req, res) => (res.writeHead(code, headers), res.end(code < 300 ? "{}" : ""));

async function rejects(promise) {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  assert.fail("expected a rejection");
}

test("backoff doubles, is capped, and jitters within [d/2, d]", async () => {
  const srv = await serve((req, res, n) => (n < 5 ? status(503)(req, res) : status(200)(req, res)));
  try {
    const { t, sleeps } = transport(srv.url, { retry: { attempts: 5, baseDelayMs: 100, maxDelayMs: 300 } });
    const res = await t.send({ method: "GET", path: "/x", security: [] });
    assert.equal(res.status, 200);
    assert.equal(srv.log.length, 5);
    const cap = [100, 200, 300, 300];
    assert.equal(sleeps.length, 4);
    sleeps.forEach((ms, i) => assert.ok(ms >= cap[i] / 2 && ms <= cap[i], `wait ${i + 1} is ${ms}, want within [${cap[i] / 2}, ${cap[i]}]`));
  } finally {
    await srv.close();
  }
});

test("jitter draws spread the waits", async () => {
  const srv = await serve((req, res, n) => (n % 2 === 1 ? status(503)(req, res) : status(200)(req, res)));
  try {
    const draws = [0, 0.5];
    const { t, sleeps } = transport(srv.url, { random: () => draws.shift() ?? 0, retry: { attempts: 2, baseDelayMs: 1000, maxDelayMs: 1000 } });
    await t.send({ method: "GET", path: "/a", security: [] });
    await t.send({ method: "GET", path: "/b", security: [] });
    assert.deepEqual(sleeps, [500, 750]);
  } finally {
    await srv.close();
  }
});

test("Retry-After seconds and HTTP dates are honoured, capped by maxDelayMs", async () => {
  const srv = await serve((req, res, n) => {
    if (n === 1) return status(429, { "retry-after": "7" })(req, res);
    if (n === 2) return status(503, { "retry-after": "120" })(req, res);
    return status(200)(req, res);
  });
  try {
    const { t, sleeps } = transport(srv.url, { retry: { attempts: 3, baseDelayMs: 10, maxDelayMs: 60000 } });
    await t.send({ method: "GET", path: "/x", security: [] });
    assert.deepEqual(sleeps, [7000, 60000]);
  } finally {
    await srv.close();
  }
  const now = Date.parse("Wed, 21 Oct 2015 07:28:00 GMT");
  assert.equal(rt.parseRetryAfter("Wed, 21 Oct 2015 07:28:30 GMT", now), 30000);
  assert.equal(rt.parseRetryAfter("Wed, 21 Oct 2015 07:27:00 GMT", now), 0);
  assert.equal(rt.parseRetryAfter(" 3 ", now), 3000);
  assert.equal(rt.parseRetryAfter("soon", now), undefined);
  assert.equal(rt.parseRetryAfter("-1", now), undefined);
  assert.equal(rt.parseRetryAfter(null, now), undefined);
});

test("408, 429 and 5xx retry; other 4xx do not", async () => {
  for (const [code, want] of [[408, 3], [429, 3], [500, 3], [502, 3], [400, 1], [404, 1], [409, 1], [422, 1]]) {
    const srv = await serve(status(code));
    try {
      const { t } = transport(srv.url);
      const err = await rejects(t.send({ method: "GET", path: "/x", security: [] }));
      assert.ok(err instanceof rt.ApiError, String(err));
      assert.equal(err.status, code);
      assert.equal(srv.log.length, want, `status ${code}: ${srv.log.length} attempts, want ${want}`);
    } finally {
      await srv.close();
    }
  }
});

test("POST and PATCH retry only with an idempotency key, the same key on every attempt", async () => {
  const srv = await serve((req, res, n) => (n % 3 === 0 ? status(201)(req, res) : status(503)(req, res)));
  try {
    const { t } = transport(srv.url);
    for (const method of ["POST", "PATCH"]) {
      srv.log.length = 0;
      const err = await rejects(t.send({ method, path: "/orders", security: [], body: { kind: "json", value: { a: 1 } } }));
      assert.equal(err.status, 503);
      assert.equal(srv.log.length, 1, `${method} without a key must not be retried`);
    }
  } finally {
    await srv.close();
  }
  const keyed = await serve((req, res, n) => (n === 2 ? status(201)(req, res) : status(503)(req, res)));
  try {
    const { t } = transport(keyed.url);
    const srv = keyed;
    const res = await t.send({ method: "POST", path: "/orders", security: [], idempotencyHeader: "Idempotency-Key", body: { kind: "json", value: { a: 1 } } });
    assert.equal(res.status, 201);
    const keys = srv.log.map((r) => r.headers["idempotency-key"]);
    assert.equal(keys.length, 2);
    assert.ok(keys[0] && keys[0] === keys[1], `keys ${keys}`);
    assert.match(keys[0], /^[0-9a-f-]{36}$/);
    srv.log.length = 0;
    await t.send({ method: "POST", path: "/orders", security: [], idempotencyHeader: "Idempotency-Key" }, { idempotencyKey: "mine" }).catch(() => {});
    assert.ok(srv.log.every((r) => r.headers["idempotency-key"] === "mine"));
    for (const method of ["GET", "PUT", "DELETE", "HEAD", "OPTIONS"]) {
      srv.log.length = 0;
      await t.send({ method, path: "/o", security: [] }).catch(() => {});
      assert.ok(srv.log.length > 1, `${method} is idempotent and retried`);
    }
  } finally {
    await srv.close();
  }
});

test("retry: false and attempts: 1 turn retries off, per client and per call", async () => {
  const srv = await serve(status(503));
  try {
    const off = transport(srv.url, { retry: false });
    await rejects(off.t.send({ method: "GET", path: "/x", security: [] }));
    assert.equal(srv.log.length, 1);
    assert.deepEqual(off.sleeps, []);
    srv.log.length = 0;
    const on = transport(srv.url);
    await rejects(on.t.send({ method: "GET", path: "/x", security: [] }, { retry: { attempts: 1 } }));
    assert.equal(srv.log.length, 1);
    srv.log.length = 0;
    await rejects(on.t.send({ method: "GET", path: "/x", security: [] }, { retry: false }));
    assert.equal(srv.log.length, 1);
  } finally {
    await srv.close();
  }
});

test("connection errors are retried, then surface as ConnectionError", async () => {
  const srv = await serve((req) => req.socket.destroy());
  try {
    const { t, sleeps } = transport(srv.url, { retry: { attempts: 4, baseDelayMs: 10, maxDelayMs: 10 } });
    const err = await rejects(t.send({ method: "GET", path: "/x", security: [] }));
    assert.ok(err instanceof rt.ConnectionError, String(err));
    assert.equal(srv.log.length, 4);
    assert.equal(sleeps.length, 3);
  } finally {
    await srv.close();
  }
});

test("an aborted call stops retrying", async () => {
  const srv = await serve(status(503));
  try {
    const controller = new AbortController();
    const t = new rt.Transport({ baseUrl: srv.url, sleep: async () => controller.abort(new Error("stop")), retry: { attempts: 10 } }, {}, srv.url);
    const err = await rejects(t.send({ method: "GET", path: "/x", security: [] }, { signal: controller.signal }));
    assert.equal(err.message, "stop");
    assert.equal(srv.log.length, 1, "no attempt after the abort");
  } finally {
    await srv.close();
  }
});

test("problem+json errors are parsed with their extension members", async () => {
  const srv = await serve((req, res) => {
    res.writeHead(422, { "content-type": "application/problem+json" });
    res.end(JSON.stringify({ type: "https://e/x", title: "Invalid", status: 422, detail: "bad", instance: "/o/1", errors: [{ field: "qty" }] }));
  });
  try {
    const { t } = transport(srv.url);
    const err = await rejects(t.send({ method: "GET", path: "/x", security: [] }));
    assert.equal(err.problem.title, "Invalid");
    assert.equal(err.problem.detail, "bad");
    assert.equal(err.problem.instance, "/o/1");
    assert.deepEqual(err.problem.extensions, { errors: [{ field: "qty" }] });
  } finally {
    await srv.close();
  }
});

/** A token endpoint and an API that accepts only the newest token it issued. */
async function oauthServer({ expiresIn = 3600, rejectFirst = false, alwaysReject = false } = {}) {
  let issued = 0;
  let rejected = false;
  const srv = await serve((req, res) => {
    if (req.url === "/token") {
      issued++;
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify({ access_token: "t" + issued, token_type: "Bearer", expires_in: expiresIn }));
    }
    const ok = req.headers.authorization === "Bearer t" + issued;
    if (!ok || alwaysReject || (rejectFirst && !rejected)) {
      rejected = true;
      return status(401)(req, res);
    }
    status(200)(req, res);
  });
  return { ...srv, issued: () => issued };
}

test("OAuth2 client credentials: fetched once, cached until expiry, refetched after", async () => {
  const srv = await oauthServer({ expiresIn: 100 });
  try {
    let now = 1_000_000;
    const cred = new rt.ClientCredentials("id", "secret", "/token", ["a", "b"], () => now);
    const { t } = transport(srv.url, { credentials: { oauth: cred } });
    const req = { method: "GET", path: "/x", security: [["oauth"]] };
    await t.send(req);
    await t.send(req);
    assert.equal(srv.issued(), 1);
    const form = new URLSearchParams(srv.log[0].body);
    assert.equal(form.get("grant_type"), "client_credentials");
    assert.equal(form.get("scope"), "a b");
    now += 69_000; // inside expires_in less the 30 s early renewal
    await t.send(req);
    assert.equal(srv.issued(), 1);
    now += 2_000;
    await t.send(req);
    assert.equal(srv.issued(), 2);
  } finally {
    await srv.close();
  }
});

test("OAuth2: concurrent calls share one token fetch", async () => {
  const srv = await oauthServer();
  try {
    const cred = new rt.ClientCredentials("id", "secret", "/token");
    const { t } = transport(srv.url, { credentials: { oauth: cred } });
    await Promise.all([1, 2, 3, 4].map(() => t.send({ method: "GET", path: "/x", security: [["oauth"]] })));
    assert.equal(srv.issued(), 1);
  } finally {
    await srv.close();
  }
});

test("OAuth2: a 401 refreshes the token once and retries; a second 401 is the error", async () => {
  const once = await oauthServer({ rejectFirst: true });
  try {
    const { t } = transport(once.url, { credentials: { oauth: new rt.ClientCredentials("id", "secret", "/token") } });
    const res = await t.send({ method: "POST", path: "/x", security: [["oauth"]] });
    assert.equal(res.status, 200);
    assert.equal(once.issued(), 2);
  } finally {
    await once.close();
  }
  const always = await oauthServer({ alwaysReject: true });
  try {
    const { t } = transport(always.url, { credentials: { oauth: new rt.ClientCredentials("id", "secret", "/token") } });
    const err = await rejects(t.send({ method: "GET", path: "/x", security: [["oauth"]] }));
    assert.equal(err.status, 401);
    assert.equal(always.issued(), 2);
    assert.equal(always.log.filter((r) => r.url === "/x").length, 2);
  } finally {
    await always.close();
  }
});

test("credentials go only to operations that require them", async () => {
  const srv = await serve(status(200));
  try {
    const t = new rt.Transport(
      { baseUrl: srv.url, credentials: { key: { kind: "apiKey", key: "k1" }, bearer: { kind: "bearer", token: "b1" } } },
      { key: { type: "apiKey", in: "query", name: "api_key" }, bearer: { type: "http", scheme: "bearer" } },
      srv.url,
    );
    await t.send({ method: "GET", path: "/open", security: [] });
    await t.send({ method: "GET", path: "/k", security: [["key"]] });
    await t.send({ method: "GET", path: "/b", security: [["missing"], ["bearer"]] });
    assert.equal(srv.log[0].headers.authorization, undefined);
    assert.equal(srv.log[0].url, "/open");
    assert.equal(srv.log[1].url, "/k?api_key=k1");
    assert.equal(srv.log[2].headers.authorization, "Bearer b1");
  } finally {
    await srv.close();
  }
});

/** Feeds text to the SSE parser split into the given chunks. */
async function parseChunks(chunks) {
  const enc = new TextEncoder();
  const body = new ReadableStream({
    start(c) {
      for (const ch of chunks) c.enqueue(typeof ch === "string" ? enc.encode(ch) : ch);
      c.close();
    },
  });
  const out = [];
  for await (const ev of rt.events(new Response(body))) out.push(ev);
  return out;
}

const sseText =
  "\uFEFF: a comment\r\n" +
  "event: greeting\r\n" +
  "data: first line\r\n" +
  "data:  second line, leading space kept\r\n" +
  "data\r\n" +
  "id: 7\r\n" +
  "retry: 1500\r\n" +
  "\r\n" +
  "data: é ünïcode ✓\n" +
  "retry: soon\n" +
  "unknown: field\n" +
  "\n" +
  ": only a comment\n\n" +
  "event: empty-data-not-dispatched\n\n" +
  "id\r" +
  "data: cr only\r\r" +
  "data: at EOF without a blank line is discarded\n";

const sseWant = [
  { event: "greeting", data: "first line\n second line, leading space kept\n", id: "7", retry: 1500 },
  { event: "message", data: "é ünïcode ✓", id: "7", retry: 1500 },
  { event: "message", data: "cr only", id: "", retry: 1500 },
];

test("SSE: multi-line data, comments, event/id/retry fields, CR, CRLF and LF", async () => {
  assert.deepEqual(await parseChunks([sseText]), sseWant);
});

test("SSE: the same events at every chunk boundary, bytes split inside characters", async () => {
  const bytes = new TextEncoder().encode(sseText);
  for (let i = 1; i < bytes.length; i++) {
    const got = await parseChunks([bytes.slice(0, i), bytes.slice(i)]);
    assert.deepEqual(got, sseWant, `split at byte ${i}`);
  }
  const single = [];
  for (let i = 0; i < bytes.length; i++) single.push(bytes.slice(i, i + 1));
  assert.deepEqual(await parseChunks(single), sseWant, "one byte per chunk");
});

test("SSE: events from a loopback server writing in pieces", async () => {
  const pieces = ["data: a\r", "\ndata: b\r\n", "\r", "\n: c\n", "event: x\ndata: y", "\n\n"];
  const srv = await serve(async (req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    for (const p of pieces) await new Promise((resolve) => res.write(p, resolve));
    res.end();
  });
  try {
    const res = await fetch(srv.url + "/events");
    const got = [];
    for await (const ev of rt.events(res)) got.push(ev);
    assert.deepEqual(got, [{ event: "message", data: "a\nb" }, { event: "x", data: "y" }]);
  } finally {
    await srv.close();
  }
});

test("Link: rel=next among RFC 8288 edge cases", () => {
  const cases = [
    [null, undefined],
    ["", undefined],
    ['<https://a/p?page=2>; rel="next"', "https://a/p?page=2"],
    ["<https://a/p?page=2>; rel=next", "https://a/p?page=2"],
    ['<https://a/1>; rel="prev", <https://a/3>; rel="next"', "https://a/3"],
    ['<https://a/1>; REL="NEXT"', "https://a/1"],
    ['<https://a/1>; rel="prev next"', "https://a/1"],
    ['<https://a/1>; rel="nextpage"', undefined],
    ['<https://a/1>; rel="next-archive"', undefined],
    ['<https://a/1>; title="next"', undefined],
    ['<https://a/1>; title="a, b; rel=next", <https://a/2>; rel="next"', "https://a/2"],
    ['<https://a/1?x=1,2;y>; rel="next"', "https://a/1?x=1,2;y"],
    ['<https://a/1>;rel="next";type="text/html"', "https://a/1"],
    ['<https://a/1>; type="text/html"; rel="last", <https://a/9>;\n\trel="next"', "https://a/9"],
    ['<https://a/1>; rel="last"; rel="next"', undefined], // only the first rel counts
    ['<https://a/1>; title*=UTF-8\'de\'n%c3%a4chstes; rel="next"', "https://a/1"],
    ['<https://a/1>; title="say \\"next\\", rel=next"; rel="prev"', undefined],
    ["garbage, <https://a/2>; rel=next", "https://a/2"],
    ['<https://a/2', undefined],
  ];
  for (const [header, want] of cases) assert.equal(rt.nextLink(header), want, `Link: ${header}`);
});

test("Link pagination follows rel=next lazily until there is none", async () => {
  let fetched = 0;
  const pages = {
    "": { raw: [1, 2], link: '<https://api/x?page=2&per_page=2>; rel="next"' },
    2: { raw: [3, 4], link: '<https://api/x?page=3&per_page=2>; rel="next", <https://api/x?page=1>; rel="first"' },
    3: { raw: [5], link: '<https://api/x?page=1>; rel="first"' },
  };
  const fetchPage = async (next) => {
    fetched++;
    const url = next.url ?? "https://api/x?per_page=2";
    const p = pages[new URL(url).searchParams.get("page") ?? ""];
    return { raw: p.raw, headers: new Headers({ link: p.link }), url };
  };
  const it = rt.paginate({ style: "link", items: "" }, fetchPage, (v) => v);
  const first = await it.next();
  assert.equal(first.value, 1);
  assert.equal(fetched, 1, "the second page is fetched only when needed");
  const rest = [];
  for await (const v of it) rest.push(v);
  assert.deepEqual(rest, [2, 3, 4, 5]);
  assert.equal(fetched, 3);
});

let failed = 0;
for (const { name, fn } of tests) {
  try {
    await fn();
    console.log("ok  ", name);
  } catch (err) {
    failed++;
    console.log("FAIL", name, "\n", err && err.stack ? err.stack : err);
  }
}
console.log(`${tests.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
