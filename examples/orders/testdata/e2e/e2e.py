"""End to end against the orders API (behind the test's fault-injecting proxy), run by
client_tspy_e2e_test.go with the generated Python SDK on the path."""
import os
import sys

import httpx

from orders_client import ApiError, CallOptions, Client, ClientCredentials, RetryPolicy, SignatureError, verify_signature
from orders_client import models as m
from orders_client.webhooks import parse_order_created_webhook

env = os.environ


def fail(msg: str) -> None:
    print("FAIL:", msg, file=sys.stderr)
    sys.exit(1)


creds = ClientCredentials(env["CLIENT_ID"], env["CLIENT_SECRET"], "/oauth/token", ["orders:read", "orders:write"])
with Client(env["BASE_URL"], credentials={"oauth2": creds}, timeout=20.0,
            retry=RetryPolicy(attempts=4, base_delay=0.001, max_delay=0.01)) as client:
    client.get_order(id=env["ORDER_ID"])
    item = m.OrderItem(sku="SKU-1", quantity=2, unit_price=m.Money(amount=1250, currency="EUR"))
    created = client.create_order(body=m.NewOrder(items=[item], note="first"), options=CallOptions(headers={"X-Inject": "yes"}))
    seen: list[httpx.Response] = []
    got = client.get_order(id=created.id, options=CallOptions(on_response=seen.append))
    if got.id != created.id or got.items[0].sku != "SKU-1":
        fail(f"get_order returned {got}")
    etag = seen[0].headers["etag"]
    upd = client.update_order(id=created.id, if_match=etag, body=m.OrderPatch(note="changed"))
    if upd.note != "changed":
        fail(f"note after update: {upd.note!r}")
    try:
        client.update_order(id=created.id, if_match=etag, body=m.OrderPatch(note="stale"))
        fail("a stale If-Match succeeded")
    except ApiError as err:
        if err.status != 412:
            raise
    for _ in range(11):
        client.create_order(body=m.NewOrder(items=[item]))
    count = 0
    for o in client.list_user_orders_all(id=env["USER_ID"], limit=5):
        if o.user_id != env["USER_ID"]:
            fail("someone else's order")
        count += 1
    if count != int(env["WANT_ORDERS"]):
        fail(f"iterator gave {count} orders, want {env['WANT_ORDERS']}")
    try:
        client.create_order(body=m.NewOrder(items=[]))
        fail("an empty order was accepted")
    except ApiError as err:
        fields = err.problem.extensions.get("errors") if err.problem else None
        if err.status >= 500 or not isinstance(fields, list) or not fields or "items" not in str(fields):
            fail(f"problem {err.problem}")
        if err.data is None:
            fail("the documented error schema was not decoded into err.data")

payload = env["WEBHOOK_PAYLOAD"].encode()
sig = env["WEBHOOK_SIGNATURE"]
verify_signature("whsec_test", sig, payload)
for body, shift in ((payload + b" ", 0), (payload, 3600)):
    try:
        import time
        verify_signature("whsec_test", sig, body, now=time.time() + shift)
        fail("a changed or stale signature verified")
    except SignatureError:
        pass
ev = parse_order_created_webhook("whsec_test", {"Webhook-Signature": sig}, payload)
if ev.data.order.id != env["EVENT_ORDER_ID"]:
    fail(f"webhook payload {ev}")
print("ok", count, "orders")
