"""JWT templates (custom claims for issued tokens) and the rules that target them.

Templates are records in ``env.collection("jwtTemplates")`` keyed by id, with times as epoch seconds;
their key is unique. The targeting document (rules whose treatment names a template by id or key) is
``env.policies["jwtTemplateTargeting"]``: created by the first write, gone (404) after a delete.
"""

from __future__ import annotations

import math
from typing import Any

from ..domain import security
from ..domain.model import Environment, new_id
from ..domain.paging import page
from ..domain.users import iso
from ..errors import BadRequest, Conflict, NotFound
from .base import Context, Reply, operation

TEMPLATES = "jwtTemplates"
TARGETING = "jwtTemplateTargeting"


def _templates(env: Environment) -> dict[str, dict[str, Any]]:
    return env.collection(TEMPLATES)


def _get(env: Environment, template_id: str) -> dict[str, Any]:
    template = _templates(env).get(template_id)
    if template is None:
        raise NotFound(f"JWT template {template_id} not found", code="ER-01060")
    return template


def _check_key(env: Environment, key: str, exclude: str | None = None) -> None:
    if not key.strip():
        raise BadRequest("A JWT template key must not be empty")
    if any(t["key"] == key and t["id"] != exclude for t in _templates(env).values()):
        raise Conflict(f"A JWT template with key {key} already exists", code="ER-01061")


def _check_expiration(body: dict[str, Any]) -> None:
    if "expiration" in body and not math.isfinite(body["expiration"]):
        raise BadRequest("expiration must be a finite number of seconds")


def _view(env: Environment, template: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": template["id"],
        "vendorId": env.client_id,
        "key": template["key"],
        "name": template["name"],
        "description": template.get("description"),
        "expiration": template["expiration"],
        "algorithm": template["algorithm"],
        "templateSchema": {"claims": template["claims"]},
        "createdAt": iso(template["createdAt"]),
        "updatedAt": iso(template["updatedAt"]),
    }


@operation("createJwtTemplate")
def create_jwt_template(ctx: Context) -> dict[str, Any]:
    b = ctx.body
    _check_key(ctx.env, b["key"])
    _check_expiration(b)
    at = security.now(ctx.env)
    template = {
        "id": new_id(),
        "key": b["key"],
        "name": b["name"],
        "description": b.get("description"),
        "expiration": b["expiration"],
        "algorithm": b["algorithm"],
        "claims": b["templateSchema"]["claims"],
        "createdAt": at,
        "updatedAt": at,
    }
    _templates(ctx.env)[template["id"]] = template
    return _view(ctx.env, template)


@operation("getJwtTemplates")
def get_jwt_templates(ctx: Context) -> dict[str, Any]:
    q = ctx.query
    found = list(_templates(ctx.env).values())
    if q.get("keys"):
        found = [t for t in found if t["key"] in q["keys"]]
    if q.get("ids"):
        found = [t for t in found if t["id"] in q["ids"]]
    return page([_view(ctx.env, t) for t in found], q, default_sort="createdAt", base=ctx.op.path)


@operation("getJwtTemplateById")
def get_jwt_template_by_id(ctx: Context) -> dict[str, Any]:
    return _view(ctx.env, _get(ctx.env, ctx.path["id"]))


@operation("updateJwtTemplate")
def update_jwt_template(ctx: Context) -> dict[str, Any]:
    template = _get(ctx.env, ctx.path["id"])
    b = ctx.body
    if "key" in b:
        _check_key(ctx.env, b["key"], exclude=template["id"])
    _check_expiration(b)
    for field in ("key", "name", "description", "expiration", "algorithm"):
        if field in b:
            template[field] = b[field]
    if "templateSchema" in b:
        template["claims"] = b["templateSchema"]["claims"]
    template["updatedAt"] = security.now(ctx.env)
    return _view(ctx.env, template)


@operation("deleteJwtTemplate")
def delete_jwt_template(ctx: Context) -> None:
    template = _get(ctx.env, ctx.path["id"])
    del _templates(ctx.env)[template["id"]]


# ------------------------------------------------------------------ targeting
def _targeting(env: Environment) -> dict[str, Any]:
    doc = env.policies.get(TARGETING)
    if doc is None:
        raise NotFound("JWT template targeting is not configured", code="ER-01062")
    return doc


def _targeting_view(doc: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": doc["id"],
        "createdAt": iso(doc["createdAt"]),
        "updatedAt": iso(doc["updatedAt"]),
        "targeting": {"rules": doc["rules"]},
    }


def _rules(ctx: Context) -> list[dict[str, Any]]:
    """The request's rules; each treatment must name an existing template by id or key."""
    rules: list[dict[str, Any]] = ctx.body.get("rules", [])
    known = {t["id"] for t in _templates(ctx.env).values()} | {t["key"] for t in _templates(ctx.env).values()}
    for rule in rules:
        if rule["treatment"] not in known:
            raise NotFound(f"The treatment {rule['treatment']} names no JWT template", code="ER-01060")
    return rules


def _targeting_for(ctx: Context, target_id: str) -> dict[str, Any]:
    doc = ctx.env.policies.get(TARGETING)
    if doc is None or doc["id"] != target_id:
        raise NotFound(f"JWT template targeting {target_id} not found", code="ER-01062")
    return doc


@operation("getJwtTemplateTargeting")
def get_jwt_template_targeting(ctx: Context) -> dict[str, Any]:
    return _targeting_view(_targeting(ctx.env))


def _set_targeting(ctx: Context) -> dict[str, Any]:
    """Set the whole rule set, creating the document when there is none yet."""
    rules = _rules(ctx)
    at = security.now(ctx.env)
    doc = dict(ctx.env.policies.get(TARGETING) or {"id": new_id(), "createdAt": at})
    doc.update(rules=rules, updatedAt=at)
    ctx.env.policies[TARGETING] = doc
    return doc


@operation("createJwtTemplateTargeting")
def create_jwt_template_targeting(ctx: Context) -> dict[str, Any]:
    return _targeting_view(_set_targeting(ctx))


@operation("updateJwtTemplateTargeting")
def update_jwt_template_targeting(ctx: Context) -> None:
    # No body: frontegg/terraform-provider-frontegg (provider/resource_frontegg_jwt_template_targeting.go)
    # notes that "POST returns a body on 201, but the 409->PUT retry returns an empty body" and reads
    # the targeting back with GET after it.
    _set_targeting(ctx)


@operation("patchJwtTemplateTargeting")
def patch_jwt_template_targeting(ctx: Context) -> None:
    doc = dict(_targeting_for(ctx, ctx.path["id"]))
    if "rules" in ctx.body:
        doc["rules"] = _rules(ctx)
    doc["updatedAt"] = security.now(ctx.env)
    ctx.env.policies[TARGETING] = doc
    # No body, as the spec says and as PUT on the same document answers (see updateJwtTemplateTargeting).


@operation("deleteJwtTemplateTargeting")
def delete_jwt_template_targeting(ctx: Context) -> Reply:
    _targeting_for(ctx, ctx.path["id"])
    del ctx.env.policies[TARGETING]
    return Reply(None)
