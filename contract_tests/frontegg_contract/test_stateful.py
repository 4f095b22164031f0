"""Stateful sequences driven by the spec's OpenAPI links.

Schemathesis' state machine chains operations along the links of openapi/identity.yaml (create ->
read -> update -> delete -> read, sign-up -> activate, login -> MFA), feeding each response into the
next request, and runs every check on every step.
"""

from __future__ import annotations

from typing import Any

import hypothesis
import pytest
import schemathesis
from schemathesis.checks import CHECKS, load_all_checks

from .actors import Actors
from .exclusions import excluded_for
from .report import RECORDER
from .schema import DEEP, DEEP_STATEFUL_STEPS, EXAMPLES, SCHEMA, SCHEMAS, SEED
from .spec import IDENTITY
from .spec import security as spec_security
from .target import Target

load_all_checks()


def test_linked_sequences_honour_the_spec(target: Target, actors: Actors, implemented: set[str] | None) -> None:
    if IDENTITY not in SCHEMAS:
        pytest.skip("no Identity API operation is selected (--tag)")
    if target.live and not target.allow_writes:
        pytest.skip("live target: stateful sequences write; set FRONTEGG_CONTRACT_ALLOW_WRITES=1")
    schema = SCHEMA if implemented is None else SCHEMA.include(operation_id=sorted(implemented))
    base = schema.as_state_machine()

    class Workflow(base):  # type: ignore[misc, valid-type]
        def get_call_kwargs(self, case: schemathesis.Case[Any]) -> dict[str, Any]:
            security = spec_security(case.operation.definition.raw["operationId"])
            return {"base_url": target.identity_url, "headers": actors.headers_for(security)}

        def after_call(self, response: schemathesis.Response, case: schemathesis.Case[Any]) -> None:
            super().after_call(response, case)
            RECORDER.status(case.operation.definition.raw["operationId"], response.status_code)
            target.track(case, response)

        def validate_response(
            self,
            response: schemathesis.Response,
            case: schemathesis.Case[Any],
            additional_checks: list[Any] | None = None,
            **kwargs: Any,
        ) -> None:
            excluded: list[Any] = [
                CHECKS.get_one(n) for n in excluded_for(case.operation.definition.raw["operationId"])
            ]
            security = spec_security(case.operation.definition.raw["operationId"])
            case.validate_response(
                response,
                excluded_checks=excluded,
                headers=actors.headers_for(security),
                transport_kwargs=kwargs or None,
                recorder=getattr(self, "recorder", None),
            )

    settings = hypothesis.settings(
        max_examples=max(EXAMPLES, 10),
        stateful_step_count=DEEP_STATEFUL_STEPS if DEEP else 6,
        deadline=None,
        # The default run is the same every time; the deep run explores from its printed seed.
        derandomize=not DEEP,
        database=None,
        suppress_health_check=list(hypothesis.HealthCheck),
    )
    if DEEP:  # hypothesis reads the seed of a state machine from its class
        hypothesis.seed(SEED)(Workflow)
    Workflow.run(settings=settings)
