"""What browser tests share besides the fixture: the repository root, screenshots, a static site.

Imported as ``browser_support`` (pytest imports every folder's conftest.py as ``conftest``).
"""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
REPORTS = ROOT / "reports" / "browser"


def screenshot(page: Any, name: str) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(REPORTS / f"{name}.png"), full_page=True)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _SinglePageHandler(_QuietHandler):
    """index.html for every path that is no file, as a single-page app's host serves its client routes."""

    def send_head(self) -> Any:
        if not Path(self.translate_path(self.path)).is_file():
            self.path = "/index.html"
        return super().send_head()


class StaticSite:
    """The app's origin: a tiny static server on its own loopback port (the emulator is on another)."""

    def __init__(self, directory: Path, single_page: bool = False) -> None:
        kind = _SinglePageHandler if single_page else _QuietHandler
        handler = functools.partial(kind, directory=str(directory))
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, name="static-site", daemon=True)

    def __enter__(self) -> StaticSite:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
