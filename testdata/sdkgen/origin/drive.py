"""Walks list_things and calls get_hop with every credential of TestOriginPython, sync
(argv[1] == "sync") or async, over an httpx client that follows redirects; the servers judge
what reached them."""
import asyncio
import sys
from typing import Any

import httpx

from origin import ApiKey, Bearer
from origin.client import AsyncClient, Client

mode, base = sys.argv[1], sys.argv[2]
credentials: Any = {"bearerAuth": Bearer("tok"), "headerKey": ApiKey("hk"), "queryKey": ApiKey("qk"), "cookieKey": ApiKey("ck")}


def run_sync() -> None:
    with Client(base + "/api", credentials=credentials, http_client=httpx.Client(follow_redirects=True)) as client:
        items = [thing.id for thing in client.list_things_all()]
        assert items == ["t1", "t2"], items
        client.get_hop()


async def run_async() -> None:
    client = AsyncClient(base + "/api", credentials=credentials, http_client=httpx.AsyncClient(follow_redirects=True))
    items = [thing.id async for thing in client.list_things_all()]
    assert items == ["t1", "t2"], items
    await client.get_hop()


if mode == "sync":
    run_sync()
else:
    asyncio.run(run_async())
