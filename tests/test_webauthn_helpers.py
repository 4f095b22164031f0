"""frontegg_identity.webauthn: base64url, options JSON and request bodies, checked end to end.

Every ceremony runs as it would against Frontegg: py_webauthn (an independent relying-party
implementation) makes the options, they are shaped as Frontegg's pre-enroll / pre-verify answers, the
software authenticator answers them, the helpers build the request model, and the model's ``to_dict()``
(serialized to JSON and back, as on the wire) is what py_webauthn verifies.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from webauthn import (
    generate_authentication_options,
    generate_registration_options,
    options_to_json,
    verify_authentication_response,
    verify_registration_response,
)
from webauthn.helpers.exceptions import InvalidAuthenticationResponse, InvalidRegistrationResponse
from webauthn.helpers.structs import (
    AttestationConveyancePreference,
    AuthenticatorSelectionCriteria,
    AuthenticatorTransport,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from frontegg_identity.authenticator import SoftwareAuthenticator
from frontegg_identity.models import (
    RequestEnrollMfaWebAuthnResponse,
    RequestVerifyMfaWebAuthnResponse,
    VerifyEnrollMfaWebAuthnRequest,
    VerifyMfaWebAuthnRequest,
)
from frontegg_identity.webauthn import (
    InvalidBase64url,
    InvalidWebAuthnData,
    authentication_to_verify_request,
    b64url_decode,
    b64url_encode,
    creation_options_json,
    registration_to_enroll_request,
    request_options_json,
)

RP_ID = "example.com"
ORIGIN = "https://app.example.com"
WEBAUTHN_TOKEN = "webauthn-token-0123456789"
MFA_TOKEN = "mfa-token-0123456789"


def wire(body: dict[str, Any]) -> dict[str, Any]:
    """What the server receives: the body serialized as JSON and parsed again."""
    result: dict[str, Any] = json.loads(json.dumps(body))
    return result


def pre_enroll(**kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    """py_webauthn registration options shaped as Frontegg's preEnrollWebauthnMfa answer."""
    kwargs.setdefault("rp_id", RP_ID)
    kwargs.setdefault("rp_name", "Example")
    kwargs.setdefault("user_name", "ada@example.com")
    options = generate_registration_options(**kwargs)
    return options.challenge, {"webauthnToken": WEBAUTHN_TOKEN, "options": json.loads(options_to_json(options))}


def pre_verify(credential_id: bytes, **kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    """py_webauthn authentication options shaped as Frontegg's preVerifyWebauthnMfa answer."""
    kwargs.setdefault("rp_id", RP_ID)
    kwargs.setdefault("allow_credentials", [PublicKeyCredentialDescriptor(id=credential_id)])
    options = generate_authentication_options(**kwargs)
    return options.challenge, {"webauthnToken": WEBAUTHN_TOKEN, "options": json.loads(options_to_json(options))}


@dataclass
class Enrolled:
    authenticator: SoftwareAuthenticator
    credential_id: bytes
    public_key: bytes
    sign_count: int


def enroll_body(authenticator: SoftwareAuthenticator, **kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    challenge, answer = pre_enroll(**kwargs)
    options = creation_options_json(RequestEnrollMfaWebAuthnResponse.from_dict(answer))
    credential = authenticator.create(options, origin=ORIGIN)
    request = registration_to_enroll_request(credential, webauthn_token=answer["webauthnToken"], mfa_token=MFA_TOKEN)
    return challenge, wire(request.to_dict())


def enroll(authenticator: SoftwareAuthenticator | None = None) -> Enrolled:
    authenticator = authenticator or SoftwareAuthenticator()
    challenge, body = enroll_body(authenticator)
    verified = verify_registration_response(
        credential=body["options"], expected_challenge=challenge, expected_rp_id=RP_ID, expected_origin=ORIGIN
    )
    return Enrolled(authenticator, verified.credential_id, verified.credential_public_key, verified.sign_count)


def verify_body(enrolled: Enrolled, **kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    challenge, answer = pre_verify(enrolled.credential_id, **kwargs)
    options = request_options_json(RequestVerifyMfaWebAuthnResponse.from_dict(answer))
    assertion = enrolled.authenticator.get(options, origin=ORIGIN)
    request = authentication_to_verify_request(assertion, webauthn_token=answer["webauthnToken"], mfa_token=MFA_TOKEN)
    return challenge, wire(request.to_dict())


def verify_assertion(enrolled: Enrolled, challenge: bytes, body: dict[str, Any], **overrides: Any) -> int:
    arguments: dict[str, Any] = {
        "credential": body["options"],
        "expected_challenge": challenge,
        "expected_rp_id": RP_ID,
        "expected_origin": ORIGIN,
        "credential_public_key": enrolled.public_key,
        "credential_current_sign_count": enrolled.sign_count,
    }
    arguments.update(overrides)
    new_count: int = verify_authentication_response(**arguments).new_sign_count
    return new_count


# ---------------------------------------------------------------------------------------------------------
# base64url


def test_b64url_encode_has_no_padding_and_uses_url_alphabet() -> None:
    assert b64url_encode(b"") == ""
    assert b64url_encode(b"\xfb\xff") == "-_8"
    assert b64url_encode(b"f") == "Zg"
    assert b64url_encode(bytearray(b"fo")) == "Zm8"
    assert b64url_encode(b"foo") == "Zm9v"


@pytest.mark.parametrize("value", ["Zm9vYg", "Zm9vYg==", "Zm9vYmE", "Zm9vYmE="])
def test_b64url_decode_accepts_padded_and_unpadded(value: str) -> None:
    assert b64url_decode(value) in (b"foob", b"fooba")


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("ab+c", "'+' at position 2 is standard base64"),
        ("ab/c", "'/' at position 2 is standard base64"),
        ("ab c", "whitespace at position 2"),
        ("abc\n", "whitespace at position 3"),
        ("ab=c", "padding '=' at position 2 is not at the end"),
        ("ab*c", "character '*' at position 2 is outside the base64url alphabet"),
        ("abé", "character 'é' at position 2"),
        ("abcde", "5 characters cannot encode whole bytes"),
        ("Zg=", "1 padding '=' do not fit 2 characters"),
        ("Zg===", "3 padding '=' do not fit 2 characters"),
        ("Zm9v=", "1 padding '=' do not fit 4 characters"),
        ("Zh", "non-zero unused bits"),
    ],
)
def test_b64url_decode_rejects_garbage_with_the_reason(value: str, problem: str) -> None:
    with pytest.raises(InvalidBase64url, match="not valid base64url") as caught:
        b64url_decode(value)
    assert problem in str(caught.value)
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", [b"Zm9v", None, 42, ["Zm9v"]])
def test_b64url_decode_rejects_non_strings(value: Any) -> None:
    with pytest.raises(InvalidBase64url, match="expected a base64url string, got"):
        b64url_decode(value)


def test_b64url_encode_rejects_non_bytes() -> None:
    with pytest.raises(TypeError, match="takes bytes"):
        b64url_encode("text")  # type: ignore[arg-type]


def test_b64url_errors_never_echo_the_value() -> None:
    secret = "c2VjcmV0LXRva2VuLXRoYXQtbXVzdC1ub3QtbGVhaw" + "+"
    with pytest.raises(InvalidBase64url) as caught:
        b64url_decode(secret)
    message = str(caught.value)
    assert "c2Vj" in message  # the first few characters help to recognise the value...
    assert secret[:5] not in message  # ...but no more than that
    with pytest.raises(InvalidBase64url) as short:
        b64url_decode("pin+")
    assert "pin" not in str(short.value)


@given(st.binary(max_size=300))
def test_b64url_round_trip(data: bytes) -> None:
    encoded = b64url_encode(data)
    assert b64url_decode(encoded) == data
    assert b64url_decode(encoded + "=" * (-len(encoded) % 4)) == data
    assert not set(encoded) & set("+/=")


@given(st.text(max_size=40))
def test_b64url_decode_either_decodes_canonically_or_raises_invalid_base64url(text: str) -> None:
    try:
        data = b64url_decode(text)
    except InvalidBase64url:
        return
    assert b64url_encode(data) == text.rstrip("=")


# ---------------------------------------------------------------------------------------------------------
# Options


def test_creation_options_json_is_the_w3c_json_form() -> None:
    challenge, answer = pre_enroll(
        user_id=b"\x01\x02user",
        challenge=b"c" * 32,
        exclude_credentials=[PublicKeyCredentialDescriptor(id=b"\xff\xfe", transports=[AuthenticatorTransport.USB])],
        authenticator_selection=AuthenticatorSelectionCriteria(
            resident_key=ResidentKeyRequirement.PREFERRED,
            user_verification=UserVerificationRequirement.REQUIRED,
        ),
        attestation=AttestationConveyancePreference.DIRECT,
    )
    answer["options"]["unknownVendorField"] = 1
    result = creation_options_json(answer)
    assert result == {
        "rp": {"id": RP_ID, "name": "Example"},
        "user": {"id": b64url_encode(b"\x01\x02user"), "name": "ada@example.com", "displayName": "ada@example.com"},
        "challenge": b64url_encode(challenge),
        "pubKeyCredParams": answer["options"]["pubKeyCredParams"],
        "timeout": 60000,
        "excludeCredentials": [{"type": "public-key", "id": "__4", "transports": ["usb"]}],
        "authenticatorSelection": {
            "residentKey": "preferred",
            "requireResidentKey": False,
            "userVerification": "required",
        },
        "attestation": "direct",
    }
    # the parsed model gives the same answer as the raw JSON
    assert creation_options_json(RequestEnrollMfaWebAuthnResponse.from_dict(answer)) == result


def test_creation_options_json_omits_unset_fields_and_unpads() -> None:
    answer = {
        "webauthnToken": WEBAUTHN_TOKEN,
        "options": {
            "rp": {"name": "Example"},
            "user": {"id": "dXNlcg==", "name": "ada", "displayName": "Ada"},
            "challenge": "Y2hhbGxlbmdlIQ==",
            "pubKeyCredParams": [{"type": "public-key", "alg": -7}],
            "timeout": None,
            "extensions": {"credProps": True},
        },
    }
    assert creation_options_json(answer) == {
        "rp": {"name": "Example"},
        "user": {"id": "dXNlcg", "name": "ada", "displayName": "Ada"},
        "challenge": "Y2hhbGxlbmdlIQ",
        "pubKeyCredParams": [{"type": "public-key", "alg": -7}],
        "extensions": {"credProps": True},
    }


def test_request_options_json_is_the_w3c_json_form() -> None:
    challenge, answer = pre_verify(b"\x00credential", user_verification=UserVerificationRequirement.REQUIRED)
    result = request_options_json(answer)
    assert result == {
        "challenge": b64url_encode(challenge),
        "timeout": 60000,
        "rpId": RP_ID,
        "allowCredentials": [{"type": "public-key", "id": b64url_encode(b"\x00credential")}],
        "userVerification": "required",
    }
    assert request_options_json(RequestVerifyMfaWebAuthnResponse.from_dict(answer)) == result
    assert request_options_json({"webauthnToken": "t", "options": {"challenge": "AAAA"}}) == {"challenge": "AAAA"}


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (("rp",), "options.rp is missing"),
        (("rp", "name"), "options.rp.name is missing"),
        (("user",), "options.user is missing"),
        (("user", "id"), "options.user.id is missing"),
        (("user", "displayName"), "options.user.displayName is missing"),
        (("challenge",), "options.challenge is missing"),
        (("pubKeyCredParams",), "options.pubKeyCredParams is missing"),
    ],
)
def test_creation_options_json_names_missing_fields(path: tuple[str, ...], message: str) -> None:
    _, answer = pre_enroll()
    parent = answer["options"]
    for key in path[:-1]:
        parent = parent[key]
    del parent[path[-1]]
    with pytest.raises(InvalidWebAuthnData, match=message):
        creation_options_json(answer)


def test_options_helpers_name_malformed_fields() -> None:
    _, answer = pre_enroll()
    answer["options"]["challenge"] = "abc+def/"
    with pytest.raises(InvalidBase64url, match=r"options\.challenge: not valid base64url: '\+' at position 3"):
        creation_options_json(answer)
    _, answer = pre_enroll()
    answer["options"]["timeout"] = "soon"
    with pytest.raises(InvalidWebAuthnData, match=r"options\.timeout must be an integer, got a string"):
        creation_options_json(answer)
    _, answer = pre_enroll()
    answer["options"]["pubKeyCredParams"][1] = {"type": "public-key"}
    with pytest.raises(InvalidWebAuthnData, match=r"options\.pubKeyCredParams\[1\]\.alg is missing"):
        creation_options_json(answer)
    _, answer = pre_verify(b"id")
    answer["options"]["allowCredentials"][0]["id"] = "a"
    with pytest.raises(InvalidBase64url, match=r"options\.allowCredentials\[0\]\.id: not valid base64url"):
        request_options_json(answer)


def test_null_fields_are_named_as_null() -> None:
    _, answer = pre_enroll()
    answer["options"]["challenge"] = None
    with pytest.raises(InvalidWebAuthnData, match=r"options\.challenge is null"):
        creation_options_json(answer)


def test_options_helpers_want_the_whole_answer() -> None:
    _, answer = pre_enroll()
    with pytest.raises(InvalidWebAuthnData, match="preEnrollWebauthnMfa answer has no 'options'"):
        creation_options_json(answer["options"])
    with pytest.raises(InvalidWebAuthnData, match="preVerifyWebauthnMfa answer"):
        request_options_json("options")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Registration -> enrollWebauthnMfa


@pytest.mark.parametrize("attachment", ["platform", "cross-platform"])
def test_enroll_request_round_trips_through_py_webauthn(attachment: Any) -> None:
    authenticator = SoftwareAuthenticator(attachment=attachment)
    challenge, body = enroll_body(authenticator)
    assert body["deviceType"] == ("Platform" if attachment == "platform" else "CrossPlatform")
    assert body["webauthnToken"] == WEBAUTHN_TOKEN
    assert body["mfaToken"] == MFA_TOKEN
    assert "rememberDevice" not in body
    assert body["options"]["authenticatorAttachment"] == attachment
    assert body["options"]["rawId"] == body["options"]["id"]
    assert VerifyEnrollMfaWebAuthnRequest.from_dict(body).to_dict() == body
    verified = verify_registration_response(
        credential=body["options"], expected_challenge=challenge, expected_rp_id=RP_ID, expected_origin=ORIGIN
    )
    assert body["options"]["id"] == b64url_encode(verified.credential_id)
    assert verified.fmt == "none"


def test_enroll_request_carries_remember_device_transports_and_extensions() -> None:
    credential = SoftwareAuthenticator(attachment="cross-platform").create(
        creation_options_json(pre_enroll()[1]) | {"extensions": {"credProps": True}}, origin=ORIGIN
    )
    request = registration_to_enroll_request(
        credential, webauthn_token=WEBAUTHN_TOKEN, mfa_token=MFA_TOKEN, remember_device=True
    )
    body = request.to_dict()
    assert body["rememberDevice"] is True
    assert body["options"]["response"]["transports"] == ["usb"]
    assert body["options"]["clientExtensionResults"] == {"credProps": {"rk": False}}
    assert set(body["options"]["response"]) == {"clientDataJSON", "attestationObject", "transports"}


def test_enroll_request_accepts_padded_base64url_and_sends_it_unpadded() -> None:
    credential = SoftwareAuthenticator().create(creation_options_json(pre_enroll()[1]), origin=ORIGIN)
    padded = json.loads(json.dumps(credential))
    for field in ("clientDataJSON", "attestationObject"):
        padded["response"][field] += "=" * (-len(padded["response"][field]) % 4)
    padded["id"] += "=" * (-len(padded["id"]) % 4)
    body = registration_to_enroll_request(padded, webauthn_token="t", mfa_token="m").to_dict()
    assert body["options"]["id"] == credential["id"]
    assert body["options"]["response"]["attestationObject"] == credential["response"]["attestationObject"]


def _registration() -> dict[str, Any]:
    credential: dict[str, Any] = SoftwareAuthenticator().create(creation_options_json(pre_enroll()[1]), origin=ORIGIN)
    return credential


def _assertion() -> dict[str, Any]:
    enrolled = enroll()
    _, answer = pre_verify(enrolled.credential_id)
    assertion: dict[str, Any] = enrolled.authenticator.get(request_options_json(answer), origin=ORIGIN)
    return assertion


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (lambda c: c.pop("id"), InvalidWebAuthnData, "credential.id is missing"),
        (lambda c: c.pop("rawId"), InvalidWebAuthnData, "credential.rawId is missing"),
        (lambda c: c.pop("type"), InvalidWebAuthnData, "credential.type is missing"),
        (lambda c: c.update(type="password"), InvalidWebAuthnData, "credential.type must be 'public-key'"),
        (lambda c: c.pop("response"), InvalidWebAuthnData, "credential.response is missing"),
        (lambda c: c.update(response="x"), InvalidWebAuthnData, "credential.response must be an object"),
        (
            lambda c: c["response"].pop("clientDataJSON"),
            InvalidWebAuthnData,
            "credential.response.clientDataJSON is missing",
        ),
        (
            lambda c: c["response"].pop("attestationObject"),
            InvalidWebAuthnData,
            "credential.response.attestationObject is missing",
        ),
        (
            lambda c: c["response"].update(attestationObject="o2Nm+mt0"),
            InvalidBase64url,
            r"credential\.response\.attestationObject: not valid base64url",
        ),
        (
            lambda c: c["response"].update(attestationObject=""),
            InvalidWebAuthnData,
            r"credential\.response\.attestationObject is too short",
        ),
        (
            lambda c: c["response"].update(clientDataJSON=b64url_encode(b"not json")),
            InvalidWebAuthnData,
            "clientDataJSON does not decode to JSON",
        ),
        (lambda c: c.update(rawId="AAAA"), InvalidWebAuthnData, "id and credential.rawId name different"),
        (
            lambda c: c.update(authenticatorAttachment="phone"),
            InvalidWebAuthnData,
            "authenticatorAttachment must be 'platform' or 'cross-platform'",
        ),
        (
            lambda c: c["response"].update(transports="usb"),
            InvalidWebAuthnData,
            "credential.response.transports must be an array, got a string",
        ),
    ],
)
def test_enroll_request_rejects_malformed_credentials(change: Any, error: type[Exception], message: str) -> None:
    credential = _registration()
    change(credential)
    with pytest.raises(error, match=message):
        registration_to_enroll_request(credential, webauthn_token=WEBAUTHN_TOKEN, mfa_token=MFA_TOKEN)


def test_helpers_refuse_the_other_ceremony() -> None:
    with pytest.raises(InvalidWebAuthnData, match=r"'webauthn\.get', expected 'webauthn\.create'.*authentication"):
        registration_to_enroll_request(_assertion(), webauthn_token="t", mfa_token="m")
    with pytest.raises(InvalidWebAuthnData, match=r"'webauthn\.create', expected 'webauthn\.get'.*registration"):
        authentication_to_verify_request(_registration(), webauthn_token="t", mfa_token="m")


def test_helpers_check_tokens_without_echoing_them() -> None:
    credential = _registration()
    with pytest.raises(InvalidWebAuthnData, match="webauthn_token must be a non-empty string"):
        registration_to_enroll_request(credential, webauthn_token="", mfa_token=MFA_TOKEN)
    with pytest.raises(InvalidWebAuthnData, match="mfa_token must be a non-empty string, got null"):
        registration_to_enroll_request(credential, webauthn_token=WEBAUTHN_TOKEN, mfa_token=None)  # type: ignore[arg-type]
    with pytest.raises(InvalidWebAuthnData, match="remember_device must be a boolean") as caught:
        registration_to_enroll_request(
            credential,
            webauthn_token=WEBAUTHN_TOKEN,
            mfa_token=MFA_TOKEN,
            remember_device="yes",  # type: ignore[arg-type]
        )
    assert WEBAUTHN_TOKEN not in str(caught.value) and MFA_TOKEN not in str(caught.value)
    with pytest.raises(InvalidWebAuthnData, match="credential must be an object, got a string"):
        registration_to_enroll_request("{}", webauthn_token="t", mfa_token="m")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------------------
# Authentication -> verifyWebauthnMfa


def test_verify_request_round_trips_through_py_webauthn() -> None:
    enrolled = enroll()
    challenge, body = verify_body(enrolled)
    assert set(body) == {"webauthnToken", "options", "mfaToken"}
    assert set(body["options"]) == {
        "id",
        "rawId",
        "type",
        "response",
        "authenticatorAttachment",
        "clientExtensionResults",
    }
    assert set(body["options"]["response"]) == {"clientDataJSON", "authenticatorData", "signature", "userHandle"}
    assert VerifyMfaWebAuthnRequest.from_dict(body).to_dict() == body
    assert verify_assertion(enrolled, challenge, body) == 1


def test_verify_request_leaves_out_a_null_user_handle() -> None:
    assertion = _assertion()
    assertion["response"]["userHandle"] = None
    body = authentication_to_verify_request(
        assertion, webauthn_token=WEBAUTHN_TOKEN, mfa_token=MFA_TOKEN, remember_device=False
    ).to_dict()
    assert "userHandle" not in body["options"]["response"]
    assert body["rememberDevice"] is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda r: r.pop("signature"), "credential.response.signature is missing"),
        (lambda r: r.pop("authenticatorData"), "credential.response.authenticatorData is missing"),
        (lambda r: r.update(authenticatorData="AAAA"), r"authenticatorData is too short \(3 bytes\)"),
        (lambda r: r.update(signature=""), r"credential.response.signature is too short \(0 bytes\)"),
        (lambda r: r.update(userHandle="a/b"), r"credential\.response\.userHandle: not valid base64url"),
        (lambda r: r.pop("clientDataJSON"), "credential.response.clientDataJSON is missing"),
    ],
)
def test_verify_request_rejects_malformed_assertions(change: Any, message: str) -> None:
    assertion = _assertion()
    change(assertion["response"])
    with pytest.raises(InvalidWebAuthnData, match=message):
        authentication_to_verify_request(assertion, webauthn_token=WEBAUTHN_TOKEN, mfa_token=MFA_TOKEN)


# ---------------------------------------------------------------------------------------------------------
# The verifier rejects what it must


def test_registration_with_the_wrong_challenge_origin_or_rp_id_is_rejected() -> None:
    challenge, body = enroll_body(SoftwareAuthenticator())
    good = {"credential": body["options"], "expected_rp_id": RP_ID, "expected_origin": ORIGIN}
    with pytest.raises(InvalidRegistrationResponse, match="challenge was not expected challenge"):
        verify_registration_response(**{**good, "expected_challenge": challenge[::-1]})
    with pytest.raises(InvalidRegistrationResponse, match="Unexpected client data origin"):
        verify_registration_response(**{**good, "expected_challenge": challenge, "expected_origin": "https://evil.com"})
    with pytest.raises(InvalidRegistrationResponse, match="Unexpected RP ID hash"):
        verify_registration_response(**{**good, "expected_challenge": challenge, "expected_rp_id": "evil.com"})
    verify_registration_response(**{**good, "expected_challenge": challenge})


def test_assertion_with_the_wrong_challenge_origin_or_rp_id_is_rejected() -> None:
    enrolled = enroll()
    challenge, body = verify_body(enrolled)
    with pytest.raises(InvalidAuthenticationResponse, match="challenge was not expected challenge"):
        verify_assertion(enrolled, challenge[::-1], body)
    with pytest.raises(InvalidAuthenticationResponse, match="Unexpected client data origin"):
        verify_assertion(enrolled, challenge, body, expected_origin="https://example.com")
    with pytest.raises(InvalidAuthenticationResponse, match="Unexpected RP ID hash"):
        verify_assertion(enrolled, challenge, body, expected_rp_id="app.example.com")
    assert verify_assertion(enrolled, challenge, body) == 1


def _flip(value: str, at: int) -> str:
    data = bytearray(b64url_decode(value))
    data[at] ^= 0x01
    return b64url_encode(bytes(data))


@pytest.mark.parametrize(("field", "at"), [("signature", -1), ("signature", 10), ("authenticatorData", 36)])
def test_tampered_assertions_are_rejected(field: str, at: int) -> None:
    enrolled = enroll()
    challenge, body = verify_body(enrolled)
    body["options"]["response"][field] = _flip(body["options"]["response"][field], at)
    with pytest.raises(InvalidAuthenticationResponse):
        verify_assertion(enrolled, challenge, body)


def test_non_increasing_counters_are_rejected() -> None:
    enrolled = enroll()
    challenge, body = verify_body(enrolled)
    new_count = verify_assertion(enrolled, challenge, body)
    # replaying the same assertion: its counter is not above the one now stored
    with pytest.raises(InvalidAuthenticationResponse, match="was not greater than current count"):
        verify_assertion(enrolled, challenge, body, credential_current_sign_count=new_count)
    with pytest.raises(InvalidAuthenticationResponse, match="was not greater than current count"):
        verify_assertion(enrolled, challenge, body, credential_current_sign_count=new_count + 5)
    # the next assertion counts on
    challenge, body = verify_body(enrolled)
    assert verify_assertion(enrolled, challenge, body, credential_current_sign_count=new_count) == new_count + 1
