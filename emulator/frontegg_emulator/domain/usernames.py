"""Usernames: one per user (``User.username``), unique in the environment regardless of case. No HTTP.

A user signed up with a username only gets a placeholder address under ``NO_EMAIL_DOMAIN`` because
every user view carries an email; such an address never receives mail the user could read.
"""

from __future__ import annotations

import re
import secrets
from typing import Any

from . import failures
from .model import Environment, User

NO_EMAIL_DOMAIN = "users.emulator.invalid"


def find_user(env: Environment, username: str) -> User | None:
    return env.users.by_username(username)


def find_by_identifier(env: Environment, identifier: str) -> User | None:
    """The user a login identifier names: its username (Frontegg accepts either)."""
    return find_user(env, identifier)


def check_free(env: Environment, username: str, *, for_user: User | None = None) -> None:
    owner = find_user(env, username)
    if owner is not None and owner is not for_user:
        raise failures.UsernameTaken()


def set_username(env: Environment, user: User, username: str) -> None:
    """Give the user this username (replacing its earlier one)."""
    check_free(env, username, for_user=user)
    user.username = username


def get_owner(env: Environment, username: str, tenant_id: str | None = None) -> User:
    user = find_user(env, username)
    if user is None or (tenant_id is not None and tenant_id not in user.tenant_ids):
        raise failures.UsernameNotFound()
    return user


def view(user: User) -> dict[str, Any]:
    return {"username": user.username or "", "userId": user.id}


def placeholder_email(env: Environment, username: str) -> str:
    """A free address for a user without one, readable from its username."""
    local = re.sub(r"[^a-z0-9._-]+", "-", username.strip().lower()).strip(".-") or "user"
    email = f"{local}@{NO_EMAIL_DOMAIN}"
    taken = {u.email.lower() for u in env.users.peek().values()}
    while email in taken:
        email = f"{local}-{secrets.token_hex(3)}@{NO_EMAIL_DOMAIN}"
    return email
