"""Shared by tests/sdk/: Frontegg's own SDKs, unchanged, against a freshly started emulator.

Each SDK is installed by ``bash sdk_tests/install.sh`` into a git-ignored folder (a virtualenv for the
Python SDK, node_modules for the JavaScript ones); a test whose SDK is not installed skips and says
so. The SDK runs in a subprocess configured only by what its users set (FRONTEGG_API_GATEWAY_URL,
FRONTEGG_CLIENT_ID, FRONTEGG_API_KEY for the backend SDKs; the base URL for the browser client) and
writes what every check did to a JSON file; the tests here hold the expectations, one test per check,
so a report names the flow and the client that broke.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontegg_emulator import EmulatorServer

REPO = Path(__file__).resolve().parents[2]
SDK_TESTS = REPO / "sdk_tests"
SDK_PYTHON = SDK_TESTS / ".venv-frontegg" / "bin" / "python"
NODE_DIR = SDK_TESTS / "node"
PASSWORD = "Correct-horse-9"
INSTALL_HINT = "run `bash sdk_tests/install.sh` (make test does) to install it"


def node_package(name: str) -> Path:
    return NODE_DIR / "node_modules" / name / "package.json"


def needs_node_package(name: str) -> pytest.MarkDecorator:
    """Skip a test module (before any emulator starts) when node or the package is missing."""
    if shutil.which("node") is None:
        return pytest.mark.skip(reason="node is not on PATH")
    return pytest.mark.skipif(
        not node_package(name).exists(), reason=f"{name} is not installed under sdk_tests/node: {INSTALL_HINT}"
    )


def needs_python_sdk() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not SDK_PYTHON.exists(),
        reason=f"Frontegg's Python SDK (sdk_tests/.venv-frontegg) is not installed: {INSTALL_HINT}",
    )


def sdk_environment(emu: EmulatorServer) -> dict[str, str]:
    """This process's environment with any Frontegg settings replaced by the emulator's three."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTEGG_")}
    creds = emu.credentials
    env.update(
        FRONTEGG_API_GATEWAY_URL=creds.gateway_url,
        FRONTEGG_CLIENT_ID=creds.client_id,
        FRONTEGG_API_KEY=creds.api_key,
    )
    return env


@dataclass(frozen=True)
class User:
    email: str
    user_id: str
    tenant_id: str
    access_token: str


def new_user(emu: EmulatorServer) -> User:
    """Sign up, activate with the token the sign-up answered, log in: a user JWT the emulator issued."""
    email = f"sdk-{uuid.uuid4().hex[:10]}@example.com"
    with httpx.Client(base_url=emu.url + "/identity/resources", timeout=10) as http:
        signed = http.post(
            "/users/v1/signUp",
            json={"provider": "local", "email": email, "password": PASSWORD, "companyName": "Acme"},
        )
        assert signed.status_code == 201, signed.text
        body = signed.json()
        activated = http.post("/users/v1/activate", json={"userId": body["userId"], "token": body["activationToken"]})
        assert activated.status_code == 200, activated.text
        login = http.post("/auth/v1/user", json={"email": email, "password": PASSWORD})
        assert login.status_code == 200, login.text
    return User(email, body["userId"], body["tenantId"], login.json()["accessToken"])


def run_checks(
    command: list[str], *, env: dict[str, str], out: Path, stdin: Any = None, timeout: float = 120
) -> dict[str, Any]:
    """Run an SDK driver; return {check: outcome} from the JSON file it wrote to ``out``."""
    done = subprocess.run(
        command,
        env=env,
        cwd=REPO,
        input=json.dumps(stdin) if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or not out.exists():
        pytest.fail(
            f"{' '.join(command)} exited {done.returncode}\n--- stdout\n{done.stdout[-4000:]}"
            f"\n--- stderr\n{done.stderr[-4000:]}"
        )
    checks: dict[str, Any] = json.loads(out.read_text())
    return checks


def result_of(checks: dict[str, Any], name: str) -> Any:
    """The value a check returned; fails the test with what the SDK raised instead."""
    assert name in checks, f"the driver did not run {name!r} (it ran {sorted(checks)})"
    outcome = checks[name]
    assert "error" not in outcome, f"{name}: the SDK raised {outcome['error']}"
    return outcome.get("result")


def error_of(checks: dict[str, Any], name: str) -> dict[str, Any]:
    """What a check raised; fails the test when the SDK accepted instead."""
    assert name in checks, f"the driver did not run {name!r} (it ran {sorted(checks)})"
    outcome = checks[name]
    assert "error" in outcome, f"{name}: the SDK accepted, returning {outcome.get('result')!r}"
    error: dict[str, Any] = outcome["error"]
    return error
