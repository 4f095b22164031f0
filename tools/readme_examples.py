"""Run the README's Python examples, in order, in one namespace: ``python readme_examples.py README.md``.

The install check runs this with the interpreter of a fresh virtualenv that holds only the built wheel,
against an emulator started there with ``frontegg-emulator serve`` (the ``FRONTEGG_*`` variables it
prints are set by the caller). Standard library only, so it needs nothing the wheel does not bring.
Before the first block it checks that every ``frontegg_*`` package comes from that virtualenv, never
from a source tree.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

BLOCK = re.compile(r"```python\n(.*?)```", flags=re.DOTALL)
PACKAGES = ("frontegg_identity", "frontegg_emulator", "frontegg_contract")


def python_blocks(readme: str) -> list[str]:
    return BLOCK.findall(readme)


def _check_installed_packages() -> None:
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue  # an install without that extra; the examples that need it fail by themselves
        origin = Path(module.__file__ or "").resolve()
        if not origin.is_relative_to(Path(sys.prefix).resolve()):
            raise SystemExit(f"{name} is imported from {origin}, outside the virtualenv {sys.prefix}")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: readme_examples.py README.md", file=sys.stderr)
        return 2
    path = Path(argv[0])
    blocks = python_blocks(path.read_text(encoding="utf-8"))
    if not blocks:
        print(f"{path}: no python examples", file=sys.stderr)
        return 1
    _check_installed_packages()
    namespace: dict[str, object] = {"__name__": "readme"}
    for number, block in enumerate(blocks, start=1):
        exec(compile(block, f"{path} python block {number}", "exec"), namespace)  # noqa: S102
    print(f"{len(blocks)} README python examples ran")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
