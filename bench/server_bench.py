"""Emulator throughput and contract-suite cost, for `make bench`.

- Requests per second for GET user by id and for password login on the emulator, each as a ratio to
  the minimal ASGI app (bench/minimal_app.py) on the same uvicorn stack; servers and the load
  generator (bench/load.py) run in separate processes, measured alternately in one run.
- Contract-suite throughput: the stateless suite at the default (CI) budget, examples per second
  and wall time.
"""

from __future__ import annotations

import json
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parents[1]
PY = sys.executable


def _port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            httpx.get(url, timeout=1)
            return
        except httpx.TransportError:
            if process.poll() is not None:
                raise RuntimeError(f"server exited: {url}") from None
            time.sleep(0.05)
    raise RuntimeError(f"server did not start: {url}")


def _load(url: str, *, method: str = "GET", seconds: float, headers: dict[str, str], body: Any = None) -> float:
    args = [PY, str(ROOT / "bench" / "load.py"), url, "--method", method, "--seconds", str(seconds)]
    args += [a for k, v in headers.items() for a in ("--header", f"{k}:{v}")]
    if body is not None:
        args += ["--json", json.dumps(body)]
    out = json.loads(subprocess.run(args, capture_output=True, text=True, check=True).stdout)
    if out["errors"]:
        raise RuntimeError(f"{out['errors']} failed requests against {url}")
    return float(out["requests"] / out["seconds"])


def bench_server(seconds: float = 3.0, rounds: int = 3) -> dict[str, Any]:
    emu_port, base_port = _port(), _port()
    client_id, api_key = "bench-" + secrets.token_hex(4), secrets.token_hex(16)
    emulator = subprocess.Popen(
        [
            PY,
            "-m",
            "frontegg_emulator",
            "serve",
            "--port",
            str(emu_port),
            "--client-id",
            client_id,
            "--api-key",
            api_key,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    baseline = subprocess.Popen(
        [
            PY,
            "-m",
            "uvicorn",
            "bench.minimal_app:app",
            "--port",
            str(base_port),
            "--log-level",
            "warning",
            "--no-access-log",
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    emu, base = f"http://127.0.0.1:{emu_port}", f"http://127.0.0.1:{base_port}/"
    try:
        _wait(emu + "/_emulator/coverage", emulator)
        _wait(base, baseline)
        token = httpx.post(emu + "/auth/vendor", json={"clientId": client_id, "secret": api_key}).json()["token"]
        email, password = "bench@example.com", "correct-horse-battery"
        signed = httpx.post(
            emu + "/identity/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "password": password, "companyName": "Bench"},
        ).json()
        httpx.post(
            emu + "/identity/resources/users/v1/activate",
            json={"userId": signed["userId"], "token": signed["activationToken"]},
        ).raise_for_status()
        auth = {"Authorization": f"Bearer {token}", "frontegg-tenant-id": signed["tenantId"]}
        get_url = f"{emu}/identity/resources/users/v1/{signed['userId']}"
        login_url = f"{emu}/identity/resources/auth/v1/user"
        samples: dict[str, list[float]] = {"baseline": [], "get_user": [], "login": []}
        for _ in range(rounds):  # alternate so drift on a busy machine hits all three alike
            samples["baseline"].append(_load(base, seconds=seconds, headers={}))
            samples["get_user"].append(_load(get_url, seconds=seconds, headers=auth))
            samples["login"].append(
                _load(
                    login_url, method="POST", seconds=seconds, headers={}, body={"email": email, "password": password}
                )
            )
    finally:
        for process in (emulator, baseline):
            process.terminate()
            process.wait(10)
    best = {k: sorted(v)[len(v) // 2] for k, v in samples.items()}
    return {
        "seconds_per_sample": seconds,
        "rounds": rounds,
        "rps": best,
        "get_user_ratio": best["get_user"] / best["baseline"],
        "login_ratio": best["login"] / best["baseline"],
    }


def bench_contract() -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.monotonic()
        subprocess.run(
            [PY, "-m", "frontegg_contract", "--report-dir", tmp, "-k", "test_stateless", "-q"],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
        wall = time.monotonic() - started
        report = json.loads((Path(tmp) / "contract.json").read_text())
    calls = sum(sum(op["statuses"].values()) for op in report["perOperation"].values())
    return {
        "wall_s": wall,
        "requests": calls,
        "requests_per_s": calls / wall,
        "operations_exercised": report["operations"]["exercised"],
        "examples_per_operation": report["examplesPerOperation"],
    }


def render(server: dict[str, Any] | None, contract: dict[str, Any] | None) -> list[str]:
    lines = []
    if server:
        rps = server["rps"]
        lines.append(
            f"(e) emulator GET user by id   {rps['get_user']:8.0f} req/s  vs minimal ASGI {rps['baseline']:8.0f} req/s"
            f"  ratio {server['get_user_ratio']:.2f}"
        )
        lines.append(
            f"(f) emulator password login   {rps['login']:8.0f} req/s  vs minimal ASGI {rps['baseline']:8.0f} req/s"
            f"  ratio {server['login_ratio']:.2f}"
        )
        lines.append(
            f"    (median of {server['rounds']} alternating {server['seconds_per_sample']:.0f}s samples; "
            "load generator in its own process, 4 keep-alive connections)"
        )
    if contract:
        lines.append(
            f"(g) contract suite (stateless) {contract['requests']} requests in {contract['wall_s']:.1f} s = "
            f"{contract['requests_per_s']:.0f} req/s over {contract['operations_exercised']} operations "
            f"x {contract['examples_per_operation']} examples"
        )
    return lines
