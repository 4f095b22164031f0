"""Users' phone numbers (tag SMS): add and verify by SMS code, delete with a code, list; vendor add/delete."""

from __future__ import annotations

from typing import Any

from ..domain import codes, phones, users
from ..domain.paging import page
from ..errors import Unauthorized
from .base import Context, operation

VERIFY = "phone-number-verify"
DELETE = "phone-number-delete"


def _send(ctx: Context, kind: str, user_id: str, phone_id: str, number: str) -> str:
    token, _ = codes.send_code(ctx.env, kind, user_id, channel="sms", to=number, data={"phone": phone_id})
    return token


def _list(ctx: Context, user_ids: list[str] | None = None) -> dict[str, Any]:
    """The phone numbers of the caller's account (an account admin's view: fe.secure.read.users)."""
    ctx.require_permission("fe.secure.read.users")
    tenant_id = ctx.tenant_id(required=False)
    members = {u.id for u in ctx.env.users.peek().values() if tenant_id is None or tenant_id in u.tenant_ids}
    if user_ids:
        members &= set(user_ids)
    wanted = ctx.query.get("_phoneNumber")
    items = [
        phones.view(p)
        for p in ctx.env.phone_numbers.values()
        if p.user_id in members and (not wanted or wanted in p.phone_number)
    ]
    return page(items, ctx.query, default_sort="phoneNumber", base=ctx.op.path)


@operation("listPhoneNumbers")
def list_phone_numbers(ctx: Context) -> dict[str, Any]:
    return _list(ctx)


@operation("listPhoneNumbersV2")
def list_phone_numbers_v2(ctx: Context) -> dict[str, Any]:
    return _list(ctx, ctx.query.get("userIds"))


@operation("getUserOwnPhoneNumbers")
def get_user_own_phone_numbers(ctx: Context) -> list[dict[str, Any]]:
    return [phones.view(p) for p in phones.of_user(ctx.env, ctx.acting_user().id)]


@operation("createUserPhoneNumber")
def create_user_phone_number(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    number = codes.check_phone(ctx.body["phoneNumber"])
    phone = phones.add(ctx.env, user, number, verified=False)
    if ctx.body.get("verify", True) is False:
        return {"id": phone.id}
    return {"id": phone.id, "otcToken": _send(ctx, VERIFY, user.id, phone.id, number)}


@operation("preVerifyUserPhoneNumber")
def pre_verify_user_phone_number(ctx: Context) -> dict[str, Any]:
    """A (new) code for one of the user's numbers; a number the user does not have yet is added."""
    user = ctx.acting_user()
    number = codes.check_phone(ctx.body["phoneNumber"])
    phone = phones.find(ctx.env, user.id, number) or phones.add(ctx.env, user, number, verified=False)
    return {"id": phone.id, "otcToken": _send(ctx, VERIFY, user.id, phone.id, number)}


@operation("verifyCreateUserPhoneNumber")
def verify_create_user_phone_number(ctx: Context) -> None:
    user = ctx.acting_user()
    step = codes.check_code(ctx.env, ctx.body["otcToken"], VERIFY, ctx.body["code"], user.id)
    phone = ctx.env.phone_numbers.get(str(step.data.get("phone")))
    if phone is None or phone.user_id != user.id:
        raise Unauthorized("The phone number of this code was deleted", code="ER-01030")
    codes.finish(ctx.env, step)
    phones.mark_verified(ctx.env, user, phone)


@operation("deleteUserPhoneNumber")
def delete_user_phone_number(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    phone = phones.get(ctx.env, user.id, ctx.path["id"])
    return {"phoneId": phone.id, "otcToken": _send(ctx, DELETE, user.id, phone.id, phone.phone_number)}


@operation("verifyDeleteUserPhoneNumber")
def verify_delete_user_phone_number(ctx: Context) -> None:
    user = ctx.acting_user()
    phone = phones.get(ctx.env, user.id, ctx.path["id"])
    step = codes.take_challenge(ctx.env, ctx.body["otcToken"], DELETE, user.id)
    if step.data.get("phone") != phone.id:
        raise Unauthorized("The otcToken belongs to another phone number", code="ER-01030")
    codes.verify_code(ctx.env, step, ctx.body["code"])
    codes.finish(ctx.env, step)
    phones.remove(ctx.env, user, phone)


@operation("createUserPhoneNumberVendor")
def create_user_phone_number_vendor(ctx: Context) -> None:
    # The vendor vouches for the number: it is stored verified, with no code sent.
    user = users.get_user(ctx.env, ctx.path["userId"])
    phones.add(ctx.env, user, codes.check_phone(ctx.body["phoneNumber"]), verified=True)


@operation("deleteUserPhoneNumberVendor")
def delete_user_phone_number_vendor(ctx: Context) -> None:
    user = users.get_user(ctx.env, ctx.path["userId"])
    phones.remove(ctx.env, user, phones.get(ctx.env, user.id, ctx.path["phoneId"]))
