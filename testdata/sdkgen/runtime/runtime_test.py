"""Unit tests of the generated Python runtime, sync and async, run by TestPythonRuntime
against http.server on 127.0.0.1. Waits go through an injected sleep that records instead
of waiting and clocks are injected, so nothing here depends on timing."""
from __future__ import annotations

import asyncio
import email.utils
import http.server
import json
import sys
import threading
import traceback
import urllib.parse
from typing import Any, Callable

import httpx

from torture import _core as core
from torture import _events as events
from torture import _pagination as pagination
from torture import _transport as tr
from torture import models as m

TESTS: list[tuple[str, Callable[[], Any]]] = []


def test(fn: Callable[[], Any]) -> Callable[[], Any]:
    TESTS.append((fn.__name__, fn))
    return fn


class Server:
    """A loopback server; handler(h, n, body) answers request n (1-based)."""

    def __init__(self, handler: Callable[[http.server.BaseHTTPRequestHandler, int, bytes], None]) -> None:
        self.log: list[dict[str, Any]] = []
        lock = threading.Lock()
        outer = self

        class H(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                with lock:
                    outer.log.append({"method": self.command, "path": self.path, "headers": dict(self.headers.items()), "body": body})
                    n = len(outer.log)
                handler(self, n, body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = handle_one

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def paths(self, path: str) -> int:
        return sum(1 for r in self.log if r["path"] == path)


def reply(code: int, headers: dict[str, str] | None = None, body: bytes = b"{}") -> Callable[..., None]:
    def h(r: http.server.BaseHTTPRequestHandler, n: int, _: bytes) -> None:
        r.send_response(code)
        for k, v in (headers or {}).items():
            r.send_header(k, v)
        r.send_header("content-length", str(len(body)))
        r.end_headers()
        r.wfile.write(body)

    return h


def transport(url: str, **kw: Any) -> tuple[tr.Transport, list[float]]:
    sleeps: list[float] = []
    opts: dict[str, Any] = dict(base_url=url, schemes={"oauth": core.SchemeInfo("oauth2")}, credentials=None, timeout=5.0,
                                retry=None, headers=None, rand=lambda: 1 - sys.float_info.epsilon)
    opts.update(kw)
    return tr.Transport(sleep=sleeps.append, **opts), sleeps


def get(path: str = "/x", **kw: Any) -> tr.Request:
    return tr.Request(method=kw.pop("method", "GET"), path=path, security=kw.pop("security", []), **kw)


def raises(fn: Callable[[], Any], kind: type[BaseException] = Exception) -> Any:
    try:
        fn()
    except kind as e:
        return e
    raise AssertionError(f"expected {kind.__name__}")


@test
def backoff_doubles_is_capped_and_jittered() -> None:
    with Server(lambda r, n, b: reply(503 if n < 5 else 200)(r, n, b)) as srv:
        t, sleeps = transport(srv.url, retry=core.RetryPolicy(attempts=5, base_delay=0.1, max_delay=0.3))
        assert t.send(get()).status_code == 200
        assert len(srv.log) == 5
        caps = [0.1, 0.2, 0.3, 0.3]
        assert len(sleeps) == 4, sleeps
        for got, cap in zip(sleeps, caps):
            assert cap / 2 <= got <= cap, (sleeps, caps)
    draws = [0.0, 0.5]
    with Server(lambda r, n, b: reply(503 if n % 2 else 200)(r, n, b)) as srv:
        t, sleeps = transport(srv.url, rand=lambda: draws.pop(0), retry=core.RetryPolicy(attempts=2, base_delay=1, max_delay=1))
        t.send(get("/a"))
        t.send(get("/b"))
        assert sleeps == [0.5, 0.75], sleeps


@test
def retry_after_seconds_and_dates() -> None:
    def h(r: Any, n: int, b: bytes) -> None:
        if n == 1:
            reply(429, {"retry-after": "7"})(r, n, b)
        elif n == 2:
            reply(503, {"retry-after": "120"})(r, n, b)
        else:
            reply(200)(r, n, b)

    with Server(h) as srv:
        t, sleeps = transport(srv.url, retry=core.RetryPolicy(attempts=3, base_delay=0.01, max_delay=60))
        t.send(get())
        assert sleeps == [7.0, 60.0], sleeps
    now = email.utils.parsedate_to_datetime("Wed, 21 Oct 2015 07:28:00 GMT").timestamp()
    assert tr.retry_after("Wed, 21 Oct 2015 07:28:30 GMT", now) == 30.0
    assert tr.retry_after("Wed, 21 Oct 2015 07:27:00 GMT", now) == 0.0
    assert tr.retry_after(" 3 ", now) == 3.0
    assert tr.retry_after("soon", now) is None
    assert tr.retry_after("-1", now) is None
    assert tr.retry_after(None, now) is None


@test
def which_statuses_retry() -> None:
    for code, want in [(408, 3), (429, 3), (500, 3), (502, 3), (400, 1), (404, 1), (409, 1), (422, 1)]:
        with Server(reply(code)) as srv:
            t, _ = transport(srv.url)
            e = raises(lambda: t.send(get()), core.ApiError)
            assert e.status == code
            assert len(srv.log) == want, (code, len(srv.log))


@test
def post_retries_only_with_an_idempotency_key() -> None:
    with Server(lambda r, n, b: reply(201 if n % 3 == 0 else 503)(r, n, b)) as srv:
        t, _ = transport(srv.url)
        for method in ("POST", "PATCH"):
            srv.log.clear()
            e = raises(lambda: t.send(get("/orders", method=method, json_body={"a": 1}, has_json=True)), core.ApiError)
            assert e.status == 503 and len(srv.log) == 1, (method, len(srv.log))
    with Server(lambda r, n, b: reply(201 if n == 2 else 503)(r, n, b)) as srv:
        t, _ = transport(srv.url)
        assert t.send(get("/orders", method="POST", idempotency_header="Idempotency-Key")).status_code == 201
        keys = [r["headers"].get("Idempotency-Key") for r in srv.log]
        assert len(keys) == 2 and keys[0] and keys[0] == keys[1] and len(keys[0]) == 36, keys
        srv.log.clear()
        try:
            t.send(get("/orders", method="POST", idempotency_header="Idempotency-Key"), tr.CallOptions(idempotency_key="mine"))
        except core.ApiError:
            pass
        assert all(r["headers"].get("Idempotency-Key") == "mine" for r in srv.log)
        for method in ("GET", "PUT", "DELETE", "HEAD", "OPTIONS"):
            srv.log.clear()
            try:
                t.send(get(method=method))
            except core.ApiError:
                pass
            assert len(srv.log) > 1, method


@test
def off_switch() -> None:
    with Server(reply(503)) as srv:
        t, sleeps = transport(srv.url, retry=core.RetryPolicy(attempts=1))
        raises(lambda: t.send(get()), core.ApiError)
        assert len(srv.log) == 1 and sleeps == []
        srv.log.clear()
        t, _ = transport(srv.url)
        raises(lambda: t.send(get(), tr.CallOptions(retry=core.RetryPolicy(attempts=1))), core.ApiError)
        assert len(srv.log) == 1


@test
def connection_errors_retry_then_raise() -> None:
    def drop(r: http.server.BaseHTTPRequestHandler, n: int, b: bytes) -> None:
        r.close_connection = True
        r.connection.shutdown(2)

    with Server(drop) as srv:
        t, sleeps = transport(srv.url, retry=core.RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.01))
        raises(lambda: t.send(get()), core.ConnectionError)
        assert len(srv.log) == 4 and len(sleeps) == 3, (len(srv.log), sleeps)


@test
def problem_json() -> None:
    body = json.dumps({"type": "https://e/x", "title": "Invalid", "status": 422, "detail": "bad", "instance": "/o/1",
                       "errors": [{"field": "qty"}]}).encode()
    with Server(reply(422, {"content-type": "application/problem+json"}, body)) as srv:
        t, _ = transport(srv.url)
        e = raises(lambda: t.send(get()), core.ApiError)
        p = e.problem
        assert p is not None and p.title == "Invalid" and p.detail == "bad" and p.instance == "/o/1" and p.status == 422
        assert p.extensions == {"errors": [{"field": "qty"}]}


class OAuth:
    """A token endpoint and an API accepting only the newest token issued."""

    def __init__(self, expires_in: int = 3600, reject_first: bool = False, always_reject: bool = False) -> None:
        self.issued = 0
        self.rejected = False

        def h(r: http.server.BaseHTTPRequestHandler, n: int, b: bytes) -> None:
            if r.path == "/token":
                self.issued += 1
                self.forms.append(urllib.parse.parse_qs(b.decode()))
                reply(200, {"content-type": "application/json"},
                      json.dumps({"access_token": f"t{self.issued}", "expires_in": expires_in}).encode())(r, n, b)
                return
            ok = r.headers.get("authorization") == f"Bearer t{self.issued}"
            if not ok or always_reject or (reject_first and not self.rejected):
                self.rejected = True
                reply(401)(r, n, b)
                return
            reply(200)(r, n, b)

        self.forms: list[dict[str, list[str]]] = []
        self.server = Server(h)


@test
def oauth_token_cached_until_expiry() -> None:
    o = OAuth(expires_in=100)
    with o.server as srv:
        now = [1000.0]
        cred = core.ClientCredentials("id", "secret", "/token", ["a", "b"], clock=lambda: now[0])
        t, _ = transport(srv.url, credentials={"oauth": cred})
        req = get(security=[["oauth"]])
        t.send(req)
        t.send(req)
        assert o.issued == 1
        assert o.forms[0]["grant_type"] == ["client_credentials"] and o.forms[0]["scope"] == ["a b"]
        now[0] += 69
        t.send(req)
        assert o.issued == 1
        now[0] += 2
        t.send(req)
        assert o.issued == 2


@test
def oauth_refresh_once_on_401() -> None:
    o = OAuth(reject_first=True)
    with o.server as srv:
        t, _ = transport(srv.url, credentials={"oauth": core.ClientCredentials("id", "secret", "/token")})
        assert t.send(get(method="POST", security=[["oauth"]])).status_code == 200
        assert o.issued == 2
    o = OAuth(always_reject=True)
    with o.server as srv:
        t, _ = transport(srv.url, credentials={"oauth": core.ClientCredentials("id", "secret", "/token")})
        e = raises(lambda: t.send(get(security=[["oauth"]])), core.ApiError)
        assert e.status == 401 and o.issued == 2 and srv.paths("/x") == 2, (o.issued, srv.paths("/x"))


@test
def credentials_only_where_required() -> None:
    with Server(reply(200)) as srv:
        t, _ = transport(srv.url, schemes={"key": core.SchemeInfo("apiKey", location="query", name="api_key"),
                                           "bearer": core.SchemeInfo("http", "bearer")},
                         credentials={"key": core.ApiKey("k1"), "bearer": core.Bearer("b1")})
        t.send(get("/open"))
        t.send(get("/k", security=[["key"]]))
        t.send(get("/b", security=[["missing"], ["bearer"]]))
        assert "authorization" not in {k.lower() for k in srv.log[0]["headers"]}
        assert srv.log[1]["path"] == "/k?api_key=k1"
        assert srv.log[2]["headers"].get("authorization") == "Bearer b1"


@test
def async_transport() -> None:
    async def main() -> None:
        with Server(lambda r, n, b: reply(201 if n == 3 else 503)(r, n, b)) as srv:
            sleeps: list[float] = []

            async def sleep(s: float) -> None:
                sleeps.append(s)

            async with httpx.AsyncClient() as client:
                t = tr.AsyncTransport(client=client, sleep=sleep, base_url=srv.url, schemes={}, credentials=None, timeout=5.0,
                                      retry=core.RetryPolicy(base_delay=0.1), headers=None, rand=lambda: 0.0)
                res = await t.send(get("/orders", method="POST", idempotency_header="Idempotency-Key"))
                assert res.status_code == 201 and sleeps == [0.05, 0.1], sleeps
                keys = {r["headers"].get("Idempotency-Key") for r in srv.log}
                assert len(keys) == 1 and None not in keys
        o = OAuth(reject_first=True)
        with o.server as srv:
            async with httpx.AsyncClient() as client:
                cred = core.ClientCredentials("id", "secret", "/token")
                t = tr.AsyncTransport(client=client, base_url=srv.url, schemes={}, credentials={"oauth": cred}, timeout=5.0,
                                      retry=None, headers=None)
                res = await t.send(get(security=[["oauth"]]))
                assert res.status_code == 200 and o.issued == 2
                await asyncio.gather(*(t.send(get(security=[["oauth"]])) for _ in range(4)))
                assert o.issued == 2, "concurrent calls share the cached token"
                cred.invalidate()
                await asyncio.gather(*(t.send(get(security=[["oauth"]])) for _ in range(4)))
                assert o.issued == 3, f"concurrent calls after expiry fetch one token, not {o.issued - 2}"
        with Server(reply(200, {"content-type": "text/event-stream"}, b"data: a\n\ndata: b\n\n")) as srv:
            async with httpx.AsyncClient() as client:
                t = tr.AsyncTransport(client=client, base_url=srv.url, schemes={}, credentials=None, timeout=5.0, retry=None, headers=None)
                res = await t.send(get("/ev", stream=True))
                got = [e.data async for e in events.aevents(res)]
                assert got == ["a", "b"], got

    asyncio.run(main())


SSE = ("\ufeff: a comment\r\n"
       "event: greeting\r\n"
       "data: first line\r\n"
       "data:  second line, leading space kept\r\n"
       "data\r\n"
       "id: 7\r\n"
       "retry: 1500\r\n"
       "\r\n"
       "data: é ünïcode ✓\n"
       "retry: soon\n"
       "unknown: field\n"
       "\n"
       ": only a comment\n\n"
       "event: empty-data-not-dispatched\n\n"
       "id\r"
       "data: cr only\r\r"
       "data: at EOF without a blank line is discarded\n")

SSE_WANT = [
    events.ServerEvent("greeting", "first line\n second line, leading space kept\n", "7", 1500),
    events.ServerEvent("message", "é ünïcode ✓", "7", 1500),
    events.ServerEvent("message", "cr only", "", 1500),
]


def sse_server(chunks: list[bytes]) -> Server:
    """Serves chunks; /ev?split=N serves their concatenation split at byte N instead."""

    def h(r: http.server.BaseHTTPRequestHandler, n: int, b: bytes) -> None:
        nonlocal chunks
        split = urllib.parse.parse_qs(urllib.parse.urlsplit(r.path).query).get("split")
        if split:
            whole = b"".join(chunks)
            chunks = [whole[:int(split[0])], whole[int(split[0]):]]
        r.send_response(200)
        r.send_header("content-type", "text/event-stream")
        r.send_header("transfer-encoding", "chunked")
        r.end_headers()
        for c in chunks:
            if c:
                r.wfile.write(b"%x\r\n%s\r\n" % (len(c), c))
                r.wfile.flush()
        r.wfile.write(b"0\r\n\r\n")

    return Server(h)


@test
def sse_fields_and_line_endings() -> None:
    assert list(events.parse_events([SSE])) == SSE_WANT
    assert list(events.parse_events(SSE)) == SSE_WANT, "one character per chunk"
    with sse_server([SSE.encode()]) as srv:
        t, _ = transport(srv.url)
        assert list(events.events(t.send(get("/ev", stream=True)))) == SSE_WANT


@test
def sse_every_chunk_boundary() -> None:
    data = SSE.encode()
    with sse_server([data]) as srv:
        t, _ = transport(srv.url)
        for i in range(1, len(data)):
            got = list(events.events(t.send(get("/ev", query=[("split", str(i))], stream=True))))
            assert got == SSE_WANT, (i, got)


@test
def link_header_edge_cases() -> None:
    cases: list[tuple[str | None, str | None]] = [
        (None, None),
        ("", None),
        ('<https://a/p?page=2>; rel="next"', "https://a/p?page=2"),
        ("<https://a/p?page=2>; rel=next", "https://a/p?page=2"),
        ('<https://a/1>; rel="prev", <https://a/3>; rel="next"', "https://a/3"),
        ('<https://a/1>; REL="NEXT"', "https://a/1"),
        ('<https://a/1>; rel="prev next"', "https://a/1"),
        ('<https://a/1>; rel="nextpage"', None),
        ('<https://a/1>; rel="next-archive"', None),
        ('<https://a/1>; title="next"', None),
        ('<https://a/1>; title="a, b; rel=next", <https://a/2>; rel="next"', "https://a/2"),
        ('<https://a/1?x=1,2;y>; rel="next"', "https://a/1?x=1,2;y"),
        ('<https://a/1>;rel="next";type="text/html"', "https://a/1"),
        ('<https://a/1>; type="text/html"; rel="last", <https://a/9>;\n\trel="next"', "https://a/9"),
        ('<https://a/1>; rel="last"; rel="next"', None),
        ("<https://a/1>; title*=UTF-8'de'n%c3%a4chstes; rel=\"next\"", "https://a/1"),
        ('<https://a/1>; title="say \\"next\\", rel=next"; rel="prev"', None),
        ("garbage, <https://a/2>; rel=next", "https://a/2"),
        ("<https://a/2", None),
    ]
    for header, want in cases:
        got = pagination.next_link(header)
        assert got == want, (header, got, want)


@test
def link_pagination_is_lazy() -> None:
    pages = {"": ([1, 2], '<https://api/x?page=2&per_page=2>; rel="next"'),
             "2": ([3, 4], '<https://api/x?page=3&per_page=2>; rel="next", <https://api/x?page=1>; rel="first"'),
             "3": ([5], '<https://api/x?page=1>; rel="first"')}
    fetched = []

    def fetch(nxt: pagination.Next) -> pagination.Fetched:
        url = nxt if isinstance(nxt, str) else "https://api/x?per_page=2"
        page = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query)).get("page", "")
        fetched.append(page)
        raw, link = pages[page]
        return raw, {"link": link}, url

    it = pagination.paginate(pagination.PageStyle("link"), fetch, lambda v: v)
    assert next(it) == 1 and fetched == [""]
    assert list(it) == [2, 3, 4, 5] and fetched == ["", "2", "3"]


@test
def dates_are_datetime_values() -> None:
    import datetime as dt
    v = m.decode_timestamps({"at": "2024-02-29T23:59:59.999999999Z", "on": "2000-02-29", "history": ["2026-06-01T12:00:00.5+05:30"]})
    assert isinstance(v.at, dt.datetime) and v.at == dt.datetime(2024, 2, 29, 23, 59, 59, 999999, dt.timezone.utc)
    assert isinstance(v.on, dt.date) and v.on == dt.date(2000, 2, 29)
    assert not isinstance(v.history, core.Unset) and v.history[0].utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert m.encode_timestamps(v)["at"] == "2024-02-29T23:59:59.999999999Z", "the server's text comes back exactly"
    mine = m.Timestamps(at=dt.datetime(2024, 1, 2, 3, 4, 5, 6000, dt.timezone.utc), on=dt.date(2024, 1, 2))
    assert m.encode_timestamps(mine) == {"at": "2024-01-02T03:04:05.006000Z", "on": "2024-01-02"}
    later = v.at + dt.timedelta(seconds=1)
    assert m.encode_timestamps(m.Timestamps(at=later))["at"] == "2024-03-01T00:00:00.999999Z"
    for bad in ("yesterday", "2024-13-01T00:00:00Z", 5):
        raises(lambda: m.decode_timestamps({"at": bad}), core.DecodeError)
    assert isinstance(m.decode_timestamps({"at": "2024-01-01T00:00:00Z", "when": "2024-01-01"}).when, dt.date)
    assert m.decode_timestamps({"at": "2024-01-01T00:00:00Z", "when": "soon"}).when == "soon"


@test
def read_only_not_required_in_requests_write_only_not_in_responses() -> None:
    got = m.decode_account({"id": "a", "created_at": "2026-01-01T00:00:00Z", "balance": 1})
    assert isinstance(got.password, core.Unset), "a response need not carry the writeOnly password"
    sent = m.encode_account(m.Account(password="p", created_at=got.created_at, balance=2))
    assert "id" not in sent, "a request built without the readOnly id does not send one"


@test
def unknown_fields_survive_read_modify_write() -> None:
    got = m.decode_account({"id": "a", "created_at": "2026-01-01T00:00:00Z", "balance": 1, "tier": {"level": 3}})
    got.balance = 5
    assert m.encode_account(got) == {"id": "a", "created_at": "2026-01-01T00:00:00Z", "balance": 5, "tier": {"level": 3}}
    assert m.decode_status("archived") == "archived", "an enum value a newer server added decodes"
    p = m.decode_presence({"required_nullable": None, "required_plain": "x"})
    assert p.required_nullable is None and isinstance(p.optional_nullable, core.Unset)
    assert m.encode_presence(p) == {"required_nullable": None, "required_plain": "x"}


failed = 0
for name, fn in TESTS:
    try:
        fn()
        print("ok  ", name)
    except Exception:
        failed += 1
        print("FAIL", name)
        traceback.print_exc(file=sys.stdout)
print(f"{len(TESTS) - failed} passed, {failed} failed")
sys.exit(1 if failed else 0)
