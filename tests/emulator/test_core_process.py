"""The emulator as a real process: the CLI, clean stops on signals, and persistence with --data.

Every test starts ``python -m frontegg_emulator serve`` and talks HTTP to it over loopback; signals and
``kill -9`` are real. The banner (printed once the socket listens) gives the URL and credentials.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from frontegg_emulator import cli

PASSWORD = "Correct-horse-9"
STARTUP_SECONDS = 60


class Served:
    """One ``frontegg-emulator serve`` process; waits for its banner and parses it."""

    def __init__(self, *args: str) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "frontegg_emulator", "serve", *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._stdout: queue.Queue[str] = queue.Queue()
        self._stderr: list[str] = []
        self.banner: list[str] = []
        threading.Thread(target=self._pump_stdout, daemon=True).start()
        self._stderr_thread = threading.Thread(target=self._pump_stderr, daemon=True)
        self._stderr_thread.start()
        deadline = time.monotonic() + STARTUP_SECONDS
        while not any(line.startswith("  data:") for line in self.banner):
            try:
                self.banner.append(self._stdout.get(timeout=max(0.0, deadline - time.monotonic())))
            except queue.Empty:
                self.proc.kill()
                raise AssertionError(f"no banner; stderr: {self.stderr()}") from None
            if self.banner[-1] == "":  # EOF: the process ended before listening
                self.proc.wait(10)
                raise AssertionError(f"exited with {self.proc.returncode}; stderr: {self.stderr()}")
        fields = dict(line.strip().split("=", 1) for line in self.banner if "=" in line and line.startswith("  F"))
        self.url = fields["FRONTEGG_API_GATEWAY_URL"]
        self.client_id = fields["FRONTEGG_CLIENT_ID"]
        self.api_key = fields["FRONTEGG_API_KEY"]
        self.http = httpx.Client(base_url=self.url, timeout=20)

    def _pump_stdout(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self._stdout.put(line.rstrip("\n"))
        self._stdout.put("")

    def _pump_stderr(self) -> None:
        assert self.proc.stderr is not None
        for line in self.proc.stderr:
            self._stderr.append(line)

    def stderr(self) -> str:
        return "".join(self._stderr)

    def stop(self, sig: int = signal.SIGTERM) -> tuple[int, str]:
        """Send ``sig``, wait for the exit; the exit status and everything written to stderr."""
        self.http.close()
        self.proc.send_signal(sig)
        code = self.proc.wait(30)
        self._stderr_thread.join(10)
        return code, self.stderr()

    def kill9(self) -> None:
        self.http.close()
        self.proc.kill()
        self.proc.wait(30)

    def ensure_dead(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(30)

    # ---- calls
    def env_token(self) -> str:
        r = self.http.post("/auth/vendor", json={"clientId": self.client_id, "secret": self.api_key})
        assert r.status_code == 200, r.text
        return str(r.json()["token"])

    def sign_up_and_activate(self, email: str) -> tuple[str, str]:
        """Sign up and activate with the emailed token; the user's id and its new account's id."""
        r = self.http.post(
            "/identity/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "companyName": "Acme", "password": PASSWORD},
        )
        assert r.status_code == 201, r.text
        user_id, tenant_id = str(r.json()["userId"]), str(r.json()["tenantId"])
        [message] = self.http.get("/_emulator/outbox", params={"to": email, "kind": "activation"}).json()["messages"]
        r = self.http.post("/identity/resources/users/v1/activate", json={"userId": user_id, "token": message["token"]})
        assert r.status_code in (200, 201), r.text
        return user_id, tenant_id

    def login(self, email: str, password: str = PASSWORD) -> httpx.Response:
        return self.http.post("/identity/resources/auth/v1/user", json={"email": email, "password": password})


@pytest.fixture
def served() -> Any:
    """Start processes through this factory; whatever is still running at the end is killed."""
    started: list[Served] = []

    def start(*args: str) -> Served:
        started.append(Served(*args))
        return started[-1]

    yield start
    for proc in started:
        proc.ensure_dead()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def assert_clean_exit(code: int, stderr: str) -> None:
    assert code == 0, stderr
    assert "Traceback" not in stderr, stderr
    assert "KeyboardInterrupt" not in stderr, stderr


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "frontegg_emulator", *args], capture_output=True, text=True, timeout=120, check=False
    )


# ---------------------------------------------------------------------------------------------- CLI
def test_serve_prints_given_credentials_serves_and_stops_cleanly_on_sigterm(served: Any) -> None:
    port = free_port()
    proc = served("--port", str(port), "--client-id", "cli-client", "--api-key", "cli-key-123")
    assert proc.url == f"http://127.0.0.1:{port}"
    assert proc.client_id == "cli-client"
    assert proc.api_key == "cli-key-123"
    assert any(f"http://127.0.0.1:{port}" in line and "listening" in line for line in proc.banner)
    # It serves: the credentials it printed buy an environment token that the API accepts.
    token = proc.env_token()
    r = proc.http.get("/identity/resources/configurations/v1", headers={"Authorization": f"Bearer {token}"})
    assert r.status_code == 200, r.text
    assert_clean_exit(*proc.stop(signal.SIGTERM))


def test_serve_warns_when_other_machines_can_reach_it(served: Any) -> None:
    proc = served("--host", "0.0.0.0", "--port", "0")  # noqa: S104 (the point of the test)
    proc.env_token()
    code, stderr = proc.stop(signal.SIGTERM)
    assert_clean_exit(code, stderr)
    assert "warning: listening on 0.0.0.0: /_emulator" in stderr, stderr
    quiet = served("--port", "0")
    code, stderr = quiet.stop(signal.SIGTERM)
    assert "warning" not in stderr, stderr
    every_interface = "0.0.0.0"  # noqa: S104 (a value under test, nothing binds it here)
    hosts = ("127.0.0.1", "::1", "localhost", "127.0.0.2", every_interface, "::", "ci.example")
    assert [host for host in hosts if cli._exposed(host)] == [every_interface, "::", "ci.example"]


def test_serve_generates_credentials_and_stops_cleanly_on_sigint(served: Any) -> None:
    proc = served("--port", "0")  # port 0: the banner shows the port actually bound
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", proc.url) and not proc.url.endswith(":0")
    assert re.fullmatch(r"[0-9a-f-]{36}", proc.client_id), proc.client_id
    assert re.fullmatch(r"[0-9a-f]{32}", proc.api_key)  # 128 random bits
    proc.env_token()
    assert_clean_exit(*proc.stop(signal.SIGINT))


def test_coverage_prints_implemented_of_307_and_lists_the_missing(capsys: Any) -> None:
    result = run_cli("coverage")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    m = re.fullmatch(r"(\d+)/307 operations implemented", lines[0])
    assert m, lines[0]
    missing = [line.split("missing:", 1)[1].strip() for line in lines[1:] if "missing:" in line]
    assert len(missing) == 307 - int(m.group(1))
    assert all(re.fullmatch(r"[a-z][A-Za-z0-9]+", op) for op in missing)
    assert cli.main(["coverage", "--quiet"]) == 0
    # --quiet: the summaries alone (the published spec's, then each companion's), no missing lines.
    assert capsys.readouterr().out.splitlines() == [line for line in lines if "missing:" not in line]


def test_help_and_console_script(capsys: Any) -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "serve" in result.stdout and "coverage" in result.stdout
    with pytest.raises(SystemExit) as exited:
        cli.main(["serve", "--help"])
    assert exited.value.code == 0
    serve_help = capsys.readouterr().out
    for option in ("--port", "--client-id", "--api-key", "--data", "--host"):
        assert option in serve_help
    script = Path(sys.executable).parent / "frontegg-emulator"
    if script.exists():
        scripted = subprocess.run([str(script), "--help"], capture_output=True, text=True, timeout=120, check=False)
        assert scripted.returncode == 0 and "coverage" in scripted.stdout


def test_bad_command_line_is_a_usage_error(capsys: Any) -> None:
    for argv in (["serve", "--port", "not-a-number"], ["frobnicate"], []):
        with pytest.raises(SystemExit) as exited:
            cli.main(argv)
        assert exited.value.code == 2
        assert "usage:" in capsys.readouterr().err


# -------------------------------------------------------------------------------------- persistence
def test_data_survives_graceful_restart_and_kill_9(served: Any, tmp_path: Path) -> None:
    data = tmp_path / "emulator.sqlite"
    email = "persist@example.com"
    first = served("--port", "0", "--data", str(data), "--client-id", "persist-client", "--api-key", "persist-key")
    user_id, tenant_id = first.sign_up_and_activate(email)
    assert first.login(email).status_code == 200
    assert_clean_exit(*first.stop(signal.SIGTERM))

    # A graceful restart: same environment (credentials come from the file), the user logs in again.
    second = served("--port", "0", "--data", str(data), "--client-id", "persist-client")
    assert (second.client_id, second.api_key) == ("persist-client", "persist-key")
    login = second.login(email)
    assert login.status_code == 200, login.text
    assert login.json()["userId"] == user_id
    # A write, acknowledged, then kill -9 at once: the acknowledged write must be on disk.
    token = second.env_token()
    r = second.http.put(
        f"/identity/resources/users/v1/{user_id}",
        json={"name": "Renamed Before Kill"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert r.status_code == 200, r.text
    second.kill9()

    third = served("--port", "0", "--data", str(data))
    assert third.client_id == "persist-client"
    token = third.env_token()
    r = third.http.get(
        f"/identity/resources/users/v1/{user_id}",
        headers={"Authorization": f"Bearer {token}", "frontegg-tenant-id": tenant_id},
    )
    assert r.status_code == 200, r.text
    assert r.json()["name"] == "Renamed Before Kill"
    assert third.login(email).status_code == 200
    assert_clean_exit(*third.stop())


def test_without_data_nothing_persists(served: Any) -> None:
    args = ("--port", "0", "--client-id", "memory-client", "--api-key", "memory-key")
    first = served(*args)
    first.sign_up_and_activate("memory@example.com")
    assert first.login("memory@example.com").status_code == 200
    assert_clean_exit(*first.stop())

    second = served(*args)
    assert second.login("memory@example.com").status_code == 401
    r = second.http.get("/identity/resources/users/v3", headers={"Authorization": f"Bearer {second.env_token()}"})
    assert r.status_code == 200
    assert r.json()["_metadata"]["totalItems"] == 0
    assert_clean_exit(*second.stop())


def test_data_file_of_other_credentials_or_not_a_database_is_a_clear_error(
    served: Any, tmp_path: Path, capsys: Any
) -> None:
    data = tmp_path / "owned.sqlite"
    owner = served("--port", "0", "--data", str(data), "--client-id", "owner-client", "--api-key", "owner-key")
    assert_clean_exit(*owner.stop())

    other_client = run_cli("serve", "--port", "0", "--data", str(data), "--client-id", "someone-else")
    assert other_client.returncode == 2
    assert "Traceback" not in other_client.stderr
    assert "owner-client" in other_client.stderr and "someone-else" in other_client.stderr
    assert "--data" in other_client.stderr

    # The same checks in-process (the code path of the CLI, without paying for another interpreter).
    with pytest.raises(SystemExit) as exited:
        cli.main(["serve", "--port", "0", "--data", str(data), "--client-id", "owner-client", "--api-key", "x1"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "API key" in err and "owner-key" not in err  # the stored key is not disclosed

    garbage = tmp_path / "not-a-db.sqlite"
    garbage.write_text("this is not SQLite " * 100)
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    with pytest.raises(SystemExit) as exited:
        cli.main(["serve", "--port", "0", "--data", str(garbage)])
    assert exited.value.code == 2
    assert "not-a-db.sqlite" in capsys.readouterr().err
    # serve's own signal handlers are given back even when it never got to serve.
    assert {sig: signal.getsignal(sig) for sig in before} == before


def test_port_in_use_fails_without_traceback() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        env = {**os.environ}
        result = subprocess.run(
            [sys.executable, "-m", "frontegg_emulator", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=env,
        )
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert "listening" not in result.stdout


def test_refused_requests_persist_the_state_they_change(tmp_path: Path) -> None:
    """A 401 can change state on purpose (failed-login counters, a lockout): that state is on disk too.

    In-process servers over one data file: the same Store as the CLI's, restarted without a new interpreter.
    """
    from frontegg_emulator import EmulatorServer

    data = tmp_path / "lockout.sqlite"
    email = "locked-out@example.com"
    with EmulatorServer(client_id="lock-client", api_key="lock-key", data=data) as emu:
        http = httpx.Client(base_url=emu.url, timeout=20)
        token = http.post("/auth/vendor", json={"clientId": "lock-client", "secret": "lock-key"}).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        r = http.post(
            "/identity/resources/configurations/v1/lockout-policy",
            json={"enabled": True, "maxAttempts": 2},
            headers=auth,
        )
        assert r.status_code in (200, 201), r.text
        signed = http.post(
            "/identity/resources/users/v1/signUp",
            json={"provider": "local", "email": email, "companyName": "Lock Co", "password": PASSWORD},
        ).json()
        http.post(
            "/identity/resources/users/v1/activate",
            json={"userId": signed["userId"], "token": signed["activationToken"]},
        )
        for _ in range(2):
            wrong = http.post("/identity/resources/auth/v1/user", json={"email": email, "password": "wrong-password"})
            assert wrong.status_code == 401
        # Locked now: even the right password is refused. The last request before the restart was a 401.
        locked = http.post("/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD})
        assert locked.status_code == 401
        http.close()

    with EmulatorServer(client_id="lock-client", data=data) as emu:
        http = httpx.Client(base_url=emu.url, timeout=20)
        still = http.post("/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD})
        assert still.status_code == 401, "the lockout was lost with the restart"
        token = http.post("/auth/vendor", json={"clientId": "lock-client", "secret": "lock-key"}).json()["token"]
        unlocked = http.post(
            f"/identity/resources/users/v1/{signed['userId']}/unlock", headers={"Authorization": f"Bearer {token}"}
        )
        assert unlocked.status_code == 200
        assert (
            http.post("/identity/resources/auth/v1/user", json={"email": email, "password": PASSWORD}).status_code
            == 200
        )
        http.close()
