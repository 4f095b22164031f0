"""The schemathesis schema of the curated spec, configured by the packaged schemathesis.toml.

Reproducibility and cost come from the environment, with sane defaults:
FRONTEGG_CONTRACT_SEED (default: the seed in schemathesis.toml), FRONTEGG_CONTRACT_EXAMPLES (examples
per operation, default from schemathesis.toml) and FRONTEGG_CONTRACT_BUDGET (seconds for the whole
stateless run, default 480; operations reached after it are skipped and reported as such).
"""

from __future__ import annotations

import os
from typing import Any

import schemathesis
from schemathesis.schemas import BaseSchema

from .spec import CONFIG_PATH, SPEC_PATH, TAGS

CONFIG = schemathesis.Config.from_path(str(CONFIG_PATH))
if os.environ.get("FRONTEGG_CONTRACT_SEED"):
    CONFIG.update(seed=int(os.environ["FRONTEGG_CONTRACT_SEED"]), max_failures=CONFIG.max_failures)
if os.environ.get("FRONTEGG_CONTRACT_EXAMPLES"):
    CONFIG.projects.default.generation.update(max_examples=int(os.environ["FRONTEGG_CONTRACT_EXAMPLES"]))
SEED: int = CONFIG.seed
EXAMPLES: int = CONFIG.projects.default.generation.max_examples or 100
BUDGET_SECONDS = float(os.environ.get("FRONTEGG_CONTRACT_BUDGET", "480"))

SCHEMA: BaseSchema = schemathesis.openapi.from_path(str(SPEC_PATH), config=CONFIG)


@SCHEMA.hook
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


if TAGS:
    SCHEMA = SCHEMA.include(tag=sorted(TAGS))
