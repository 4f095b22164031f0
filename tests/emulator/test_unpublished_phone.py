"""The phone number as a sign-in identifier (openapi/identity-unpublished.yaml, tag Phone login).

Each scenario replays what @frontegg/rest-api 7.119.0 sends (auth/index.js signUpUserWithPhoneNumber,
resetPhoneNumber, verifyResetPhoneNumber, changePhoneNumber, changePhoneNumberWithVerification,
verifyChangePhoneNumber) in the order @frontegg/redux-store 7.119.0 does (SignUpState,
ResetPhoneNumberState, LoginState), reading codes from the outbox, plus the abuse cases: unknown
addresses answered alike, wrong and replayed codes and tokens, another user's pending change.
"""

from __future__ import annotations

import random
from typing import Any

import jwt
from emulator_api import Api
from response_schema import check

SIGN_UP = "/identity/resources/users/v1/signUp/phoneNumber"
SMS_PRELOGIN = "/identity/resources/auth/v1/passwordless/smscode/prelogin"
SMS_POSTLOGIN = "/identity/resources/auth/v1/passwordless/smscode/postlogin"
RESET = "/identity/resources/users/v1/phone/reset"
RESET_VERIFY = "/identity/resources/users/v1/phone/reset/verify"
CHANGE = "/identity/resources/users/v1/phone/change"
WITH_VERIFICATION = "/identity/resources/users/v1/phone"
VERIFY_CHANGE = "/identity/resources/users/v1/phone/verify"


def _bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def _number() -> str:
    return "+1415" + "".join(random.choices("0123456789", k=7))


def _wrong(code: str) -> str:
    return "000000" if code != "000000" else "111111"


def _sign_up(api: Api, number: str, **extra: Any) -> dict[str, Any]:
    r = api.http.post("/frontegg" + SIGN_UP, json={"phoneNumber": number, "companyName": "Acme", **extra})
    assert r.status_code == 201, r.text
    body: dict[str, Any] = r.json()
    check("signUpWithPhoneNumber", 201, body)
    return body


def _sms_login(api: Api, **identifier: str) -> dict[str, Any]:
    """SignUpState's next step: passwordlessPreLogin type SmsCode, then the texted code."""
    r = api.http.post(SMS_PRELOGIN, json=identifier)
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def _finish_sms_login(api: Api, number: str) -> str:
    r = api.http.post(SMS_POSTLOGIN, json={"token": api.last_code(number, "passwordless-sms-code")})
    assert r.status_code in (200, 201), r.text
    return str(r.json()["accessToken"])


# ------------------------------------------------------------------ signUpUserWithPhoneNumber
def test_sign_up_by_phone_then_sign_in_with_a_texted_code(api: Api) -> None:
    number = _number()
    signed = _sign_up(api, number, name="Pat")
    assert signed["shouldActivate"] is False and signed["userId"] and signed["tenantId"]
    assert _sms_login(api, phoneNumber=number)["phoneNumber"].endswith(number[-4:])
    token = _finish_sms_login(api, number)
    claims = jwt.decode(token, options={"verify_signature": False})
    assert claims["sub"] == signed["userId"] and claims["tenantId"] == signed["tenantId"]
    me = api.me(token).json()
    assert me["phoneNumber"] == number and me["name"] == "Pat"


def test_phone_sign_up_refusals(api: Api) -> None:
    number = _number()
    email = api.new_email("phone-signup")
    _sign_up(api, number, email=email)
    # The number and the address each name one user already.
    assert api.http.post(SIGN_UP, json={"phoneNumber": number, "companyName": "B"}).status_code == 409
    r = api.http.post(SIGN_UP, json={"phoneNumber": _number(), "companyName": "B", "email": email})
    assert r.status_code == 409
    assert api.http.post(SIGN_UP, json={"phoneNumber": "12345", "companyName": "B"}).status_code == 400
    assert api.http.post(SIGN_UP, json={"companyName": "B"}).status_code == 400
    r = api.http.post(SIGN_UP, json={"phoneNumber": _number(), "companyName": "B", "password": "x"})
    assert r.status_code == 400  # the password policy applies when a password is given
    r = api.http.post(SIGN_UP, json={"phoneNumber": _number(), "companyName": "B", "invitationToken": "nope"})
    assert r.status_code == 404
    r = api.http.post(SIGN_UP, json={"phoneNumber": _number(), "companyName": "B", "username": "has space"})
    assert r.status_code == 400


# ------------------------------------------------------------------ a lost phone: reset by email
def test_a_user_who_lost_the_phone_sets_a_new_number(api: Api) -> None:
    old, new = _number(), _number()
    email = api.new_email("phone-reset")
    signed = _sign_up(api, old, email=email)
    r = api.http.post("/frontegg" + RESET, json={"email": email})
    assert r.status_code == 201, r.text
    check("resetPhoneNumber", 201, r.json())
    reset_token = r.json()["resetPhoneNumberToken"]
    code = api.last_code(email, "phone-reset")  # emailed, as the rest-api doc comment says

    r = api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": reset_token, "code": _wrong(code)})
    assert r.status_code == 401
    r = api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": reset_token, "code": code})
    assert r.status_code == 201, r.text
    check("verifyResetPhoneNumber", 201, r.json())
    change_token = r.json()["changePhoneNumberToken"]
    # The emailed code works once.
    assert api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": reset_token, "code": code}).status_code == 401

    assert api.http.put(CHANGE, json={"changePhoneNumberToken": change_token, "phoneNumber": "nope"}).status_code == 400
    r = api.http.put("/frontegg" + CHANGE, json={"changePhoneNumberToken": change_token, "phoneNumber": new})
    assert r.status_code == 200, r.text
    assert not r.content
    r = api.http.put(CHANGE, json={"changePhoneNumberToken": change_token, "phoneNumber": _number()})
    assert r.status_code == 401  # the change token works once

    # ResetPhoneNumberState then signs in by SMS code with the email: the code goes to the new number.
    before = len(api.outbox(old))
    _sms_login(api, email=email)
    assert len(api.outbox(old)) == before
    token = _finish_sms_login(api, new)
    assert jwt.decode(token, options={"verify_signature": False})["sub"] == signed["userId"]


def test_a_phone_reset_reveals_nothing_about_unknown_addresses(api: Api) -> None:
    email = api.new_email("phone-reset-known")
    _sign_up(api, _number(), email=email)
    known = api.http.post(RESET, json={"email": email})
    unknown = api.http.post(RESET, json={"email": api.new_email("phone-reset-nobody")})
    assert known.status_code == unknown.status_code == 201
    assert set(known.json()) == set(unknown.json()) == {"resetPhoneNumberToken"}
    # A guess at either token fails the same way.
    guesses = [
        api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": r.json()["resetPhoneNumberToken"], "code": "123456"})
        for r in (known, unknown)
    ]
    if api.last_code(email, "phone-reset") != "123456":
        assert [g.status_code for g in guesses] == [401, 401]
        assert guesses[0].json() == guesses[1].json()


def test_phone_reset_codes_are_bounded(api: Api) -> None:
    email = api.new_email("phone-reset-bounded")
    _sign_up(api, _number(), email=email)
    token = api.http.post(RESET, json={"email": email}).json()["resetPhoneNumberToken"]
    code = api.last_code(email, "phone-reset")
    for _ in range(5):
        r = api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": token, "code": _wrong(code)})
        assert r.status_code == 401
    # Five wrong codes drop the step: the right one no longer works.
    assert api.http.post(RESET_VERIFY, json={"resetPhoneNumberToken": token, "code": code}).status_code == 401
    # Sends are limited per address, known or not.
    statuses = [api.http.post(RESET, json={"email": email}).status_code for _ in range(5)]
    assert statuses[-1] == 429


# ------------------------------------------------------------------ the signed-in user's change
def test_a_signed_in_user_changes_its_number_with_a_texted_code(api: Api) -> None:
    old, new = _number(), _number()
    _sign_up(api, old)
    _sms_login(api, phoneNumber=old)
    token = _finish_sms_login(api, old)
    other_number = _number()
    _sign_up(api, other_number)
    _sms_login(api, phoneNumber=other_number)
    other = _finish_sms_login(api, other_number)

    taken = api.http.post(WITH_VERIFICATION, headers=_bearer(token), json={"phoneNumber": other_number})
    assert taken.status_code == 409
    r = api.http.post("/frontegg" + WITH_VERIFICATION, headers=_bearer(token), json={"phoneNumber": new})
    assert r.status_code == 201, r.text
    check("changePhoneNumberWithVerification", 201, r.json())
    change_id = r.json()["changePhoneId"]
    code = api.last_code(new, "phone-change-sms")

    # Another user cannot complete this user's change, even with the right code.
    r = api.http.post(VERIFY_CHANGE, headers=_bearer(other), json={"changePhoneId": change_id, "code": code})
    assert r.status_code == 401
    r = api.http.post(VERIFY_CHANGE, headers=_bearer(token), json={"changePhoneId": change_id, "code": _wrong(code)})
    assert r.status_code == 401
    assert api.me(token).json()["phoneNumber"] == old
    body = {"changePhoneId": change_id, "code": code}
    r = api.http.post("/frontegg" + VERIFY_CHANGE, headers=_bearer(token), json=body)
    assert r.status_code == 201, r.text
    assert not r.content
    assert api.me(token).json()["phoneNumber"] == new
    r = api.http.post(VERIFY_CHANGE, headers=_bearer(token), json={"changePhoneId": change_id, "code": code})
    assert r.status_code == 401  # used
    # The new number signs the user in; the old one no longer names anyone.
    assert _sms_login(api, phoneNumber=old) == {}
    _sms_login(api, phoneNumber=new)
    assert _finish_sms_login(api, new)


def test_the_signed_in_change_needs_a_user_token(api: Api) -> None:
    env = api.env_token()
    assert api.http.post(WITH_VERIFICATION, headers=_bearer(env), json={"phoneNumber": _number()}).status_code == 403
    assert api.http.post(WITH_VERIFICATION, json={"phoneNumber": _number()}).status_code == 401
    # The literal .../phone/verify is this operation, no longer the environment's verifyUser({userId}).
    r = api.http.post(VERIFY_CHANGE, headers=_bearer(env), json={"changePhoneId": "x", "code": "123456"})
    assert r.status_code == 403
