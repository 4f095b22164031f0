"""The baseline for the emulator's throughput: an ASGI app on the same server stack (uvicorn) that
answers every request with a fixed JSON body, doing no work of its own."""

from __future__ import annotations

from typing import Any

BODY = b'{"id":"00000000-0000-0000-0000-000000000000","email":"bench@example.com"}'
HEADERS = [(b"content-type", b"application/json"), (b"content-length", str(len(BODY)).encode())]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while True:  # drain the request body so keep-alive connections stay usable
        message = await receive()
        if not message.get("more_body"):
            break
    await send({"type": "http.response.start", "status": 200, "headers": HEADERS})
    await send({"type": "http.response.body", "body": BODY})
