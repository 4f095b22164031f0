"""``frontegg-emulator serve | coverage``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import admin
from .app import Gateway
from .domain import origins
from .spec import Spec
from .state import Emulation


def _origin_pattern(value: str) -> str:
    try:
        return origins.check_pattern(value)
    except origins.OriginPatternError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _app_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http:// or https:// URL")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frontegg-emulator", description="A local emulator of Frontegg.")
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="serve the emulated gateway until stopped (Ctrl-C or SIGTERM)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8787)
    serve.add_argument("--client-id", help="client id of the default environment (generated when omitted)")
    serve.add_argument("--api-key", help="API key of the default environment (generated when omitted)")
    serve.add_argument("--data", type=Path, help="SQLite file to persist state in (in memory when omitted)")
    serve.add_argument(
        "--allowed-origin",
        action="append",
        type=_origin_pattern,
        dest="allowed_origins",
        metavar="ORIGIN",
        help="a web origin browsers may call from, repeatable; '*' in the host or as the port "
        "(https://*.acme.test, http://localhost:*). Replaces the default (http://localhost:* and "
        "http://127.0.0.1:*) for environments that stored no allowedOrigins of their own (PUT /vendors)",
    )
    serve.add_argument(
        "--app-url",
        type=_app_url,
        help="the app emailed links lead to (activation, reset password, magic link ...); default: the "
        "first allowed origin without a wildcard, else the page that asked",
    )
    cov = sub.add_parser("coverage", help="print implemented/total operations and list the rest")
    cov.add_argument("--quiet", action="store_true", help="print only the implemented/total line")
    args = parser.parse_args(argv)

    if args.command == "serve":
        from .server import serve_forever
        from .state import DataFileError

        try:
            serve_forever(
                args.host, args.port, args.client_id, args.api_key, args.data, args.allowed_origins, args.app_url
            )
        except DataFileError as err:
            # A wrong command line, not a crash: one line on stderr and status 2, like argparse's errors.
            parser.exit(2, f"{parser.prog}: error: {err}\n")
        return 0
    report = admin.coverage(Gateway(Emulation(), Spec.load()))
    print(f"{report['implemented']}/{report['total']} operations implemented")
    if not args.quiet:
        for op_id in report["missing"]:
            print(f"  missing: {op_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
