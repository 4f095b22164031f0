"""Run the emulator: in the foreground (CLI) or in-process on a free port (tests)."""

from __future__ import annotations

import gc
import logging
import signal
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import FrameType, TracebackType

import uvicorn

from . import transfer
from .app import EmulatorApp, create_app
from .domain.model import Environment
from .spec import Spec
from .state import Emulation


@dataclass(frozen=True)
class Credentials:
    gateway_url: str
    client_id: str
    api_key: str

    def __repr__(self) -> str:
        return f"Credentials(gateway_url={self.gateway_url!r}, client_id={self.client_id!r}, api_key='***')"


def _config(app: EmulatorApp, host: str, port: int) -> uvicorn.Config:
    # access_log off: query strings can carry activation tokens; the emulator logs no secrets.
    # proxy_headers off: uvicorn would otherwise take X-Forwarded-For from any loopback peer as the
    # client's address; the emulator decides that itself, from --trusted-proxy only.
    return uvicorn.Config(
        app, host=host, port=port, log_level="warning", access_log=False, lifespan="off", proxy_headers=False
    )


class EmulatorServer:
    """A real HTTP server on loopback, started in a background thread.

    >>> with EmulatorServer() as emu:
    ...     emu.credentials.gateway_url  # doctest: +SKIP
    """

    def __init__(
        self,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        client_id: str | None = None,
        api_key: str | None = None,
        data: Path | None = None,
        allowed_origins: Sequence[str] | None = None,
        app_url: str | None = None,
        trusted_proxies: Sequence[str] = (),
        admin_token: str | None = None,
        import_path: Path | None = None,
    ) -> None:
        # Read and checked before the data file is opened: a bad file changes nothing (transfer.py).
        plan = transfer.load(import_path) if import_path is not None else None
        self.emulation = Emulation(
            data,
            allowed_origins=allowed_origins,
            app_url=app_url,
            trusted_proxies=trusted_proxies,
            admin_token=admin_token,
        )
        if plan is not None:
            try:
                plan.apply(self.emulation, client_id, api_key)
            except BaseException:
                self.emulation.close()
                raise
        self.environment: Environment = self.emulation.ensure_default(client_id, api_key)
        self.host = host
        # IPPROTO_TCP named explicitly: asyncio sets TCP_NODELAY on accepted connections only when the
        # listening socket's proto is IPPROTO_TCP, and socket.socket() leaves it 0. Without it every
        # request on a kept-alive connection waited about 40 ms for the peer's delayed ACK (Nagle).
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._socket.bind((host, port))
        self.port = self._socket.getsockname()[1]
        self._server = uvicorn.Server(_config(create_app(self.emulation), host, self.port))
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def credentials(self) -> Credentials:
        return Credentials(self.url, self.environment.client_id, self.environment.api_key)

    def start(self) -> EmulatorServer:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._socket]}, name="frontegg-emulator", daemon=True
        )
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise RuntimeError("the emulator failed to start")
            self._thread.join(0.01)
        return self

    def stop(self) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(10)
        self._socket.close()
        self.emulation.close()

    def __enter__(self) -> EmulatorServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


class _ForegroundServer(uvicorn.Server):
    """uvicorn's server, announcing itself once it really listens (the port too when 0 was asked for)."""

    def __init__(self, config: uvicorn.Config, on_started: Callable[[int], None]) -> None:
        super().__init__(config)
        self._on_started = on_started

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets)
        if self.started:
            listening = self.servers[0].sockets[0] if self.servers and self.servers[0].sockets else None
            self._on_started(listening.getsockname()[1] if listening is not None else self.config.port)


def serve_forever(
    host: str,
    port: int,
    client_id: str | None,
    api_key: str | None,
    data: Path | None,
    allowed_origins: Sequence[str] | None = None,
    app_url: str | None = None,
    spec: Spec | None = None,
    *,
    trusted_proxies: Sequence[str] = (),
    admin_token: str | None = None,
    import_path: Path | None = None,
    export_on_exit: Path | None = None,
) -> None:
    """Foreground server for the CLI: serves until SIGINT or SIGTERM, then shuts down and returns.

    ``import_path`` is read, checked and built before anything is opened or served; ``export_on_exit``
    is written once the server has stopped, only if it served (a refused start must not overwrite the
    export, which may be the very file given to --import).

    Our own SIGINT/SIGTERM handlers are installed before anything else. uvicorn replaces them while it
    serves, and after a graceful shutdown it restores them and re-raises the signal it caught: with
    Python's defaults that re-raise turned a clean stop into exit status 143 (SIGTERM) or a
    KeyboardInterrupt traceback (SIGINT). Ours just ask the server to stop, so a stop is a return (exit 0),
    also for a signal that arrives while the spec is still loading, before uvicorn listens.
    """
    server: uvicorn.Server | None = None
    stop_requested = False

    def request_stop(signum: int, frame: FrameType | None) -> None:
        nonlocal stop_requested
        stop_requested = True
        if server is not None:
            server.should_exit = True

    previous = {sig: signal.signal(sig, request_stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    emulation: Emulation | None = None
    served = False
    try:  # the handlers are given back whatever happens (a bad data file raises right below)
        logging.basicConfig(level=logging.INFO, format="%(message)s")
        if export_on_exit is not None:
            transfer.check_export_path(export_on_exit)
        plan = transfer.load(import_path) if import_path is not None else None
        emulation = Emulation(
            data,
            allowed_origins=allowed_origins,
            app_url=app_url,
            trusted_proxies=trusted_proxies,
            admin_token=admin_token,
        )
        if plan is not None:
            plan.apply(emulation, client_id, api_key)
        env = emulation.ensure_default(client_id, api_key)

        def announce(bound_port: int) -> None:
            nonlocal served
            served = True
            # Printed once the socket listens, so a script may wait for this line before calling.
            url = f"http://{host}:{bound_port}"
            print(f"Frontegg emulator listening on {url}", flush=True)
            print(f"  FRONTEGG_API_GATEWAY_URL={url}", flush=True)
            print(f"  FRONTEGG_CLIENT_ID={env.client_id}", flush=True)
            print(f"  FRONTEGG_API_KEY={env.api_key}", flush=True)
            guarded = " (needs the admin token)" if admin_token else ""
            print(f"  data: {data or 'in memory'}; admin surface: {url}/_emulator/{guarded}", flush=True)
            print(f"  browser origins: {' '.join(emulation.allowed_origins)}", flush=True)
            if plan is not None:
                counts = f"{len(plan.environments)} environments, {plan.user_count} users"
                print(f"  imported: {import_path} ({counts})", flush=True)
            if export_on_exit is not None:
                print(f"  export on exit: {export_on_exit}", flush=True)

        server = _ForegroundServer(_config(create_app(emulation, spec), host, port), announce)
        # What is loaded by now (the spec and its validators, imported users) lives as long as the
        # process: frozen, the collector's full passes no longer walk it. Each took 30-60 ms under load,
        # about 4% of the time of GET user by id (make bench, gc.callbacks).
        gc.collect()
        gc.freeze()
        if not stop_requested:
            server.run()
    finally:
        try:
            if emulation is not None and export_on_exit is not None and served:
                transfer.write(transfer.export_document(emulation), export_on_exit)
        finally:
            if emulation is not None:
                emulation.close()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
