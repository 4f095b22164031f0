"""Who is calling: environment tokens, user tokens and the permissions they carry.

An environment token is what ``POST /auth/vendor`` returns; a user token is the RS256 access token of
a login. Both are JWTs signed with the environment's key and told apart by their ``type`` claim.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from . import defaults, failures, groups, security
from .model import Environment, User

ENV_TOKEN_TTL = defaults.ENVIRONMENT_TOKEN_TTL
# JWT type of tokens that machines hold -> the collection of env.records that keeps them by id.
TOKEN_COLLECTIONS = {
    "tenantApiToken": "tenantApiTokens",
    "userApiToken": "userApiTokens",
    "tenantAccessToken": "tenantAccessTokens",
    "userAccessToken": "userAccessTokens",
}
ENVIRONMENT = "environment"
USER = "user"


@dataclass(frozen=True)
class Principal:
    kind: str  # environment | user
    user_id: str | None = None
    tenant_id: str | None = None
    permissions: frozenset[str] = field(default_factory=frozenset)
    session_id: str | None = None


# Every environment token names the same caller; a frozen dataclass's __init__ per request was 3% of a
# GET user by id (make bench, py-spy), so the one instance is shared (it cannot change).
ENVIRONMENT_PRINCIPAL = Principal(ENVIRONMENT)


def issue_environment_token(env: Environment, client_id: str, secret: str) -> dict[str, Any]:
    if not (security.same(client_id, env.client_id) and security.same(secret, env.api_key)):
        raise failures.AuthenticationInvalid()
    issued = int(security.now(env))
    token = security.sign(
        env,
        {"sub": env.client_id, "aud": env.client_id, "type": "vendor", "iat": issued, "exp": issued + ENV_TOKEN_TTL},
    )
    return {"token": token, "expiresIn": ENV_TOKEN_TTL}


def principal_from_token(env: Environment, token: str) -> Principal:
    claims = security.decode(env, token)
    if claims is None:
        raise failures.TokenInvalid()
    if claims.get("type") == "vendor":
        return ENVIRONMENT_PRINCIPAL
    if claims.get("type") == "userToken":
        user = env.users.get(claims["sub"])
        session = env.sessions.get(claims.get("sid", ""))
        if user is None or session is None or session.revoked:
            raise failures.TokenSessionEnded()
        _still_member(env, user, claims.get("tenantId"))
        return Principal(
            USER,
            user_id=user.id,
            tenant_id=claims.get("tenantId"),
            permissions=frozenset(claims.get("permissions", [])),
            session_id=session.id,
        )
    collection = TOKEN_COLLECTIONS.get(claims.get("type", ""))
    if collection is not None:
        # API and access tokens act as a user of one account with the permissions they were issued;
        # deleting the token (or its user) ends them.
        user_id = claims.get("userId")
        if claims["sub"] not in env.collection(collection) or (user_id is not None and user_id not in env.users):
            raise failures.TokenRevoked()
        tenant_id = claims.get("tenantId")
        if tenant_id is not None and tenant_id not in env.tenants:
            raise failures.TokenRevoked()
        if user_id is not None:
            _still_member(env, env.users[user_id], tenant_id)
        return Principal(
            USER,
            user_id=user_id,
            tenant_id=claims.get("tenantId"),
            permissions=frozenset(claims.get("permissions", [])),
        )
    raise failures.TokenTypeUnsupported()


def _still_member(env: Environment, user: User, tenant_id: str | None) -> None:
    # Issue 14 finding 4: a user removed from an account kept using its personal access token (and
    # its open session) there, listing users and creating admins. Membership is checked on every use,
    # so removal takes effect at once for every token the user holds for that account.
    if tenant_id is not None and tenant_id not in user.tenant_ids:
        raise failures.TokenUserLeftAccount()


def user_permissions(env: Environment, user: User, tenant_id: str) -> tuple[list[str], list[str]]:
    """Role keys and permission keys the user holds in one account, directly or through its groups."""
    role_ids = dict.fromkeys([*user.roles.get(tenant_id, []), *groups.member_role_ids(env, user.id, tenant_id)])
    roles = [env.roles[r] for r in role_ids if r in env.roles]
    perms = sorted({env.permissions[p].key for role in roles for p in role.permission_ids if p in env.permissions})
    return [r.key for r in roles], perms


def require(principal: Principal, permission: str | None) -> None:
    if permission is None or principal.kind == ENVIRONMENT:
        return
    if permission not in principal.permissions:
        raise failures.PermissionMissing(permission=permission)


def check_grant(env: Environment, principal: Principal | None, role_ids: Iterable[str], tenant_id: str) -> None:
    """Refuse (403) a user-token caller handing out a role stronger than its own; environment tokens
    grant anything.

    Frontegg's role levels order roles ("lower level means stronger role", the level field of the
    published spec): a user assigns only roles at its own level or weaker. Wherever a role can reach
    a user (directly, at creation, by invitation, through a group or an API token) this applies, so
    holding one management permission never becomes holding the Admin role.
    """
    if principal is None or principal.kind != USER or principal.user_id is None:
        return  # an account token holds permissions, not roles: its grants are checked by permission
    roles = [env.roles[r] for r in dict.fromkeys(role_ids) if r in env.roles]
    if roles:
        check_level(env, principal, min(role.level for role in roles), tenant_id)


def check_level(env: Environment, principal: Principal | None, level: int, tenant_id: str) -> None:
    """Refuse (403) a user-token caller reaching a role level stronger (lower) than its own strongest."""
    if principal is None or principal.kind != USER or principal.user_id is None:
        return
    user = env.users.get(principal.user_id)
    held = [*user.roles.get(tenant_id, []), *groups.member_role_ids(env, user.id, tenant_id)] if user else []
    levels = [env.roles[r].level for r in held if r in env.roles]
    own = min(levels) if levels else None
    if own is None or level < own:
        raise failures.RoleTooStrongToGrant()
