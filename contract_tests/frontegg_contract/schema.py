"""The schemathesis schemas of the curated specs, configured by the packaged schemathesis.toml: one per
API base path (``SCHEMAS``; ``SCHEMA`` is the Identity API's, joined with its unpublished companion,
``TENANTS_SCHEMA`` the Tenants API's, None with the companions left out).

Reproducibility and cost come from the environment, with sane defaults:
FRONTEGG_CONTRACT_SEED (default: the seed in schemathesis.toml), FRONTEGG_CONTRACT_EXAMPLES (examples
per operation, default from schemathesis.toml) and FRONTEGG_CONTRACT_BUDGET (seconds for the whole
stateless run; operations reached after it are skipped and reported as such). Against the bundled
emulator there is no budget unless one is given, so what is covered never depends on the machine's
speed; against a live environment it defaults to LIVE_BUDGET_SECONDS, to bound what a run costs there.

FRONTEGG_CONTRACT_DEEP=1 (``frontegg-contract --deep``, ``make contract-deep``) is the nightly mode: a
random seed (printed, so a failure replays with FRONTEGG_CONTRACT_SEED), ten times the examples,
schemathesis' coverage phase on and stateful runs of DEEP_STATEFUL_STEPS steps.
"""

from __future__ import annotations

import os
import secrets
from typing import Any

import schemathesis
from schemathesis.schemas import BaseSchema

from .spec import CONFIG_PATH, DOCUMENTS, IDENTITY, OPERATIONS, PREFIX, SELECTED, TAGS, TENANTS

DEEP = os.environ.get("FRONTEGG_CONTRACT_DEEP") == "1"
DEEP_STATEFUL_STEPS = 30
LIVE_BUDGET_SECONDS = 480.0

CONFIG = schemathesis.Config.from_path(str(CONFIG_PATH))
_BASE_SEED = CONFIG.seed
if os.environ.get("FRONTEGG_CONTRACT_SEED"):
    CONFIG.update(seed=int(os.environ["FRONTEGG_CONTRACT_SEED"]), max_failures=CONFIG.max_failures)
elif DEEP:
    CONFIG.update(seed=secrets.randbelow(2**31), max_failures=CONFIG.max_failures)
_BASE_EXAMPLES = CONFIG.projects.default.generation.max_examples or 100
if os.environ.get("FRONTEGG_CONTRACT_EXAMPLES"):
    CONFIG.projects.default.generation.update(max_examples=int(os.environ["FRONTEGG_CONTRACT_EXAMPLES"]))
elif DEEP:
    CONFIG.projects.default.generation.update(max_examples=10 * _BASE_EXAMPLES)
if DEEP:
    CONFIG.projects.default.phases.coverage.enabled = True
SEED: int = CONFIG.seed
EXAMPLES: int = CONFIG.projects.default.generation.max_examples or 100
# The settings success_reached.txt was recorded with (schemathesis.toml's seed and examples): only a run
# with them is expected to reach the same operations; fewer examples or another seed may reach fewer.
RECORDED_SETTINGS: bool = SEED == _BASE_SEED and EXAMPLES == _BASE_EXAMPLES
BUDGET_SECONDS: float | None = (
    float(os.environ["FRONTEGG_CONTRACT_BUDGET"]) if os.environ.get("FRONTEGG_CONTRACT_BUDGET") else None
)


def after_validate(
    context: schemathesis.HookContext,
    case: schemathesis.Case[Any],
    response: schemathesis.Response,
    results: list[schemathesis.CheckResult],
) -> None:
    from .report import RECORDER

    operation_id = case.operation.definition.raw["operationId"]
    for result in results:
        RECORDER.check(operation_id, result.name, result.failure is None)


def _schema(prefix: str) -> BaseSchema:
    """The schema of the API at ``prefix``, narrowed to the selected operations (--tag)."""
    schema: BaseSchema = schemathesis.openapi.from_dict(DOCUMENTS[prefix], config=CONFIG)
    schema.hook(after_validate)
    if TAGS:
        schema = schema.include(operation_id=[op for op in SELECTED if PREFIX[op] == prefix])
    return schema


# Only the APIs with a selected operation: a test parametrized with an empty schema is a collection
# error in schemathesis (``--tag Tenants`` selects nothing of the Identity API).
SCHEMAS: dict[str, BaseSchema] = {
    prefix: _schema(prefix) for prefix in DOCUMENTS if any(PREFIX[op] == prefix for op in SELECTED)
}
SCHEMA: BaseSchema = SCHEMAS[IDENTITY] if IDENTITY in SCHEMAS else _schema(IDENTITY)
TENANTS_SCHEMA: BaseSchema | None = SCHEMAS.get(TENANTS)


def operation(operation_id: str) -> Any:
    """The schemathesis API operation of ``operation_id``, from the schema of its API."""
    method, path, _ = OPERATIONS[operation_id]
    return SCHEMAS[PREFIX[operation_id]][path][method]
