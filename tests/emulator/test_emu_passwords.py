"""Passwords (reset, change, policy, history), passwordless logins, phone numbers and the signed-in
user's own MFA, end to end over HTTP through the generated client. MFA policy: not forced."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyotp

from frontegg_identity.api.mfa import (
    disable_auth_app_mfa,
    disable_authenticator_mfa,
    disable_sms_mfa,
    enroll_auth_app_mfa,
    enroll_my_sms_mfa,
    pre_disable_sms_mfa,
    pre_enroll_my_authenticator_mfa,
    pre_enroll_my_sms_mfa,
    verify_auth_app_mfa_enrollment,
    verify_authenticator_mfa_code,
    verify_authenticator_mfa_enrollment,
)
from frontegg_identity.api.password_settings import (
    add_or_update_password_config,
    change_password,
    create_policy,
    get_password_config,
    get_policy,
    get_user_password_config,
    reset_password,
    reset_password_via_email,
    reset_password_via_sms,
    update_policy,
    verify_reset_password,
    verify_reset_password_via_sms_otc,
)
from frontegg_identity.api.passwordless import (
    login_with_email_code,
    login_with_magic_link,
    login_with_sms_code,
    pre_login_with_email_code,
    pre_login_with_magic_link,
    pre_login_with_sms_code,
)
from frontegg_identity.api.sms import (
    create_user_phone_number,
    delete_user_phone_number,
    get_user_own_phone_numbers,
    list_phone_numbers,
    list_phone_numbers_v2,
    pre_verify_user_phone_number,
    verify_create_user_phone_number,
    verify_delete_user_phone_number,
)
from frontegg_identity.api.users import (
    create_user_phone_number_vendor,
    delete_user_phone_number_vendor,
    generate_user_password_reset_link,
)
from frontegg_identity.models.authenticate_user_passwordless import AuthenticateUserPasswordless
from frontegg_identity.models.create_user_phone_number_request import CreateUserPhoneNumberRequest
from frontegg_identity.models.disable_mfa_auth_app_request import DisableMfaAuthAppRequest
from frontegg_identity.models.disable_mfa_sms_request import DisableMfaSmsRequest
from frontegg_identity.models.password_config_request import PasswordConfigRequest
from frontegg_identity.models.password_history_policy_request import PasswordHistoryPolicyRequest
from frontegg_identity.models.passwordless_authentication_prelogin import PasswordlessAuthenticationPrelogin
from frontegg_identity.models.passwordless_authentication_sms_otc_prelogin import (
    PasswordlessAuthenticationSmsOtcPrelogin,
)
from frontegg_identity.models.pre_verify_user_phone_number_request import PreVerifyUserPhoneNumberRequest
from frontegg_identity.models.request_disable_mfa_request import RequestDisableMfaRequest
from frontegg_identity.models.request_enroll_mfa_sms_request import RequestEnrollMfaSmsRequest
from frontegg_identity.models.reset_password import ResetPassword
from frontegg_identity.models.update_user_password import UpdateUserPassword
from frontegg_identity.models.verify_enroll_mfa_sms_request import VerifyEnrollMfaSmsRequest
from frontegg_identity.models.verify_enroll_mfa_user_auth_app_request import VerifyEnrollMfaUserAuthAppRequest
from frontegg_identity.models.verify_mfa_auth_app_request import VerifyMfaAuthAppRequest
from frontegg_identity.models.verify_password import VerifyPassword
from frontegg_identity.models.verify_password_via_sms_request import VerifyPasswordViaSmsRequest
from frontegg_identity.models.verify_phone_number_otc_request import VerifyPhoneNumberOtcRequest

if TYPE_CHECKING:  # the api fixture (conftest.py) is all the tests use of it
    from emulator_api import Api

PASSWORD = "Correct-horse-9"


def _reset(identifier: str, kind: str = "email") -> ResetPassword:
    return ResetPassword.from_dict({"identifier": identifier, "identifierType": kind})


# ---------------------------------------------------------------------------------------------- reset
def test_password_reset_by_email(api: Api) -> None:
    email = api.new_email("reset")
    user_id = api.sign_up(email)
    client = api.client()
    r = reset_password.sync_detailed(client=client, body=_reset(email))
    assert r.status_code == 201, r.content
    message = api.last_message(email, "password-reset")
    assert message["token"] in message["link"]
    token = message["token"]

    # Unknown users get the same answer, and nothing is sent.
    before = len(api.outbox())
    r = reset_password.sync_detailed(client=client, body=_reset("nobody@example.com"))
    assert r.status_code == 201
    assert len(api.outbox()) == before

    r = verify_reset_password.sync_detailed(
        client=client, body=VerifyPassword(user_id=user_id, token=token, password="abc")
    )
    assert r.status_code == 400  # too short for the policy; the token survives
    assert api.body(r)["errorCode"] == "ER-01015"
    r = verify_reset_password.sync_detailed(
        client=client, body=VerifyPassword(user_id=user_id, token=token, password="A-brand-new-one-7")
    )
    assert r.status_code == 201, r.content
    assert api.login(email).status_code == 401
    assert api.access_token(email, "A-brand-new-one-7")
    r = verify_reset_password.sync_detailed(
        client=client, body=VerifyPassword(user_id=user_id, token=token, password="Another-one-8")
    )
    assert r.status_code == 401  # single use


def test_vendor_reset_link_and_reset_via_email_v2(api: Api) -> None:
    email = api.new_email("link")
    user_id = api.sign_up(email)
    r = generate_user_password_reset_link.sync_detailed(user_id, client=api.client(api.env_token()))
    assert r.status_code == 201, r.content
    assert r.parsed.user_id == user_id and r.parsed.token in r.parsed.link
    r = verify_reset_password.sync_detailed(
        client=api.client(), body=VerifyPassword(user_id=user_id, token=r.parsed.token, password="Linked-pass-1")
    )
    assert r.status_code == 201, r.content
    assert api.access_token(email, "Linked-pass-1")

    r = reset_password_via_email.sync_detailed(client=api.client(), body=_reset(email))
    assert r.status_code == 200, r.content
    assert r.parsed.session_id
    assert api.last_message(email, "password-reset")["token"]


def test_password_reset_by_sms_code(api: Api) -> None:
    email = api.new_email("smsreset")
    phone = "+14155550150"
    user_id = api.sign_up(email)
    r = create_user_phone_number_vendor.sync_detailed(
        user_id, client=api.client(api.env_token()), body=PreVerifyUserPhoneNumberRequest(phone_number=phone)
    )
    assert r.status_code == 201, r.content
    r = reset_password_via_sms.sync_detailed(client=api.client(), body=_reset(phone, "phoneNumber"))
    assert r.status_code == 200, r.content
    session_id = r.parsed.session_id
    code = api.last_code(phone)
    r = verify_reset_password_via_sms_otc.sync_detailed(
        client=api.client(), body=VerifyPasswordViaSmsRequest(otc_token="000000x", session_id=session_id)
    )
    assert r.status_code == 401
    r = verify_reset_password_via_sms_otc.sync_detailed(
        client=api.client(), body=VerifyPasswordViaSmsRequest(otc_token=code, session_id=session_id)
    )
    assert r.status_code == 200, r.content
    assert r.parsed.user_id == user_id
    r = verify_reset_password.sync_detailed(
        client=api.client(), body=VerifyPassword(user_id=user_id, token=r.parsed.token, password="Texted-pass-2")
    )
    assert r.status_code == 201, r.content
    assert api.access_token(email, "Texted-pass-2")


# ---------------------------------------------------------------------------------------------- policy, change
def test_password_policy_change_and_history(api: Api) -> None:
    env = api.client(api.env_token())
    r = add_or_update_password_config.sync_detailed(
        client=env,
        body=PasswordConfigRequest.from_dict(
            {
                "minLength": 10,
                "minOptionalTestsToPass": 3,
                "optionalTests": {
                    "requireLowercase": True,
                    "requireUppercase": True,
                    "requireNumbers": True,
                    "requireSpecialChars": True,
                },
                "requiredTests": {"checkThreeRepeatedChars": True},
            }
        ),
    )
    assert r.status_code == 201, r.content
    assert api.body(r)["minLength"] == 10
    assert api.body(get_password_config.sync_detailed(client=env))["minOptionalTestsToPass"] == 3
    r = get_user_password_config.sync_detailed(client=api.client())
    assert r.status_code == 200 and r.parsed.min_length == 10

    r = add_or_update_password_config.sync_detailed(
        client=env, body=PasswordConfigRequest.from_dict({"minLength": 20, "maxLength": 12})
    )
    assert r.status_code == 409  # no password could satisfy it; nothing changed
    assert api.body(get_password_config.sync_detailed(client=env))["maxLength"] == 128

    r = create_policy.sync_detailed(client=env, body=PasswordHistoryPolicyRequest(enabled=True, history_size=3))
    assert r.status_code == 201, r.content
    assert r.parsed.enabled is True and r.parsed.history_size == 3
    policy_id = r.parsed.id
    r = create_policy.sync_detailed(client=env, body=PasswordHistoryPolicyRequest(enabled=True, history_size=3))
    assert r.status_code == 409
    r = get_policy.sync_detailed(client=env)
    assert r.status_code == 200 and r.parsed.id == policy_id

    email = api.new_email("change")
    api.sign_up(email, "Sign-up-pass-1")  # meets the new policy
    user = api.client(api.access_token(email, "Sign-up-pass-1"))

    def change(old: str, new: str) -> int:
        response = change_password.sync_detailed(client=user, body=UpdateUserPassword(password=old, new_password=new))
        return int(response.status_code)

    assert change("Wrong-pass-1", "Second-pass-2") == 400  # wrong current password
    assert change("Sign-up-pass-1", "short-1A") == 400  # too short
    assert change("Sign-up-pass-1", "alllowercase-letters") == 400  # 1 of 4 optional tests
    assert change("Sign-up-pass-1", "Paaassword-1") == 400  # three repeated characters
    assert change("Sign-up-pass-1", "Sign-up-pass-1") == 400  # the current one: history
    assert change("Sign-up-pass-1", "Second-pass-2") == 201
    assert change("Second-pass-2", "Sign-up-pass-1") == 400  # one of the last 3
    assert change("Second-pass-2", "Third-pass-3") == 201
    assert change("Third-pass-3", "Fourth-pass-4") == 201
    assert change("Fourth-pass-4", "Sign-up-pass-1") == 201  # 4 passwords ago: allowed again
    assert api.access_token(email, "Sign-up-pass-1")

    r = update_policy.sync_detailed(client=env, body=PasswordHistoryPolicyRequest(enabled=False, history_size=1))
    assert r.status_code == 200 and r.parsed.enabled is False and r.parsed.id == policy_id
    assert change("Sign-up-pass-1", "Sign-up-pass-1") == 201
    # Back to the environment's defaults for the other tests.
    r = add_or_update_password_config.sync_detailed(
        client=env,
        body=PasswordConfigRequest.from_dict(
            {"minLength": 6, "minOptionalTestsToPass": 0, "requiredTests": {"checkThreeRepeatedChars": False}}
        ),
    )
    assert r.status_code == 201


# ---------------------------------------------------------------------------------------------- passwordless
def test_passwordless_email_code_and_magic_link(api: Api) -> None:
    email = api.new_email("passwordless")
    api.sign_up(email)
    client = api.client()
    prelogin = PasswordlessAuthenticationPrelogin(email=email, user_id="", username=email)
    r = pre_login_with_email_code.sync_detailed(client=client, body=prelogin)
    assert r.status_code == 201, r.content
    code = api.last_code(email, "passwordless-email-code")
    r = login_with_email_code.sync_detailed(client=client, body=AuthenticateUserPasswordless(token="12345x"))
    assert r.status_code == 401
    r = login_with_email_code.sync_detailed(client=client, body=AuthenticateUserPasswordless(token=code))
    assert r.status_code == 201, r.content
    assert r.parsed.mfa_required is False
    assert api.me(r.parsed.access_token).status_code == 200
    r = login_with_email_code.sync_detailed(client=client, body=AuthenticateUserPasswordless(token=code))
    assert r.status_code == 401  # single use

    r = pre_login_with_magic_link.sync_detailed(client=client, body=prelogin)
    assert r.status_code == 200, r.content
    link = api.last_message(email, "passwordless-magic-link")
    assert link["token"] in link["link"]
    r = login_with_magic_link.sync_detailed(client=client, body=AuthenticateUserPasswordless(token=link["token"]))
    assert r.status_code == 201, r.content
    assert api.me(r.parsed.access_token).status_code == 200


def test_passwordless_sms_code(api: Api) -> None:
    email, phone = api.new_email("smslogin"), "+14155550160"
    user_id = api.sign_up(email)
    body = PasswordlessAuthenticationSmsOtcPrelogin(email=email, user_id=user_id, username=email, phone_number=phone)
    r = pre_login_with_sms_code.sync_detailed(client=api.client(), body=body)
    assert r.status_code == 201 and api.body(r) == {}  # no phone number yet: nothing is sent
    create_user_phone_number_vendor.sync_detailed(
        user_id, client=api.client(api.env_token()), body=PreVerifyUserPhoneNumberRequest(phone_number=phone)
    )
    r = pre_login_with_sms_code.sync_detailed(client=api.client(), body=body)
    assert r.status_code == 201, r.content
    assert r.parsed.phone_number.endswith("0160")
    r = login_with_sms_code.sync_detailed(
        client=api.client(), body=AuthenticateUserPasswordless(token=api.last_code(phone))
    )
    assert r.status_code == 201, r.content
    assert api.me(r.parsed.access_token).status_code == 200


def test_passwordless_login_still_asks_for_mfa(api: Api) -> None:
    email = api.new_email("pwless-mfa")
    api.sign_up(email)
    user = api.client(api.access_token(email))
    r = enroll_auth_app_mfa.sync_detailed(client=user)
    totp = pyotp.parse_uri(api.authenticator_uri(email))
    r = verify_auth_app_mfa_enrollment.sync_detailed(
        client=user, body=VerifyEnrollMfaUserAuthAppRequest(token=totp.at(api.now()))
    )
    assert r.status_code == 200, r.content
    client = api.client()
    pre_login_with_email_code.sync_detailed(
        client=client, body=PasswordlessAuthenticationPrelogin(email=email, user_id="", username=email)
    )
    r = login_with_email_code.sync_detailed(
        client=client, body=AuthenticateUserPasswordless(token=api.last_code(email, "passwordless-email-code"))
    )
    assert r.status_code == 201, r.content
    assert r.parsed.mfa_required is True and r.parsed.mfa_token
    r = verify_authenticator_mfa_code.sync_detailed(
        client=client, body=VerifyMfaAuthAppRequest(value=totp.at(api.now()), mfa_token=r.parsed.mfa_token)
    )
    assert r.status_code == 201, r.content
    assert api.me(api.body(r)["accessToken"]).status_code == 200


# ---------------------------------------------------------------------------------------------- phone numbers
def test_phone_number_add_verify_list_delete(api: Api) -> None:
    email, phone = api.new_email("phone"), "+14155550170"
    user_id = api.sign_up(email)
    token = api.access_token(email)
    user = api.client(token)
    r = create_user_phone_number.sync_detailed(client=user, body=CreateUserPhoneNumberRequest(phone_number=phone))
    assert r.status_code == 201, r.content
    phone_id, otc = r.parsed.id, r.parsed.otc_token
    code = api.last_code(phone)
    r = create_user_phone_number.sync_detailed(client=user, body=CreateUserPhoneNumberRequest(phone_number=phone))
    assert r.status_code == 409
    r = verify_create_user_phone_number.sync_detailed(
        client=user, body=VerifyPhoneNumberOtcRequest(otc_token=otc, code="00000x")
    )
    assert r.status_code == 401
    r = verify_create_user_phone_number.sync_detailed(
        client=user, body=VerifyPhoneNumberOtcRequest(otc_token=otc, code=code)
    )
    assert r.status_code == 200, r.content
    (mine,) = get_user_own_phone_numbers.sync_detailed(client=user).parsed
    assert mine.id == phone_id and mine.verified is True and mine.user_id == user_id
    assert api.me(token).json()["phoneNumber"] == phone

    # preverify resends a code for a number the user has (or adds it).
    r = pre_verify_user_phone_number.sync_detailed(
        client=user, body=PreVerifyUserPhoneNumberRequest(phone_number="+14155550171")
    )
    assert r.status_code == 200, r.content
    r = verify_create_user_phone_number.sync_detailed(
        client=user, body=VerifyPhoneNumberOtcRequest(otc_token=r.parsed.otc_token, code=api.last_code("+14155550171"))
    )
    assert r.status_code == 200, r.content

    page = list_phone_numbers.sync_detailed(client=user, field_limit=1).parsed
    assert page.field_metadata.total_items == 2 and len(page.items) == 1
    page = list_phone_numbers_v2.sync_detailed(client=user, user_ids=[user_id], field_phone_number="0171").parsed
    assert [p.phone_number for p in page.items] == ["+14155550171"]

    r = delete_user_phone_number.sync_detailed(phone_id, client=user)
    assert r.status_code == 200, r.content
    assert r.parsed.phone_id == phone_id
    r = verify_delete_user_phone_number.sync_detailed(
        phone_id, client=user, body=VerifyPhoneNumberOtcRequest(otc_token=r.parsed.otc_token, code=api.last_code(phone))
    )
    assert r.status_code == 200, r.content
    assert [p.phone_number for p in get_user_own_phone_numbers.sync_detailed(client=user).parsed] == ["+14155550171"]
    r = delete_user_phone_number.sync_detailed(phone_id, client=user)
    assert r.status_code == 404

    other = api.client(api.env_token())
    remaining = get_user_own_phone_numbers.sync_detailed(client=user).parsed[0].id
    assert delete_user_phone_number_vendor.sync_detailed(user_id, "nope", client=other).status_code == 404
    assert delete_user_phone_number_vendor.sync_detailed(user_id, remaining, client=other).status_code == 200
    assert get_user_own_phone_numbers.sync_detailed(client=user).parsed == []


def test_bad_phone_numbers_are_rejected(api: Api) -> None:
    email = api.new_email("badphone")
    api.sign_up(email)
    user = api.client(api.access_token(email))
    r = create_user_phone_number.sync_detailed(client=user, body=CreateUserPhoneNumberRequest(phone_number="call me"))
    assert r.status_code == 400


# ---------------------------------------------------------------------------------------------- my own MFA
def test_my_authenticator_app_and_sms_devices(api: Api) -> None:
    email, phone = api.new_email("mymfa"), "+14155550180"
    api.sign_up(email)
    token = api.access_token(email)
    user = api.client(token)

    r = pre_enroll_my_authenticator_mfa.sync_detailed(client=user)
    assert r.status_code == 200, r.content
    totp = pyotp.parse_uri(api.authenticator_uri(email))
    r = verify_authenticator_mfa_enrollment.sync_detailed(
        client=user, body=VerifyEnrollMfaUserAuthAppRequest(token="12345x")
    )
    assert r.status_code == 401
    r = verify_authenticator_mfa_enrollment.sync_detailed(
        client=user, body=VerifyEnrollMfaUserAuthAppRequest(token=totp.at(api.now()))
    )
    assert r.status_code == 200, r.content
    assert r.parsed.recovery_code
    login = api.body(api.login(email))
    assert login["mfaRequired"] is True  # enrolled: MFA applies even though the policy does not force it
    (app,) = login["mfaDevices"]["authenticators"]

    r = pre_enroll_my_sms_mfa.sync_detailed(client=user, body=RequestEnrollMfaSmsRequest(phone_number=phone))
    assert r.status_code == 200, r.content
    otc = api.body(r)["otcToken"]
    r = enroll_my_sms_mfa.sync_detailed(
        client=user, body=VerifyEnrollMfaSmsRequest(otc_token=otc, code=api.last_code(phone))
    )
    assert r.status_code == 200, r.content
    (sms,) = api.body(api.login(email))["mfaDevices"]["phones"]

    tenant = api.me(token).json()["tenantId"]
    r = pre_disable_sms_mfa.sync_detailed(
        sms["id"], client=user, body=RequestDisableMfaRequest(), frontegg_tenant_id=tenant
    )
    assert r.status_code == 200, r.content
    r = disable_sms_mfa.sync_detailed(
        sms["id"], client=user, body=DisableMfaSmsRequest(otc_token=r.parsed.otc_token, code=api.last_code(phone))
    )
    assert r.status_code == 200, r.content

    r = disable_authenticator_mfa.sync_detailed(app["id"], client=user, body=DisableMfaAuthAppRequest(token="12345x"))
    assert r.status_code == 401
    r = disable_authenticator_mfa.sync_detailed(
        app["id"], client=user, body=DisableMfaAuthAppRequest(token=totp.at(api.now()))
    )
    assert r.status_code == 200, r.content
    assert api.body(api.login(email))["mfaRequired"] is False

    # The legacy pair: enroll, then disable every authenticator app with a code.
    r = enroll_auth_app_mfa.sync_detailed(client=user)
    totp = pyotp.parse_uri(api.authenticator_uri(email))
    r = verify_auth_app_mfa_enrollment.sync_detailed(
        client=user, body=VerifyEnrollMfaUserAuthAppRequest(token=totp.at(api.now()))
    )
    assert r.status_code == 200, r.content
    r = disable_auth_app_mfa.sync_detailed(client=user, body=DisableMfaAuthAppRequest(token=totp.at(api.now())))
    assert r.status_code == 200, r.content
    assert api.body(api.login(email))["mfaRequired"] is False
