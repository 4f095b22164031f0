"""The catalogue of domain failures (domain/failures.py): one place names each failure by meaning and
maps it to its status, Frontegg error code and message; the HTTP answers are the ones the emulator
gave before (the rest of the suite checks them at each operation)."""

from __future__ import annotations

import ast
import inspect
import string
from pathlib import Path

import pytest

from frontegg_emulator import errors
from frontegg_emulator.domain import failures

DOMAIN = Path(failures.__file__).parent
CATALOGUE = [
    cls
    for _, cls in inspect.getmembers(failures, inspect.isclass)
    if issubclass(cls, failures.Failure) and cls is not failures.Failure
]


def test_each_failure_has_one_status_code_and_message() -> None:
    assert len(CATALOGUE) >= 80
    seen: dict[tuple[int, str, str], str] = {}
    for cls in CATALOGUE:
        statuses = [b for b in cls.__mro__ if b in errors.EmulatorError.__subclasses__() and b is not failures.Failure]
        assert len(statuses) == 1, cls  # exactly one HTTP status class
        assert cls.default_code.startswith("ER-") and cls.message, cls
        key = (cls.status, cls.default_code, cls.message)
        assert key not in seen, f"{cls.__name__} repeats {seen.get(key)}"
        seen[key] = cls.__name__


def test_a_failure_answers_as_the_inline_error_did() -> None:
    err = failures.RoleNotFound(role_id="r-1")
    assert isinstance(err, errors.NotFound) and err.status == 404
    assert err.body() == {"errors": ["Role r-1 not found"], "errorCode": "ER-01020"}
    # A value is filled in, never read as a template.
    assert failures.GroupNotFound(group_id="{0}{x}").errors == ["Group {0}{x} not found"]
    with pytest.raises(KeyError):
        failures.RoleNotFound()


@pytest.mark.parametrize("cls", CATALOGUE, ids=lambda c: c.__name__)
def test_every_template_is_fillable(cls: type[failures.Failure]) -> None:
    fields = {name: "v" for _, name, _, _ in string.Formatter().parse(cls.message) if name}
    assert cls(**fields).errors


def test_domain_code_raises_catalogued_failures_not_inline_codes() -> None:
    """No domain module writes a status, an error code and a message at a raise site any more."""
    inline = []
    for path in sorted(DOMAIN.glob("*.py")):
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in {"BadRequest", "Unauthorized", "Forbidden", "NotFound", "Conflict"}
                and any(k.arg == "code" and isinstance(k.value, ast.Constant) for k in node.keywords)
            ):
                inline.append(f"{path.name}:{node.lineno}")
    assert inline == []
