"""The phone number as a sign-in identifier (openapi/identity-unpublished.yaml, tag Phone login): sign-up
by phone number, a signed-in user changing its number with a texted code, and a user who lost its phone
setting a new number after proving its mailbox. Evidence: @frontegg/rest-api 7.119.0 auth/index.js and
@frontegg/redux-store 7.119.0 (SignUpState, LoginState, ResetPhoneNumberState), cited in the spec.

Codes go through the outbox (email for a reset, SMS for a change), work once, are counted per user by
``codes`` (a few wrong ones drop the step, and ``codes.guard`` bounds them across steps), and sends are
limited per address (``throttle`` codeSends).
"""

from __future__ import annotations

from typing import Any

from ..domain import codes, invitations, phones, restrictions, security, throttle, user_emails, usernames, users
from ..errors import Conflict, Forbidden, Unauthorized
from .base import Context, operation

RESET = "phone-reset"  # the emailed code of a lost-phone reset
CHANGE = "phone-change"  # the token a verified reset hands out, good for one new number
CHANGE_SMS = "phone-change-sms"  # the texted code of a signed-in user's change
CHANGE_TTL = 600


@operation("signUpWithPhoneNumber")
def sign_up_with_phone_number(ctx: Context) -> dict[str, Any]:
    """A user who signs in with SMS codes to its number: activated at once (the login box goes straight
    to an SMS-code sign-in, which proves the number), an email optional and unverified until proven."""
    b = ctx.body
    env = ctx.env
    if not env.policies.get("vendor", {}).get("allowSignups", True):
        raise Forbidden("Sign-up is disabled for this environment", code="ER-01016")
    number = codes.check_phone(b["phoneNumber"])
    phones.check_identifier_free(env, number)
    email = b.get("email")
    if email:
        restrictions.check_email_domain(env, email)
        if user_emails.owner_of(env, email) is not None:
            raise Conflict("A user with this email already exists", code="ER-01009")
    if b.get("username"):
        usernames.check_free(env, b["username"])
    if "password" in b:
        users.check_password(env, b["password"])
    invite = invitations.redeem(env, b["invitationToken"]) if b.get("invitationToken") else None
    # Everything is checked: from here on nothing fails.
    tenant, role_ids = invitations.sign_up_account(env, invite, b["companyName"])
    user = users.create_user(
        env,
        email=email or usernames.placeholder_email(env, "phone-" + number.lstrip("+").replace("-", "")),
        tenant_id=tenant.id,
        name=b.get("name") or number,
        password=b.get("password"),
        role_ids=role_ids,
        phone_number=number,
        metadata=b.get("metadata"),
        activated=True,
        verified=not email,
    )
    if b.get("username"):
        user.username = b["username"]
    return {"shouldActivate": False, "userId": user.id, "tenantId": tenant.id}


# ------------------------------------------------------------------ a lost phone: reset by email
@operation("resetPhoneNumber")
def reset_phone_number(ctx: Context) -> dict[str, Any]:
    """Email a code to the user of this address. For an address no one may sign in with, the token is a
    decoy step with a code nobody was sent: verifying it fails exactly as a wrong code for a real user
    does, so neither answer tells who has an account."""
    email = str(ctx.body["email"]).strip()
    throttle.spend(ctx.env, "codeSends", f"{RESET}:{email.lower()}")
    user = users.find_by_email(ctx.env, email)
    if user is None or user.locked or not user.activated:
        decoy = codes.new_step(ctx.env, RESET, "", codes.CODE_TTL, {"code": security.digest(security.new_code())})
        return {"resetPhoneNumberToken": decoy}
    codes.replace_pending(ctx.env, RESET, user.id)
    token, _ = codes.send_code(ctx.env, RESET, user.id, channel="email", to=user.email)
    return {"resetPhoneNumberToken": token}


@operation("verifyResetPhoneNumber")
def verify_reset_phone_number(ctx: Context) -> dict[str, Any]:
    step = codes.check_code(ctx.env, ctx.body["resetPhoneNumberToken"], RESET, ctx.body["code"])
    user = ctx.env.users.get(step.user_id)
    if user is None or user.locked:
        raise Unauthorized("The token is invalid or has expired", code="ER-01030")
    codes.finish(ctx.env, step)
    codes.replace_pending(ctx.env, CHANGE, user.id)
    return {"changePhoneNumberToken": codes.new_step(ctx.env, CHANGE, user.id, CHANGE_TTL)}


@operation("changePhoneNumber")
def change_phone_number(ctx: Context) -> None:
    step = codes.take_challenge(ctx.env, ctx.body["changePhoneNumberToken"], CHANGE)
    user = ctx.env.users.get(step.user_id)
    if user is None or user.locked:
        raise Unauthorized("The token is invalid or has expired", code="ER-01030")
    number = codes.check_phone(ctx.body["phoneNumber"])
    phones.set_login_number(ctx.env, user, number)  # checks the number first: a taken one keeps the token
    codes.finish(ctx.env, step)


# ------------------------------------------------------------------ the signed-in user's own change
@operation("changePhoneNumberWithVerification")
def change_phone_number_with_verification(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    number = codes.check_phone(ctx.body["phoneNumber"])
    phones.check_identifier_free(ctx.env, number, user)
    throttle.spend(ctx.env, "codeSends", f"{CHANGE_SMS}:{user.id}")
    codes.replace_pending(ctx.env, CHANGE_SMS, user.id)
    token, _ = codes.send_code(ctx.env, CHANGE_SMS, user.id, channel="sms", to=number, data={"phone": number})
    return {"changePhoneId": token}


@operation("verifyChangePhoneNumber")
def verify_change_phone_number(ctx: Context) -> None:
    user = ctx.acting_user()
    # Bound to the caller: another user's changePhoneId is an unknown token here.
    step = codes.check_code(ctx.env, ctx.body["changePhoneId"], CHANGE_SMS, ctx.body["code"], user.id)
    phones.set_login_number(ctx.env, user, str(step.data["phone"]))  # taken meanwhile: 409, step kept
    codes.finish(ctx.env, step)
