"""``frontegg-emulator serve | export | coverage``.

The script is installed with the base package too, so this module imports nothing beyond the standard
library until it knows the command: without the ``emulator`` extra it ends with one line naming the
extra to install (exit status 2), not a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ADMIN_TOKEN_VARIABLE = "FRONTEGG_EMULATOR_ADMIN_TOKEN"  # noqa: S105 - the name of a variable, not a secret


def _version() -> str:
    try:
        return version("frontegg-identity")
    except PackageNotFoundError:  # a source tree that was never installed
        return "0+unknown"


def _exposed(host: str) -> bool:
    """Whether ``host`` lets other machines reach the server (anything but loopback)."""
    import ipaddress

    if host == "localhost":
        return False
    try:
        return not ipaddress.ip_address(host).is_loopback
    except ValueError:  # a host name: it may resolve to anything
        return True


def _origin_pattern(value: str) -> str:
    from .domain import origins  # stdlib only, but kept out of the import of the CLI like the rest

    try:
        return origins.check_pattern(value)
    except origins.OriginPatternError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _trusted_proxy(value: str) -> str:
    from .domain import proxies  # stdlib only

    try:
        proxies.trusted_proxy(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None
    return value


def _admin_token(value: str) -> str:
    from . import admin_access  # stdlib only at import

    try:
        return admin_access.check_token(value)
    except admin_access.AdminTokenError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def _app_url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise argparse.ArgumentTypeError(f"{value!r} is not an http:// or https:// URL")
    return value


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="frontegg-emulator", description="A local emulator of Frontegg.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
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
    serve.add_argument(
        "--trusted-proxy",
        action="append",
        type=_trusted_proxy,
        dest="trusted_proxies",
        default=[],
        metavar="ADDRESS",
        help="an address or range (CIDR) of a reverse proxy in front of the emulator, repeatable; only "
        "from these is X-Forwarded-For believed for IP rules (default: none, the connection's address counts)",
    )
    serve.add_argument(
        "--admin-token",
        type=_admin_token,
        default=os.environ.get(ADMIN_TOKEN_VARIABLE) or None,
        metavar="TOKEN",
        help="require this token (16+ characters) on /_emulator: as Authorization: Bearer or "
        f"X-Emulator-Admin-Token, or through the web UI's sign-in page (default: ${ADMIN_TOKEN_VARIABLE}, "
        "which keeps it out of the process list; unset: /_emulator is open)",
    )
    serve.add_argument(
        "--import",
        type=Path,
        dest="import_path",
        metavar="PATH",
        help="start with the environments of this JSON or YAML file (format: emulator/README.md, "
        "'Import and export'); a bad file is refused before anything is served or stored. With --data, "
        "an environment whose client id the data file already holds is refused and nothing is imported",
    )
    serve.add_argument(
        "--export-on-exit",
        type=Path,
        metavar="PATH",
        help="when the server stops (Ctrl-C or SIGTERM), write its environments to this file in the "
        "--import format (YAML for .yaml/.yml, else JSON); may be the --import file itself",
    )
    export = sub.add_parser(
        "export", help="write the environments of a --data file in the --import format, without serving"
    )
    export.add_argument("--data", type=Path, required=True, help="the SQLite file a server persisted state in")
    export.add_argument("path", type=Path, metavar="PATH", help="the file to write (YAML for .yaml/.yml, else JSON)")
    cov = sub.add_parser("coverage", help="print implemented/total operations and list the rest")
    cov.add_argument("--quiet", action="store_true", help="print only the implemented/total line")
    for command in (serve, cov):
        command.add_argument(
            "--spec",
            type=Path,
            help="serve another copy of the curated spec (default: $FRONTEGG_EMULATOR_SPEC, else the packaged one)",
        )
    args = parser.parse_args(argv)

    try:
        from . import admin
        from .app import Gateway
        from .server import serve_forever
        from .spec import Spec, SpecFileError
        from .state import DataFileError, Emulation
        from .transfer import ExportError, ImportFileError, export_data_file
    except ModuleNotFoundError as err:
        parser.exit(
            2, f"{parser.prog}: error: {err.name} is not installed: pip install 'frontegg-identity[emulator]'\n"
        )

    if args.command == "export":
        try:
            document = export_data_file(args.data, args.path)
        except (DataFileError, ExportError) as err:
            parser.exit(2, f"{parser.prog}: error: {err}\n")
        count = sum(len(e["users"]) for e in document["environments"])
        print(f"exported {len(document['environments'])} environments ({count} users) to {args.path}")
        return 0
    try:
        spec = Spec.load(args.spec)
        if args.command == "serve":
            if _exposed(args.host) and args.admin_token is None:
                # Without --admin-token the admin surface (/_emulator) has no authentication: whoever
                # reaches the port can read every code in the outbox and reset any state. Say so once.
                print(
                    f"{parser.prog}: warning: listening on {args.host}: /_emulator (outbox, state, web UI) "
                    "is open to anyone who reaches this port; keep it on a trusted network or set --admin-token",
                    file=sys.stderr,
                )
            serve_forever(
                args.host,
                args.port,
                args.client_id,
                args.api_key,
                args.data,
                args.allowed_origins,
                args.app_url,
                spec,
                trusted_proxies=args.trusted_proxies,
                admin_token=args.admin_token,
                import_path=args.import_path,
                export_on_exit=args.export_on_exit,
            )
            return 0
    except (DataFileError, SpecFileError, ImportFileError, ExportError) as err:
        # A wrong command line, not a crash: one line on stderr and status 2, like argparse's errors.
        parser.exit(2, f"{parser.prog}: error: {err}\n")
    report = admin.coverage(Gateway(Emulation(), spec))
    print(f"{report['implemented']}/{report['total']} operations implemented")
    if not args.quiet:
        for op_id in report["missing"]:
            print(f"  missing: {op_id}")
    for name, part in report["companions"].items():
        print(f"{part['implemented']}/{part['total']} operations of the {name} companion implemented")
        if not args.quiet:
            for op_id in part["missing"]:
                print(f"  missing: {op_id}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
