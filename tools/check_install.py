"""Install the project as a user does and run what they would run (``make install-check``).

1. ``python -m build``: the sdist, then the wheel built from that sdist (so a file the sdist forgets
   fails here, not on a user's machine).
2. The wheel's contents: every file that git tracks in each import package is in it, with the same
   bytes (the overrides linked into ``generated/`` and the spec links arrive as real files); no tests,
   benchmarks, SDK harnesses or byte code; the console scripts and the pytest plugin are declared.
3. For the oldest and the newest Python the package promises (its classifiers) that this machine has,
   found on PATH or under pyenv, never at a hard-coded path (the oldest missing is a failure): a fresh
   virtualenv with the wheel and ``[emulator,contract]`` only, then, from an empty directory outside the
   source tree, ``--version`` of both programs, ``frontegg-emulator serve`` on a free port, the README's
   Python examples against it (environment auth, a tenant and a user, login, a WebAuthn enrollment with
   the software authenticator), ``frontegg-emulator coverage`` and ``frontegg-contract`` against that
   emulator with a small example count.
4. A fresh virtualenv with the bare client (no extras): it imports, calls one operation against an
   emulator, and ``frontegg-emulator serve`` there ends with one line naming the extra and status 2.
5. Every README ``sh`` line that installs (``pip install ...``) or starts (``frontegg-emulator ...``,
   ``frontegg-contract ...``) something runs exactly as written, from the unpacked sdist.

Standard library only. ``--keep`` leaves the work directory for a look afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shlex
import shutil
import socket
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.request
import zipfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {
    "frontegg_identity": ROOT / "generated" / "frontegg_identity",
    "frontegg_emulator": ROOT / "emulator" / "frontegg_emulator",
    "frontegg_contract": ROOT / "contract_tests" / "frontegg_contract",
}
# Files that must never reach a user: the project's own tests, benchmarks and harnesses, byte code.
FORBIDDEN = re.compile(r"(^|/)(tests?|bench|sdk_tests|node_modules|__pycache__)/|\.py[co]$|(^|/)conftest\.py$")
ENTRY_POINTS = (
    "frontegg-emulator = frontegg_emulator.cli:main",
    "frontegg-contract = frontegg_contract.cli:main",
    "frontegg_contract.plugin = frontegg_contract.plugin",
)
BANNER_TIMEOUT = 90.0  # seconds for `serve` to print its banner (it loads and indexes the spec first)


class CheckFailed(Exception):
    pass


def say(message: str) -> None:
    print(f"install-check: {message}", flush=True)


def run(
    command: Sequence[str | Path],
    *,
    cwd: Path,
    env: dict[str, str] | None = None,
    timeout: float = 900,
    expect: int = 0,
) -> str:
    """Run a command; a status other than ``expect`` fails the check with the command's output."""
    shown = " ".join(shlex.quote(str(part)) for part in command)
    say(f"$ {shown}")
    try:
        done = subprocess.run(  # noqa: S603 (our own commands, no shell)
            [str(part) for part in command],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as err:
        raise CheckFailed(f"{shown} did not finish in {timeout:.0f} s") from err
    if done.returncode != expect:
        raise CheckFailed(
            f"{shown} exited {done.returncode} (expected {expect}) in {cwd}\n"
            f"--- stdout\n{done.stdout[-6000:]}\n--- stderr\n{done.stderr[-6000:]}"
        )
    return done.stdout + done.stderr


# ---------------------------------------------------------------------------------------------- build
def build(work: Path) -> tuple[Path, Path]:
    dist = work / "dist"
    # Without --sdist/--wheel, build makes the sdist and then the wheel from the unpacked sdist.
    run([sys.executable, "-m", "build", "--outdir", dist, ROOT], cwd=work)
    sdists, wheels = sorted(dist.glob("*.tar.gz")), sorted(dist.glob("*.whl"))
    if len(sdists) != 1 or len(wheels) != 1:
        raise CheckFailed(f"expected one sdist and one wheel in {dist}, found {sorted(p.name for p in dist.iterdir())}")
    return sdists[0], wheels[0]


def _tracked_files(package_dir: Path) -> list[Path]:
    listed = subprocess.run(  # noqa: S603
        ["git", "ls-files", "-z", "--", str(package_dir)],  # noqa: S607
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name]


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def check_wheel(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        problems = [f"{name} should not be in the wheel" for name in sorted(names) if FORBIDDEN.search(name)]
        for package, source in PACKAGES.items():
            for path in _tracked_files(source):
                member = f"{package}/{path.relative_to(source).as_posix()}"
                if member not in names:
                    problems.append(f"{member} is missing (from {path.relative_to(ROOT)})")
                elif _digest(archive.read(member)) != _digest(path.read_bytes()):  # read_bytes follows links
                    problems.append(f"{member} differs from {path.relative_to(ROOT)}")
        entry_points = next((n for n in names if n.endswith(".dist-info/entry_points.txt")), None)
        declared = archive.read(entry_points).decode() if entry_points else ""
        problems += [f"entry point {line!r} is not declared" for line in ENTRY_POINTS if line not in declared]
    if problems:
        raise CheckFailed(f"{wheel.name}:\n  " + "\n  ".join(problems))
    say(f"{wheel.name}: {len(names)} files, every tracked package file present and equal, no dev files")


# -------------------------------------------------------------------------------------------- pythons
def promised_versions() -> list[tuple[int, int]]:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    found = {(3, int(minor)) for minor in re.findall(r'"Programming Language :: Python :: 3\.(\d+)"', text)}
    if not found:
        raise CheckFailed("pyproject.toml declares no 'Programming Language :: Python :: 3.X' classifiers")
    return sorted(found)


def _version_of(executable: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(  # noqa: S603
            [executable, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.split()
        return int(out[0]), int(out[1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None  # e.g. a pyenv shim for a version that is not selected


def find_python(version: tuple[int, int]) -> str | None:
    name = f"python{version[0]}.{version[1]}"
    candidates = [found for found in [shutil.which(name)] if found]
    pyenv_root = os.environ.get("PYENV_ROOT")
    if not pyenv_root and shutil.which("pyenv"):
        pyenv_root = subprocess.run(
            ["pyenv", "root"],  # noqa: S607
            capture_output=True,
            text=True,
            check=False,
        ).stdout.strip()
    pyenv_root = pyenv_root or str(Path.home() / ".pyenv")
    candidates += sorted(
        (str(p) for p in Path(pyenv_root, "versions").glob(f"{version[0]}.{version[1]}.*/bin/{name}")),
        reverse=True,
    )
    return next((c for c in candidates if _version_of(c) == version), None)


def pythons_to_check(versions: list[tuple[int, int]]) -> list[tuple[tuple[int, int], str]]:
    oldest = versions[0]
    found_oldest = find_python(oldest)
    if found_oldest is None:
        raise CheckFailed(
            f"Python {oldest[0]}.{oldest[1]}, the oldest the package promises, is not on this machine "
            f"(looked for python{oldest[0]}.{oldest[1]} on PATH and under pyenv): install it, e.g. "
            f"`pyenv install {oldest[0]}.{oldest[1]}`"
        )
    chosen = [(oldest, found_oldest)]
    for version in reversed(versions[1:]):  # the newest promised one this machine has
        found = find_python(version)
        if found is not None:
            chosen.append((version, found))
            break
    else:
        say(f"only Python {oldest[0]}.{oldest[1]} of the promised {versions} is on this machine")
    return chosen


# ------------------------------------------------------------------------------------------ virtualenv
def make_venv(python: str, where: Path) -> Path:
    run([python, "-m", "venv", where], cwd=where.parent)
    return where / "bin"


def clean_env(bin_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's shell with the venv active: none of this checkout's settings."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FRONTEGG_", "PYTHON", "VIRTUAL_ENV", "PIP_"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"
    env["VIRTUAL_ENV"] = str(bin_dir.parent)
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env.update(extra)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(command: Sequence[str | Path], *, cwd: Path, env: dict[str, str]) -> Iterator[dict[str, str]]:
    """Start ``frontegg-emulator serve ...``, wait for its banner, yield the FRONTEGG_* it printed."""
    shown = " ".join(shlex.quote(str(part)) for part in command)
    say(f"$ {shown} &")
    process = subprocess.Popen(  # noqa: S603
        [str(part) for part in command],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert process.stdout is not None
    printed: dict[str, str] = {}
    seen: list[str] = []
    deadline = time.monotonic() + BANNER_TIMEOUT
    try:
        # The banner comes in one burst once the socket listens; a dead process ends the loop with EOF.
        for line in process.stdout:
            seen.append(line)
            match = re.match(r"\s*(FRONTEGG_[A-Z_]+)=(\S+)", line)
            if match:
                printed[match[1]] = match[2]
            if "FRONTEGG_API_KEY" in printed or time.monotonic() > deadline:
                break
        if "FRONTEGG_API_KEY" not in printed:
            process.kill()
            raise CheckFailed(f"{shown} printed no banner:\n{''.join(seen)[-4000:]}")
        yield printed
    finally:
        if process.poll() is None:
            process.terminate()
            try:
                status = process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                raise CheckFailed(f"{shown} did not stop on SIGTERM") from None
            if status != 0:
                raise CheckFailed(f"{shown} exited {status} on SIGTERM (expected 0)")


# ------------------------------------------------------------------------------------------- checks
def check_web_ui(gateway: str) -> None:
    """The web UI's templates and static files came with the wheel: its pages render from there."""
    for path, expected in (("/_emulator/", "<title>Environments"), ("/_emulator/ui/static/app.css", "{")):
        request = urllib.request.Request(gateway + path, headers={"Accept": "text/html"})  # noqa: S310 (local http)
        with urllib.request.urlopen(request, timeout=30) as answer:  # noqa: S310
            body = answer.read().decode()
        if expected not in body:
            raise CheckFailed(f"web UI: GET {path} did not render from the wheel: {body[:200]!r}")


def check_full_install(version: tuple[int, int], python: str, wheel: Path, work: Path) -> None:
    label = f"py{version[0]}.{version[1]}"
    home = work / label
    home.mkdir()
    bin_dir = make_venv(python, home / "venv")
    env = clean_env(bin_dir)
    run([bin_dir / "pip", "install", "-q", f"{wheel}[emulator,contract]"], cwd=home, env=env)
    cwd = home / "empty"  # no source tree anywhere near: imports can only come from the venv
    cwd.mkdir()
    for program in ("frontegg-emulator", "frontegg-contract"):
        out = run([bin_dir / program, "--version"], cwd=cwd, env=env)
        if not re.search(r"\d", out):
            raise CheckFailed(f"{program} --version printed no version: {out!r}")
    run(
        [bin_dir / "python", "-c", "import frontegg_identity as f; assert f.__version__[0].isdigit(), f.__version__"],
        cwd=cwd,
        env=env,
    )
    out = run([bin_dir / "frontegg-emulator", "coverage", "--quiet"], cwd=cwd, env=env)
    implemented = re.search(r"(\d+)/(\d+) operations implemented", out)
    if implemented is None or implemented[1] != implemented[2]:
        raise CheckFailed(f"frontegg-emulator coverage: {out.strip()!r}")
    port = free_port()
    with serving([bin_dir / "frontegg-emulator", "serve", "--port", str(port)], cwd=cwd, env=env) as printed:
        session_env = clean_env(bin_dir, **printed)
        check_web_ui(printed["FRONTEGG_API_GATEWAY_URL"])
        run([bin_dir / "python", ROOT / "tools" / "readme_examples.py", ROOT / "README.md"], cwd=cwd, env=session_env)
        run(
            [bin_dir / "frontegg-contract", "--examples", "1", "--report-dir", cwd / "reports", "-q"],
            cwd=cwd,
            env=session_env,
            timeout=1200,
        )
    say(f"{label}: the wheel with [emulator,contract] serves, talks to its client, passes its contract suite")


def check_bare_client(python: str, wheel: Path, gateway_env: dict[str, str], work: Path) -> None:
    home = work / "bare"
    home.mkdir()
    bin_dir = make_venv(python, home / "venv")
    env = clean_env(bin_dir)
    run([bin_dir / "pip", "install", "-q", wheel], cwd=home, env=env)
    call = (
        "from frontegg_identity import connect\n"
        "from frontegg_identity.api.users import get_user_by_email\n"
        "from frontegg_identity.models import ErrorResponse\n"
        "answer = get_user_by_email.sync_detailed(client=connect(), email='nobody@example.com')\n"
        "assert answer.status_code == 404 and isinstance(answer.parsed, ErrorResponse), answer\n"
    )
    run([bin_dir / "python", "-c", call], cwd=home, env=clean_env(bin_dir, **gateway_env))
    out = run([bin_dir / "frontegg-emulator", "serve", "--port", "0"], cwd=home, env=env, expect=2)
    if len(out.strip().splitlines()) != 1 or "frontegg-identity[emulator]" not in out:
        raise CheckFailed(f"frontegg-emulator without [emulator] should print one line naming the extra: {out!r}")
    say("bare client: imports, calls an operation; the emulator names the extra it needs")


README_COMMAND = re.compile(r"^(pip install|frontegg-emulator|frontegg-contract)\b")


def readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(encoding="utf-8"), flags=re.DOTALL)
    commands = []
    for block in blocks:
        for line in block.splitlines():
            command = line.split(" #", 1)[0].strip()  # the README's comments are "  # ..."
            if README_COMMAND.match(command):
                commands.append(command)
    return commands


def check_readme_commands(python: str, sdist: Path, work: Path) -> None:
    home = work / "readme"
    home.mkdir()
    with tarfile.open(sdist) as archive:
        archive.extractall(home, filter="data")
    source = next(p for p in home.iterdir() if p.is_dir())
    bin_dir = make_venv(python, home / "venv")
    env = clean_env(bin_dir)
    commands = readme_commands()
    if not any(c.startswith("pip install") for c in commands):
        raise CheckFailed("the README has no `pip install` command to check")
    for command in commands:
        argv = shlex.split(command)
        if argv[0] == "frontegg-emulator" and argv[1:2] == ["serve"]:
            with serving([bin_dir / argv[0], *argv[1:]], cwd=source, env=env):
                pass
        else:
            run([bin_dir / argv[0], *argv[1:]], cwd=source, env=env)
    say(f"README: {len(commands)} install and start commands ran as written")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--keep", action="store_true", help="keep the work directory and print where it is")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="frontegg-install-check-"))
    started = time.monotonic()
    try:
        sdist, wheel = build(work)
        check_wheel(wheel)
        pythons = pythons_to_check(promised_versions())
        for version, python in pythons:
            check_full_install(version, python, wheel, work)
        newest = pythons[-1][1]
        full_bin = work / f"py{pythons[-1][0][0]}.{pythons[-1][0][1]}" / "venv" / "bin"
        with serving(
            [full_bin / "frontegg-emulator", "serve", "--port", str(free_port())],
            cwd=work,
            env=clean_env(full_bin),
        ) as printed:
            check_bare_client(newest, wheel, printed, work)
        check_readme_commands(newest, sdist, work)
    except CheckFailed as err:
        say(f"FAILED: {err}")
        return 1
    finally:
        if args.keep:
            say(f"work directory kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    say(f"passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
