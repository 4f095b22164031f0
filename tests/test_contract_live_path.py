"""The contract suite's live path, pointed at an emulator started separately as if it were a remote
Frontegg environment: read-only by default, and with writes allowed it deletes what it created."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx

from frontegg_emulator import EmulatorServer

ROOT = Path(__file__).resolve().parents[1]


def _run_suite(emu: EmulatorServer, selection: str, report_dir: Path, *, writes: bool) -> dict[str, object]:
    creds = emu.credentials
    env = {
        **os.environ,
        "FRONTEGG_API_GATEWAY_URL": creds.gateway_url,
        "FRONTEGG_CLIENT_ID": creds.client_id,
        "FRONTEGG_API_KEY": creds.api_key,
        "FRONTEGG_CONTRACT_EXAMPLES": "3",
        "FRONTEGG_CONTRACT_REPORT_DIR": str(report_dir),
    }
    env.pop("FRONTEGG_CONTRACT_ALLOW_WRITES", None)
    if writes:
        env["FRONTEGG_CONTRACT_ALLOW_WRITES"] = "1"
    # The installed command, as a user's CI runs it; only the stateless module, selected by -k on the
    # operationIds that name its tests (test_operation_honours_the_spec[getJwtTemplates]).
    args = [
        sys.executable,
        "-m",
        "frontegg_contract",
        "--report-dir",
        str(report_dir),
        "-k",
        f"test_stateless and ({selection})",
    ]
    result = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    report: dict[str, object] = json.loads((report_dir / "contract.json").read_text())
    return report


def _templates(emu: EmulatorServer) -> list[object]:
    creds = emu.credentials
    token = httpx.post(
        creds.gateway_url + "/auth/vendor", json={"clientId": creds.client_id, "secret": creds.api_key}
    ).json()["token"]
    page = httpx.get(
        creds.gateway_url + "/identity/resources/jwt-templates/v1", headers={"Authorization": f"Bearer {token}"}
    ).json()
    items: list[object] = page["items"]
    return items


def test_live_target_is_read_only_by_default(tmp_path: Path) -> None:
    with EmulatorServer() as emu:
        report = _run_suite(emu, "getJwtTemplates] or createJwtTemplate]", tmp_path, writes=False)
        assert report["target"] == emu.url
        per_op = report["perOperation"]
        assert isinstance(per_op, dict)
        assert per_op["createJwtTemplate"]["outcome"] == "skipped"
        assert "ALLOW_WRITES" in per_op["createJwtTemplate"]["skipReason"]
        assert per_op["getJwtTemplates"]["outcome"] == "passed"
        assert _templates(emu) == []


def test_live_target_with_writes_cleans_up_what_it_created(tmp_path: Path) -> None:
    with EmulatorServer() as emu:
        report = _run_suite(emu, "createJwtTemplate]", tmp_path, writes=True)
        per_op = report["perOperation"]
        assert isinstance(per_op, dict)
        created = per_op["createJwtTemplate"]["statuses"].get("201", 0)
        assert created > 0, per_op["createJwtTemplate"]
        assert _templates(emu) == [], "the suite left templates behind on the live environment"


def test_a_read_only_live_run_names_a_user_when_it_acts_with_the_environment_token(tmp_path: Path) -> None:
    # getActiveSessions, getMeUsernames, getUserOwnPhoneNumbers take a user token, or the environment token
    # naming the user in frontegg-user-id (optional in the spec for the user token's sake). A read-only
    # live run has no user token; schemathesis left the header out and the 400 failed the run (install-check).
    with EmulatorServer() as emu:
        selection = "getActiveSessions] or getMeUsernames] or getUserOwnPhoneNumbers]"
        report = _run_suite(emu, selection, tmp_path, writes=False)
        per_op = report["perOperation"]
        assert isinstance(per_op, dict)
        for op in ("getActiveSessions", "getMeUsernames", "getUserOwnPhoneNumbers"):
            assert per_op[op]["outcome"] == "passed", per_op[op]
