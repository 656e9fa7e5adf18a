"""Walks every scenario of TestPaging with the generated Python SDK, its sync
client (argv[1] == "sync") or its async one: once to the end, once taking
only the first item. One JSON line per walk."""
import asyncio
import json
import sys
from typing import Any, Callable

import httpx

from paging import ApiError
from paging.client import AsyncClient, Client

mode, base = sys.argv[1], sys.argv[2]


def scenarios(client: Any) -> dict[str, Callable[[], Any]]:
    return {
        "cursor": lambda: client.list_cursor_all(limit=2),
        "cursorRepeat": lambda: client.list_cursor_all(limit=4),
        "cursorError": lambda: client.list_cursor_all(limit=3),
        "offset": lambda: client.list_offset_all(limit=2),
        "offsetFrom": lambda: client.list_offset_all(offset=1, limit=2),
        "offsetTotal": lambda: client.list_offset_total_all(limit=2),
        "pages": lambda: client.list_pages_all(per_page=2),
        "pagesFrom": lambda: client.list_pages_all(page=2, per_page=2),
        "pagesFromZero": lambda: client.list_pages_from_zero_all(page_size=2),
        "linked": lambda: client.list_linked_all(per_page=2),
        "declaredCursor": lambda: client.list_declared_cursor_all(take=2),
        "declaredOffset": lambda: client.list_declared_offset_all(take=2),
        "declaredPage": lambda: client.list_declared_page_all(),
        "declaredLink": lambda: client.list_declared_link_all(q="x"),
    }


class Walk:
    """Announces a walk to the server, collects its items, and reports them with the ApiError
    that ended it, if one did."""

    def __init__(self, scenario: str) -> None:
        self.scenario = scenario
        self.items: list[str] = []

    def __enter__(self) -> "Walk":
        httpx.get(base + "/mark", params={"scenario": self.scenario})
        return self

    def __exit__(self, kind: Any, err: Any, tb: Any) -> bool:
        error = f"ApiError {err.status} {getattr(err.data, 'code', None)}" if isinstance(err, ApiError) else ""
        if err is None or error:
            print(json.dumps({"scenario": self.scenario, "items": self.items, "error": error}), flush=True)
        return bool(error)


def walks() -> list[tuple[str, str, bool]]:
    return [(name, name + (".first" if first else ""), first) for name in scenarios(None) for first in (False, True)]


def run_sync() -> None:
    with Client(base + "/api") as client:
        for name, scenario, first in walks():
            with Walk(scenario) as walk:
                for item in scenarios(client)[name]():
                    walk.items.append(item.id)
                    if first:
                        break


async def run_async() -> None:
    client = AsyncClient(base + "/api")
    for name, scenario, first in walks():
        with Walk(scenario) as walk:
            async for item in scenarios(client)[name]():
                walk.items.append(item.id)
                if first:
                    break


if mode == "sync":
    run_sync()
else:
    asyncio.run(run_async())
