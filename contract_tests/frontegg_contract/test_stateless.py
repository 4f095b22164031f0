"""Every operation under test, with positive and negative data, against every schemathesis check: the
Identity API's (with its unpublished companion) and, in a test of its own because its base URL differs,
the Tenants API's. Both are named by operationId (``-k createTenant``)."""

from __future__ import annotations

import time
import uuid
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.core.parameters import ParameterLocation
from schemathesis.generation import GenerationMode

from .actors import USER_HEADER, Actors, actor_headers, world_for
from .exclusions import excluded_for
from .report import RECORDER
from .schema import BUDGET_SECONDS, LIVE_BUDGET_SECONDS, SCHEMA, SCHEMAS, TENANTS_SCHEMA
from .spec import IDENTITY, security
from .target import Target

load_all_checks()
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
STARTED = time.monotonic()


def _skip(operation_id: str, reason: str) -> None:
    RECORDER.outcome(operation_id, "skipped", reason)
    pytest.skip(reason)


def _acts_as_a_user_with_the_environment_token(
    case: schemathesis.Case[Any], headers: dict[str, str], actors: Actors
) -> bool:
    names_user = any(
        p.get("in") == "header" and str(p.get("name", "")).lower() == USER_HEADER
        for p in case.operation.definition.raw.get("parameters", [])
    )
    present = any(name.lower() == USER_HEADER for name in (case.headers or {}))
    return names_user and not present and headers.get("Authorization") == f"Bearer {actors.environment_token}"


if IDENTITY in SCHEMAS:

    @SCHEMA.parametrize()
    # One fresh user per operation (shared by its examples) is the point of the function-scoped fixture.
    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_operation_honours_the_spec(
        case: schemathesis.Case[Any], target: Target, actors: Actors, implemented: set[str] | None
    ) -> None:
        honours_the_spec(case, target, actors, implemented)


if TENANTS_SCHEMA is not None:

    @TENANTS_SCHEMA.parametrize()
    @settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
    def test_tenants_operation_honours_the_spec(
        case: schemathesis.Case[Any], target: Target, actors: Actors, implemented: set[str] | None
    ) -> None:
        honours_the_spec(case, target, actors, implemented)


def honours_the_spec(
    case: schemathesis.Case[Any], target: Target, actors: Actors, implemented: set[str] | None
) -> None:
    """One generated case: sent to the operation's API under the target's gateway, every check run."""
    operation_id = case.operation.definition.raw["operationId"]
    if implemented is not None and operation_id not in implemented:
        _skip(operation_id, "not implemented by the target (501)")
    if target.live and not target.allow_writes and case.method.upper() not in SAFE_METHODS:
        _skip(operation_id, "live target: writes need FRONTEGG_CONTRACT_ALLOW_WRITES=1")
    budget = BUDGET_SECONDS if BUDGET_SECONDS is not None else (LIVE_BUDGET_SECONDS if target.live else None)
    if budget is not None and time.monotonic() - STARTED > budget:
        _skip(operation_id, f"time budget of {budget:.0f}s exhausted (FRONTEGG_CONTRACT_BUDGET)")
    headers = actors.headers_for(security(operation_id))
    path_component = case.meta.components.get(ParameterLocation.PATH) if case.meta else None
    if case.path_parameters and path_component is not None and path_component.mode == GenerationMode.POSITIVE:
        # Valid data names objects that exist, so the operation can reach its success; negative data
        # keeps its generated ids (the 404 and 400 paths).
        case.path_parameters = world_for(case.operation.path, case.path_parameters, actors.world)
    header_component = case.meta.components.get(ParameterLocation.HEADER) if case.meta else None
    if case.headers and header_component is not None and header_component.mode == GenerationMode.POSITIVE:
        case.headers.update(actor_headers(case.headers, actors))
    if _acts_as_a_user_with_the_environment_token(case, headers, actors) and (
        header_component is None or header_component.mode == GenerationMode.POSITIVE
    ):
        # frontegg-user-id is optional in the spec because a user token names its own user; an
        # environment token acts as a user only by naming one (frontegg-ruby mfa.rb, user.rb), and
        # without it the call is refused with 400. A valid call with the environment token names the
        # actor, or, on a read-only live run that signed no one up, a user that does not exist (404).
        case.headers[USER_HEADER] = actors.user_id or str(uuid.uuid4())
    excluded: list[Any] = [CHECKS.get_one(name) for name in excluded_for(operation_id)]
    response = case.call(base_url=target.base_url(operation_id), headers=headers)
    RECORDER.status(operation_id, response.status_code)
    target.track(case, response)
    RECORDER.outcome(operation_id, "failed")  # until validation passes
    case.validate_response(response, headers=headers, excluded_checks=excluded)
    RECORDER.outcome(operation_id, "passed")
