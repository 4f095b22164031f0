"""Further email addresses of users, their verification, the primary address, and self-service change.

A user's primary address is ``User.email``; further ones are ``User.emails`` (``UserEmail``). An
address belongs to at most one user, as primary or further address. Ids are stable per user and
address (a UUIDv5), so an address keeps its id when it becomes primary or stops being primary.

Verification codes go to the address (outbox kinds ``userEmailVerification`` and ``emailChange``) and
are pending steps with fixed keys (one per user and address, or per user for a change of the primary
address), so a new code replaces the old one. No HTTP here.
"""

from __future__ import annotations

import uuid
from typing import Any

from ..errors import BadRequest
from . import codes, defaults, failures, security
from .model import Environment, User, UserEmail
from .users import iso

CODE_TTL = defaults.EMAIL_VERIFICATION_TTL
VERIFY_KIND = "userEmailVerification"
CHANGE_KIND = "emailChange"


def email_id(user: User, email: str) -> str:
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"frontegg-emulator/user-email/{user.id}/{email.strip().lower()}"))


def owner_of(env: Environment, email: str) -> User | None:
    return env.users.by_address(email)


def check_free(env: Environment, email: str) -> None:
    if owner_of(env, email) is not None:
        raise failures.AddressInUse()


def views(user: User) -> list[dict[str, Any]]:
    """The user's addresses, primary first."""
    primary = {
        "id": email_id(user, user.email),
        "userId": user.id,
        "email": user.email,
        "verified": user.verified,
        "isPrimary": True,
        "createdAt": iso(user.created_at),
        "updatedAt": iso(user.created_at),
    }
    return [primary, *(view(user, e) for e in user.emails)]


def view(user: User, record: UserEmail) -> dict[str, Any]:
    return {
        "id": record.id,
        "userId": user.id,
        "email": record.email,
        "verified": record.verified,
        "isPrimary": False,
        "createdAt": iso(record.created_at),
        "updatedAt": iso(record.updated_at),
    }


def find(user: User, email: str) -> UserEmail | None:
    wanted = email.strip().lower()
    return next((e for e in user.emails if e.email.lower() == wanted), None)


def _verify_key(user: User, email: str) -> str:
    return f"{VERIFY_KIND}:{user.id}:{email.strip().lower()}"


def add(env: Environment, user: User, email: str, *, verified: bool = False) -> UserEmail:
    check_free(env, email)
    at = security.now(env)
    record = UserEmail(email_id(user, email), email.strip(), verified, at, at)
    user.emails.append(record)
    if not verified:
        send_verification(env, user, record)
    return record


def send_verification(env: Environment, user: User, record: UserEmail) -> None:
    code = security.new_code()
    data = {"email": record.email.lower(), "code": security.digest(code)}
    codes.pending(env, _verify_key(user, record.email), VERIFY_KIND, user.id, CODE_TTL, data)
    codes.outbox(env, "email", record.email, VERIFY_KIND, user.id, code=code)


def verify(env: Environment, user: User, email: str, code: str) -> UserEmail:
    record = find(user, email)
    if record is None:
        raise failures.FurtherEmailNotFound()
    if record.verified:
        return record
    challenge = codes.alive(env, _verify_key(user, email), VERIFY_KIND, user.id)
    if challenge is None:
        raise failures.EmailVerificationNotPending()
    codes.verify_code(env, challenge, code)
    record.verified = True
    record.updated_at = security.now(env)
    codes.finish(env, challenge)
    return record


def remove(env: Environment, user: User, record_id: str) -> None:
    record = next((e for e in user.emails if e.id == record_id), None)
    if record is None:
        if record_id == email_id(user, user.email):
            raise BadRequest("The primary email address cannot be removed; make another one primary first")
        raise failures.EmailAddressNotFound()
    user.emails.remove(record)
    env.challenges.pop(_verify_key(user, record.email), None)


def make_primary(env: Environment, user: User, email: str) -> None:
    if user.email.lower() == email.strip().lower():
        return
    record = find(user, email)
    if record is None:
        raise failures.FurtherEmailNotFound()
    if not record.verified:
        raise failures.PrimaryEmailUnverified()
    at = security.now(env)
    former = UserEmail(email_id(user, user.email), user.email, user.verified, user.created_at, at)
    user.emails.remove(record)
    user.emails.append(former)
    user.email = record.email
    user.verified = True


# ------------------------------------------------------------------ self-service change of the primary address
def _change_key(user: User) -> str:
    return f"{CHANGE_KIND}:{user.id}"


def start_change(env: Environment, user: User, email: str) -> None:
    if not env.policies.get("userEmails", {}).get("allowEmailChange", False):
        raise failures.EmailChangeNotAllowed()
    mine = find(user, email)
    if user.email.lower() == email.strip().lower():
        raise BadRequest("This is already the user's email address")
    if mine is None:
        check_free(env, email)
    code = security.new_code()
    data = {"email": email.strip(), "code": security.digest(code)}
    codes.pending(env, _change_key(user), CHANGE_KIND, user.id, CODE_TTL, data)
    codes.outbox(env, "email", email.strip(), CHANGE_KIND, user.id, code=code)


def confirm_change(env: Environment, user: User, email: str, code: str) -> None:
    challenge = codes.alive(env, _change_key(user), CHANGE_KIND, user.id)
    if challenge is None or str(challenge.data.get("email", "")).lower() != email.strip().lower():
        raise failures.EmailChangeNotPending()
    codes.verify_code(env, challenge, code)
    mine = find(user, email)
    if mine is None:
        check_free(env, email)
    else:
        user.emails.remove(mine)
    user.email = str(challenge.data["email"])
    user.verified = True
    codes.finish(env, challenge)
