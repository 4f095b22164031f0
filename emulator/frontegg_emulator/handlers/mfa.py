"""MFA: the second factor of a login (authenticator app, SMS, email code, WebAuthn, recovery code,
remembered devices) and the signed-in user's own MFA devices.

Every login step works on the ``mfa`` challenge of the login that asked for MFA (body field
``mfaToken``) and, once the factor checks out, ends it and opens the session exactly as a password
login does (tokens in the body, refresh token in the cookie).
"""

from __future__ import annotations

from typing import Any

from ..domain import codes, mfa, sessions, users
from ..domain.model import Challenge, MfaDevice, User
from ..errors import BadRequest, Forbidden, Unauthorized
from .auth import _with_refresh_cookie
from .base import Context, Cookie, operation

SMS_ENROLL = "mfa-sms-enroll"
SMS_VERIFY = "mfa-sms-verify"
EMAIL_VERIFY = "mfa-email-verify"
MY_TOTP = "my-mfa-totp-enrollment"
MY_SMS_ENROLL = "my-mfa-sms-enroll"
MY_SMS_DISABLE = "my-mfa-sms-disable"
# What a signed-in user's WebAuthn ceremony is bound to in place of a login's MFA token digest (never a
# digest, so a ceremony of one kind is no use in the other).
MY_WEBAUTHN = "signed-in"
# The amr method of each factor in a stepped-up token (sessions.STEP_UP_ACR): a one-time code (TOTP or
# emailed), an SMS code, a hardware-bound WebAuthn key.
OTP, SMS, HWK = "otp", "sms", "hwk"


# ------------------------------------------------------------------ helpers
def _login(ctx: Context) -> tuple[Challenge, User]:
    token = ctx.body.get("mfaToken") if isinstance(ctx.body, dict) else None
    return mfa.login_challenge(ctx.env, token if isinstance(token, str) else "")


def _complete(
    ctx: Context, challenge: Challenge, user: User, extra: dict[str, Any] | None = None, *, method: str
) -> dict[str, Any]:
    """Every check passed: end the MFA step, open the session (or, for a step-up, step up the session
    that asked, ``method`` being the amr value of the factor given), and remember the device when asked."""
    stepped = challenge.data.get("stepUp")
    if isinstance(stepped, str):
        session = ctx.env.sessions.get(stepped)
        if session is None:
            raise Unauthorized("The session of this step-up has ended", code="ER-01003")
        body = sessions.step_up(ctx.env, user, session, method)
        codes.finish(ctx.env, challenge)
    else:
        codes.finish(ctx.env, challenge)
        body = sessions.start_session(ctx.env, user, user_agent=ctx.user_agent, ip=ctx.client_ip)
    body.update(extra or {})
    if ctx.body.get("rememberDevice") is True:
        remembered = mfa.remember(ctx.env, user)
        if remembered is not None:
            token, ttl = remembered
            ctx.reply_cookies.append(Cookie(mfa.device_cookie_name(ctx.env), token, ttl))
    return _with_refresh_cookie(ctx, body)


def _bound(step: Challenge, challenge: Challenge, device: MfaDevice | None = None) -> None:
    if step.data.get("mfa") != challenge.token_hash or (device is not None and step.data.get("device") != device.id):
        raise Unauthorized("The otcToken does not belong to this MFA token or device", code="ER-01030")


def _phone_reply(token: str, phone: str) -> dict[str, Any]:
    return {"otcToken": token, "phoneNumber": codes.mask_phone(phone)}


# ------------------------------------------------------------------ login: authenticator app
@operation("preEnrollAuthenticatorMfa")
def pre_enroll_authenticator_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    mfa.require_not_enrolled(user)
    mfa.require_strategy(ctx.env, "AuthenticatorApp")
    secret, qr_code = mfa.new_totp(ctx.env, user)
    challenge.data["totpSecret"] = secret
    return {"qrCode": qr_code}


@operation("enrollAuthenticatorMfa")
def enroll_authenticator_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    mfa.require_not_enrolled(user)
    secret = challenge.data.get("totpSecret")
    if not isinstance(secret, str):
        raise Unauthorized("No authenticator app enrollment is pending for this MFA token", code="ER-01045")
    if not mfa.totp_ok(ctx.env, secret, ctx.body["token"]):
        raise codes.wrong(ctx.env, challenge, "The code is wrong")
    mfa.add_device(ctx.env, user, "authenticator", secret=secret, name="Authenticator app")
    return _complete(ctx, challenge, user, {"recoveryCode": mfa.issue_recovery_code(user)}, method=OTP)


def _verify_authenticator(ctx: Context, device_id: str | None) -> dict[str, Any]:
    challenge, user = _login(ctx)
    if device_id is not None:
        mfa.find_device(user, device_id, "authenticator")
    if mfa.matching_authenticator(ctx.env, user, ctx.body["value"], device_id) is None:
        raise codes.wrong(ctx.env, challenge, "The code is wrong (or no authenticator app is enrolled)")
    return _complete(ctx, challenge, user, method=OTP)


@operation("verifyAuthenticatorMfaCode")
def verify_authenticator_mfa_code(ctx: Context) -> dict[str, Any]:
    # The spec documents no body for this 201; Frontegg answers the login (tokens), as here.
    return _verify_authenticator(ctx, None)


@operation("verifyAuthenticatorMfa")
def verify_authenticator_mfa(ctx: Context) -> dict[str, Any]:
    return _verify_authenticator(ctx, ctx.path["deviceId"])


# ------------------------------------------------------------------ login: SMS
@operation("preEnrollSmsMfa")
def pre_enroll_sms_mfa(ctx: Context) -> dict[str, Any]:
    # Frontegg's login box sends mfaToken with the phone number (the spec's schema lacks it).
    challenge, user = _login(ctx)
    mfa.require_not_enrolled(user)
    mfa.require_strategy(ctx.env, "SMS")
    phone = codes.check_phone(ctx.body["phoneNumber"])
    data = {"mfa": challenge.token_hash, "phone": phone}
    token, _ = codes.send_code(ctx.env, SMS_ENROLL, user.id, channel="sms", to=phone, data=data)
    return _phone_reply(token, phone)


@operation("enrollSmsMfa")
def enroll_sms_mfa(ctx: Context) -> dict[str, Any]:
    step = codes.take_challenge(ctx.env, ctx.body["otcToken"], SMS_ENROLL)
    challenge, user = mfa.login_by_digest(ctx.env, step.data.get("mfa"))
    if "mfaToken" in ctx.body and mfa.login_challenge(ctx.env, str(ctx.body["mfaToken"]))[0] is not challenge:
        raise Unauthorized("The otcToken does not belong to this MFA token", code="ER-01030")
    mfa.require_not_enrolled(user)
    codes.verify_code(ctx.env, step, ctx.body["code"])
    codes.finish(ctx.env, step)
    mfa.add_device(ctx.env, user, "sms", phone_number=str(step.data["phone"]), name="SMS")
    return _complete(ctx, challenge, user, {"recoveryCode": mfa.issue_recovery_code(user)}, method=SMS)


@operation("preVerifySmsMfa")
def pre_verify_sms_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    device = mfa.find_device(user, ctx.path["deviceId"], "sms")
    phone = device.phone_number or ""
    data = {"mfa": challenge.token_hash, "device": device.id}
    token, _ = codes.send_code(ctx.env, SMS_VERIFY, user.id, channel="sms", to=phone, data=data)
    return _phone_reply(token, phone)


@operation("verifySmsMfa")
def verify_sms_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    device = mfa.find_device(user, ctx.path["deviceId"], "sms")
    step = codes.take_challenge(ctx.env, ctx.body["otcToken"], SMS_VERIFY, user.id)
    _bound(step, challenge, device)
    codes.verify_code(ctx.env, step, ctx.body["code"])
    codes.finish(ctx.env, step)
    return _complete(ctx, challenge, user, method=SMS)


# ------------------------------------------------------------------ login: email code
@operation("preVerifyEmailOtcMfa")
def pre_verify_email_otc_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    mfa.require_strategy(ctx.env, "EmailCode")
    data = {"mfa": challenge.token_hash}
    token, _ = codes.send_code(ctx.env, EMAIL_VERIFY, user.id, channel="email", to=user.email, data=data)
    return {"otcToken": token}


@operation("verifyEmailOtcMfa")
def verify_email_otc_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    step = codes.take_challenge(ctx.env, ctx.body["otcToken"], EMAIL_VERIFY, user.id)
    _bound(step, challenge)
    codes.verify_code(ctx.env, step, ctx.body["code"])
    codes.finish(ctx.env, step)
    return _complete(ctx, challenge, user, method=OTP)


# ------------------------------------------------------------------ login: WebAuthn
@operation("preEnrollWebauthnMfa")
def pre_enroll_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    mfa.require_not_enrolled(user)
    mfa.require_strategy(ctx.env, "WebAuthnPlatform", "WebAuthnCrossPlatform")
    return mfa.registration_options(ctx.env, user, challenge.token_hash)


@operation("enrollWebauthnMfa")
def enroll_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    mfa.require_not_enrolled(user)
    mfa.require_strategy(ctx.env, "WebAuthn" + ctx.body["deviceType"])
    ceremony = mfa.take_ceremony(
        ctx.env, ctx.body["webauthnToken"], mfa.WEBAUTHN_REGISTRATION, user, challenge.token_hash
    )
    codes.finish(ctx.env, ceremony)  # single use, whatever the outcome
    try:
        registration = mfa.verify_registration(ctx.env, ceremony, ctx.body["options"])
    except Unauthorized as err:
        raise codes.wrong(ctx.env, challenge, err.errors[0], err.error_code) from None
    mfa.add_webauthn_device(ctx.env, user, ctx.body["deviceType"], registration)
    return _complete(ctx, challenge, user, {"recoveryCode": mfa.issue_recovery_code(user)}, method=HWK)


@operation("preVerifyWebauthnMfa")
def pre_verify_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    device = mfa.find_device(user, ctx.path["deviceId"], "webauthn")
    return mfa.authentication_options(ctx.env, user, device, challenge.token_hash)


@operation("verifyWebauthnMfa")
def verify_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    challenge, user = _login(ctx)
    device = mfa.find_device(user, ctx.path["deviceId"], "webauthn")
    ceremony = mfa.take_ceremony(
        ctx.env, ctx.body["webauthnToken"], mfa.WEBAUTHN_AUTHENTICATION, user, challenge.token_hash, device.id
    )
    codes.finish(ctx.env, ceremony)  # single use, whatever the outcome
    try:
        device.sign_count = mfa.verify_authentication(ctx.env, ceremony, user, device, ctx.body["options"])
    except Unauthorized as err:
        raise codes.wrong(ctx.env, challenge, err.errors[0], err.error_code) from None
    return _complete(ctx, challenge, user, method=HWK)


# ------------------------------------------------------------------ login: recovery and remembered devices
@operation("recoverMfa")
def recover_mfa(ctx: Context) -> None:
    mfa.recover(ctx.env, ctx.body["email"], ctx.body["recoveryCode"])


@operation("checkIfAllowToRememberDevice")
def check_if_allow_to_remember_device(ctx: Context) -> dict[str, Any]:
    _, user = mfa.login_challenge(ctx.env, ctx.query["mfaToken"])
    allowed, ttl = mfa.remember_policy(ctx.env, user)
    return {"isAllowedToRemember": allowed, "mfaDeviceExpiration": ttl}


# ------------------------------------------------------------------ the signed-in user's own MFA
def _my_totp_key(user: User) -> str:
    return f"{MY_TOTP}:{user.id}"


@operation("enrollAuthAppMfa", "preEnrollMyAuthenticatorMfa")
def pre_enroll_my_authenticator_mfa(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    mfa.require_strategy(ctx.env, "AuthenticatorApp")
    secret, qr_code = mfa.new_totp(ctx.env, user)
    codes.pending(ctx.env, _my_totp_key(user), MY_TOTP, user.id, mfa.ENROLL_TTL, {"secret": secret})
    return {"qrCode": qr_code}


@operation("verifyAuthAppMfaEnrollment", "verifyAuthenticatorMfaEnrollment")
def verify_my_authenticator_mfa_enrollment(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    step = codes.alive(ctx.env, _my_totp_key(user), MY_TOTP, user.id)
    if step is None:  # no code can be right: 401 like a wrong one
        raise Unauthorized("No authenticator app enrollment is pending (start it again)", code="ER-01045")
    secret = str(step.data["secret"])
    if not mfa.totp_ok(ctx.env, secret, ctx.body["token"]):
        raise codes.wrong(ctx.env, step, "The code is wrong")
    codes.finish(ctx.env, step)
    mfa.add_device(ctx.env, user, "authenticator", secret=secret, name="Authenticator app")
    return {"recoveryCode": mfa.issue_recovery_code(user)}


def _totp_code(ctx: Context) -> str:
    # The spec leaves token optional; without it no code can match (401, as a wrong code).
    code = ctx.body.get("token")
    return code if isinstance(code, str) else ""


@operation("disableAuthAppMfa")
def disable_auth_app_mfa(ctx: Context) -> None:
    user = ctx.acting_user()
    code = _totp_code(ctx)
    apps = [d for d in user.mfa_devices if d.kind == "authenticator"]
    if mfa.matching_authenticator(ctx.env, user, code) is None:
        codes.count_failure(ctx.env, user.id)
        raise Unauthorized("The code is wrong (or no authenticator app is enrolled)", code="ER-01031")
    mfa.remove_devices(ctx.env, user, apps)


@operation("disableAuthenticatorMfa")
def disable_authenticator_mfa(ctx: Context) -> None:
    user = ctx.acting_user()
    device = mfa.find_device(user, ctx.path["deviceId"], "authenticator")
    if mfa.matching_authenticator(ctx.env, user, _totp_code(ctx), device.id) is None:
        codes.count_failure(ctx.env, user.id)
        raise Unauthorized("The code is wrong", code="ER-01031")
    mfa.remove_devices(ctx.env, user, [device])


@operation("preEnrollMySmsMfa")
def pre_enroll_my_sms_mfa(ctx: Context) -> dict[str, Any]:
    # The spec documents no body for this 200; Frontegg answers the otcToken the verify step needs.
    user = ctx.acting_user()
    mfa.require_strategy(ctx.env, "SMS")
    phone = codes.check_phone(ctx.body["phoneNumber"])
    token, _ = codes.send_code(ctx.env, MY_SMS_ENROLL, user.id, channel="sms", to=phone, data={"phone": phone})
    return _phone_reply(token, phone)


@operation("enrollMySmsMfa")
def enroll_my_sms_mfa(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    step = codes.check_code(ctx.env, ctx.body["otcToken"], MY_SMS_ENROLL, ctx.body["code"], user.id)
    codes.finish(ctx.env, step)
    mfa.add_device(ctx.env, user, "sms", phone_number=str(step.data["phone"]), name="SMS")
    return {"recoveryCode": mfa.issue_recovery_code(user)}


@operation("preDisableSMSMfa")
def pre_disable_sms_mfa(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    device = mfa.find_device(user, ctx.path["deviceId"], "sms")
    data = {"device": device.id}
    phone = device.phone_number or ""
    token, _ = codes.send_code(ctx.env, MY_SMS_DISABLE, user.id, channel="sms", to=phone, data=data)
    return {"otcToken": token}


@operation("disableSMSMfa")
def disable_sms_mfa(ctx: Context) -> None:
    user = ctx.acting_user()
    device = mfa.find_device(user, ctx.path["deviceId"], "sms")
    step = codes.take_challenge(ctx.env, ctx.body["otcToken"], MY_SMS_DISABLE, user.id)
    if step.data.get("device") != device.id:
        raise Unauthorized("The otcToken does not belong to this device", code="ER-01030")
    codes.verify_code(ctx.env, step, ctx.body["code"])
    codes.finish(ctx.env, step)
    mfa.remove_devices(ctx.env, user, [device])


@operation("getMyMfaDevices")
def get_my_mfa_devices(ctx: Context) -> dict[str, Any]:
    # rest-api 7.119.0 auth/index.js getMFADevices: the UserMFADevicesResponse a login's MFA challenge carries.
    return users.mfa_devices_view(ctx.acting_user())


@operation("preEnrollMyWebauthnMfa")
def pre_enroll_my_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    # Unlike the login's enrollment, a signed-in user may add a device beside those enrolled (as SMS).
    user = ctx.acting_user()
    mfa.require_strategy(ctx.env, "WebAuthnPlatform", "WebAuthnCrossPlatform")
    return mfa.registration_options(ctx.env, user, MY_WEBAUTHN)


@operation("enrollMyWebauthnMfa")
def enroll_my_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    device_type = ctx.body["deviceType"]
    mfa.require_strategy(ctx.env, "WebAuthn" + device_type)
    ceremony = mfa.take_ceremony(ctx.env, ctx.body["webauthnToken"], mfa.WEBAUTHN_REGISTRATION, user, MY_WEBAUTHN)
    codes.finish(ctx.env, ceremony)  # single use, whatever the outcome
    registration = mfa.verify_registration(ctx.env, ceremony, ctx.body["options"])
    mfa.add_webauthn_device(ctx.env, user, device_type, registration)
    return {"recoveryCode": mfa.issue_recovery_code(user)}


@operation("preDisableWebauthnMfa")
def pre_disable_webauthn_mfa(ctx: Context) -> dict[str, Any]:
    user = ctx.acting_user()
    device = mfa.find_device(user, ctx.path["deviceId"], "webauthn")
    return mfa.authentication_options(ctx.env, user, device, MY_WEBAUTHN)


@operation("disableWebauthnMfa")
def disable_webauthn_mfa(ctx: Context) -> None:
    # rest-api documents that disableMFAWebAuthn may skip the pre-disable step when the user has more
    # than one device; like disableSMSMfa here, the device must always sign a fresh challenge.
    user = ctx.acting_user()
    device = mfa.find_device(user, ctx.path["deviceId"], "webauthn")
    ceremony = mfa.take_ceremony(
        ctx.env, ctx.body["webauthnToken"], mfa.WEBAUTHN_AUTHENTICATION, user, MY_WEBAUTHN, device.id
    )
    codes.finish(ctx.env, ceremony)  # single use, whatever the outcome
    device.sign_count = mfa.verify_authentication(ctx.env, ceremony, user, device, ctx.body["options"])
    mfa.remove_devices(ctx.env, user, [device])


# ------------------------------------------------------------------ vendor
@operation("unenrollUserMfa")
def unenroll_user_mfa(ctx: Context) -> None:
    mfa.reset(ctx.env, users.get_user(ctx.env, ctx.path["userId"]))


# ------------------------------------------------------------------ step-up (openapi/identity-unpublished.yaml)
@operation("generateStepUpSession")
def generate_step_up_session(ctx: Context) -> dict[str, Any]:
    """A fresh second factor for the caller's login: an MFA token for the login's MFA steps above, whose
    completion steps this session up (``_complete``); or, when the session was stepped up within
    ``maxAge`` seconds, its new tokens at once (redux-store 7.119.0 StepUpState: an answer with a user
    needs no further factor)."""
    user = ctx.acting_user()
    session_id = ctx.principal.session_id if ctx.principal is not None else None
    session = ctx.env.sessions.get(session_id) if session_id else None
    if session is None:
        # An account or user API token's access token belongs to no login to step up.
        raise Forbidden("Only a signed-in user's login can be stepped up", code="ER-01003")
    max_age = ctx.body.get("maxAge") if isinstance(ctx.body, dict) else None
    if max_age is not None and sessions.stepped_up_within(ctx.env, session, float(max_age)):
        return _with_refresh_cookie(ctx, sessions.step_up(ctx.env, user, session, None))
    if not user.mfa_devices:
        # The message redux-store's StepUpState matches (MFA_IS_NOT_ENROLLED_ERROR) to offer enrolment.
        raise BadRequest("MFA is not enrolled", code="ER-01047")
    return sessions.mfa_challenge(ctx.env, user, step_up=session)
