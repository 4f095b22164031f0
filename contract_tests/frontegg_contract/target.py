"""Which server the contract suite talks to, and the credentials it uses there.

By default a fresh emulator is started as a separate process on a free loopback port: a real HTTP
server, exercised over the network like any other. With FRONTEGG_API_GATEWAY_URL (or
FRONTEGG_REGION) plus FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY the suite runs against that
environment instead; there it only sends safe methods unless FRONTEGG_CONTRACT_ALLOW_WRITES=1.
"""

from __future__ import annotations

import os
import secrets
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import httpx

REGIONS = {
    "eu": "https://api.frontegg.com",
    "us": "https://api.us.frontegg.com",
    "ca": "https://api.ca.frontegg.com",
    "au": "https://api.au.frontegg.com",
}


@dataclass
class Target:
    gateway_url: str
    client_id: str
    api_key: str = field(repr=False)
    live: bool
    allow_writes: bool
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    # (method, path under the gateway, e.g. /identity/resources/...) to delete afterwards
    created: list[tuple[str, str]] = field(default_factory=list)

    def __repr__(self) -> str:
        kind = "live" if self.live else "emulator"
        return f"Target({kind} {self.gateway_url}, client_id={self.client_id!r}, api_key='***')"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:
        # hypothesis prints falsifying examples with its own pretty-printer, which would list every
        # dataclass field (the API key included) unless told how to show this object.
        printer.text(repr(self))

    @property
    def identity_url(self) -> str:
        return self.gateway_url + "/identity"

    def base_url(self, operation_id: str) -> str:
        """Where the operation's path is rooted: the gateway plus its API's base path (/identity, /tenants)."""
        from .spec import PREFIX

        return self.gateway_url + PREFIX[operation_id]

    def environment_token(self) -> str:
        response = httpx.post(
            self.gateway_url + "/auth/vendor", json={"clientId": self.client_id, "secret": self.api_key}, timeout=30
        )
        if response.status_code != 200:
            raise RuntimeError(f"environment authentication failed with {response.status_code}: {response.text[:200]}")
        token: str = response.json()["token"]
        return token

    def implemented_operations(self) -> set[str] | None:
        """Operations the target implements: the emulator says; a live environment has them all (None)."""
        if self.live:
            return None
        report: dict[str, Any] = httpx.get(self.gateway_url + "/_emulator/coverage", timeout=30).json()
        missing = set(report["missing"])
        return {op for op in _all_operation_ids() if op not in missing}

    def reset(self) -> None:
        """Emulator only: wipe the environment's data and settings through the admin surface."""
        assert not self.live, "a live environment is never reset"
        httpx.post(self.gateway_url + "/_emulator/reset", params={"clientId": self.client_id}, timeout=30)

    def track(self, case: Any, response: Any) -> None:
        """Remember what a write to a live environment created, to delete it when the run ends."""
        if not self.live or response.status_code >= 300:
            return
        operation = case.operation.definition.raw
        for code, declared in operation.get("responses", {}).items():
            if str(response.status_code) != code:
                continue
            for link in declared.get("links", {}).values():
                target_id = link.get("operationId", "")
                if not target_id.startswith(("delete", "remove")):
                    continue
                path = _delete_path(target_id, link.get("parameters", {}), response)
                if path is not None:
                    self.created.append(path)

    def clean_up(self, token: str) -> list[str]:
        """Delete what this run created on a live environment; returns the failures."""
        failures = []
        with httpx.Client(base_url=self.gateway_url, headers={"Authorization": f"Bearer {token}"}) as http:
            for method, path in reversed(self.created):
                result = http.request(method, path)
                if result.status_code >= 400 and result.status_code != 404:
                    failures.append(f"{method} {path}: {result.status_code}")
        self.created.clear()
        return failures

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def _delete_path(operation_id: str, parameters: dict[str, str], response: Any) -> tuple[str, str] | None:
    from .spec import OPERATIONS, PREFIX

    method, path, _ = OPERATIONS[operation_id]
    path = PREFIX[operation_id] + path
    try:
        body = response.json()
    except ValueError:
        return None
    for name, expression in parameters.items():
        if not expression.startswith("$response.body#/"):
            return None
        value: Any = body
        for part in expression[len("$response.body#/") :].split("/"):
            value = value.get(part) if isinstance(value, dict) else None
        if value is None:
            return None
        path = path.replace("{" + name + "}", str(value))
    return method, path


def _all_operation_ids() -> list[str]:
    from .spec import OPERATIONS

    return list(OPERATIONS)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_emulator() -> Target:
    port = _free_port()
    client_id, api_key = f"contract-{secrets.token_hex(4)}", secrets.token_hex(16)
    args = ["serve", "--port", str(port), "--client-id", client_id, "--api-key", api_key]
    process = subprocess.Popen(  # noqa: S603 - our own module, fixed arguments
        [sys.executable, "-m", "frontegg_emulator", *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            httpx.get(url + "/_emulator/coverage", timeout=1)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                err = process.stderr.read().decode() if process.stderr else ""
                raise RuntimeError(f"the emulator did not start: {err[-2000:]}") from None
            time.sleep(0.05)
    return Target(url, client_id, api_key, live=False, allow_writes=True, process=process)


def from_environment() -> Target | None:
    gateway = os.environ.get("FRONTEGG_API_GATEWAY_URL")
    region = os.environ.get("FRONTEGG_REGION")
    if not gateway and region:
        if region.lower() not in REGIONS:
            raise ValueError(f"FRONTEGG_REGION must be one of {', '.join(REGIONS)}; got {region!r}")
        gateway = REGIONS[region.lower()]
    if not gateway:
        return None
    client_id, api_key = os.environ.get("FRONTEGG_CLIENT_ID"), os.environ.get("FRONTEGG_API_KEY")
    if not client_id or not api_key:
        raise ValueError("FRONTEGG_CLIENT_ID and FRONTEGG_API_KEY are required with FRONTEGG_API_GATEWAY_URL")
    allow_writes = os.environ.get("FRONTEGG_CONTRACT_ALLOW_WRITES") == "1"
    return Target(gateway.rstrip("/"), client_id, api_key, live=True, allow_writes=allow_writes)
