"""Users' phone numbers (the SMS tag): records, their views and lookups. No HTTP here."""

from __future__ import annotations

from typing import Any

from . import failures, security
from .model import Environment, PhoneNumber, User, new_id
from .users import iso


def view(phone: PhoneNumber) -> dict[str, Any]:
    return {
        "id": phone.id,
        "userId": phone.user_id,
        "phoneNumber": phone.phone_number,
        "verified": phone.verified,
        "createdAt": iso(phone.created_at),
        "updatedAt": iso(phone.updated_at or phone.created_at),
    }


def of_user(env: Environment, user_id: str) -> list[PhoneNumber]:
    # Through the index, each reached: callers change what they get.
    return sorted((env.phone_numbers[k] for k in env.phone_numbers.keys_of_user(user_id)), key=lambda p: p.created_at)


def get(env: Environment, user_id: str, phone_id: str) -> PhoneNumber:
    phone = env.phone_numbers.get(phone_id)
    if phone is None or phone.user_id != user_id:
        raise failures.PhoneNumberNotFound()
    return phone


def find(env: Environment, user_id: str, number: str) -> PhoneNumber | None:
    return next((p for p in of_user(env, user_id) if p.phone_number == number), None)


def add(env: Environment, user: User, number: str, *, verified: bool) -> PhoneNumber:
    if find(env, user.id, number) is not None:
        raise failures.PhoneNumberTaken()
    at = security.now(env)
    phone = PhoneNumber(new_id(), user.id, number, verified, at, at)
    env.phone_numbers[phone.id] = phone
    if verified and not user.phone_number:
        user.phone_number = number
    return phone


def mark_verified(env: Environment, user: User, phone: PhoneNumber) -> None:
    phone.verified = True
    phone.updated_at = security.now(env)
    if not user.phone_number:
        user.phone_number = phone.phone_number


def remove(env: Environment, user: User, phone: PhoneNumber) -> None:
    del env.phone_numbers[phone.id]
    if user.phone_number == phone.phone_number:
        others = [p for p in of_user(env, user.id) if p.verified]
        user.phone_number = others[0].phone_number if others else None


def phone_of(env: Environment, user: User) -> str | None:
    """Where SMS for this user go: the profile's number, else its oldest verified number."""
    if user.phone_number:
        return user.phone_number
    verified = [p for p in of_user(env, user.id) if p.verified]
    return verified[0].phone_number if verified else None


def user_by_phone(env: Environment, number: str) -> User | None:
    wanted = number.strip()
    # Peeked, and only the user found reached (handed out): a walk made the store compare every user.
    for user_id, user in env.users.peek().items():
        if user.phone_number == wanted:
            return env.users[user_id]
    for phone in env.phone_numbers.peek().values():
        if phone.verified and phone.phone_number == wanted and phone.user_id in env.users:
            return env.users[phone.user_id]
    return None


# ------------------------------------------------------------------ the phone number as a sign-in identifier
def check_identifier_free(env: Environment, number: str, user: User | None = None) -> None:
    """Refuse (409) a sign-in number another user already signs in with (``user_by_phone``): an SMS
    sign-in must name one user."""
    owner = user_by_phone(env, number)
    if owner is not None and (user is None or owner.id != user.id):
        raise failures.SignInPhoneNumberTaken()


def set_login_number(env: Environment, user: User, number: str) -> None:
    """Make ``number`` the user's sign-in number (the profile's, where SMS codes go: ``phone_of``); a
    record of it the user had is now verified."""
    check_identifier_free(env, number, user)
    user.phone_number = number
    record = find(env, user.id, number)
    if record is not None and not record.verified:
        mark_verified(env, user, record)
