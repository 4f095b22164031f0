"""Custom social OAuth providers of the environment: create, list, update, delete.

A provider's client secret is kept but never answered back. ``type`` names the provider and is
unique in the environment (case-insensitive).
"""

from __future__ import annotations

from typing import Any

from ..domain import security
from ..domain.model import new_id
from ..domain.users import iso
from ..errors import Conflict, NotFound
from .base import Context, operation

PROVIDERS = "customSsoProviders"
FIELDS = (
    "type",
    "clientId",
    "secret",
    "redirectUrl",
    "authorizationUrl",
    "tokenUrl",
    "userInfoUrl",
    "scopes",
    "ssoLogoUrl",
    "displayName",
    "active",
)
SECRET_FIELDS = frozenset({"secret"})


def _providers(ctx: Context) -> dict[str, dict[str, Any]]:
    return ctx.env.collection(PROVIDERS)


def _get(ctx: Context, provider_id: str) -> dict[str, Any]:
    provider = _providers(ctx).get(provider_id)
    if provider is None:
        raise NotFound("Custom social login provider not found", code="ER-01150")
    return provider


def _check_type(ctx: Context, kind: str, exclude: str | None = None) -> None:
    for other in _providers(ctx).values():
        if other["id"] != exclude and other["type"].lower() == kind.lower():
            raise Conflict("A custom social login provider of this type already exists", code="ER-01151")


def view(provider: dict[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in provider.items() if k not in SECRET_FIELDS}
    out.update(createdAt=iso(provider["createdAt"]), updatedAt=iso(provider["updatedAt"]))
    return out


@operation("createSsoProvider")
def create_sso_provider(ctx: Context) -> dict[str, Any]:
    _check_type(ctx, ctx.body["type"])
    at = security.now(ctx.env)
    provider = {"id": new_id(), **{k: ctx.body[k] for k in FIELDS}, "createdAt": at, "updatedAt": at}
    _providers(ctx)[provider["id"]] = provider
    return view(provider)


@operation("getSsoProviders")
def get_sso_providers(ctx: Context) -> dict[str, Any]:
    found = sorted(_providers(ctx).values(), key=lambda p: p["createdAt"])
    if ctx.principal is None:  # the login box's anonymous read: only the buttons it may show
        found = [p for p in found if p.get("active")]
    return {"providers": [view(p) for p in found]}


@operation("updateSsoProvider")
def update_sso_provider(ctx: Context) -> dict[str, Any]:
    provider = _get(ctx, ctx.path["id"])
    if "type" in ctx.body:
        _check_type(ctx, ctx.body["type"], exclude=provider["id"])
    provider.update({k: ctx.body[k] for k in FIELDS if k in ctx.body})
    provider["updatedAt"] = security.now(ctx.env)
    return view(provider)


@operation("deleteCustomSsoConfig")
def delete_custom_sso_config(ctx: Context) -> None:
    provider = _get(ctx, ctx.path["id"])
    del _providers(ctx)[provider["id"]]
