"""Mail and SMS delivery configuration and message templates of an environment. No HTTP.

Provider credentials (the mail provider's secret, the SMS provider's token) are stored but never shown
in full: ``mask`` leaves their last four characters at most. Templates have built-in defaults per
type; a stored template of a type overrides them until it is deleted.
"""

from __future__ import annotations

import re
from typing import Any

from . import failures, security
from .model import Environment, new_id

CONFIGS = "messagingConfigs"
MAIL_TEMPLATES = "mailTemplates"
SMS_TEMPLATES = "smsTemplates"
SENDER = "no-reply@emulator.local"
FROM_NAME = "Frontegg emulator"
MAIL_TEMPLATE_TYPES = (
    "ResetPassword",
    "ActivateUser",
    "InviteToTenant",
    "PwnedPassword",
    "MagicLink",
    "OTC",
    "ConnectNewDevice",
    "UserUsedInvitation",
    "ResetPhoneNumber",
    "BulkInvitesToTenant",
    "MFAEnroll",
    "MFAUnenroll",
    "NewMFAMethod",
    "MFARecoveryCode",
    "RemoveMFAMethod",
    "EmailVerification",
    "BruteForceProtection",
    "SuspiciousIP",
    "MFAOTC",
    "ImpossibleTravel",
    "BotDetection",
    "SmsAuthenticationEnabled",
    "UnlockUser",
    "UnlockUserSuccess",
    "ActivateUserWithCode",
    "InviteToTenantWithCode",
    "VerifyNewEmail",
    "EmailAddressChanged",
    "ApprovalFlowApprove",
)
# Pages of the login box the links of some emails lead to, under the app's URL: the routes the box
# serves by default (@frontegg/redux-store 7.119.0 auth/LoginState/consts.js: activateUrl
# '/account/activate', resetPasswordUrl '/account/reset-password', magicLinkCallbackUrl
# '/account/login/magic-link', acceptInvitationUrl '/account/invitation/accept', unlockAccountUrl
# '/account/unlock').
MAIL_REDIRECT_PATHS = {
    "ResetPassword": "/account/reset-password",
    "ActivateUser": "/account/activate",
    "ActivateUserWithCode": "/account/activate",
    "InviteToTenant": "/account/invitation/accept",
    "InviteToTenantWithCode": "/account/invitation/accept",
    "BulkInvitesToTenant": "/account/invitation/accept",
    "MagicLink": "/account/login/magic-link",
    "UnlockUser": "/account/unlock",
    "VerifyNewEmail": "/account/verify-email",
    "EmailVerification": "/account/verify-email",
    "ApprovalFlowApprove": "/approval-flows/approve",
}
MAIL_FIELDS = ("senderEmail", "subject", "fromName", "redirectURL", "htmlTemplate", "successRedirectUrl", "active")
SMS_TEMPLATE_TYPES = ("ResetPassword", "OTC", "MFAOTC", "VerifyPhoneNumber")
SMS_DEFAULT_BODIES = {
    "ResetPassword": "Your password reset code is {{code}}",
    "OTC": "Your sign-in code is {{code}}",
    "MFAOTC": "Your verification code is {{code}}",
    "VerifyPhoneNumber": "Your phone number verification code is {{code}}",
}


def mask(secret: str) -> str:
    """A credential as it may be shown: stars, and its last four characters when it is long enough."""
    if not secret:
        return ""
    return "*" * 8 + (secret[-4:] if len(secret) >= 12 else "")


def _configs(env: Environment) -> dict[str, dict[str, Any]]:
    return env.collection(CONFIGS)


# ------------------------------------------------------------------ mail configuration
def mail_config(env: Environment) -> dict[str, Any] | None:
    return _configs(env).get("mail")


def save_mail_config(env: Environment, provider: str, secret: str, extension: dict[str, Any]) -> dict[str, Any]:
    at = security.now(env)
    current = mail_config(env)
    config = {
        "provider": provider,
        "secret": secret,
        "extension": extension,
        "createdAt": current["createdAt"] if current else at,
        "updatedAt": at,
    }
    _configs(env)["mail"] = config
    return config


def delete_mail_config(env: Environment) -> None:
    _configs(env).pop("mail", None)


# ------------------------------------------------------------------ SMS configuration
def sms_config(env: Environment) -> dict[str, Any] | None:
    return _configs(env).get("sms")


def save_sms_config(env: Environment, values: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Write the SMS provider's settings (merged into the current ones); whether they were new."""
    at = security.now(env)
    current = sms_config(env)
    config = {**(current or {"createdAt": at}), **values, "updatedAt": at}
    _configs(env)["sms"] = config
    return config, current is None


def delete_sms_config(env: Environment) -> None:
    _configs(env).pop("sms", None)


# ------------------------------------------------------------------ mail templates
def _words(kind: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", " ", kind)


def default_mail_template(env: Environment, kind: str, app_url: str) -> dict[str, Any]:
    subject = _words(kind)
    path = MAIL_REDIRECT_PATHS.get(kind)
    return {
        "type": kind,
        "senderEmail": SENDER,
        "fromName": FROM_NAME,
        "subject": subject,
        "htmlTemplate": (
            f"<html><body><h1>{subject}</h1><p>Hello {{{{name}}}},</p>"
            '<p><a href="{{redirectURL}}">Continue</a></p><p>{{code}}</p></body></html>'
        ),
        "redirectURL": f"{app_url}{path}" if path else "",
        "successRedirectUrl": "",
        "active": True,
        "createdAt": env.created_at,
        "updatedAt": env.created_at,
    }


def stored_mail_template(env: Environment, kind: str) -> dict[str, Any] | None:
    return next((t for t in env.collection(MAIL_TEMPLATES).values() if t["type"] == kind), None)


def mail_template(env: Environment, kind: str, app_url: str) -> dict[str, Any]:
    return stored_mail_template(env, kind) or default_mail_template(env, kind, app_url)


def save_mail_template(env: Environment, body: dict[str, Any], app_url: str) -> dict[str, Any]:
    """Create or update the environment's template of this type (unset fields keep their values)."""
    kind = body["type"]
    at = security.now(env)
    current = stored_mail_template(env, kind)
    if current is None:
        current = {**default_mail_template(env, kind, app_url), "id": new_id(), "createdAt": at}
    current.update({k: body[k] for k in MAIL_FIELDS if k in body})
    current["updatedAt"] = at
    env.collection(MAIL_TEMPLATES)[current["id"]] = current
    return current


def delete_mail_template(env: Environment, template_id: str) -> None:
    if template_id not in env.collection(MAIL_TEMPLATES):
        raise failures.EmailTemplateNotFound()
    del env.collection(MAIL_TEMPLATES)[template_id]


# ------------------------------------------------------------------ SMS templates
def _sms_type(kind: str) -> str:
    if kind not in SMS_TEMPLATE_TYPES:
        raise failures.SmsTemplateTypeUnknown(kind=kind, types=", ".join(SMS_TEMPLATE_TYPES))
    return kind


def default_sms_template(env: Environment, kind: str) -> dict[str, Any]:
    return {
        "type": _sms_type(kind),
        "body": SMS_DEFAULT_BODIES[kind],
        "senderName": FROM_NAME,
        "active": True,
        "isDefault": True,
        "createdAt": env.created_at,
        "updatedAt": env.created_at,
    }


def sms_template(env: Environment, kind: str) -> dict[str, Any]:
    return env.collection(SMS_TEMPLATES).get(_sms_type(kind)) or default_sms_template(env, kind)


def save_sms_template(env: Environment, kind: str, body: dict[str, Any]) -> tuple[dict[str, Any], bool]:
    """Write the template of a type; only ``body``, ``senderName`` (text) and ``active`` (flag) are kept."""
    at = security.now(env)
    current = env.collection(SMS_TEMPLATES).get(_sms_type(kind))
    template = dict(current) if current else {**default_sms_template(env, kind), "createdAt": at}
    for key in ("body", "senderName"):
        if isinstance(body.get(key), str):
            template[key] = body[key]
    if isinstance(body.get("active"), bool):
        template["active"] = body["active"]
    template.update(isDefault=False, updatedAt=at)
    env.collection(SMS_TEMPLATES)[kind] = template
    return template, current is None


def delete_sms_template(env: Environment, kind: str) -> None:
    if env.collection(SMS_TEMPLATES).pop(_sms_type(kind), None) is None:
        raise failures.SmsTemplateIsDefault()
