"""The installed contract suite finds a generated function and its arguments by folded names, because
openapi-python-client is not installed with it. Checked here, where the generator is, against its own
naming rule (openapi_python_client.strings, the pinned version that writes generated/)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from openapi_python_client.strings import PythonIdentifier, snake_case

from frontegg_contract.spec import OPERATIONS
from frontegg_contract.test_client_conformance import _folded, module_for

FIELD_PREFIX = "field_"  # openapi-python-client's default Config.field_prefix, which generate.py keeps


def test_folding_keeps_operation_ids_apart() -> None:
    folded = [_folded(op) for op in OPERATIONS]
    assert len(set(folded)) == len(folded)


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_folded_names_agree_with_the_generator(operation_id: str) -> None:
    module = module_for(operation_id)
    assert module.__name__.rsplit(".", 1)[1] == snake_case(operation_id)
    _, _, raw = OPERATIONS[operation_id]
    function: Any = module.sync_detailed
    accepted = {_folded(p.removeprefix(FIELD_PREFIX)): p for p in inspect.signature(function).parameters}
    for parameter in raw.get("parameters", []):
        if parameter.get("in") == "cookie":
            continue
        generated = PythonIdentifier(parameter["name"], prefix=FIELD_PREFIX)
        assert generated in inspect.signature(function).parameters, (operation_id, parameter["name"])
        assert accepted[_folded(parameter["name"])] == generated, (operation_id, parameter["name"])
