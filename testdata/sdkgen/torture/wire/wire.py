# Driven by TestPythonSendsOnTheWire (internal/sdkgen/tspy_wire_test.go): the sync client, then the async one.
import asyncio, dataclasses, json, sys
import httpx
import torture.models as m
from torture import ApiKey, CallOptions, RetryPolicy, TimeoutError
from torture._webhook import SignatureError, verify_signature
from torture.client import AsyncClient, Client
base, ledger_case, account_file, webhook_file, webhook_results = sys.argv[1:6]
keys = {"sessionCookie": ApiKey("s3cr3t+/=")}
prefs = m.decode_preferences({"tags": ["a", "b"], "limits": [9007199254740993, -1], "address": {"city": "Oslo", "zip": "0150"},
    "contacts": [{"name": "Ann"}, {"name": "Bo"}], "note": None})
case = json.load(open(ledger_case))
account = m.decode_account(json.load(open(account_file)))
# The client's own timeout is the default 60 s: only the call's can end this one.
hanging = CallOptions(timeout=0.1, retry=RetryPolicy(attempts=1))
avatar = dataclasses.replace(m.decode_avatar_upload({"upload_id": "up_1", "token": "tok", "size": 9007199254740993,
    "taken_at": "2026-01-02T03:04:05.123456789Z", "image": ""}), image=bytes([0x89, 0x50, 0x4e, 0x47, 0x00, 0xff]))
with Client(base, credentials=keys) as client:
    stored = client.put_ledger(id="led_1", body=m.decode_ledger(case["value"]))
    client.put_ledger(id="led_1", body=stored)
    for _ in range(2):
        client.create_account(body=account)
    client.put_avatar(id="acc_1", body=avatar)
    # The download's first chunk arrives while the server holds back the rest until /release.
    res = client.export_account(id="acc_1")
    chunks = res.iter_bytes()
    data = b""
    while b"\n" not in data:
        data += next(chunks)
    httpx.get(base + "/release")
    data += b"".join(chunks)
    res.close()
    if data != b"first chunk\nsecond chunk\n":
        sys.exit(f"sync download: {data!r}")
    try:
        client.list_pets(options=hanging)
        sys.exit("the call's timeout did not end a call the server never answers")
    except TimeoutError:
        pass
    client.get_me(theme="dark")
    client.set_preferences(body=prefs)
    client.set_deep_preferences(body=prefs)
async def main() -> None:
    client = AsyncClient(base, credentials=keys)
    stored = await client.put_ledger(id="led_1", body=m.decode_ledger(case["value"]))
    await client.put_ledger(id="led_1", body=stored)
    for _ in range(2):
        await client.create_account(body=account)
    await client.put_avatar(id="acc_1", body=avatar)
    res = await client.export_account(id="acc_1")
    achunks = res.aiter_bytes()
    data = b""
    while b"\n" not in data:
        data += await achunks.__anext__()
    httpx.get(base + "/release")
    async for chunk in achunks:
        data += chunk
    await res.aclose()
    if data != b"first chunk\nsecond chunk\n":
        sys.exit(f"async download: {data!r}")
    try:
        await client.list_pets(options=hanging)
        sys.exit("the call's timeout did not end a call the server never answers")
    except TimeoutError:
        pass
    await client.get_me(theme="dark")
    await client.set_preferences(body=prefs)
    await client.set_deep_preferences(body=prefs)
    # Cancelling the task stops the call: the server sees its connection end.
    call = asyncio.ensure_future(client.list_pets(cursor="cancel"))
    async with httpx.AsyncClient(timeout=15) as probe:
        await probe.get(base + "/pending")
        call.cancel()
        try:
            await call
            sys.exit("a cancelled call returned")
        except asyncio.CancelledError:
            pass
        ended = await probe.get(base + "/ended")
        if ended.text != "ended":
            sys.exit(f"cancel: {ended.text}")
asyncio.run(main())
table = json.load(open(webhook_file))
verdicts = {}
for case in table["cases"]:
    try:
        verify_signature(table["secret"], case["header"], table["body"].encode(), 300, table["now"])
        verdicts[case["name"]] = "ok"
    except SignatureError:
        verdicts[case["name"]] = "rejected"
    except Exception as e:
        verdicts[case["name"]] = repr(e)
json.dump(verdicts, open(webhook_results, "w"))
