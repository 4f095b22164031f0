"""Valid requests the suite cannot generate, prepared through the API itself (issue 18).

A recipe gets a :class:`Setup` (the target, the actor of the test and its world, an HTTP client, the
emulator's outbox) and returns the :class:`Call` that should reach the operation's documented success:
the activation token the outbox received, the TOTP code of the secret an enrollment handed out, the
attestation of the software authenticator, the id of the object created a step before. Preparation
steps raise on any unexpected answer, so a broken precondition fails loudly instead of testing nothing.

Recipes only use the documented API and the emulator's admin surface (``/_emulator/outbox``,
``/_emulator/clock`` and ``/_emulator/users/{id}/impersonate``, which issues the actor token Frontegg's
portal would), so they run against the bundled emulator only: a live environment emails its codes, and
what recipes create there would outlive the run.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pyotp

from .actors import Actors, build_world
from .target import Target

PASSWORD = "Contract-pass-9"


@dataclass
class Call:
    """The request a recipe prepared. ``authorization``: "default" (the operation's first scheme the
    actor holds a token for), "environment", "user", a bearer token, or None for no token."""

    path_parameters: dict[str, Any] = field(default_factory=dict)
    query: dict[str, Any] = field(default_factory=dict)
    headers: dict[str, Any] = field(default_factory=dict)
    body: Any = None
    cookies: dict[str, str] = field(default_factory=dict, repr=False)
    authorization: str | None = field(default="default", repr=False)


class Setup:
    """What recipes prepare with: plain HTTP to the target as the environment, the actor or nobody."""

    def __init__(self, target: Target, actors: Actors) -> None:
        self.target = target
        self.actors = actors
        self.http = httpx.Client(base_url=target.identity_url, timeout=30)

    def close(self) -> None:
        self.http.close()

    @property
    def world(self) -> dict[str, str]:
        """The actor's world (built on first use: most recipes make their own objects)."""
        if not self.actors.world:
            self.actors.world = build_world(self.target, self.actors)
        return self.actors.world

    @property
    def tenant_id(self) -> str:
        assert self.actors.tenant_id
        return self.actors.tenant_id

    @property
    def user_id(self) -> str:
        assert self.actors.user_id
        return self.actors.user_id

    def env_headers(self, *, tenant: bool = True, user: bool = False) -> dict[str, str]:
        headers = {"Authorization": f"Bearer {self.actors.environment_token}"}
        if tenant:
            headers["frontegg-tenant-id"] = self.tenant_id
        if user:
            headers["frontegg-user-id"] = self.user_id
        return headers

    def user_headers(self, token: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {token or self.actors.user_token}"}

    def request(
        self, method: str, path: str, *, expect: tuple[int, ...] = (200, 201, 202, 204), **kwargs: Any
    ) -> httpx.Response:
        """A preparation step; any other status than ``expect`` stops the recipe with what was asked."""
        response = self.http.request(method, path, **kwargs)
        if response.status_code not in expect:
            # Only an error's body is shown: a success may carry tokens or secrets.
            detail = f": {response.text[:300]}" if response.status_code >= 400 else ""
            raise AssertionError(f"recipe step {method} {path} answered {response.status_code}{detail}")
        return response

    def as_env(self, method: str, path: str, *, tenant: bool = True, **kwargs: Any) -> Any:
        """A step with the environment token (in the actor's account unless ``tenant`` is False);
        returns the JSON answer (or None)."""
        headers = {**self.env_headers(tenant=tenant), **kwargs.pop("headers", {})}
        response = self.request(method, path, headers=headers, **kwargs)
        return response.json() if response.content else None

    def as_user(self, method: str, path: str, token: str | None = None, **kwargs: Any) -> Any:
        headers = {**self.user_headers(token), **kwargs.pop("headers", {})}
        response = self.request(method, path, headers=headers, **kwargs)
        return response.json() if response.content else None

    def admin(self, method: str, route: str, **kwargs: Any) -> Any:
        """The emulator's documented admin surface (outbox, clock), for the actor's environment."""
        if self.target.live:
            raise AssertionError("recipes that read the outbox or move the clock run against the emulator only")
        params = {**kwargs.pop("params", {}), "clientId": self.target.client_id}
        response = httpx.request(
            method, self.target.gateway_url + "/_emulator" + route, params=params, timeout=30, **kwargs
        )
        response.raise_for_status()
        return response.json()

    def outbox(self, to: str, kind: str | None = None) -> dict[str, Any]:
        """The latest message (of ``kind``) sent to ``to`` (emulator only: a live environment emails)."""
        response = self.admin("GET", "/outbox", params={"to": to} | ({"kind": kind} if kind else {}))
        messages: list[dict[str, Any]] = response["messages"]
        if not messages:
            raise AssertionError(f"nothing of kind {kind} was sent to {to}")
        return messages[-1]

    @staticmethod
    def new_email(prefix: str = "recipe") -> str:
        return f"{prefix}-{secrets.token_hex(6)}@example.com"


Recipe = Callable[[Setup], Call]
RECIPES: dict[str, Recipe] = {}


def recipe(*operation_ids: str) -> Callable[[Recipe], Recipe]:
    def register(function: Recipe) -> Recipe:
        for operation_id in operation_ids:
            assert operation_id not in RECIPES, f"two recipes for {operation_id}"
            RECIPES[operation_id] = function
        return function

    return register


# ------------------------------------------------------------------------------- users and their data
def _member(setup: Setup, *, password: str | None = None, email: str | None = None) -> dict[str, Any]:
    """A new member of the actor's account (activated when given a password)."""
    body: dict[str, Any] = {"email": email or setup.new_email("member"), "name": "Recipe member"}
    if password:
        body["password"] = password
    created: dict[str, Any] = setup.as_env("POST", "/resources/users/v1", json=body)
    return created


def _login(setup: Setup, email: str, password: str = PASSWORD) -> dict[str, Any]:
    answer: dict[str, Any] = setup.request(
        "POST", "/resources/auth/v1/user", json={"email": email, "password": password}
    ).json()
    return answer


@recipe("getUserActivationStrategy")
def _activation_strategy(setup: Setup) -> Call:
    member = _member(setup)
    message = setup.outbox(member["email"], "activation")
    return Call(query={"userId": member["id"], "token": message["token"]}, authorization=None)


@recipe("activateUser", "activateUserWithCode")
def _activate(setup: Setup) -> Call:
    # A member created without a password is emailed an activation token (and code).
    member = _member(setup)
    message = setup.outbox(member["email"], "activation")
    body = {"userId": member["id"], "token": message["token"], "password": PASSWORD}
    return Call(body=body | ({"code": message["code"]} if message.get("code") else {}), authorization=None)


@recipe("resetActivationToken")
def _reset_activation(setup: Setup) -> Call:
    member = _member(setup)
    return Call(body={"email": member["email"], "emailMetadata": {}}, authorization="environment")


@recipe("acceptInvitation", "acceptInvitationWithCode")
def _accept_invitation(setup: Setup) -> Call:
    # An activated member invited again to its account is emailed an invitation token and code.
    member = _member(setup, password=PASSWORD)
    setup.as_env("POST", "/resources/users/v1/invitation/reset", json={"email": member["email"]})
    message = setup.outbox(member["email"], "invitation")
    return Call(body={"userId": member["id"], "token": message["token"], "code": message["code"]}, authorization=None)


@recipe("resetTenantInvitationToken", "resetAllTenantsInvitationToken")
def _reset_invitation(setup: Setup) -> Call:
    member = _member(setup, password=PASSWORD)
    return Call(headers={"frontegg-tenant-id": setup.tenant_id}, body={"email": member["email"]})


@recipe("createUserVendorOnly")
def _create_vendor_only(setup: Setup) -> Call:
    return Call(body={"email": setup.new_email(), "tenantId": setup.tenant_id, "name": "Vendor made"})


@recipe("getUserByEmail")
def _by_email(setup: Setup) -> Call:
    return Call(query={"email": setup.actors.email})


@recipe("getUserTenantStatuses")
def _tenant_statuses(setup: Setup) -> Call:
    return Call(query={"userIds": [setup.user_id]})


@recipe("moveAllUsersTenants")
def _move_all(setup: Setup) -> Call:
    target = _second_account(setup, setup.world["userId"])
    return Call(body={"srcTenantId": setup.tenant_id, "targetTenantId": target})


def _second_account(setup: Setup, user_id: str) -> str:
    """Another account the user belongs to; returns its id."""
    tenant_id = f"recipe-{secrets.token_hex(4)}"
    setup.as_env("POST", f"/resources/users/v1/{user_id}/tenant", json={"tenantId": tenant_id, "skipInviteEmail": True})
    return tenant_id


@recipe("updateUserTenantForVendor")
def _switch_for_vendor(setup: Setup) -> Call:
    member = setup.world["userId"]
    return Call(path_parameters={"userId": member}, body={"tenantId": _second_account(setup, member)})


@recipe("updateUserTenant")
def _switch_own(setup: Setup) -> Call:
    tenant_id = _second_account(setup, setup.user_id)
    return Call(
        headers={"frontegg-tenant-id": setup.tenant_id, "frontegg-user-id": setup.user_id},
        body={"tenantId": tenant_id},
        authorization="environment",
    )


@recipe("unlockMe")
def _unlock_me(setup: Setup) -> Call:
    # Under a lockout policy, the wrong password locks the user and emails it an unlock link.
    setup.as_env("POST", "/resources/configurations/v1/lockout-policy", json={"enabled": True, "maxAttempts": 1})
    member = _member(setup, password=PASSWORD)
    setup.request("POST", "/resources/auth/v1/user", expect=(401,), json={"email": member["email"], "password": "x"})
    message = setup.outbox(member["email"], "unlock")
    return Call(body={"token": message["token"]}, authorization=None)


# ------------------------------------------------------------------------------- usernames
def _username(setup: Setup) -> str:
    name = f"recipe.{secrets.token_hex(4)}"
    setup.as_user("POST", "/resources/usernames/v1", json={"username": name})
    return name


@recipe("getMeUsernames")
def _me_usernames(setup: Setup) -> Call:
    _username(setup)
    return Call(authorization="user")


@recipe("deleteUsername")
def _delete_username(setup: Setup) -> Call:
    return Call(path_parameters={"username": _username(setup)}, authorization="user")


# ------------------------------------------------------------------------------- further email addresses
def _own_email(setup: Setup) -> str:
    email = setup.new_email("further")
    setup.as_user("POST", "/resources/users/emails/v1", json={"email": email})
    return email


@recipe("verifyUserEmail")
def _verify_email(setup: Setup) -> Call:
    email = _own_email(setup)
    code = setup.outbox(email, "userEmailVerification")["code"]
    return Call(body={"email": email, "code": code}, authorization="user")


@recipe("deleteUserEmail")
def _delete_email(setup: Setup) -> Call:
    email = _own_email(setup)
    emails = setup.as_user("GET", "/resources/users/emails/v1/me")
    email_id = next(e["id"] for e in emails if e["email"] == email)
    return Call(
        path_parameters={"emailId": email_id}, headers={"frontegg-user-id": setup.user_id}, authorization="user"
    )


def _vendor_email(setup: Setup) -> tuple[str, str]:
    member = setup.world["userId"]
    email = setup.new_email("further")
    created = setup.as_env(
        "POST", f"/resources/users/emails/v1/vendor/{member}", json={"email": email, "isVerified": True}
    )
    return email, created["id"]


@recipe("deleteUserEmailForVendor")
def _delete_vendor_email(setup: Setup) -> Call:
    _, email_id = _vendor_email(setup)
    return Call(path_parameters={"userId": setup.world["userId"], "emailId": email_id}, authorization="environment")


@recipe("markEmailAsPrimary")
def _primary_vendor(setup: Setup) -> Call:
    email, _ = _vendor_email(setup)
    return Call(path_parameters={"userId": setup.world["userId"]}, body={"email": email}, authorization="environment")


@recipe("markEmailAsPrimaryMe")
def _primary_me(setup: Setup) -> Call:
    email = _own_email(setup)
    code = setup.outbox(email, "userEmailVerification")["code"]
    setup.as_user("POST", "/resources/users/emails/v1/verify", json={"email": email, "code": code})
    return Call(body={"email": email}, authorization="user")


def _allow_email_change(setup: Setup) -> None:
    setup.as_env(
        "POST", "/resources/configurations/v1/user-emails-policy", tenant=False, json={"allowEmailChange": True}
    )


@recipe("updateEmailMe")
def _change_email(setup: Setup) -> Call:
    _allow_email_change(setup)
    return Call(body={"email": setup.new_email("changed")}, authorization="user")


@recipe("verifyEmailMe")
def _verify_change(setup: Setup) -> Call:
    _allow_email_change(setup)
    email = setup.new_email("changed")
    setup.as_user("POST", "/resources/users/v1/email/me", json={"email": email})
    return Call(body={"email": email, "code": setup.outbox(email, "emailChange")["code"]}, authorization="user")


# ------------------------------------------------------------------------------- phone numbers, bulk tasks
NUMBER = "+15551234567"


@recipe("deleteUserPhoneNumberVendor")
def _delete_vendor_phone(setup: Setup) -> Call:
    member = setup.world["userId"]
    setup.as_env("POST", f"/resources/users/phone-numbers/v1/vendor/{member}", json={"phoneNumber": NUMBER})
    # The vendor call answers no body; the number's id comes from the account's list.
    listed = setup.as_user("GET", "/resources/users/phone-numbers/v2", params={"userIds": [member]})
    phone_id = next(p["id"] for p in listed["items"] if p["userId"] == member)
    return Call(path_parameters={"userId": member, "phoneId": phone_id})


def _own_phone(setup: Setup) -> dict[str, Any]:
    created: dict[str, Any] = setup.as_user("POST", "/resources/users/phone-numbers/v1", json={"phoneNumber": NUMBER})
    return created


@recipe("verifyCreateUserPhoneNumber")
def _verify_phone(setup: Setup) -> Call:
    created = _own_phone(setup)
    code = setup.outbox(NUMBER, "phone-number-verify")["code"]
    return Call(body={"otcToken": created["otcToken"], "code": code}, authorization="user")


@recipe("deleteUserPhoneNumber")
def _delete_phone(setup: Setup) -> Call:
    return Call(path_parameters={"id": _own_phone(setup)["id"]}, authorization="user")


@recipe("verifyDeleteUserPhoneNumber")
def _verify_delete_phone(setup: Setup) -> Call:
    phone_id = _own_phone(setup)["id"]
    started = setup.as_user("DELETE", f"/resources/users/phone-numbers/v1/{phone_id}")
    code = setup.outbox(NUMBER, "phone-number-delete")["code"]
    return Call(
        path_parameters={"id": phone_id}, body={"otcToken": started["otcToken"], "code": code}, authorization="user"
    )


@recipe("getBulkInviteStatus")
def _bulk_invite_status(setup: Setup) -> Call:
    task = setup.as_env("POST", "/resources/users/bulk/v1/invite", json={"users": [{"email": setup.new_email()}]})
    return Call(path_parameters={"id": task["id"]})


@recipe("bulkInviteUsers")
def _bulk_invite(setup: Setup) -> Call:
    return Call(headers={"frontegg-tenant-id": setup.tenant_id}, body={"users": [{"email": setup.new_email()}]})


@recipe("getBulkRolesTaskStatus")
def _bulk_roles_status(setup: Setup) -> Call:
    member, role = setup.world["userId"], setup.world["roleId"]
    task = setup.as_env(
        "PATCH",
        f"/resources/vendor-only/users/v1/{member}/roles/bulk",
        json={"addRoleIds": [role], "tenantIds": [setup.tenant_id]},
    )
    return Call(path_parameters={"taskId": task["taskId"]})


# ------------------------------------------------------------------------------- MFA
ORIGIN = "http://localhost"  # an origin of the emulator's default WebAuthn relying party (rpId localhost)


def _force_mfa(setup: Setup) -> None:
    setup.as_env(
        "PUT",
        "/resources/configurations/v1/mfa-policy",
        tenant=False,
        json={"enforceMFAType": "Force", "allowRememberMyDevice": True, "mfaDeviceExpiration": 3600},
    )


def _mfa_login(setup: Setup, email: str) -> dict[str, Any]:
    login = _login(setup, email)
    assert login.get("mfaRequired"), f"login of {email} did not ask for MFA"
    return login


def _totp(setup: Setup, email: str) -> str:
    """The current code of the authenticator app whose otpauth:// URI the outbox keeps, at the
    emulator's time. The clock moves one period first: a code is accepted once per period."""
    setup.admin("POST", "/clock/advance", json={"seconds": 30})
    totp = pyotp.parse_uri(setup.outbox(email, "authenticator-app")["link"])
    assert isinstance(totp, pyotp.TOTP)
    return totp.at(setup.admin("GET", "/clock")["now"])


def _mfa_candidate(setup: Setup) -> tuple[str, str]:
    """MFA forced, a member with a password, and the MFA token of its login: (email, mfaToken)."""
    _force_mfa(setup)
    email = _member(setup, password=PASSWORD)["email"]
    return email, _mfa_login(setup, email)["mfaToken"]


@recipe("preEnrollAuthenticatorMfa", "preEnrollWebauthnMfa", "preVerifyEmailOtcMfa")
def _mfa_token_only(setup: Setup) -> Call:
    return Call(body={"mfaToken": _mfa_candidate(setup)[1]}, authorization=None)


@recipe("checkIfAllowToRememberDevice")
def _remember(setup: Setup) -> Call:
    return Call(query={"mfaToken": _mfa_candidate(setup)[1]}, authorization=None)


@recipe("preEnrollSmsMfa")
def _pre_enroll_sms(setup: Setup) -> Call:
    return Call(body={"mfaToken": _mfa_candidate(setup)[1], "phoneNumber": NUMBER}, authorization=None)


@recipe("enrollSmsMfa")
def _enroll_sms(setup: Setup) -> Call:
    _, mfa_token = _mfa_candidate(setup)
    pre = setup.request(
        "POST", "/resources/auth/v1/user/mfa/sms/enroll", json={"mfaToken": mfa_token, "phoneNumber": NUMBER}
    ).json()
    body = {"mfaToken": mfa_token, "otcToken": pre["otcToken"], "code": setup.outbox(NUMBER)["code"]}
    return Call(body=body, authorization=None)


@recipe("enrollAuthenticatorMfa")
def _enroll_app(setup: Setup) -> Call:
    email, mfa_token = _mfa_candidate(setup)
    setup.request("POST", "/resources/auth/v1/user/mfa/authenticator/enroll", json={"mfaToken": mfa_token})
    return Call(body={"mfaToken": mfa_token, "token": _totp(setup, email)}, authorization=None)


def _app_enrolled(setup: Setup) -> tuple[str, str, dict[str, Any]]:
    """A member enrolled with an authenticator app at login: (email, recovery code, new MFA login)."""
    email, mfa_token = _mfa_candidate(setup)
    setup.request("POST", "/resources/auth/v1/user/mfa/authenticator/enroll", json={"mfaToken": mfa_token})
    enrolled = setup.request(
        "POST",
        "/resources/auth/v1/user/mfa/authenticator/enroll/verify",
        json={"mfaToken": mfa_token, "token": _totp(setup, email)},
    ).json()
    return email, enrolled["recoveryCode"], _mfa_login(setup, email)


@recipe("verifyAuthenticatorMfa")
def _verify_app(setup: Setup) -> Call:
    email, _, login = _app_enrolled(setup)
    device = login["mfaDevices"]["authenticators"][0]["id"]
    body = {"mfaToken": login["mfaToken"], "value": _totp(setup, email)}
    return Call(path_parameters={"deviceId": device}, body=body, authorization=None)


@recipe("verifyAuthenticatorMfaCode")
def _verify_app_code(setup: Setup) -> Call:
    email, _, login = _app_enrolled(setup)
    return Call(body={"mfaToken": login["mfaToken"], "value": _totp(setup, email)}, authorization=None)


@recipe("recoverMfa")
def _recover(setup: Setup) -> Call:
    email, recovery_code, _ = _app_enrolled(setup)
    return Call(body={"email": email, "recoveryCode": recovery_code}, authorization=None)


@recipe("verifyEmailOtcMfa")
def _verify_email_code(setup: Setup) -> Call:
    email, mfa_token = _mfa_candidate(setup)
    pre = setup.request("POST", "/resources/auth/v1/user/mfa/emailcode", json={"mfaToken": mfa_token}).json()
    body = {"mfaToken": mfa_token, "otcToken": pre["otcToken"], "code": setup.outbox(email)["code"]}
    return Call(body=body, authorization=None)


def _sms_login(setup: Setup) -> dict[str, Any]:
    """A member enrolled with SMS at login, logging in again: the login asking for MFA."""
    email, mfa_token = _mfa_candidate(setup)
    pre = setup.request(
        "POST", "/resources/auth/v1/user/mfa/sms/enroll", json={"mfaToken": mfa_token, "phoneNumber": NUMBER}
    ).json()
    setup.request(
        "POST",
        "/resources/auth/v1/user/mfa/sms/enroll/verify",
        json={"mfaToken": mfa_token, "otcToken": pre["otcToken"], "code": setup.outbox(NUMBER)["code"]},
    )
    return _mfa_login(setup, email)


@recipe("preVerifySmsMfa")
def _pre_verify_sms(setup: Setup) -> Call:
    login = _sms_login(setup)
    device = login["mfaDevices"]["phones"][0]["id"]
    return Call(path_parameters={"deviceId": device}, body={"mfaToken": login["mfaToken"]}, authorization=None)


@recipe("verifySmsMfa")
def _verify_sms(setup: Setup) -> Call:
    login = _sms_login(setup)
    device = login["mfaDevices"]["phones"][0]["id"]
    pre = setup.request(
        "POST", f"/resources/auth/v1/user/mfa/sms/{device}", json={"mfaToken": login["mfaToken"]}
    ).json()
    body = {"mfaToken": login["mfaToken"], "otcToken": pre["otcToken"], "code": setup.outbox(NUMBER)["code"]}
    return Call(path_parameters={"deviceId": device}, body=body, authorization=None)


def _webauthn_enrollment(setup: Setup) -> tuple[str, str, dict[str, Any], Any]:
    """A security key's registration for a member's login: (email, mfaToken, enroll body, the key)."""
    from frontegg_identity.authenticator import SoftwareAuthenticator
    from frontegg_identity.webauthn import creation_options_json

    email, mfa_token = _mfa_candidate(setup)
    pre = setup.request("POST", "/resources/auth/v1/user/mfa/webauthn/enroll", json={"mfaToken": mfa_token}).json()
    key = SoftwareAuthenticator(attachment="cross-platform")
    credential = key.create(creation_options_json(pre), origin=ORIGIN)
    body = {
        "deviceType": "CrossPlatform",
        "webauthnToken": pre["webauthnToken"],
        "options": credential,
        "mfaToken": mfa_token,
    }
    return email, mfa_token, body, key


@recipe("enrollWebauthnMfa")
def _enroll_webauthn(setup: Setup) -> Call:
    _, _, body, _ = _webauthn_enrollment(setup)
    return Call(body=body, authorization=None)


def _webauthn_login(setup: Setup) -> tuple[dict[str, Any], Any]:
    email, _, body, key = _webauthn_enrollment(setup)
    setup.request("POST", "/resources/auth/v1/user/mfa/webauthn/enroll/verify", json=body)
    return _mfa_login(setup, email), key


@recipe("preVerifyWebauthnMfa")
def _pre_verify_webauthn(setup: Setup) -> Call:
    login, _ = _webauthn_login(setup)
    device = login["mfaDevices"]["webauthn"][0]["id"]
    return Call(path_parameters={"deviceId": device}, body={"mfaToken": login["mfaToken"]}, authorization=None)


@recipe("verifyWebauthnMfa")
def _verify_webauthn(setup: Setup) -> Call:
    from frontegg_identity.webauthn import request_options_json

    login, key = _webauthn_login(setup)
    device = login["mfaDevices"]["webauthn"][0]["id"]
    pre = setup.request(
        "POST", f"/resources/auth/v1/user/mfa/webauthn/{device}", json={"mfaToken": login["mfaToken"]}
    ).json()
    assertion = key.get(request_options_json(pre), origin=ORIGIN)
    body = {"webauthnToken": pre["webauthnToken"], "options": assertion, "mfaToken": login["mfaToken"]}
    return Call(path_parameters={"deviceId": device}, body=body, authorization=None)


# MFA of a signed-in user (user token): a member with a password, logged in before MFA applies.
def _member_token(setup: Setup) -> tuple[str, str]:
    email = _member(setup, password=PASSWORD)["email"]
    return email, _login(setup, email)["accessToken"]


@recipe("verifyAuthAppMfaEnrollment", "verifyAuthenticatorMfaEnrollment")
def _verify_my_app(setup: Setup) -> Call:
    email, token = _member_token(setup)
    setup.as_user("POST", "/resources/users/v1/mfa/authenticator/enroll", token)
    return Call(body={"token": _totp(setup, email)}, authorization=token)


def _my_app(setup: Setup) -> tuple[str, str, str]:
    """A member that enrolled an authenticator app itself: (email, access token, device id)."""
    email, token = _member_token(setup)
    setup.as_user("POST", "/resources/users/v1/mfa/authenticator/enroll", token)
    setup.as_user(
        "POST", "/resources/users/v1/mfa/authenticator/enroll/verify", token, json={"token": _totp(setup, email)}
    )
    device = _mfa_login(setup, email)["mfaDevices"]["authenticators"][0]["id"]
    return email, token, device


@recipe("disableAuthAppMfa")
def _disable_app(setup: Setup) -> Call:
    email, token, _ = _my_app(setup)
    return Call(body={"token": _totp(setup, email)}, authorization=token)


@recipe("disableAuthenticatorMfa")
def _disable_authenticator(setup: Setup) -> Call:
    email, token, device = _my_app(setup)
    return Call(path_parameters={"deviceId": device}, body={"token": _totp(setup, email)}, authorization=token)


def _my_sms_start(setup: Setup, token: str) -> dict[str, Any]:
    started: dict[str, Any] = setup.as_user(
        "POST", "/resources/users/v1/mfa/sms/enroll", token, json={"phoneNumber": NUMBER}
    )
    return {"otcToken": started["otcToken"], "code": setup.outbox(NUMBER)["code"]}


@recipe("enrollMySmsMfa")
def _enroll_my_sms(setup: Setup) -> Call:
    _, token = _member_token(setup)
    return Call(body=_my_sms_start(setup, token), authorization=token)


def _my_sms(setup: Setup) -> tuple[str, str]:
    email, token = _member_token(setup)
    setup.as_user("POST", "/resources/users/v1/mfa/sms/enroll/verify", token, json=_my_sms_start(setup, token))
    return token, _mfa_login(setup, email)["mfaDevices"]["phones"][0]["id"]


@recipe("preDisableSMSMfa")
def _pre_disable_sms(setup: Setup) -> Call:
    token, device = _my_sms(setup)
    return Call(
        path_parameters={"deviceId": device},
        headers={"frontegg-tenant-id": setup.tenant_id},
        body={},
        authorization=token,
    )


@recipe("disableSMSMfa")
def _disable_sms(setup: Setup) -> Call:
    token, device = _my_sms(setup)
    started = setup.as_user(
        "POST",
        f"/resources/users/v1/mfa/sms/{device}/disable",
        token,
        headers={"frontegg-tenant-id": setup.tenant_id},
        json={},
    )
    body = {"otcToken": started["otcToken"], "code": setup.outbox(NUMBER)["code"]}
    return Call(path_parameters={"deviceId": device}, body=body, authorization=token)


# ------------------------------------------------------------------------------- sign-in, passwords, passwordless
@recipe("loginWithPassword")
def _login_password(setup: Setup) -> Call:
    email = _member(setup, password=PASSWORD)["email"]
    return Call(body={"email": email, "password": PASSWORD}, authorization=None)


@recipe("refreshUserToken")
def _refresh(setup: Setup) -> Call:
    # The refresh token travels in the cookie login sets (the hosted login box's way).
    email = _member(setup, password=PASSWORD)["email"]
    login = setup.request("POST", "/resources/auth/v1/user", json={"email": email, "password": PASSWORD})
    return Call(body={}, cookies=dict(login.cookies), authorization=None)


@recipe("changePassword")
def _change_password(setup: Setup) -> Call:
    email = _member(setup, password=PASSWORD)["email"]
    token = _login(setup, email)["accessToken"]
    return Call(body={"password": PASSWORD, "newPassword": PASSWORD + "-new"}, authorization=token)


@recipe("verifyResetPassword")
def _verify_reset(setup: Setup) -> Call:
    member = _member(setup, password=PASSWORD)
    setup.request("POST", "/resources/users/v1/passwords/reset", json={"email": member["email"]})
    token = setup.outbox(member["email"], "password-reset")["token"]
    return Call(body={"userId": member["id"], "token": token, "password": PASSWORD + "-new"}, authorization=None)


def _member_with_phone(setup: Setup) -> dict[str, Any]:
    member = _member(setup, password=PASSWORD)
    setup.as_env("POST", f"/resources/users/phone-numbers/v1/vendor/{member['id']}", json={"phoneNumber": NUMBER})
    return member


@recipe("verifyResetPasswordViaSmsOtc")
def _verify_reset_sms(setup: Setup) -> Call:
    member = _member_with_phone(setup)
    started = setup.request(
        "POST",
        "/resources/users/v2/passwords/reset/sms",
        json={"identifier": member["email"], "identifierType": "email"},
    ).json()
    return Call(body={"sessionId": started["sessionId"], "otcToken": setup.outbox(NUMBER)["code"]}, authorization=None)


@recipe("loginWithEmailCode")
def _login_email_code(setup: Setup) -> Call:
    email = _member(setup, password=PASSWORD)["email"]
    setup.request("POST", "/resources/auth/v1/passwordless/code/prelogin", json={"email": email})
    return Call(body={"token": setup.outbox(email)["code"]}, authorization=None)


@recipe("loginWithMagicLink")
def _login_magic_link(setup: Setup) -> Call:
    email = _member(setup, password=PASSWORD)["email"]
    setup.request("POST", "/resources/auth/v1/passwordless/magiclink/prelogin", json={"email": email})
    return Call(body={"token": setup.outbox(email)["token"]}, authorization=None)


@recipe("loginWithSmsCode")
def _login_sms_code(setup: Setup) -> Call:
    member = _member_with_phone(setup)
    setup.request("POST", "/resources/auth/v1/passwordless/smscode/prelogin", json={"email": member["email"]})
    return Call(body={"token": setup.outbox(NUMBER)["code"]}, authorization=None)


# ------------------------------------------------------------------------------- environment settings
@recipe("addOrUpdatePasswordConfig")
def _password_config(setup: Setup) -> Call:
    return Call(body={"minLength": 8, "maxLength": 128}, authorization="environment")


@recipe("createOrUpdateMFAStrategy")
def _mfa_strategy(setup: Setup) -> Call:
    return Call(body={"isActive": True, "strategy": "AuthenticatorApp"}, authorization="environment")


@recipe("updatePermissionsAssignmentType")
def _assignment_type(setup: Setup) -> Call:
    return Call(body={"permissionIds": [setup.world["permissionId"]], "type": "ASSIGNABLE"})


@recipe("addRole")
def _add_role_v2(setup: Setup) -> Call:
    body = {
        "key": f"recipe-{secrets.token_hex(4)}",
        "name": "Recipe role",
        "baseRoleId": setup.world["roleId"],
        "permissionIds": [setup.world["permissionId"]],
    }
    return Call(headers={"frontegg-tenant-id": setup.tenant_id}, body=body, authorization="environment")


# ------------------------------------------------------------------------------- approval flows
def _approval_flow(setup: Setup, name: str = "Recipe flow") -> dict[str, Any]:
    body = {
        "name": name,
        "channels": {"email": True, "sms": False},
        "configuration": {"notifyOnDecisions": True},
        "steps": [{"stepOrder": 1, "configuration": {"minApprovals": 1}, "approverSelectors": {"emails": [APPROVER]}}],
    }
    flow: dict[str, Any] = setup.as_env("POST", "/resources/approval-flows/v1", tenant=False, json=body)
    return flow


APPROVER = "approver@example.com"


@recipe("getApprovalFlowById", "deleteApprovalFlow")
def _flow_by_id(setup: Setup) -> Call:
    return Call(path_parameters={"id": _approval_flow(setup)["id"]})


@recipe("updateApprovalFlow")
def _update_flow(setup: Setup) -> Call:
    return Call(path_parameters={"id": _approval_flow(setup)["id"]}, body={"name": "Renamed", "isActive": True})


@recipe("executeApprovalFlow")
def _execute_flow(setup: Setup) -> Call:
    flow = _approval_flow(setup)
    return Call(
        path_parameters={"id": flow["id"]},
        headers={"frontegg-user-id": setup.user_id},
        body={"executionData": {"amount": 1}},
    )


@recipe("executeStepUpApprovalFlow")
def _execute_step_up(setup: Setup) -> Call:
    _approval_flow(setup, name="Step-up")
    return Call(headers={"frontegg-user-id": setup.user_id}, body={"executionData": {"action": "recipe"}})


def _approver_link(setup: Setup) -> dict[str, str]:
    """An execution of a new flow, and the ids the approver's emailed link carries."""
    from urllib.parse import parse_qs, urlsplit

    flow = _approval_flow(setup)
    setup.as_env(
        "POST",
        f"/resources/approval-flows/v1/{flow['id']}/execute",
        tenant=False,
        headers={"frontegg-user-id": setup.user_id},
        json={"executionData": {"amount": 1}},
    )
    link = setup.outbox(APPROVER, "approvalFlow")["link"]
    return {k: v[0] for k, v in parse_qs(urlsplit(link).query).items()}


@recipe("getExecutionData")
def _execution_data(setup: Setup) -> Call:
    ids = _approver_link(setup)
    keys = ("approvalFlowExecutionId", "approverId", "approvalFlowStepId")
    return Call(query={k: ids[k] for k in keys})


@recipe("submitApproverAction")
def _approve(setup: Setup) -> Call:
    ids = _approver_link(setup)
    keys = ("approvalFlowExecutionId", "approverId", "approvalFlowStepId")
    return Call(body={**{k: ids[k] for k in keys}, "approved": True})


# ------------------------------------------------------------------------------- JWT templates, SSO, templates
def _jwt_template(setup: Setup) -> str:
    body = {
        "key": f"recipe-{secrets.token_hex(4)}",
        "name": "Recipe template",
        "expiration": 600,
        "algorithm": "RS256",
        "templateSchema": {"claims": {"team": "contract"}},
    }
    created: dict[str, Any] = setup.as_env("POST", "/resources/jwt-templates/v1", tenant=False, json=body)
    return str(created["id"])


@recipe("getJwtTemplateById", "deleteJwtTemplate")
def _template_by_id(setup: Setup) -> Call:
    return Call(path_parameters={"id": _jwt_template(setup)})


@recipe("updateJwtTemplate")
def _update_template(setup: Setup) -> Call:
    body = {"name": "Renamed", "expiration": 900, "algorithm": "RS256", "templateSchema": {"claims": {"team": "x"}}}
    return Call(path_parameters={"id": _jwt_template(setup)}, body=body)


def _targeting(setup: Setup) -> str:
    rule = {
        "conditionLogic": "and",
        "conditions": [
            {"attribute": "tenantId", "op": "in_list", "value": {"list": [setup.tenant_id]}, "negate": False}
        ],
        "treatment": _jwt_template(setup),
    }
    created: dict[str, Any] = setup.as_env(
        "POST", "/resources/configurations/v1/jwt-template-targeting", tenant=False, json={"rules": [rule]}
    )
    return str(created["id"])


@recipe("getJwtTemplateTargeting")
def _get_targeting(setup: Setup) -> Call:
    _targeting(setup)
    return Call()


@recipe("patchJwtTemplateTargeting")
def _patch_targeting(setup: Setup) -> Call:
    return Call(path_parameters={"id": _targeting(setup)}, body={"rules": []})


@recipe("deleteJwtTemplateTargeting")
def _delete_targeting(setup: Setup) -> Call:
    return Call(path_parameters={"id": _targeting(setup)})


def _sso_provider(setup: Setup) -> str:
    body = {
        "type": f"recipe{secrets.token_hex(3)}",
        "clientId": "client",
        "secret": "provider-secret",
        "redirectUrl": "https://app.example.com/oauth/callback",
        "authorizationUrl": "https://idp.example.com/authorize",
        "tokenUrl": "https://idp.example.com/token",
        "userInfoUrl": "https://idp.example.com/userinfo",
        "scopes": "openid email",
        "ssoLogoUrl": "https://idp.example.com/logo.png",
        "displayName": "Recipe IdP",
        "active": True,
    }
    created: dict[str, Any] = setup.as_env("POST", "/resources/sso/custom/v1", tenant=False, json=body)
    return str(created["id"])


@recipe("updateSsoProvider")
def _update_sso(setup: Setup) -> Call:
    return Call(path_parameters={"id": _sso_provider(setup)}, body={"displayName": "Renamed", "active": False})


@recipe("deleteCustomSsoConfig")
def _delete_sso(setup: Setup) -> Call:
    return Call(path_parameters={"id": _sso_provider(setup)})


SMS_TYPE = "ResetPassword"  # one of the SMS template types Frontegg defines


@recipe("createSmsTemplate")
def _create_sms_template(setup: Setup) -> Call:
    return Call(path_parameters={"type": SMS_TYPE}, body={"body": "Your code: {{code}}", "active": True})


@recipe("getSmsTemplate", "deleteSmsTemplate")
def _sms_template(setup: Setup) -> Call:
    setup.as_env(
        "POST", f"/resources/configurations/v1/sms/templates/{SMS_TYPE}", tenant=False, json={"body": "Code {{code}}"}
    )
    return Call(path_parameters={"type": SMS_TYPE})


@recipe("getSmsDefaultTemplate")
def _sms_default(setup: Setup) -> Call:
    return Call(path_parameters={"type": SMS_TYPE})


@recipe("deleteTemplate")
def _delete_mail_template(setup: Setup) -> Call:
    body = {
        "type": "ResetPassword",
        "senderEmail": "noreply@example.com",
        "subject": "Reset",
        "htmlTemplate": "<p>x</p>",
    }
    # addOrUpdateTemplate answers no body (Terraform's email template resource reads it back with a GET).
    setup.as_env("POST", "/resources/mail/v1/configs/templates", tenant=False, json=body)
    saved = setup.as_env("GET", "/resources/mail/v1/configs/templates", tenant=False, params={"type": "ResetPassword"})
    return Call(path_parameters={"templateId": saved[0]["id"]})


@recipe("deleteDomainRestriction")
def _delete_domain(setup: Setup) -> Call:
    created = setup.as_env(
        "POST",
        "/resources/configurations/restrictions/v1/email-domain",
        json={"domain": "example.org", "type": "BLOCK"},
    )
    return Call(path_parameters={"id": created["id"]}, headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("deleteIpRestrictionById")
def _delete_ip(setup: Setup) -> Call:
    created = setup.as_env(
        "POST", "/resources/configurations/v1/restrictions/ip", json={"ip": "10.0.0.1", "strategy": "BLOCK"}
    )
    return Call(path_parameters={"id": created["id"]}, headers={"frontegg-tenant-id": setup.tenant_id})


# ------------------------------------------------------------------------------- API and access tokens
def _tenant_api_token(setup: Setup) -> dict[str, Any]:
    created: dict[str, Any] = setup.as_env(
        "POST", "/resources/tenants/api-tokens/v1", json={"metadata": {"by": "recipe"}}
    )
    return created


def _tenant_access_token(setup: Setup) -> str:
    return str(setup.as_env("POST", "/resources/tenants/access-tokens/v1", json={"expiresInMinutes": 60})["id"])


def _user_access_token(setup: Setup) -> str:
    created = setup.as_env(
        "POST", "/resources/users/access-tokens/v1", headers={"frontegg-user-id": setup.user_id}, json={}
    )
    return str(created["id"])


@recipe("authenticateApiToken")
def _authenticate_api_token(setup: Setup) -> Call:
    token = _tenant_api_token(setup)
    return Call(body={"clientId": token["clientId"], "secret": token["secret"]}, authorization=None)


@recipe("refreshApiToken")
def _refresh_api_token(setup: Setup) -> Call:
    token = _tenant_api_token(setup)
    session = setup.request(
        "POST", "/resources/auth/v2/api-token", json={"clientId": token["clientId"], "secret": token["secret"]}
    ).json()
    return Call(body={"refreshToken": session["refresh_token"]}, authorization=None)


@recipe("deleteTenantApiToken")
def _tenant_api_token_by_id(setup: Setup) -> Call:
    token = _tenant_api_token(setup)
    return Call(path_parameters={"id": token["clientId"]}, headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("updateTenantApiToken")
def _update_tenant_api_token(setup: Setup) -> Call:
    token = _tenant_api_token(setup)
    ids = {"frontegg-tenant-id": setup.tenant_id}
    return Call(path_parameters={"id": token["clientId"]}, headers=ids, body={"metadata": {"by": "recipe, renamed"}})


@recipe("deleteTenantAccessToken")
def _delete_tenant_access_token(setup: Setup) -> Call:
    return Call(path_parameters={"id": _tenant_access_token(setup)}, headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("getTenantAccessTokenData")
def _tenant_access_token_data(setup: Setup) -> Call:
    return Call(path_parameters={"id": _tenant_access_token(setup)}, headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("getUserAccessTokenData")
def _user_access_token_data(setup: Setup) -> Call:
    return Call(path_parameters={"id": _user_access_token(setup)}, headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("getActiveAccessTokens")
def _active_access_tokens(setup: Setup) -> Call:
    _user_access_token(setup)
    return Call(headers={"frontegg-tenant-id": setup.tenant_id})


@recipe("deleteUserAccessToken")
def _delete_user_access_token(setup: Setup) -> Call:
    ids = {"frontegg-tenant-id": setup.tenant_id, "frontegg-user-id": setup.user_id}
    return Call(path_parameters={"id": _user_access_token(setup)}, headers=ids, authorization="environment")


@recipe("deleteApiToken")
def _delete_user_api_token(setup: Setup) -> Call:
    ids = {"frontegg-tenant-id": setup.tenant_id, "frontegg-user-id": setup.user_id}
    created = setup.as_env("POST", "/resources/users/api-tokens/v1", headers=ids, json={})
    return Call(path_parameters={"id": created["clientId"]}, headers=ids, authorization="environment")


# ------------------------------------------------------------------------------- account invite links
def _invite(setup: Setup) -> dict[str, Any]:
    created: dict[str, Any] = setup.as_env(
        "POST",
        "/resources/tenants/invites/v1",
        tenant=False,
        json={"tenantId": setup.tenant_id, "shouldSendEmail": False},
    )
    return created


@recipe("createTenantInvite")
def _create_invite(setup: Setup) -> Call:
    return Call(body={"tenantId": setup.tenant_id, "expiresInMinutes": 60, "shouldSendEmail": False})


@recipe("deleteTenantInvite")
def _delete_invite(setup: Setup) -> Call:
    return Call(path_parameters={"id": _invite(setup)["id"]})


@recipe("verifyTenantInvite")
def _verify_invite(setup: Setup) -> Call:
    return Call(body={"token": _invite(setup)["token"]}, authorization=None)


def _user_invite(setup: Setup) -> dict[str, str]:
    ids = {"frontegg-tenant-id": setup.tenant_id, "frontegg-user-id": setup.user_id}
    setup.as_env(
        "POST",
        "/resources/tenants/invites/v1/user",
        headers=ids,
        json={"expiresInMinutes": 60, "shouldSendEmail": False},
    )
    return ids


@recipe("getTenantInviteForUser", "deleteTenantInviteForUser")
def _invite_for_user(setup: Setup) -> Call:
    return Call(headers=_user_invite(setup), authorization="environment")


@recipe("updateTenantInviteForUser")
def _update_invite_for_user(setup: Setup) -> Call:
    return Call(
        headers=_user_invite(setup),
        body={"expiresInMinutes": 120, "shouldSendEmail": False},
        authorization="environment",
    )


# ------------------------------------------------------------------------------- user pools (user sources)
_SERVICE_ACCOUNT = {
    key: "recipe"
    for key in (
        "type",
        "project_id",
        "private_key_id",
        "private_key",
        "client_email",
        "client_id",
        "auth_uri",
        "token_uri",
        "auth_provider_x509_cert_url",
        "client_x509_cert_url",
        "universe_domain",
    )
}
SOURCE_CONFIGURATIONS: dict[str, dict[str, Any]] = {
    "auth0": {
        "domain": "tenant.auth0.example.com",
        "clientId": "client",
        "secret": "source-secret",
        "isMigrated": False,
    },
    "cognito": {
        "region": "us-east-1",
        "clientId": "client",
        "userPoolId": "us-east-1_pool",
        "accessKeyId": "key",
        "secretAccessKey": "source-secret",
        "isMigrated": False,
    },
    "firebase": {"apiKey": "firebase-key", "serviceAccount": _SERVICE_ACCOUNT, "isMigrated": False},
    "custom-code": {"codePayload": "return null", "getUserCodePayload": "return null", "isMigrated": False},
    "federation": {
        "clientId": "client",
        "secret": "source-secret",
        "wellknownUrl": "https://idp.example.com/.well-known",
    },
}
SOURCE_PATHS = {
    "auth0": "external/auth0",
    "cognito": "external/cognito",
    "firebase": "external/firebase",
    "custom-code": "external/custom-code",
    "federation": "federation",
}


def _user_source(setup: Setup, kind: str = "auth0") -> str:
    configuration = {**SOURCE_CONFIGURATIONS[kind], "syncOnLogin": False, "tenantConfig": {"tenantResolverType": "new"}}
    body = {"name": f"Recipe {kind} {secrets.token_hex(3)}", "configuration": configuration, "index": 1, "appIds": []}
    created = setup.as_env("POST", f"/resources/user-sources/v1/{SOURCE_PATHS[kind]}", tenant=False, json=body)
    return str(created["id"])


@recipe("getUserSource", "deleteUserSource", "getUserSourceUsers")
def _source_by_id(setup: Setup) -> Call:
    return Call(path_parameters={"id": _user_source(setup)})


def _update_source(kind: str) -> Recipe:
    def prepare(setup: Setup) -> Call:
        configuration = {
            **SOURCE_CONFIGURATIONS[kind],
            "syncOnLogin": True,
            "tenantConfig": {"tenantResolverType": "new"},
        }
        body = {"name": f"Renamed {kind} {secrets.token_hex(3)}", "configuration": configuration, "index": 2}
        return Call(path_parameters={"id": _user_source(setup, kind)}, body=body)

    return prepare


for _kind, _operation in (
    ("auth0", "updateAuth0ExternalUserSource"),
    ("cognito", "updateCognitoExternalUserSource"),
    ("firebase", "updateFirebaseExternalUserSource"),
    ("custom-code", "updateCustomCodeExternalUserSource"),
    ("federation", "updateFederationUserSource"),
):
    recipe(_operation)(_update_source(_kind))

APP_ID = "3c8a4b52-5c1e-4f7e-9a53-8d7d2f3e0c11"  # applications belong to another service: ids are opaque here


@recipe("assignUserSource", "unassignUserSource")
def _assign_source(setup: Setup) -> Call:
    source = _user_source(setup)
    setup.as_env(
        "POST", "/resources/user-sources/v1/assign", tenant=False, json={"userSourceId": source, "appIds": [APP_ID]}
    )
    return Call(body={"userSourceId": source, "appIds": [APP_ID]})


# ------------------------------------------------------------------------------- applications, migrations, sessions
@recipe("assignUsersToApplication")
def _assign_app(setup: Setup) -> Call:
    return Call(
        body={"appId": APP_ID, "tenantId": setup.tenant_id, "userIds": [setup.user_id]}, authorization="environment"
    )


@recipe("unassignUsersFromApplication")
def _unassign_app(setup: Setup) -> Call:
    body = {"appId": APP_ID, "tenantId": setup.tenant_id, "userIds": [setup.user_id]}
    setup.as_env("POST", "/resources/applications/v1", tenant=False, json=body)
    return Call(body=body, authorization="environment")


@recipe("migrateUser")
def _migrate(setup: Setup) -> Call:
    return Call(body={"tenantId": setup.tenant_id, "email": setup.new_email("migrated"), "name": "Migrated"})


@recipe("getBulkMigrationStatus")
def _bulk_migration_status(setup: Setup) -> Call:
    task = setup.as_env(
        "POST",
        "/resources/migrations/v1/local/bulk",
        tenant=False,
        json={"users": [{"tenantId": setup.tenant_id, "email": setup.new_email("migrated")}]},
    )
    return Call(path_parameters={"migrationId": task["migrationId"]})


@recipe("deleteUserSession")
def _delete_session(setup: Setup) -> Call:
    # A second session of the member (a new login); its id comes from the member's own session list.
    email, token = _member_token(setup)
    _login(setup, email)
    sessions = setup.as_user("GET", "/resources/users/sessions/v1/me", token)
    other = next(s["id"] for s in sessions if not s.get("current"))
    return Call(path_parameters={"id": other}, authorization=token)


# ------------------------------------------------------------- companions: unpublished identity, tenants
@recipe("getCurrentUserSession")
def _current_session(setup: Setup) -> Call:
    # The actor's own access token belongs to the session of its login.
    return Call(authorization="user")


def _tenant(setup: Setup, **fields: Any) -> str:
    """A new tenant made through the Tenants API (``{gateway}/tenants``); returns its id."""
    url = setup.target.gateway_url + "/tenants/resources/tenants/v1"
    body = {"name": f"Recipe {secrets.token_hex(4)}", **fields}
    created: dict[str, Any] = setup.as_env("POST", url, tenant=False, json=body)
    return str(created["tenantId"])


@recipe("listTenants", "listTenantsV2")
def _list_tenants(setup: Setup) -> Call:
    _tenant(setup)
    return Call(authorization="environment")


@recipe("createTenant")
def _create_tenant(setup: Setup) -> Call:
    return Call(body={"name": "Recipe tenant", "metadata": {"tier": "gold"}}, authorization="environment")


@recipe("getTenant", "getTenantV2", "deleteTenant")
def _existing_tenant(setup: Setup) -> Call:
    return Call(path_parameters={"tenantId": _tenant(setup)}, authorization="environment")


@recipe("updateTenant", "patchTenant", "updateTenantV2")
def _update_tenant(setup: Setup) -> Call:
    return Call(path_parameters={"tenantId": _tenant(setup)}, body={"name": "Renamed"}, authorization="environment")


@recipe("addTenantMetadata")
def _add_tenant_metadata(setup: Setup) -> Call:
    tenant_id = _tenant(setup, metadata={"tier": "gold"})
    return Call(path_parameters={"tenantId": tenant_id}, body={"metadata": {"seats": 5}}, authorization="environment")


@recipe("deleteTenantMetadata")
def _delete_tenant_metadata(setup: Setup) -> Call:
    tenant_id = _tenant(setup, metadata={"tier": "gold", "seats": 5})
    return Call(path_parameters={"tenantId": tenant_id, "key": "seats"}, authorization="environment")


# ------------------------------------------------------------- companion: passkeys and own WebAuthn MFA devices
# The ceremonies as tests/emulator/test_unpublished_webauthn.py replays them (@frontegg/rest-api 7.119.0
# auth/index.js, @frontegg/redux-store 7.119.0), with the software authenticator in place of a browser's.
PASSKEYS = "/resources/users/webauthn/v1/devices"
MY_MFA = "/resources/users/v1/mfa"


def _passkey_session(setup: Setup, token: str) -> tuple[dict[str, Any], Any]:
    """A passkey registration started by the member: (verify body, the key that answered)."""
    from frontegg_identity.authenticator import SoftwareAuthenticator

    started = setup.as_user("POST", PASSKEYS, token)
    key = SoftwareAuthenticator(attachment="platform")
    credential = key.create(started["options"], origin=ORIGIN)
    return {"id": credential["id"], "response": credential["response"], "deviceType": "Platform"}, key


def _passkey(setup: Setup) -> tuple[str, str, Any]:
    """A member with a registered passkey: (email, access token, the key)."""
    email, token = _member_token(setup)
    body, key = _passkey_session(setup, token)
    setup.as_user("POST", f"{PASSKEYS}/verify", token, json=body)
    return email, token, key


@recipe("preLoginWithWebauthn")
def _passkey_prelogin(setup: Setup) -> Call:
    email, _, _ = _passkey(setup)
    return Call(body={"email": email}, authorization=None)


@recipe("loginWithWebauthn")
def _passkey_login(setup: Setup) -> Call:
    email, _, key = _passkey(setup)
    started = setup.request("POST", "/resources/auth/v1/webauthn/prelogin", json={"email": email}).json()
    return Call(body=key.get(started["options"], origin=ORIGIN), authorization=None)


@recipe("listWebauthnDevices")
def _passkeys(setup: Setup) -> Call:
    _, token, _ = _passkey(setup)
    return Call(authorization=token)


@recipe("createWebauthnDeviceSession")
def _passkey_start(setup: Setup) -> Call:
    return Call(authorization=_member_token(setup)[1])


@recipe("verifyWebauthnDeviceSession")
def _passkey_verify(setup: Setup) -> Call:
    _, token = _member_token(setup)
    body, _ = _passkey_session(setup, token)
    return Call(body=body, authorization=token)


@recipe("deleteWebauthnDevice")
def _passkey_delete(setup: Setup) -> Call:
    _, token, _ = _passkey(setup)
    device = setup.as_user("GET", PASSKEYS, token)["devices"][0]["id"]
    return Call(path_parameters={"deviceId": device}, authorization=token)


def _my_webauthn_start(setup: Setup, token: str) -> tuple[dict[str, Any], Any]:
    """The member's own WebAuthn MFA enrollment, answered by a security key: (verify body, the key)."""
    from frontegg_identity.authenticator import SoftwareAuthenticator

    started = setup.as_user("POST", f"{MY_MFA}/webauthn/enroll", token)
    key = SoftwareAuthenticator(attachment="cross-platform")
    credential = key.create(started["options"], origin=ORIGIN)
    return {"deviceType": "CrossPlatform", "webauthnToken": started["webauthnToken"], "options": credential}, key


def _my_webauthn(setup: Setup) -> tuple[str, str, Any]:
    """A member enrolled with its own security key: (access token, device id, the key)."""
    _, token = _member_token(setup)
    body, key = _my_webauthn_start(setup, token)
    setup.as_user("POST", f"{MY_MFA}/webauthn/enroll/verify", token, json=body)
    device = setup.as_user("GET", f"{MY_MFA}/devices", token)["webauthn"][0]["id"]
    return token, device, key


@recipe("getMyMfaDevices")
def _my_mfa_devices(setup: Setup) -> Call:
    token, _, _ = _my_webauthn(setup)
    return Call(authorization=token)


@recipe("preEnrollMyWebauthnMfa")
def _my_webauthn_pre_enroll(setup: Setup) -> Call:
    return Call(authorization=_member_token(setup)[1])


@recipe("enrollMyWebauthnMfa")
def _my_webauthn_enroll(setup: Setup) -> Call:
    _, token = _member_token(setup)
    body, _ = _my_webauthn_start(setup, token)
    return Call(body=body, authorization=token)


@recipe("preDisableWebauthnMfa")
def _my_webauthn_pre_disable(setup: Setup) -> Call:
    token, device, _ = _my_webauthn(setup)
    return Call(path_parameters={"deviceId": device}, authorization=token)


@recipe("disableWebauthnMfa")
def _my_webauthn_disable(setup: Setup) -> Call:
    token, device, key = _my_webauthn(setup)
    started = setup.as_user("POST", f"{MY_MFA}/webauthn/{device}/disable", token)
    body = {"webauthnToken": started["webauthnToken"], "options": key.get(started["options"], origin=ORIGIN)}
    return Call(path_parameters={"deviceId": device}, body=body, authorization=token)


# ------------------------------------------------------------- companion: sessions, passwords, user JWT, step-up
# As tests/emulator/test_unpublished_sessions.py and test_unpublished_passwords.py replay them.
BREACHED_PASSWORD = "password123"  # on the emulator's list of breached passwords


@recipe("revokeSessionsForUser")
def _revoke_sessions(setup: Setup) -> Call:
    # The actor signed its account up: it is the account's admin, the member has a session to end.
    member = _member(setup, password=PASSWORD)
    _login(setup, member["email"])
    return Call(body={"userId": member["id"]})


@recipe("validateResetPasswordToken")
def _validate_reset(setup: Setup) -> Call:
    member = _member(setup, password=PASSWORD)
    setup.request("POST", "/resources/users/v1/passwords/reset", json={"email": member["email"]})
    token = setup.outbox(member["email"], "password-reset")["token"]
    return Call(body={"userId": member["id"], "token": token}, authorization=None)


@recipe("getPasswordRecoveryStrategies")
def _recovery_strategies(setup: Setup) -> Call:
    return Call(authorization=None)  # the forgot-password page asks signed out


@recipe("sendResetBreachedPasswordEmails")
def _breached_reset(setup: Setup) -> Call:
    _member(setup, password=BREACHED_PASSWORD)
    return Call()


@recipe("getUserJwt")
def _user_jwt(setup: Setup) -> Call:
    return Call(body={"tenantId": setup.tenant_id}, authorization="user")


@recipe("generateStepUpSession")
def _step_up(setup: Setup) -> Call:
    # Step-up asks for a second factor the user enrolled: an authenticator app of its own.
    email, token = _member_token(setup)
    setup.as_user("POST", "/resources/users/v1/mfa/authenticator/enroll", token)
    setup.as_user(
        "POST", "/resources/users/v1/mfa/authenticator/enroll/verify", token, json={"token": _totp(setup, email)}
    )
    return Call(body={"maxAge": 300}, authorization=token)


# ------------------------------------------------------------- companion: the phone number as an identifier
# As tests/emulator/test_unpublished_phone.py replays them; the codes come from the outbox.
def _new_number() -> str:
    return "+1415" + "".join(secrets.choice("0123456789") for _ in range(7))


def _phone_user(setup: Setup) -> tuple[str, str]:
    """A user signed up with a phone number and an email address: (email, number)."""
    email, number = setup.new_email("phone"), _new_number()
    body = {"phoneNumber": number, "companyName": "Recipe phone", "email": email}
    setup.request("POST", "/resources/users/v1/signUp/phoneNumber", json=body)
    return email, number


@recipe("signUpWithPhoneNumber")
def _phone_sign_up(setup: Setup) -> Call:
    return Call(body={"phoneNumber": _new_number(), "companyName": "Recipe phone", "name": "Pat"}, authorization=None)


@recipe("resetPhoneNumber")
def _phone_reset(setup: Setup) -> Call:
    email, _ = _phone_user(setup)
    return Call(body={"email": email}, authorization=None)


def _phone_reset_started(setup: Setup) -> dict[str, str]:
    email, _ = _phone_user(setup)
    started = setup.request("POST", "/resources/users/v1/phone/reset", json={"email": email}).json()
    return {
        "resetPhoneNumberToken": started["resetPhoneNumberToken"],
        "code": setup.outbox(email, "phone-reset")["code"],
    }


@recipe("verifyResetPhoneNumber")
def _phone_reset_verify(setup: Setup) -> Call:
    return Call(body=_phone_reset_started(setup), authorization=None)


@recipe("changePhoneNumber")
def _phone_change(setup: Setup) -> Call:
    verified = setup.request("POST", "/resources/users/v1/phone/reset/verify", json=_phone_reset_started(setup))
    token = verified.json()["changePhoneNumberToken"]
    return Call(body={"changePhoneNumberToken": token, "phoneNumber": _new_number()}, authorization=None)


@recipe("changePhoneNumberWithVerification")
def _phone_change_start(setup: Setup) -> Call:
    return Call(body={"phoneNumber": _new_number()}, authorization="user")


@recipe("verifyChangePhoneNumber")
def _phone_change_verify(setup: Setup) -> Call:
    number = _new_number()
    started = setup.as_user("POST", "/resources/users/v1/phone", json={"phoneNumber": number})
    code = setup.outbox(number, "phone-change-sms")["code"]
    return Call(body={"changePhoneId": started["changePhoneId"], "code": code}, authorization="user")


# ------------------------------------------------------------- companion: impersonation
@recipe("impersonateUser")
def _impersonate(setup: Setup) -> Call:
    # Frontegg's portal issues the actor token; here the emulator's admin surface does (emulator/README.md).
    member = _member(setup, password=PASSWORD)
    issued = setup.admin("POST", f"/users/{member['id']}/impersonate")
    return Call(body={"impersonatedUserId": member["id"], "actorToken": issued["actorToken"]}, authorization=None)


# ------------------------------------------------------------- companion: users of sub-accounts, users v2
# As tests/emulator/test_unpublished_sub_tenants.py drives them: an admin of the actor's account with
# sub-account access, a sub-account beneath it made through the Tenants API.
SUB_USERS = "/resources/sub-tenants/users/v1"


def _role_id(setup: Setup, key: str) -> str:
    roles = setup.as_env("GET", "/resources/roles/v1", tenant=False)
    return str(next(r["id"] for r in roles if r["key"] == key))


def _hierarchy(setup: Setup) -> tuple[str, str]:
    """(access token of an admin with sub-account access, id of a sub-account of the actor's account)."""
    child = _tenant(setup, parentTenantId=setup.tenant_id)
    admin = setup.as_env(
        "POST",
        "/resources/users/v1",
        json={"email": setup.new_email("parent-admin"), "password": PASSWORD, "roleIds": [_role_id(setup, "Admin")]},
    )
    token = _login(setup, admin["email"])["accessToken"]
    setup.as_user("PUT", f"{SUB_USERS}/{admin['id']}/access", token, json={"allowAccess": True})
    # The access shows in the tokens of later logins.
    return _login(setup, admin["email"])["accessToken"], child


def _child_member(setup: Setup, child: str, role: str = "ReadOnly") -> str:
    created = setup.as_env(
        "POST",
        "/resources/users/v1",
        headers={"frontegg-tenant-id": child},
        json={"email": setup.new_email("child"), "password": PASSWORD, "roleIds": [_role_id(setup, role)]},
    )
    return str(created["id"])


@recipe("listSubTenantsUsers")
def _sub_users(setup: Setup) -> Call:
    token, child = _hierarchy(setup)
    _child_member(setup, child)
    return Call(query={"_limit": 20, "_offset": 0}, authorization=token)


@recipe("addUserToTenantAndSubTenants")
def _sub_users_add(setup: Setup) -> Call:
    token, child = _hierarchy(setup)
    body = {"user": {"email": setup.new_email("sub"), "name": "Sub"}, "subTenants": [{"tenantId": child}]}
    return Call(body=body, authorization=token)


@recipe("removeUserFromTenantAndSubTenants")
def _sub_users_remove(setup: Setup) -> Call:
    token, child = _hierarchy(setup)
    return Call(body={"userId": _child_member(setup, child), "subTenants": [{"tenantId": child}]}, authorization=token)


def _sub_roles(setup: Setup, role: str) -> Call:
    token, child = _hierarchy(setup)
    user_id = _child_member(setup, child)
    body = {"subTenantsRoles": [{"tenantId": child, "roleIds": [_role_id(setup, role)]}]}
    return Call(path_parameters={"userId": user_id}, body=body, authorization=token)


@recipe("addUserRolesForSubTenants", "setUserRolesForSubTenants")
def _sub_roles_add(setup: Setup) -> Call:
    return _sub_roles(setup, "Admin")


@recipe("removeUserRolesFromSubTenants")
def _sub_roles_remove(setup: Setup) -> Call:
    return _sub_roles(setup, "ReadOnly")  # the role the member was created with


@recipe("addUsersToSubTenant")
def _sub_users_v2(setup: Setup) -> Call:
    token, child = _hierarchy(setup)
    body = {
        "users": [{"email": setup.new_email("msp"), "name": "MSP"}],
        "tenantId": child,
        "roleIds": [_role_id(setup, "ReadOnly")],
        "allowSubAccountAccess": False,
    }
    return Call(body=body, authorization=token)


@recipe("getTenantsUsersCount")
def _users_count(setup: Setup) -> Call:
    _member(setup)
    return Call(body={"tenantIds": [setup.tenant_id]})


@recipe("getUsersV2")
def _users_v2(setup: Setup) -> Call:
    _member(setup)
    return Call(query={"_limit": 10, "_offset": 0, "_sortBy": "email", "_order": "ASC"})


# ------------------------------------------------------------- companion: batch forms of documented operations
# As tests/emulator/test_unpublished_batch.py drives them, with the actor (its account's admin).
def _user_apps(setup: Setup) -> dict[str, Any]:
    return {"userId": setup.user_id, "tenantId": setup.tenant_id, "appIds": [APP_ID]}


def _assigned(setup: Setup) -> dict[str, Any]:
    body = _user_apps(setup)
    setup.as_user("POST", "/resources/applications/v1/apps-user", json=body)
    return body


@recipe("assignUserToApplications")
def _apps_assign(setup: Setup) -> Call:
    return Call(body=_user_apps(setup))


@recipe("unassignUserFromApplications")
def _apps_unassign(setup: Setup) -> Call:
    return Call(body=_assigned(setup))


@recipe("getUsersOfApplications")
def _apps_users(setup: Setup) -> Call:
    _assigned(setup)
    return Call(query={"appIds": APP_ID})


@recipe("getApplicationsOfUsers")
def _users_apps(setup: Setup) -> Call:
    _assigned(setup)
    return Call(query={"userIds": setup.user_id})


@recipe("createBulkIpRestrictions")
def _bulk_ips(setup: Setup) -> Call:
    ips = [
        {"ip": "192.0.2.7", "strategy": "BLOCK", "description": "recipe"},
        {"ip": "198.51.100.0/24", "strategy": "BLOCK", "isActive": False},
    ]
    return Call(body={"ips": ips})
