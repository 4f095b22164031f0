"""Client conformance: every generated operation of frontegg_identity (and of its Tenants API,
frontegg_identity.tenants), called against the target with hypothesis-generated valid input, answers a
declared status whose body parses into the declared model (errors into ErrorResponse).

The inputs come from schemathesis' positive-data strategies for the same operation, so the generated
client and the server are checked against one contract from both sides.
"""

from __future__ import annotations

import importlib
import inspect
import re
import typing
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.core import NotSet

from frontegg_identity.client import AuthenticatedClient, Client

from .actors import Actors
from .schema import operation as schema_operation
from .spec import IDENTITY, OPERATIONS, PREFIX, SELECTED, TENANTS, security
from .target import Target

# The generated package of each API, by its base path (openapi/tools/generate.py writes both).
PACKAGES = {IDENTITY: "frontegg_identity", TENANTS: "frontegg_identity.tenants"}
EXAMPLES = 5


def _folded(name: str) -> str:
    """A name with case and separators dropped: how the generator's snake_case names match spec names.

    The installed suite has no openapi-python-client to ask for its naming rule; comparing folded names
    finds the same module and argument (tests/test_contract_naming.py checks that against the rule).
    """
    return re.sub(r"[^0-9a-z]", "", name.lower())


@cache
def _modules(package: str) -> dict[str, list[Path]]:
    found: dict[str, list[Path]] = {}
    for path in Path(importlib.import_module(f"{package}.api").__path__[0]).glob("*/*.py"):
        if path.stem != "__init__":
            found.setdefault(_folded(path.stem), []).append(path)
    return found


@cache
def module_for(operation_id: str) -> ModuleType:
    package = PACKAGES[PREFIX[operation_id]]
    matches = _modules(package).get(_folded(operation_id), [])
    assert len(matches) == 1, f"{operation_id}: expected one generated module, found {matches}"
    return importlib.import_module(f"{package}.api.{matches[0].parent.name}.{matches[0].stem}")


def error_model(operation_id: str) -> type:
    """The ErrorResponse model of the operation's generated package (each API has its own)."""
    model: type = importlib.import_module(f"{PACKAGES[PREFIX[operation_id]]}.models").ErrorResponse
    return model


# RFC 9110 section 5.5: a field value has no leading or trailing whitespace and no control characters.
# Schemathesis draws any string for a header parameter (some versions even "0 "); httpx/h11 refuse
# those before sending, so they say nothing about the server and are not drawn.
_SENDABLE_HEADER = re.compile(r"(?:[!-~](?:[\t !-~]*[!-~])?)?")  # httpx encodes str headers as ASCII


def _arguments(function: Any, case: Any) -> dict[str, Any]:
    for value in (case.headers or {}).values():
        assume(isinstance(value, str) and _SENDABLE_HEADER.fullmatch(value) is not None)
    hints = typing.get_type_hints(function)
    accepted = {_folded(p.removeprefix("field_")): p for p in inspect.signature(function).parameters}
    kwargs: dict[str, Any] = {}
    for location in (case.path_parameters, case.query, case.headers):
        for name, value in (location or {}).items():
            python = accepted.get(_folded(name))
            if python is not None:
                kwargs[python] = value
    # An optional body schemathesis left out (NotSet) is no body at all, as the generated function's
    # default (UNSET) is: preDisableSMSMfa's since issue 15.
    if "body" in accepted.values() and case.body is not None and not isinstance(case.body, NotSet):
        kwargs["body"] = _to_model(hints["body"], case.body)
    return kwargs


def _to_model(hint: Any, value: Any) -> Any:
    """Build the body the generated function expects (a model, a list of models) from plain JSON."""
    if typing.get_origin(hint) is list and isinstance(value, list):
        (item,) = typing.get_args(hint)
        return [_to_model(item, v) for v in value]
    options = [m for m in (typing.get_args(hint) or (hint,)) if hasattr(m, "from_dict")]
    if options and isinstance(value, dict):
        # A union body (an anyOf in the spec): the first model whose required fields the value has.
        for model in options[:-1]:
            try:
                return model.from_dict(value)
            except (KeyError, TypeError, ValueError):
                continue
        return options[-1].from_dict(value)
    return value


def _declared_models(function: Any) -> tuple[type, ...]:
    returned = typing.get_type_hints(function)["return"]
    (parsed,) = typing.get_args(returned)  # Response[Union[...]]
    return tuple(m for m in (typing.get_args(parsed) or (parsed,)) if isinstance(m, type))


@pytest.mark.parametrize("operation_id", SELECTED)
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_generated_client_conforms(
    operation_id: str, data: st.DataObject, target: Target, actors: Actors, implemented: set[str] | None
) -> None:
    method, _, raw = OPERATIONS[operation_id]
    if implemented is not None and operation_id not in implemented:
        pytest.skip(f"{operation_id} is not implemented by the target (501)")
    if target.live and not target.allow_writes and method != "GET":
        pytest.skip("live target: writes need FRONTEGG_CONTRACT_ALLOW_WRITES=1")
    operation = schema_operation(operation_id)
    case = data.draw(operation.as_strategy(generation_mode=GenerationMode(GenerationMode.POSITIVE)))
    module = module_for(operation_id)
    headers = actors.headers_for(security(operation_id))
    token = headers.get("Authorization", "").removeprefix("Bearer ")
    base_url = target.base_url(operation_id)
    client: Client | AuthenticatedClient = (
        AuthenticatedClient(base_url=base_url, token=token) if token else Client(base_url=base_url)
    )
    function = module.sync_detailed
    try:
        response = function(client=client, **_arguments(function, case))
    except (ValueError, TypeError, KeyError) as err:  # the generated client could not send valid input
        pytest.fail(f"{operation_id}: the generated client rejected schema-valid input: {err!r}")
    declared = raw["responses"]
    status = str(response.status_code.value)
    assert status in declared, f"{operation_id}: undeclared status {status}: {response.content[:300]!r}"
    if response.status_code.value >= 400:
        assert isinstance(response.parsed, error_model(operation_id)), f"{operation_id}: error body did not parse"
    elif "content" in declared[status]:
        models = _declared_models(function)
        assert response.parsed is not None, f"{operation_id}: success body did not parse"
        if models and not isinstance(response.parsed, list):
            assert isinstance(response.parsed, models), f"{operation_id}: parsed into {type(response.parsed)}"
