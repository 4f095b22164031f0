"""What goes with an account (tenant) or a user: the one place that knows every record that refers to
either, so that removing one leaves nothing behind that a later account or user of the same id (an
account id can be chosen, and created again) would inherit. No HTTP.

Three events, three functions, each called from the one domain function that performs the event:

- ``member_left`` (from ``users.leave_account``, for removeUserFromTenant and for a deleted account):
  what the user held in that one account. Its roles there and its sessions there are handled by
  ``leave_account`` itself.
- ``user_removed`` (from ``users.delete_user``): what the user held anywhere.
- ``tenant_removed`` (from ``tenants.delete``, after every member left): what the account owned.

Before these, most of it was hidden by filters at read time (``tenantId in env.tenants``, membership
checks on each token use), which stopped working the moment an account of the same id was created
again, or the user joined the account again: its old tokens, invite links, groups, roles and
policies came back with it.

Scans peek and reach only what they change or remove, so the store compares only those. The domain
modules that perform the events import this one when they run (it builds on all of them).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from . import access, api_tokens, approvals, groups, invitations, migrations, policies, restrictions, user_extras
from .model import Challenge, Environment

Record = dict[str, Any]

# The records of env.records an account owns, by the kind of each (field ``tenantId``): its API and
# access tokens, groups, invite links, pending invitations of users, bulk invite tasks, its own email
# domain and IP restrictions, approval flows and their executions, and application assignments.
_TOKEN_KINDS = (api_tokens.TENANT_API, api_tokens.USER_API, api_tokens.TENANT_ACCESS, api_tokens.USER_ACCESS)
_OWNED_BY_TENANT_FIELD = (
    groups.GROUPS,
    invitations.INVITE_TOKENS,
    invitations.TENANT_INVITATIONS,
    invitations.BULK_INVITES,
    restrictions.DOMAINS,
    restrictions.IPS,
    approvals.FLOWS,
    approvals.EXECUTIONS,
    "applicationUsers",  # handlers/applications.py ASSIGNMENTS (the domain does not import handlers)
    user_extras.BULK_ROLES_TASKS,
)
# Records keyed by the account itself (restriction configurations, keyed by scope).
_KEYED_BY_TENANT = (restrictions.DOMAIN_CONFIGS, restrictions.IP_CONFIGS)
# Application -> account a user works in, keyed by user (handlers/applications.py ACTIVE_TENANTS).
_ACTIVE_TENANTS = "applicationActiveTenants"
# Records keyed by user id alone: a migrated user's foreign password hash and the fields its migration
# carried.
_KEYED_BY_USER = (migrations.HASHES, migrations.EXTRAS)


# ------------------------------------------------------------------ helpers
def _remove_where(env: Environment, kind: str, keep: Callable[[str, Record], bool]) -> None:
    records = env.collection(kind)
    for key in [k for k, r in records.peek().items() if not keep(k, r)]:
        del records[key]


def _remove_tokens_where(env: Environment, match: Callable[[Record], bool]) -> None:
    # Through api_tokens.delete: an API token's refresh tokens go with it.
    for kind in _TOKEN_KINDS:
        records = env.collection(access.TOKEN_COLLECTIONS[kind])
        for key in [k for k, r in records.peek().items() if match(r)]:
            api_tokens.delete(env, kind, records[key])


def _drop_challenges(env: Environment, match: Callable[[Challenge], bool]) -> None:
    for key in [k for k, c in env.challenges.peek().items() if match(c)]:
        del env.challenges[key]


# ------------------------------------------------------------------ a member leaves an account
def member_left(env: Environment, user_id: str, tenant_id: str) -> None:
    """A user removed from an account loses what it held there: its personal API and access tokens
    for it, its personal invite link to it, a pending invitation to it (and the emailed step that
    accepts it), its group memberships there, its application assignments and active-account choices
    naming it. Joining the account again starts from nothing."""
    if tenant_id not in env.tenants:
        # The account itself is being deleted (tenants.delete removes it first): tenant_removed takes
        # all of it at once, instead of one scan of every collection per member.
        return
    _remove_tokens_where(env, lambda r: r.get("userId") == user_id and r.get("tenantId") == tenant_id)
    _remove_where(
        env,
        invitations.INVITE_TOKENS,
        lambda _k, r: not (r.get("userId") == user_id and r["tenantId"] == tenant_id),
    )
    env.collection(invitations.TENANT_INVITATIONS).pop(f"{user_id}/{tenant_id}", None)
    for key, challenge in env.challenges.of_user(user_id):
        if challenge.kind == "invitation" and challenge.data.get("tenantId") == tenant_id:
            del env.challenges[key]
    _leave_groups(env, user_id, lambda g: g["tenantId"] == tenant_id)
    _remove_where(
        env, "applicationUsers", lambda _k, r: not (r.get("userId") == user_id and r.get("tenantId") == tenant_id)
    )
    active = env.collection(_ACTIVE_TENANTS).peek().get(user_id)
    if active and tenant_id in active.values():
        mapping = env.collection(_ACTIVE_TENANTS)[user_id]
        for app in [a for a, t in mapping.items() if t == tenant_id]:
            del mapping[app]


def _leave_groups(env: Environment, user_id: str, which: Callable[[Record], bool]) -> None:
    records = env.collection(groups.GROUPS)
    for key in [k for k, g in records.peek().items() if which(g) and user_id in g.get("userIds", [])]:
        group = records[key]
        group["userIds"] = [u for u in group["userIds"] if u != user_id]


# ------------------------------------------------------------------ a user is deleted
def user_removed(env: Environment, user_id: str) -> None:
    """A deleted user's own records go: its phone numbers, pending steps (codes, links, MFA and
    WebAuthn ceremonies, remembered devices), personal API and access tokens, personal invite links,
    invitations pending for it, group memberships, application assignments and choices, and what a
    migration stored for it. Its sessions end (``users.delete_user``) and are pruned later. What it did
    on an account's behalf stays with the account: the account API tokens and approval flows it created
    and the invitations it sent to others; and the outbox, which records what was sent. That split is
    our decision: no public client we read shows what Frontegg keeps of a deleted user, and an account
    token outliving the person who made it is what an account's admins would expect."""
    for key in env.phone_numbers.keys_of_user(user_id):
        del env.phone_numbers[key]
    for key, _ in env.challenges.of_user(user_id):
        del env.challenges[key]
    _remove_tokens_where(env, lambda r: r.get("userId") == user_id)
    _remove_where(env, invitations.INVITE_TOKENS, lambda _k, r: r.get("userId") != user_id)
    _remove_where(env, invitations.TENANT_INVITATIONS, lambda _k, r: r.get("userId") != user_id)
    _leave_groups(env, user_id, lambda _g: True)
    _remove_where(env, "applicationUsers", lambda _k, r: r.get("userId") != user_id)
    for kind in (_ACTIVE_TENANTS, *_KEYED_BY_USER):
        env.collection(kind).pop(user_id, None)


# ------------------------------------------------------------------ an account is deleted
def tenant_removed(env: Environment, tenant_id: str, parent_id: str | None) -> None:
    """What the deleted account owned goes: its own roles, its tokens, groups, invite links and pending
    invitations, restrictions and their configurations, policy documents, approval flows, application
    assignments; its sub-accounts move up to its parent (none: they become top-level accounts).

    Evidence for the sub-accounts: Frontegg's Tenants API reference, "Delete account (tenant)"
    (developers.frontegg.com/ciam/api/tenants.md): the account and all its users are removed, and its
    sub-accounts are reassigned to the deleted account's parent."""
    for child_id in [k for k, t in env.tenants.peek().items() if t.parent_tenant_id == tenant_id]:
        env.tenants[child_id].parent_tenant_id = parent_id
    for role_id in [k for k, r in env.roles.peek().items() if r.tenant_id == tenant_id]:
        del env.roles[role_id]
    _remove_tokens_where(env, lambda r: r.get("tenantId") == tenant_id)
    for kind in _OWNED_BY_TENANT_FIELD:
        _remove_where(env, kind, lambda _k, r: not (isinstance(r, dict) and r.get("tenantId") == tenant_id))
    for kind in _KEYED_BY_TENANT:
        env.collection(kind).pop(tenant_id, None)
    # Keyed "<tenantId>/<kind>"; kinds hold no "/", an account id may.
    _remove_where(env, policies.TENANT_POLICIES, lambda k, _r: k.rsplit("/", 1)[0] != tenant_id)
    _drop_challenges(env, lambda c: c.data.get("tenantId") == tenant_id)
    for user_id, mapping in env.collection(_ACTIVE_TENANTS).peek().items():
        if tenant_id in mapping.values():
            reached = env.collection(_ACTIVE_TENANTS)[user_id]
            for app in [a for a, t in reached.items() if t == tenant_id]:
                del reached[app]
