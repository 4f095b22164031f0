"""What a new environment starts with: Frontegg's built-in permissions, two roles and default policies."""

from __future__ import annotations

import time

from . import defaults
from .model import Category, Environment, Permission, Role, new_id

RESOURCES = ("users", "roles", "groups", "apiTokens", "securityPolicies", "audits")
ACTIONS = ("read", "write", "delete")
# Built-in permissions outside the read/write/delete grid above. fe.secure.delete.sessions ("Revoke user
# sessions": revokeSessionsForUser) is listed among Frontegg's built-in permissions in a public Terraform
# export of an account's frontegg_permission data sources.
EXTRA_KEYS = ("fe.secure.delete.sessions",)


def populate(env: Environment) -> None:
    stamp = time.time()
    category = Category(new_id(), "Frontegg", "Built-in permissions of the identity service.", stamp, stamp)
    env.categories[category.id] = category
    for resource in RESOURCES:
        for action in ACTIONS:
            key = f"fe.secure.{action}.{resource}"
            perm = Permission(new_id(), key, f"{action} {resource}", None, category.id, "ASSIGNABLE", stamp, stamp)
            env.permissions[perm.id] = perm
    for key in EXTRA_KEYS:
        _, _, action, resource = key.split(".")
        perm = Permission(new_id(), key, f"{action} {resource}", None, category.id, "ASSIGNABLE", stamp, stamp)
        env.permissions[perm.id] = perm
    everything = [p.id for p in env.permissions.values()]
    reads = [p.id for p in env.permissions.values() if ".read." in p.key]
    admin = Role(new_id(), "Admin", "Admin", "Full control of the account.", 0, False, None, everything, stamp, stamp)
    member = Role(new_id(), "ReadOnly", "Read only", "Can view the account.", 1, True, None, reads, stamp, stamp)
    env.roles[admin.id] = admin
    env.roles[member.id] = member
    env.policies.update(
        {
            "password": {
                "allowPassphrases": False,
                "maxLength": 128,
                "minLength": 6,
                "minPhraseLength": 20,
                "minOptionalTestsToPass": 0,
                "blockPwnedPasswords": False,
            },
            "lockout": dict(defaults.LOCKOUT_POLICY),
            "mfa": dict(defaults.MFA_POLICY),
            "passwordHistory": {"enabled": False, "historySize": 1},
            "vendor": {
                "allowSignups": True,
                "allowNotVerifiedUsersLogin": False,
                "defaultTokenExpiration": defaults.ACCESS_TOKEN_TTL,
                "defaultRefreshTokenExpiration": defaults.REFRESH_TOKEN_TTL,
                "apiTokensEnabled": True,
                "cookieSameSite": "NONE",
                "forcePermissions": False,
                "authStrategy": "EmailAndPassword",
            },
            "activation": {"shouldSetPassword": True},
            # The relying party WebAuthn ceremonies are bound to (PUT /_emulator/webauthn changes it).
            "webauthn": {
                "rpId": "localhost",
                "rpName": "Frontegg emulator",
                "origins": ["http://localhost", "https://localhost", "http://localhost:3000"],
            },
        }
    )
