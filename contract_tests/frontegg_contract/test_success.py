"""Every operation with a recipe is called once with the valid request its recipe prepares, and must
answer one of its documented 2xx statuses; every schemathesis check then runs on that answer.

Generated data cannot hold what only the server hands out (an activation token from the outbox, a TOTP
code, a WebAuthn attestation, the id of a device just enrolled); recipes.py builds those requests
through the API itself, on the actor's fresh environment. A refusal here is a failure: either the
server refuses a valid request or the recipe is wrong, and the message says which request it was.
"""

from __future__ import annotations

from typing import Any

import pytest
from schemathesis.checks import CHECKS, load_all_checks

from . import reach
from .actors import Actors
from .exclusions import excluded_for
from .recipes import RECIPES, Setup
from .report import RECORDER
from .schema import operation as schema_operation
from .spec import OPERATIONS, SELECTED, security
from .target import Target

load_all_checks()


@pytest.mark.parametrize("operation_id", [op for op in SELECTED if op in RECIPES])
def test_operation_reaches_its_success(
    operation_id: str, target: Target, bare_actors: Actors, implemented: set[str] | None
) -> None:
    actors = bare_actors
    if implemented is not None and operation_id not in implemented:
        pytest.skip("not implemented by the target (501)")
    if target.live:
        # Recipes read the emulator's outbox and clock, and leave objects behind that the live clean-up
        # (which follows the spec's links from what the generated tests created) does not know about.
        pytest.skip("recipes run against the bundled emulator only")
    setup = Setup(target, actors)
    try:
        call = RECIPES[operation_id](setup)
    finally:
        setup.close()
    method, path, _ = OPERATIONS[operation_id]
    operation = schema_operation(operation_id)
    case = operation.Case(
        path_parameters=call.path_parameters or None,
        query=call.query or None,
        headers=call.headers or None,
        **({"body": call.body} if call.body is not None else {}),
    )
    if call.authorization == "default":
        auth = actors.headers_for(security(operation_id))
    elif call.authorization == "environment":
        auth = {"Authorization": f"Bearer {actors.environment_token}"}
    elif call.authorization == "user":
        auth = actors.headers_for([{"userToken": []}])
    elif call.authorization:
        auth = {"Authorization": f"Bearer {call.authorization}"}
    else:
        auth = {}
    response = case.call(base_url=target.base_url(operation_id), headers=auth, cookies=call.cookies or None)
    RECORDER.status(operation_id, response.status_code)
    target.track(case, response)
    excluded: list[Any] = [CHECKS.get_one(name) for name in excluded_for(operation_id)]
    case.validate_response(response, headers=auth, excluded_checks=excluded)
    # Only an error's body is shown: an undocumented success may carry tokens or secrets.
    detail = f": {response.text[:300]}" if response.status_code >= 400 else ""
    assert reach.reached(operation_id, [response.status_code]), (
        f"{operation_id} ({method} {path}) answered {response.status_code} to the valid request of its recipe, "
        f"not one of {sorted(reach.documented_success(operation_id))}{detail}"
    )
