"""Users, tenants and their JSON views. Plain functions over an Environment; no HTTP."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timezone
from functools import lru_cache
from typing import Any

from . import codes, defaults, failures, password_policy, restrictions, security
from .model import Environment, Permission, Role, Tenant, User, new_id

ACTIVATION_TTL = defaults.ACTIVATION_TTL


_LAST_SECOND = 253402300799  # 9999-12-31T23:59:59Z, the last instant an ISO 8601 date can name


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return _iso(ts)


@lru_cache(maxsize=8192)
def _iso(ts: float) -> str:
    # Cached: the dates of one user's view (its roles' and permissions' too) were an eighth of a GET
    # user by id (make bench, py-spy), and they are the same few instants on every request.
    moment = datetime.fromtimestamp(min(max(ts, 0), _LAST_SECOND), timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


# ------------------------------------------------------------------ lookups
def get_user(env: Environment, user_id: str, *, read_only: bool = False) -> User:
    """The user, reached (the caller may change it) unless ``read_only``: a read that reaches it makes the
    commit re-index it and compare it with what the store holds (domain/tracking.py)."""
    user = env.users.peek().get(user_id) if read_only else env.users.get(user_id)
    if user is None:
        raise failures.UserNotFound()
    return user


def find_by_email(env: Environment, email: str) -> User | None:
    return env.users.by_email(email)


def get_tenant(env: Environment, tenant_id: str) -> Tenant:
    tenant = env.tenants.get(tenant_id)
    if tenant is None:
        raise failures.TenantNotFound()
    return tenant


def user_in_tenant(env: Environment, user_id: str, tenant_id: str | None, *, read_only: bool = False) -> User:
    user = get_user(env, user_id, read_only=read_only)
    if tenant_id and tenant_id not in user.tenant_ids:
        raise failures.UserNotFoundInAccount()
    return user


def _email_taken(env: Environment, email: str) -> bool:
    """Primary addresses and the additional addresses users verified both count."""
    from .user_emails import owner_of  # user_emails builds on this module

    return owner_of(env, email) is not None


def requested_members(env: Environment, user_ids: Iterable[str], tenant_id: str | None) -> list[tuple[User, str]]:
    """Each requested user (once, in order) with the account to report it in: the given account, of which
    it must be a member, else its active one. Unknown users and users of other accounts are left out."""
    out = []
    for user_id in dict.fromkeys(user_ids):
        user = env.users.get(user_id)
        if user is not None and (not tenant_id or tenant_id in user.tenant_ids):
            out.append((user, tenant_id or user.tenant_id))
    return out


# ------------------------------------------------------------------ policy
def check_password(env: Environment, password: str) -> None:
    """The environment's password policy (lengths, complexity, breached passwords): see password_policy."""
    password_policy.check(env, password)


# ------------------------------------------------------------------ creation
def create_tenant(env: Environment, name: str, tenant_id: str | None = None, metadata: str | None = None) -> Tenant:
    tenant_id = tenant_id or new_id()
    if tenant_id in env.tenants:
        raise failures.TenantIdTaken()
    tenant = Tenant(tenant_id, name, security.now(env), metadata)
    env.tenants[tenant.id] = tenant
    return tenant


def default_role_ids(env: Environment) -> list[str]:
    return [r.id for r in env.roles.values() if r.is_default and r.tenant_id is None]


def is_first_user_role(role: Role) -> bool:
    """The role a new account's first user gets: set explicitly, else the seeded "Admin" role."""
    return role.first_user_role if role.first_user_role is not None else role.key == "Admin"


def admin_role_ids(env: Environment) -> list[str]:
    return [r.id for r in env.roles.values() if is_first_user_role(r) and r.tenant_id is None]


def resolve_roles(env: Environment, role_ids: list[str], tenant_id: str) -> list[str]:
    for role_id in role_ids:
        role = env.roles.get(role_id)
        if role is None or role.tenant_id not in (None, tenant_id):
            raise failures.RoleNotFound(role_id=role_id)
    return list(dict.fromkeys(role_ids))


def create_user(
    env: Environment,
    *,
    email: str,
    tenant_id: str,
    name: str | None = None,
    password: str | None = None,
    role_ids: list[str] | None = None,
    phone_number: str | None = None,
    metadata: str | None = None,
    profile_picture_url: str | None = None,
    provider: str = "local",
    activated: bool = True,
    verified: bool = False,
) -> User:
    get_tenant(env, tenant_id)
    if _email_taken(env, email):
        raise failures.EmailTaken()
    if password is not None:
        check_password(env, password)
    roles = resolve_roles(env, role_ids, tenant_id) if role_ids else default_role_ids(env)
    user = User(
        id=new_id(),
        email=email,
        name=name or email.split("@", 1)[0],
        created_at=security.now(env),
        tenant_ids=[tenant_id],
        tenant_id=tenant_id,
        roles={tenant_id: roles},
        password_hash=security.hash_password(password) if password else None,
        verified=verified,
        activated=activated,
        provider=provider,
        phone_number=phone_number,
        metadata=metadata,
        profile_picture_url=profile_picture_url,
        password_changed_at=security.now(env) if password else None,
        breached_password=password_policy.breached(password) if password else False,
    )
    env.users[user.id] = user
    return user


def sign_up(env: Environment, body: dict[str, Any]) -> tuple[User, Tenant]:
    if not env.policies.get("vendor", {}).get("allowSignups", True):
        raise failures.SignUpDisabled()
    restrictions.check_email_domain(env, body["email"])
    if _email_taken(env, body["email"]):
        raise failures.EmailTaken()
    if "password" in body:
        check_password(env, body["password"])
    tenant = create_tenant(env, body["companyName"])
    user = create_user(
        env,
        email=body["email"],
        tenant_id=tenant.id,
        name=body.get("name"),
        password=body.get("password"),
        role_ids=admin_role_ids(env),  # the first user of a new account administers it
        phone_number=body.get("phoneNumber"),
        metadata=body.get("metadata"),
        profile_picture_url=body.get("profilePictureUrl"),
        provider=body.get("provider", "local"),
        activated=False,
    )
    return user, tenant


def end_sessions(env: Environment, user_id: str, tenant_id: str | None = None) -> int:
    """End the user's sessions, in one account (it left the account, or the account is gone) or in all;
    how many were still open. Every cascade that ends a user's sessions comes here (Session.end)."""
    at = security.now(env)
    ended = 0
    # Peeked through the index, then the matching ones reached: a walk would make the store compare
    # every session.
    for session in env.sessions.of_user(user_id):
        if (tenant_id is None or session.tenant_id == tenant_id) and not session.revoked:
            env.sessions[session.id].end(at)
            ended += 1
    return ended


def end_all_sessions(env: Environment, user_id: str) -> int:
    """End every session of the user, in all its accounts; how many were still open."""
    return end_sessions(env, user_id)


# ------------------------------------------------------------------ administration
# One function per action, shared by the Identity API's handlers (lockUser, unlockUser, verifyUser,
# removeUserFromTenant) and the emulator's admin surface, so both change state the same way.
def lock_user(env: Environment, user: User) -> None:
    """A locked user cannot log in, and its open sessions end (their tokens stop working)."""
    user.locked = True
    end_all_sessions(env, user.id)


def unlock_user(user: User) -> None:
    user.locked = False
    user.failed_logins = 0


def mark_verified(user: User) -> None:
    user.verified = True


def delete_user(env: Environment, user: User) -> None:
    """Remove the user from the environment; its sessions end, and its own records go
    (``cascades.user_removed``)."""
    from . import cascades  # builds on this module

    del env.users[user.id]
    end_all_sessions(env, user.id)
    cascades.user_removed(env, user.id)


def join_account(env: Environment, user: User, tenant_id: str, role_ids: list[str] | None = None) -> None:
    """Make the user a member of one more account, with these roles there (the defaults without any).
    Joining an account the user is already in is a conflict, as Frontegg answers for a second add."""
    get_tenant(env, tenant_id)
    if tenant_id in user.tenant_ids:
        raise failures.AlreadyMember()
    user.tenant_ids.append(tenant_id)
    user.roles[tenant_id] = resolve_roles(env, role_ids, tenant_id) if role_ids else default_role_ids(env)


def leave_account(env: Environment, user: User, tenant_id: str) -> None:
    """The membership cascade, for a user removed from an account and for an account deleted: its
    roles there go and its sessions there end (their tokens carried the account's permissions, and
    refreshing them minted new tokens for an account the user had left), and what it held there
    (``cascades.member_left``: personal tokens, invite link, groups, ...); its active account moves to
    another; a user left in no account is deleted."""
    from . import cascades  # builds on this module

    if tenant_id in user.tenant_ids:
        user.tenant_ids.remove(tenant_id)
    user.roles.pop(tenant_id, None)
    if tenant_id in user.disabled_tenants:  # joining again starts enabled
        user.disabled_tenants.remove(tenant_id)
    end_sessions(env, user.id, tenant_id)
    cascades.member_left(env, user.id, tenant_id)
    if not user.tenant_ids:
        delete_user(env, user)
    elif user.tenant_id == tenant_id:
        user.tenant_id = user.tenant_ids[0]


# ------------------------------------------------------------------ activation
def start_activation(env: Environment, user: User, app_url: str) -> str:
    """Issue an activation token and code, 'send' them by email, and return the token."""
    code = security.new_code()
    token = codes.new_step(env, "activation", user.id, ACTIVATION_TTL, {"code": security.digest(code)})
    link = f"{app_url}/account/activate?userId={user.id}&token={token}"
    codes.outbox(env, "email", user.email, "activation", user.id, code=code, token=token, link=link)
    return token


def activate(env: Environment, user_id: str, token: str, password: str | None, code: str | None = None) -> User:
    challenge = codes.take_challenge(env, token, "activation", user_id)
    if code is not None:
        codes.guard(env, user_id)
        if not security.same(challenge.data.get("code", ""), security.digest(code)):
            raise codes.wrong(env, challenge, "The activation code is wrong")
    user = get_user(env, user_id)
    if user.password_hash is None and user.provider == "local":
        if not password:
            raise failures.PasswordRequiredToActivate()
        check_password(env, password)
        user.password_hash = security.hash_password(password)
        user.password_changed_at = security.now(env)
        user.breached_password = password_policy.breached(password)
    user.activated = True
    user.verified = True
    del env.challenges[challenge.token_hash]
    return user


# ------------------------------------------------------------------ views
def role_view(env: Environment, role: Role) -> dict[str, Any]:
    return {
        "id": role.id,
        "vendorId": env.client_id,
        "tenantId": role.tenant_id,
        "key": role.key,
        "name": role.name,
        "description": role.description or "",
        "isDefault": role.is_default,
        "firstUserRole": is_first_user_role(role),
        "level": role.level,
        "createdAt": iso(role.created_at),
        "updatedAt": iso(role.updated_at),
        "permissions": [p for p in role.permission_ids if p in env.permissions],
    }


def permission_view(
    env: Environment, permission_id: str, role_ids: dict[str, list[str]] | None = None
) -> dict[str, Any]:
    """Frontegg's permission JSON; ``role_ids`` (permission id -> role ids, ``roles_by_permission``)
    saves a walk of every role per permission when a view lists several."""
    if role_ids is None:
        role_ids = roles_by_permission(env)
    return _permission_json(env.permissions[permission_id], role_ids)


def _permission_json(perm: Permission, role_ids: dict[str, list[str]]) -> dict[str, Any]:
    # A user's view lists every permission of its roles (18 for the seeded Admin), built afresh on each
    # GET user by id: a third of the view's time (make bench, py-spy). What depends on the permission
    # alone is kept by the values of its fields, so a changed permission is a new entry, never a stale
    # one; its roles are looked up on every call.
    view = _permission_fields(
        perm.id, perm.key, perm.name, perm.description, perm.category_id, perm.created_at, perm.updated_at
    ).copy()
    view["roleIds"] = list(role_ids.get(perm.id, ()))
    return view


@lru_cache(maxsize=4096)
def _permission_fields(
    permission_id: str,
    key: str,
    name: str,
    description: str | None,
    category_id: str | None,
    created_at: float,
    updated_at: float,
) -> dict[str, Any]:
    # Callers copy it: the cached dict itself never leaves this module.
    return {
        "id": permission_id,
        "key": key,
        "name": name,
        "description": description or "",
        "createdAt": iso(created_at),
        "updatedAt": iso(updated_at),
        "roleIds": [],
        "categoryId": category_id or "",
        "fePermission": key.startswith("fe."),
    }


def roles_by_permission(env: Environment) -> dict[str, list[str]]:
    # A read for a view: peek, so that the store does not compare every role after a GET.
    found: dict[str, list[str]] = {}
    for role in env.roles.peek().values():
        for permission_id in dict.fromkeys(role.permission_ids):
            found.setdefault(permission_id, []).append(role.id)
    return found


def user_roles(env: Environment, user: User, tenant_id: str) -> list[Role]:
    return [env.roles[r] for r in user.roles.get(tenant_id, []) if r in env.roles]


def user_view(
    env: Environment, user: User, tenant_id: str | None = None, *, v3: bool = False, account_only: bool = False
) -> dict[str, Any]:
    """Frontegg's user JSON. ``account_only``: for a caller scoped to ``tenant_id`` (a user token),
    which must not learn the user's other accounts or roles there (issue 14, finding 10)."""
    tenant_id = tenant_id if tenant_id in user.tenant_ids else user.tenant_id
    visible = [tenant_id] if account_only and tenant_id else list(user.tenant_ids)
    # The roles in the account the view is for appear twice (under "tenants" and "roles"); each entry
    # is a copy of the shared part (role_part), as each caller may change its own view.
    role_views, permission_views = role_part(env, tuple(user.roles.get(tenant_id, ())))
    view: dict[str, Any] = {
        "id": user.id,
        "email": user.email,
        "name": user.name,
        "profilePictureUrl": user.profile_picture_url or "",
        "sub": user.id,
        "verified": user.verified,
        "mfaEnrolled": bool(user.mfa_devices),
        "mfaBypass": False,
        "provider": user.provider,
        "tenantId": tenant_id,
        "tenantIds": visible,
        "activatedForTenant": user.activated,
        "isLocked": user.locked,
        "tenants": [
            {
                "tenantId": t,
                "roles": [v.copy() for v in (role_views if t == tenant_id else role_part(env, _role_ids(user, t))[0])],
                "isDisabled": t in user.disabled_tenants,
            }
            for t in visible
        ],
        "invisible": user.invisible,
        "superUser": user.super_user,
        "metadata": user.metadata or "{}",
        "vendorMetadata": "{}",
        "createdAt": iso(user.created_at),
        "lastLogin": iso(user.last_login or user.created_at),
        "subAccountAccessAllowed": user.sub_account_access,
        "managedBy": "frontegg",
    }
    if user.phone_number:
        view["phoneNumber"] = user.phone_number
    if not v3:
        view["roles"] = [v.copy() for v in role_views]
        view["permissions"] = [v.copy() for v in permission_views]
        view["groups"] = []
    return view


def _role_ids(user: User, tenant_id: str) -> tuple[str, ...]:
    return tuple(user.roles.get(tenant_id, ()))


RolePart = tuple[list[dict[str, Any]], list[dict[str, Any]]]
# Per environment id: the generations of its roles, permissions and categories (and its client id, the
# roles' vendorId) when the parts were built, and the parts by the role ids they are for.
_ROLE_PARTS: dict[str, tuple[tuple[int, int, int, str], dict[tuple[str, ...], RolePart]]] = {}
ROLE_PARTS_PER_ENVIRONMENT = 256  # distinct role sets kept; all forgotten when full


def role_part(env: Environment, role_ids: tuple[str, ...]) -> RolePart:
    """The role views and permission views of a user holding ``role_ids`` in an account: the part of a
    user's view that depends on the environment's roles and permissions alone (18 permissions for the
    seeded Admin, each with the roles holding it: about a fifth of a GET user by id, make bench).

    Shared between calls: callers copy each entry they hand out. Kept while the environment's roles,
    permissions and categories have not been reached since it was built (``TrackedDict.generation``:
    nothing stored changes without being reached, the rule persistence relies on), and built afresh,
    not kept, while any of them is reached in the current unit of work. Built from peeked entries, so
    that a read of a user reaches no role and the next read finds the part still current."""
    stamp = roles_stamp(env)
    if stamp is None:
        return _build_role_part(env, role_ids)
    kept = _ROLE_PARTS.get(env.id)
    if kept is None or kept[0] != stamp:
        kept = _ROLE_PARTS[env.id] = (stamp, {})
    parts = kept[1]
    part = parts.get(role_ids)
    if part is None:
        if len(parts) >= ROLE_PARTS_PER_ENVIRONMENT:
            parts.clear()
        part = parts[role_ids] = _build_role_part(env, role_ids)
    return part


def roles_stamp(env: Environment) -> tuple[int, int, int, str] | None:
    """What the roles-and-permissions part of a user's view depends on, as generations (and the client
    id, the roles' vendorId); None while any of them is reached in the current unit of work."""
    roles_gen, permissions_gen, categories_gen = (
        env.roles.generation(),
        env.permissions.generation(),
        env.categories.generation(),
    )
    if roles_gen is None or permissions_gen is None or categories_gen is None:
        return None
    return roles_gen, permissions_gen, categories_gen, env.client_id


def _build_role_part(env: Environment, role_ids: tuple[str, ...]) -> RolePart:
    roles_by_id, permissions = env.roles.peek(), env.permissions.peek()
    roles = [roles_by_id[r] for r in role_ids if r in roles_by_id]
    permission_ids = sorted({p for role in roles for p in role.permission_ids if p in permissions})
    by_permission = roles_by_permission(env) if permission_ids else {}
    return (
        [role_view(env, r) for r in roles],
        [_permission_json(permissions[p], by_permission) for p in permission_ids],
    )


def mfa_devices_view(user: User) -> dict[str, list[dict[str, Any]]]:
    return {
        "webauthn": [
            {"id": d.id, "deviceType": d.device_type or "CrossPlatform", "name": d.name}
            for d in user.mfa_devices
            if d.kind == "webauthn"
        ],
        "phones": [{"id": d.id, "phoneNumber": d.phone_number or ""} for d in user.mfa_devices if d.kind == "sms"],
        "authenticators": [{"id": d.id} for d in user.mfa_devices if d.kind == "authenticator"],
        "emails": [],
    }
