"""serve --import, export --data and --export-on-exit (transfer.py): a file in, users log in, the same file out."""

from __future__ import annotations

import json
import signal
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from test_core_process import Served, served  # noqa: F401 - the fixture is used by name

from frontegg_emulator import EmulatorServer, cli, transfer
from frontegg_emulator.domain import security
from frontegg_emulator.state import Emulation

PASSWORD = "Correct-horse-9"


def sample() -> dict[str, Any]:
    return {
        "version": 1,
        "environments": [
            {
                "clientId": "acme-dev",
                "apiKey": "acme-dev-secret-key",
                "categories": [{"name": "Billing", "description": "Invoices"}],
                "permissions": [{"key": "billing.read", "name": "Read billing", "category": "Billing"}],
                "roles": [
                    {"key": "Admin", "permissions": ["fe.secure.read.users", "billing.read"], "firstUserRole": True},
                    {"key": "Member", "level": 1, "default": True, "permissions": ["fe.secure.read.users"]},
                    {"key": "Auditor", "tenant": "acme", "permissions": ["billing.read"]},
                ],
                "tenants": [
                    {"id": "acme", "name": "Acme", "metadata": {"plan": "pro"}},
                    {"id": "acme-eu", "name": "Acme EU", "parent": "acme"},
                ],
                "users": [
                    {
                        "email": "alice@acme.test",
                        "password": PASSWORD,
                        "verified": True,
                        "tenants": [{"id": "acme", "roles": ["Admin"]}, {"id": "acme-eu"}],
                    },
                    {
                        "id": "bob-id",
                        "email": "bob@acme.test",
                        "passwordHash": security.hash_password("Bobs-password-7"),
                        "passwordHashType": "argon2",
                        "verified": True,
                        "metadata": {"team": "ops"},
                        "tenants": [{"id": "acme", "roles": ["Member", "Auditor"]}],
                    },
                ],
                "groups": [{"tenant": "acme", "name": "Ops", "roles": ["Auditor"], "users": ["bob@acme.test"]}],
            }
        ],
    }


def write(path: Path, doc: dict[str, Any]) -> Path:
    text = yaml.safe_dump(doc, sort_keys=False) if path.suffix == ".yaml" else json.dumps(doc, indent=2)
    path.write_text(text)
    return path


def login(url: str, email: str, password: str) -> httpx.Response:
    return httpx.post(f"{url}/identity/resources/auth/v1/user", json={"email": email, "password": password})


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_imported_users_log_in_with_plain_and_hashed_passwords(tmp_path: Path, suffix: str) -> None:
    source = write(tmp_path / f"users{suffix}", sample())
    with EmulatorServer(import_path=source) as emu:
        assert emu.credentials.client_id == "acme-dev" and emu.credentials.api_key == "acme-dev-secret-key"
        r = login(emu.url, "alice@acme.test", PASSWORD)
        assert r.status_code == 200, r.text
        r = login(emu.url, "bob@acme.test", "Bobs-password-7")
        assert r.status_code == 200, r.text
        assert login(emu.url, "bob@acme.test", PASSWORD).status_code == 401
        env = emu.environment
        bob = env.users["bob-id"]
        assert sorted(env.roles[r].key for r in bob.roles["acme"]) == ["Auditor", "Member"]
        alice = next(u for u in env.users.values() if u.email == "alice@acme.test")
        assert alice.tenant_ids == ["acme", "acme-eu"]
        assert [env.roles[r].key for r in alice.roles["acme-eu"]] == ["Member"]  # the default role
        assert env.tenants["acme-eu"].parent_tenant_id == "acme"


def test_export_then_import_gives_the_same_export(tmp_path: Path) -> None:
    first = Emulation()
    transfer.load(write(tmp_path / "in.yaml", sample())).apply(first)
    exported = transfer.export_document(first)
    for name in ("out.yaml", "out.json"):
        transfer.write(exported, tmp_path / name)
        again = Emulation()
        transfer.load(tmp_path / name).apply(again)
        assert transfer.export_document(again) == exported
    users = exported["environments"][0]["users"]
    assert [u["passwordHashType"] for u in users] == ["argon2", "argon2"]
    assert users[1]["id"] == "bob-id"


def test_export_command_writes_a_data_file_and_serve_imports_it(tmp_path: Path, capsys: Any) -> None:
    data = tmp_path / "state.db"
    with EmulatorServer(import_path=write(tmp_path / "in.json", sample()), data=data) as emu:
        assert login(emu.url, "alice@acme.test", PASSWORD).status_code == 200
    assert cli.main(["export", "--data", str(data), str(tmp_path / "out.yaml")]) == 0
    assert "1 environments (2 users)" in capsys.readouterr().out
    with EmulatorServer(import_path=tmp_path / "out.yaml") as emu:
        assert login(emu.url, "bob@acme.test", "Bobs-password-7").status_code == 200
    with pytest.raises(SystemExit) as exited:
        cli.main(["export", "--data", str(tmp_path / "missing.db"), str(tmp_path / "x.json")])
    assert exited.value.code == 2 and "no such data file" in capsys.readouterr().err


def broken(change: str) -> dict[str, Any]:
    doc = sample()
    env = doc["environments"][0]
    if change == "email":
        env["users"][1]["email"] = "x"
    elif change == "unknown-field":
        env["users"][0]["nmae"] = "Alice"
    elif change == "tenant":
        env["users"][1]["tenants"][0]["id"] = "nowhere"
    elif change == "role":
        env["users"][1]["tenants"][0]["roles"] = ["Member", "Nope"]
    elif change == "duplicate-email":
        env["users"][1]["email"] = "ALICE@acme.test"
    elif change == "duplicate-id":
        env["users"][0]["id"] = "bob-id"
    elif change == "hash":
        env["users"][1]["passwordHash"] = "not-a-hash"
    return doc


EXPECTED = {
    "email": ("environments[0].users[1].email", "'x' is not a valid email"),
    "unknown-field": ("environments[0].users[0].nmae", "unknown field"),
    "tenant": ("environments[0].users[1].tenants[0].id", "'nowhere' is not in this environment"),
    "role": ("environments[0].users[1].tenants[0].roles[1]", "role 'Nope'"),
    "duplicate-email": ("environments[0].users[1].email", "also the email of environments[0].users[0]"),
    "duplicate-id": ("environments[0].users[1].id", "also the id of environments[0].users[0]"),
    "hash": ("environments[0].users[1].passwordHash", "argon2"),
}


# What the line the message names holds: the field at fault, or its value.
NEEDLES = {
    "email": "x",
    "unknown-field": "nmae",
    "tenant": "nowhere",
    "role": "Nope",
    "duplicate-email": "ALICE",
    "duplicate-id": "bob-id",
    "hash": "not-a-hash",
}


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize("change", list(EXPECTED))
def test_bad_file_is_refused_with_line_and_field_and_changes_nothing(
    tmp_path: Path, capsys: Any, change: str, suffix: str
) -> None:
    data = tmp_path / "state.db"
    with EmulatorServer(data=data, client_id="kept", api_key="kept-api-key-1234") as emu:
        assert emu.environment.client_id == "kept"
    before = transfer.export_document(Emulation(data))
    source = write(tmp_path / f"users{suffix}", broken(change))
    field, message = EXPECTED[change]
    with pytest.raises(SystemExit) as exited:
        cli.main(["serve", "--port", "0", "--data", str(data), "--import", str(source)])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert f"{field}: " in err and message in err, err
    where = err.split(": error: ", 1)[1].split(": ", 1)[0]
    assert where.startswith(f"{source}:")
    line = int(where.rsplit(":", 1)[1])
    text = source.read_text()
    assert NEEDLES[change] in text.splitlines()[line - 1], (line, text.splitlines()[line - 1])
    assert transfer.export_document(Emulation(data)) == before


def test_syntax_errors_name_their_line(tmp_path: Path) -> None:
    bad_yaml = tmp_path / "bad.yaml"
    bad_yaml.write_text("environments:\n  - clientId: a\n    users: [\n")
    with pytest.raises(transfer.ImportFileError, match=rf"^{bad_yaml}:\d+: not valid YAML"):
        transfer.load(bad_yaml)
    bad_json = tmp_path / "bad.json"
    bad_json.write_text('{"environments": [\n  {"clientId": "a",}\n]}')
    with pytest.raises(transfer.ImportFileError, match=rf"^{bad_json}:2: not valid JSON"):
        transfer.load(bad_json)


def test_import_of_a_client_id_the_data_file_holds_is_refused(tmp_path: Path, capsys: Any) -> None:
    data = tmp_path / "state.db"
    source = write(tmp_path / "users.yaml", sample())
    with EmulatorServer(data=data, import_path=source):
        pass
    before = transfer.export_document(Emulation(data))
    with pytest.raises(SystemExit) as exited:
        cli.main(["serve", "--port", "0", "--data", str(data), "--import", str(source)])
    err = capsys.readouterr().err
    assert exited.value.code == 2
    assert f"{source}:3: environments[0].clientId:" in err and "already stored; nothing was imported" in err, err
    assert transfer.export_document(Emulation(data)) == before


def test_export_on_exit_writes_the_state_when_the_server_stops(served: Any, tmp_path: Path) -> None:  # noqa: F811
    source = write(tmp_path / "users.yaml", sample())
    target = tmp_path / "exported.json"
    proc: Served = served("--port", "0", "--import", str(source), "--export-on-exit", str(target))
    assert proc.client_id == "acme-dev"
    r = proc.login("alice@acme.test")
    assert r.status_code == 200, r.text
    code, stderr = proc.stop(signal.SIGTERM)
    assert code == 0, stderr
    doc = json.loads(target.read_text())
    assert [u["email"] for u in doc["environments"][0]["users"]] == ["alice@acme.test", "bob@acme.test"]
    assert target.stat().st_mode & 0o077 == 0  # API keys and password hashes: the owner's only
