"""Benchmark the generated client against raw httpx (``make bench``).

Measures, side by side in one run:

(a) cold import of one operation module (``frontegg_identity.api.users.get_user_by_id``) against a
    cold ``import httpx``, each in fresh interpreters, interpreter start-up subtracted;
(b) a generated GET-user-by-ID call against ``httpx.Client.get(...).json()`` on the same
    ``httpx.MockTransport`` serving a realistic user body (3-4 KB, shaped like the spec's ``User``);
(c) the same for a POST with a JSON body (``general.sign_up`` against ``httpx.Client.post(json=...)``),
    answered with a ``SignUpResponse`` that carries tokens;
(d) the wall time of ``openapi/tools/generate.py`` (``generate.build()`` into a temporary folder).

Prints a table with figures, ratios, targets and pass/fail, and writes the figures to
``bench/results/latest.json``. It reports; it does not gate: the exit status is 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import gc
import importlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import server_bench  # bench/ is on sys.path when run as `python bench/run.py`

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "bench" / "results"
OPERATION_MODULE = "frontegg_identity.api.users.get_user_by_id"

IMPORT_TARGET = 1.5
CALL_TARGET = 1.10

BASE_URL = "https://api.frontegg.test/identity"
TOKEN = "bench-token"  # noqa: S105 - a fake bearer token for an in-memory transport
USER_ID = "4bd4b2c1-8f0e-4bb5-9f5d-6c1f3a0b7e21"
TENANT_ID = "9c2f7b0e-3a41-4f7e-bd2a-0d5e8c6a1f34"
VENDOR_HOST = "app.frontegg.test"
APPLICATION_ID = "0f6a1d7e-5b2c-4e8a-9a3d-7c4b2e1f0a96"


# --------------------------------------------------------------------------------------------------
# Fixtures: response bodies shaped like the spec's models
# --------------------------------------------------------------------------------------------------


def _role(n: int, tenant_id: str, permissions: list[str]) -> dict[str, Any]:
    return {
        "id": f"7e1c9a40-2b6d-4c8e-9f31-0a5b8d2c6e{n:02d}",
        "vendorId": "b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "tenantId": tenant_id,
        "key": ["admin", "member", "billing-viewer"][n % 3],
        "name": ["Admin", "Member", "Billing viewer"][n % 3],
        "description": "Account member access",
        "isDefault": n == 1,
        "firstUserRole": n == 0,
        "level": n,
        "createdAt": "2024-03-11T09:21:44.512Z",
        "updatedAt": "2025-01-27T16:02:09.004Z",
        "permissions": permissions,
    }


def user_body() -> dict[str, Any]:
    """A user as GET /resources/users/v1/{userId} returns it (spec schema ``User``)."""
    permission_names = {
        "fe.secure.read.users": "Read users",
        "fe.secure.write.users": "Manage users",
        "billing.read": "Read invoices",
    }
    permission_ids = [f"5a0c8e2f-1d3b-4f6a-8e9c-2b7d4f1a3c{n:02d}" for n in range(len(permission_names))]
    permissions = [
        {
            "id": pid,
            "key": key,
            "name": name,
            "description": f"{name} in the account",
            "createdAt": "2023-11-02T12:00:00.000Z",
            "updatedAt": "2024-06-18T08:30:15.250Z",
            "roleIds": ["7e1c9a40-2b6d-4c8e-9f31-0a5b8d2c6e00"],
            "categoryId": "c4a2e6f8-0b1d-4e3f-a5c7-9e1b3d5f7a90",
            "fePermission": key.startswith("fe."),
        }
        for pid, (key, name) in zip(permission_ids, permission_names.items(), strict=True)
    ]
    other_tenant = "1e8d4c2a-7f6b-4a95-b3e1-c0d9f8e7a6b5"
    return {
        "id": USER_ID,
        "email": "ada.lovelace@example.com",
        "name": "Ada Lovelace",
        "profilePictureUrl": "https://cdn.example.com/avatars/ada.png",
        "sub": USER_ID,
        "verified": True,
        "mfaEnrolled": True,
        "mfaBypass": False,
        "phoneNumber": "+447700900123",
        "roles": [_role(0, TENANT_ID, permission_ids[:2]), _role(2, TENANT_ID, permission_ids[2:])],
        "permissions": permissions,
        "provider": "local",
        "tenantId": TENANT_ID,
        "tenantIds": [TENANT_ID, other_tenant],
        "activatedForTenant": True,
        "isLocked": False,
        "tenants": [
            {"tenantId": TENANT_ID, "roles": [_role(0, TENANT_ID, permission_ids[:2])]},
            {
                "tenantId": other_tenant,
                "roles": [_role(1, other_tenant, permission_ids[:1])],
                "temporaryExpirationDate": "2025-12-31T23:59:59.000Z",
                "isDisabled": False,
            },
        ],
        "invisible": False,
        "superUser": False,
        "metadata": json.dumps({"department": "Research", "locale": "en-GB"}),
        "vendorMetadata": json.dumps({"plan": "enterprise", "crmId": "0015g00000XyZAbC"}),
        "externalId": "okta|00u1a2b3c4d5e6f7g8h9",
        "createdAt": "2024-03-11T09:21:44.512Z",
        "lastLogin": "2025-02-03T07:45:12.118Z",
        "groups": [{"id": "3f9e1d7c-5b3a-4182-9e6f-4d2c0b8a6e13", "name": "Research"}],
        "subAccountAccessAllowed": False,
        "managedBy": "frontegg",
    }


def sign_up_request() -> dict[str, Any]:
    """The JSON body of POST /resources/users/v1/signUp (spec schema ``SignUpUserEmail``)."""
    return {
        "provider": "local",
        "email": "grace.hopper@example.com",
        "companyName": "Analytical Engines Ltd",
        "name": "Grace Hopper",
        "password": "correct horse battery staple",
        "metadata": json.dumps({"source": "landing-page", "campaign": "spring"}),
        "roleIds": ["7e1c9a40-2b6d-4c8e-9f31-0a5b8d2c6e01"],
        "skipInviteEmail": False,
    }


def sign_up_response() -> dict[str, Any]:
    """The 201 body of sign-up when no activation is needed (spec schema ``SignUpResponse``)."""
    # A token-shaped (not valid) JWT: header.payload.signature in base64url, the size of Frontegg's.
    access_token = ".".join(
        base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=")
        for part in (
            {"alg": "RS256", "typ": "JWT", "kid": "f1e2d3c4"},
            {
                "sub": "5d3c1b2a-0f9e-4d8c-b7a6-958473625140",
                "email": "grace.hopper@example.com",
                "tenantId": TENANT_ID,
                "tenantIds": [TENANT_ID],
                "roles": ["admin"],
                "permissions": ["fe.secure.read.users", "fe.secure.write.users"],
                "type": "userToken",
                "iat": 1738568712,
                "exp": 1738655112,
                "iss": "https://app.frontegg.test",
            },
            {"signature": "x" * 256},
        )
    )
    return {
        "shouldActivate": False,
        "userId": "5d3c1b2a-0f9e-4d8c-b7a6-958473625140",
        "tenantId": TENANT_ID,
        "authResponse": {
            "tokenType": "bearer",
            "mfaRequired": False,
            "accessToken": access_token,
            "refreshToken": "3b8e6f0a-2c4d-4e1f-9a7b-5c6d8e0f1a2b",
            "expiresIn": 86400,
            "expires": "Tue, 04 Feb 2025 07:45:12 GMT",
            "userId": "5d3c1b2a-0f9e-4d8c-b7a6-958473625140",
            "userEmail": "grace.hopper@example.com",
            "emailVerified": False,
        },
    }


def mock_transport() -> Any:
    import httpx

    user = json.dumps(user_body()).encode()
    signed_up = json.dumps(sign_up_response()).encode()
    json_headers = [(b"content-type", b"application/json")]

    def handler(request: httpx.Request) -> httpx.Response:
        if request.method == "GET":
            return httpx.Response(200, headers=json_headers, content=user)
        return httpx.Response(201, headers=json_headers, content=signed_up)

    return httpx.MockTransport(handler)


# --------------------------------------------------------------------------------------------------
# Measurement helpers
# --------------------------------------------------------------------------------------------------


def _interleaved(
    a: Callable[[], object], b: Callable[[], object], rounds: int, batch: int
) -> tuple[list[float], list[float]]:
    """Per-call seconds of a and b, one figure per batch, alternating which goes first each round."""
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(max(2, rounds // 20)):  # warm up caches, lazy imports, the JSON decoder
        a()
        b()
    clock = time.perf_counter_ns
    for i in range(rounds):
        order = ((a, times_a), (b, times_b)) if i % 2 == 0 else ((b, times_b), (a, times_a))
        for fn, sink in order:
            start = clock()
            for _ in range(batch):
                fn()
            sink.append((clock() - start) / batch / 1e9)
    return times_a, times_b


def _median_ratio(a: list[float], b: list[float]) -> dict[str, float]:
    med_a, med_b = statistics.median(a), statistics.median(b)
    return {
        "generated_s": med_a,
        "raw_s": med_b,
        # Each round times both sides back to back, so the median of the per-round ratios is robust
        # to the machine getting faster or slower during the run (other processes, CPU frequency).
        "ratio": statistics.median(x / y for x, y in zip(a, b, strict=True)),
        "ratio_of_medians": med_a / med_b,
    }


def bench_import(runs: int, package_dir: Path | None) -> dict[str, Any]:
    python = sys.executable
    # The same prelude for every snippet, so that it cancels out when start-up is subtracted.
    prelude = f"import sys; sys.path.insert(0, {str(package_dir)!r}); " if package_dir else ""
    snippets = {
        "startup": prelude + "pass",
        "httpx": prelude + "import httpx",
        "operation": prelude + f"import {OPERATION_MODULE}",
    }
    # -I: no cwd/PYTHONPATH on sys.path, so the installed package is what gets imported.
    for code in snippets.values():  # warm the OS cache and write any missing .pyc files
        subprocess.run([python, "-I", "-c", code], check=True)
    samples: dict[str, list[float]] = {name: [] for name in snippets}
    for i in range(runs):
        names = list(snippets)
        if i % 2:
            names.reverse()
        for name in names:
            start = time.perf_counter()
            subprocess.run([python, "-I", "-c", snippets[name]], check=True)
            samples[name].append(time.perf_counter() - start)
    med = {name: statistics.median(values) for name, values in samples.items()}
    httpx_s = med["httpx"] - med["startup"]
    operation_s = med["operation"] - med["startup"]
    probe = (
        prelude + "import sys\n"
        f"import {OPERATION_MODULE}\n"
        "print(sum(m.startswith('frontegg_identity.models.') for m in sys.modules))"
    )
    models = int(subprocess.run([python, "-I", "-c", probe], check=True, capture_output=True, text=True).stdout)
    return {
        "runs": runs,
        "startup_s": med["startup"],
        "httpx_s": httpx_s,
        "operation_s": operation_s,
        "ratio": operation_s / httpx_s,
        "models_imported": models,
        "target": IMPORT_TARGET,
    }


def bench_calls(rounds: int, batch: int) -> dict[str, Any]:
    import httpx

    from frontegg_identity import AuthenticatedClient
    from frontegg_identity.api.general import sign_up
    from frontegg_identity.api.users import get_user_by_id
    from frontegg_identity.models import SignUpResponse, SignUpUserEmail, User

    generated_types: Any = importlib.import_module("frontegg_identity.types")

    raw = httpx.Client(base_url=BASE_URL, headers={"Authorization": f"Bearer {TOKEN}"}, transport=mock_transport())
    # One httpx.Client serves both sides, so only the generated layer differs.
    client = AuthenticatedClient(base_url=BASE_URL, token=TOKEN).set_httpx_client(raw)

    def generated_get() -> object:
        return get_user_by_id.sync(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)

    def raw_get() -> object:
        return raw.get(f"/resources/users/v1/{USER_ID}", headers={"frontegg-tenant-id": TENANT_ID}).json()

    signup_headers = {"frontegg-vendor-host": VENDOR_HOST, "frontegg-application-id": APPLICATION_ID}

    def generated_post() -> object:
        body = SignUpUserEmail(
            provider="local",
            email="grace.hopper@example.com",
            company_name="Analytical Engines Ltd",
            name="Grace Hopper",
            password="correct horse battery staple",  # noqa: S106 - fixture
            metadata='{"source": "landing-page", "campaign": "spring"}',
            role_ids=["7e1c9a40-2b6d-4c8e-9f31-0a5b8d2c6e01"],
            skip_invite_email=False,
        )
        return sign_up.sync(
            client=client, body=body, frontegg_vendor_host=VENDOR_HOST, frontegg_application_id=APPLICATION_ID
        )

    def raw_post() -> object:
        body = {
            "provider": "local",
            "email": "grace.hopper@example.com",
            "companyName": "Analytical Engines Ltd",
            "name": "Grace Hopper",
            "password": "correct horse battery staple",
            "metadata": '{"source": "landing-page", "campaign": "spring"}',
            "roleIds": ["7e1c9a40-2b6d-4c8e-9f31-0a5b8d2c6e01"],
            "skipInviteEmail": False,
        }
        return raw.post("/resources/users/v1/signUp", json=body, headers={**signup_headers}).json()

    # Sanity: both sides see the same bytes, and the generated side parses them into its models.
    assert isinstance(generated_get(), User), "GET did not parse into User"
    assert isinstance(generated_post(), SignUpResponse), "POST did not parse into SignUpResponse"
    assert raw_get() == user_body()
    body_size = len(json.dumps(user_body()).encode())
    assert 3 * 1024 <= body_size <= 4 * 1024, f"user body is {body_size} bytes, expected 3-4 KB"

    gc.collect()
    get = _median_ratio(*_interleaved(generated_get, raw_get, rounds, batch))
    post = _median_ratio(*_interleaved(generated_post, raw_post, rounds, batch))
    # A build given with --package-dir may predate json_body and have no orjson attribute at all.
    orjson = getattr(generated_types, "orjson", None)
    results: dict[str, Any] = {}
    if orjson is not None:
        # The same GET with the standard-library decoder (json_body's fallback), so that the report
        # separates what orjson saves from what the generated layer itself costs.
        generated_types.orjson = None
        try:
            results["get_stdlib_json"] = {
                **_median_ratio(*_interleaved(generated_get, raw_get, rounds, batch)),
                "body_bytes": body_size,
            }
        finally:
            generated_types.orjson = orjson
    return {
        **results,
        "decoder": f"orjson {orjson.__version__}" if orjson is not None else "json (standard library)",
        "get": {**get, "body_bytes": body_size, "target": CALL_TARGET},
        "post": {
            **post,
            "request_bytes": len(json.dumps(sign_up_request()).encode()),
            "response_bytes": len(json.dumps(sign_up_response()).encode()),
            "target": CALL_TARGET,
        },
        "rounds": rounds,
        "batch": batch,
    }


def bench_generate() -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "openapi" / "tools"))
    import generate

    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        generate.build(Path(tmp))
        elapsed = time.perf_counter() - start
    return {"wall_s": elapsed}


# --------------------------------------------------------------------------------------------------
# Reporting
# --------------------------------------------------------------------------------------------------


def _git_commit() -> dict[str, Any]:
    git = shutil.which("git")
    if git is None:
        return {"commit": None, "dirty": None}

    def run(*args: str) -> str:
        result = subprocess.run([git, *args], cwd=ROOT, capture_output=True, text=True, check=False)
        return result.stdout.strip() if result.returncode == 0 else ""

    return {
        "commit": run("rev-parse", "HEAD") or None,
        "dirty": bool(run("status", "--porcelain", "--", "generated", "openapi", "overrides", "bench")),
    }


def _ms(seconds: float) -> str:
    return f"{seconds * 1e3:8.1f} ms"


def _us(seconds: float) -> str:
    return f"{seconds * 1e6:8.1f} us"


def _verdict(ratio: float, target: float) -> str:
    return "PASS" if ratio <= target else "FAIL"


def render(results: dict[str, Any]) -> str:
    rows = [("measure", "generated", "baseline", "ratio", "target", "result")]
    imp = results.get("import")
    if imp:
        rows.append(
            (
                "(a) cold import (- startup)",
                _ms(imp["operation_s"]),
                _ms(imp["httpx_s"]) + " httpx",
                f"{imp['ratio']:.2f}",
                f"<= {imp['target']:.2f}",
                _verdict(imp["ratio"], imp["target"]),
            )
        )
    calls = results.get("calls")
    if calls:
        for key, label in (("get", "(b) GET user by ID"), ("post", "(c) POST sign-up")):
            c = calls[key]
            rows.append(
                (
                    label,
                    _us(c["generated_s"]),
                    _us(c["raw_s"]) + " httpx",
                    f"{c['ratio']:.2f}",
                    f"<= {c['target']:.2f}",
                    _verdict(c["ratio"], c["target"]),
                )
            )
        stdlib = calls.get("get_stdlib_json")
        if stdlib:
            rows.append(
                (
                    "(b) same, stdlib json",
                    _us(stdlib["generated_s"]),
                    _us(stdlib["raw_s"]) + " httpx",
                    f"{stdlib['ratio']:.2f}",
                    "(info)",
                    "-",
                )
            )
    gen = results.get("generate")
    if gen:
        rows.append(("(d) generate.build()", f"{gen['wall_s']:8.2f} s", "", "", "", "info"))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    notes = []
    if imp:
        notes.append(
            f"import: median of {imp['runs']} fresh interpreters each, interpreter start-up "
            f"{imp['startup_s'] * 1e3:.1f} ms subtracted; {imp['models_imported']} model modules imported"
        )
    if calls:
        notes.append(
            f"calls: median per-call time over {calls['rounds']} interleaved batches of {calls['batch']}; "
            f"user body {calls['get']['body_bytes']} bytes; ratio = median of per-batch ratios "
            f"(ratio of medians: GET {calls['get']['ratio_of_medians']:.2f}, "
            f"POST {calls['post']['ratio_of_medians']:.2f}); generated side decodes JSON with "
            f"{calls['decoder']}, raw httpx with the standard library"
        )
    return "\n".join([*lines, "", *notes])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--import-runs", type=int, default=15, help="fresh interpreters per import measure")
    parser.add_argument("--rounds", type=int, default=1000, help="interleaved batches per call measure")
    parser.add_argument("--batch", type=int, default=10, help="calls per batch")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        choices=["import", "calls", "generate", "server", "persistence", "contract"],
    )
    parser.add_argument("--output", type=Path, default=RESULTS / "latest.json", help="where to write figures")
    parser.add_argument(
        "--package-dir",
        type=Path,
        help="folder holding another build of frontegg_identity to measure instead of the installed one "
        "(for before/after comparisons of template changes)",
    )
    args = parser.parse_args()
    if args.package_dir:
        args.package_dir = args.package_dir.resolve()
        sys.path.insert(0, str(args.package_dir))

    results: dict[str, Any] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "timestamp": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        **_git_commit(),
        "package": str(args.package_dir) if args.package_dir else "installed (generated/)",
    }
    if "import" not in args.skip:
        results["import"] = bench_import(args.import_runs, args.package_dir)
    if "calls" not in args.skip:
        results["calls"] = bench_calls(args.rounds, args.batch)
    if "generate" not in args.skip:
        results["generate"] = bench_generate()
    if "server" not in args.skip:
        results["server"] = server_bench.bench_server()
    if "persistence" not in args.skip:
        results["persistence"] = server_bench.bench_persistence()
    if "contract" not in args.skip:
        results["contract"] = server_bench.bench_contract()
    try:
        import httpx

        results["httpx"] = httpx.__version__
    except ImportError:  # pragma: no cover - httpx is a dependency
        pass

    print(
        f"frontegg_identity bench - Python {results['python']}, commit {str(results['commit'])[:12]}"
        f"{' (+ local changes)' if results['dirty'] else ''}, package: {results['package']}"
    )
    print(render(results))
    for line in server_bench.render(results.get("server"), results.get("contract"), results.get("persistence")):
        print(line)
    verdicts = [
        r["ratio"] <= r["target"]
        for r in (results.get("import"), *(results.get("calls", {}).get(k) for k in ("get", "post")))
        if r
    ]
    print(
        f"\n{sum(verdicts)}/{len(verdicts)} targets met"
        + ("" if all(verdicts) else " - see FAIL rows above (the bench reports; it does not gate)")
    )
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"figures written to {os.path.relpath(args.output, ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
