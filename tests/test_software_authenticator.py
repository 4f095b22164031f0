"""frontegg_identity.authenticator.SoftwareAuthenticator against py_webauthn, an independent verifier.

The authenticator takes W3C options JSON (here straight from py_webauthn's ``options_to_json``) and
must answer exactly as a browser's ``credential.toJSON()`` would.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from typing import Any

import cbor2
import pytest
from cryptography.hazmat.primitives import serialization
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
    AuthenticatorAttachment,
    AuthenticatorSelectionCriteria,
    PublicKeyCredentialDescriptor,
    ResidentKeyRequirement,
    UserVerificationRequirement,
)

from frontegg_identity.authenticator import AuthenticatorError, SoftwareAuthenticator
from frontegg_identity.webauthn import InvalidWebAuthnData, b64url_decode, b64url_encode

RP_ID = "example.com"
ORIGIN = "https://example.com"
AAGUID = uuid.UUID("6a1c3a8e-5d2f-4b7e-9c1d-2e4f6a8b0c1d")


def registration_options(**kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    kwargs.setdefault("rp_id", RP_ID)
    kwargs.setdefault("rp_name", "Example")
    kwargs.setdefault("user_name", "ada@example.com")
    options = generate_registration_options(**kwargs)
    return options.challenge, json.loads(options_to_json(options))


def authentication_options(credential_ids: list[bytes], **kwargs: Any) -> tuple[bytes, dict[str, Any]]:
    kwargs.setdefault("rp_id", RP_ID)
    allow = [PublicKeyCredentialDescriptor(id=i) for i in credential_ids]
    options = generate_authentication_options(allow_credentials=allow, **kwargs)
    return options.challenge, json.loads(options_to_json(options))


def register(authenticator: SoftwareAuthenticator, origin: str = ORIGIN, **kwargs: Any) -> Any:
    challenge, options = registration_options(**kwargs)
    credential = authenticator.create(options, origin=origin)
    return verify_registration_response(
        credential=credential,
        expected_challenge=challenge,
        expected_rp_id=kwargs.get("rp_id", RP_ID),
        expected_origin=origin,
    )


def authenticate(
    authenticator: SoftwareAuthenticator, registered: Any, current_count: int, **kwargs: Any
) -> tuple[dict[str, Any], int]:
    challenge, options = authentication_options([registered.credential_id], **kwargs)
    assertion = authenticator.get(options, origin=ORIGIN)
    verified = verify_authentication_response(
        credential=assertion,
        expected_challenge=challenge,
        expected_rp_id=RP_ID,
        expected_origin=ORIGIN,
        credential_public_key=registered.credential_public_key,
        credential_current_sign_count=current_count,
    )
    return assertion, verified.new_sign_count


# ---------------------------------------------------------------------------------------------------------
# Registration


@pytest.mark.parametrize(
    ("attestation", "aaguid", "conveyance", "fmt", "reported_aaguid"),
    [
        ("none", AAGUID, AttestationConveyancePreference.NONE, "none", AAGUID),
        ("none", AAGUID, AttestationConveyancePreference.DIRECT, "none", AAGUID),
        ("packed", AAGUID, AttestationConveyancePreference.DIRECT, "packed", AAGUID),
        ("packed", AAGUID, AttestationConveyancePreference.INDIRECT, "packed", AAGUID),
        # attestation "none" asked: a browser keeps only self attestation with a zero AAGUID (L3 5.1.3)...
        ("packed", uuid.UUID(int=0), AttestationConveyancePreference.NONE, "packed", uuid.UUID(int=0)),
        # ...and turns any other statement into "none", keeping the AAGUID
        ("packed", AAGUID, AttestationConveyancePreference.NONE, "none", AAGUID),
    ],
)
def test_both_attestation_formats_are_accepted(
    attestation: Any, aaguid: uuid.UUID, conveyance: Any, fmt: str, reported_aaguid: uuid.UUID
) -> None:
    authenticator = SoftwareAuthenticator(attestation=attestation, aaguid=aaguid)
    verified = register(authenticator, attestation=conveyance)
    assert verified.fmt == fmt
    assert verified.aaguid == str(reported_aaguid)
    assert verified.sign_count == 0
    assert verified.user_verified is True


def test_registration_response_is_what_a_browser_sends() -> None:
    challenge, options = registration_options(user_id=b"user-1")
    authenticator = SoftwareAuthenticator(attachment="cross-platform", transports=["usb", "nfc", "usb"])
    credential = authenticator.create(options, origin="https://example.com:443")

    assert list(credential) == ["id", "rawId", "response", "authenticatorAttachment", "clientExtensionResults", "type"]
    assert credential["id"] == credential["rawId"]
    assert credential["authenticatorAttachment"] == "cross-platform"
    assert credential["clientExtensionResults"] == {}
    assert credential["type"] == "public-key"
    response = credential["response"]
    assert list(response) == [
        "clientDataJSON",
        "authenticatorData",
        "transports",
        "publicKey",
        "publicKeyAlgorithm",
        "attestationObject",
    ]
    assert response["transports"] == ["nfc", "usb"]  # sorted, no duplicates, like getTransports()
    assert response["publicKeyAlgorithm"] == -7
    expected = (
        f'{{"type":"webauthn.create","challenge":"{b64url_encode(challenge)}",'
        '"origin":"https://example.com","crossOrigin":false}'
    )
    assert b64url_decode(response["clientDataJSON"]) == expected.encode()

    attestation_object = b64url_decode(response["attestationObject"])
    decoded = cbor2.loads(attestation_object)
    assert list(decoded) == ["fmt", "attStmt", "authData"]
    assert decoded == {"fmt": "none", "attStmt": {}, "authData": b64url_decode(response["authenticatorData"])}
    auth_data = decoded["authData"]
    assert auth_data[:32] == hashlib.sha256(RP_ID.encode()).digest()
    assert auth_data[32] == 0x45  # UP | UV | AT
    assert auth_data[33:37] == bytes(4)
    assert auth_data[37:53] == bytes(16)
    cred_id = b64url_decode(credential["id"])
    assert auth_data[53:55] == len(cred_id).to_bytes(2, "big") and auth_data[55 : 55 + len(cred_id)] == cred_id

    verified = verify_registration_response(
        credential=credential, expected_challenge=challenge, expected_rp_id=RP_ID, expected_origin=ORIGIN
    )
    assert auth_data[55 + len(cred_id) :] == verified.credential_public_key
    spki = serialization.load_der_public_key(b64url_decode(response["publicKey"]))
    stored = authenticator.credentials[0]
    assert spki.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo) == (
        stored.public_key_spki
    )
    assert stored.public_key_cose == verified.credential_public_key
    assert stored.user_handle == b"user-1"
    assert stored.rp_id == RP_ID


def test_packed_self_attestation_statement() -> None:
    _, options = registration_options(attestation=AttestationConveyancePreference.DIRECT)
    credential = SoftwareAuthenticator(attestation="packed").create(options, origin=ORIGIN)
    decoded = cbor2.loads(b64url_decode(credential["response"]["attestationObject"]))
    assert decoded["fmt"] == "packed"
    assert list(decoded["attStmt"]) == ["alg", "sig"]
    assert decoded["attStmt"]["alg"] == -7


def test_user_presence_and_verification_flags_reach_the_verifier() -> None:
    challenge, options = registration_options()
    credential = SoftwareAuthenticator(user_present=False).create(options, origin=ORIGIN)
    with pytest.raises(InvalidRegistrationResponse, match="User presence was required"):
        verify_registration_response(
            credential=credential, expected_challenge=challenge, expected_rp_id=RP_ID, expected_origin=ORIGIN
        )
    challenge, options = registration_options()
    credential = SoftwareAuthenticator(user_verified=False).create(options, origin=ORIGIN)
    with pytest.raises(InvalidRegistrationResponse, match="User verification is required"):
        verify_registration_response(
            credential=credential,
            expected_challenge=challenge,
            expected_rp_id=RP_ID,
            expected_origin=ORIGIN,
            require_user_verification=True,
        )


def test_rp_id_defaults_to_the_origin_host_and_may_be_a_parent_domain() -> None:
    authenticator = SoftwareAuthenticator()
    _, options = registration_options(rp_id="app.example.com")
    del options["rp"]["id"]
    credential = authenticator.create(options, origin="https://app.example.com:8443")
    client_data = json.loads(b64url_decode(credential["response"]["clientDataJSON"]))
    assert client_data["origin"] == "https://app.example.com:8443"
    assert authenticator.credentials[-1].rp_id == "app.example.com"
    verified = register(authenticator, origin="https://login.example.com", rp_id="example.com")
    assert verified.fmt == "none"
    assert authenticator.credentials[-1].rp_id == "example.com"
    register(authenticator, origin="http://localhost:3000", rp_id="localhost")


@pytest.mark.parametrize(
    ("origin", "rp_id", "error", "message"),
    [
        ("https://example.com", "evil.com", AuthenticatorError, "SecurityError: RP ID 'evil.com'"),
        ("https://example.com", "app.example.com", AuthenticatorError, "SecurityError"),
        ("https://example.com", "com", AuthenticatorError, "SecurityError"),
        ("https://notexample.com", "example.com", AuthenticatorError, "SecurityError"),
        ("http://example.com", "example.com", AuthenticatorError, "SecurityError: WebAuthn needs a secure context"),
        ("https://127.0.0.1", None, AuthenticatorError, "SecurityError: an IP address"),
        ("https://example.com/login", "example.com", ValueError, "origin must be scheme://host"),
        ("example.com", "example.com", ValueError, "origin must be scheme://host"),
    ],
)
def test_browser_origin_and_rp_id_checks(origin: str, rp_id: str | None, error: type[Exception], message: str) -> None:
    _, options = registration_options()
    if rp_id is None:
        del options["rp"]["id"]
    else:
        options["rp"]["id"] = rp_id
    with pytest.raises(error, match=message):
        SoftwareAuthenticator().create(options, origin=origin)


def test_creation_refusals_match_the_browser() -> None:
    authenticator = SoftwareAuthenticator(attachment="cross-platform", user_verified=False)
    _, options = registration_options(
        authenticator_selection=AuthenticatorSelectionCriteria(
            authenticator_attachment=AuthenticatorAttachment.PLATFORM
        )
    )
    with pytest.raises(AuthenticatorError, match="NotAllowedError: options ask for a platform") as caught:
        authenticator.create(options, origin=ORIGIN)
    assert caught.value.name == "NotAllowedError"
    _, options = registration_options(
        authenticator_selection=AuthenticatorSelectionCriteria(user_verification=UserVerificationRequirement.REQUIRED)
    )
    with pytest.raises(AuthenticatorError, match="NotAllowedError: user verification is required"):
        authenticator.create(options, origin=ORIGIN)
    _, options = registration_options(supported_pub_key_algs=[-257])
    with pytest.raises(AuthenticatorError, match="NotSupportedError"):
        authenticator.create(options, origin=ORIGIN)
    _, options = registration_options()
    options["pubKeyCredParams"] = []  # browsers then default to ES256 and RS256
    authenticator.create(options, origin=ORIGIN)
    _, options = registration_options(user_id=b"u" * 65)
    with pytest.raises(InvalidWebAuthnData, match=r"options\.user\.id must be 1 to 64 bytes, got 65"):
        authenticator.create(options, origin=ORIGIN)
    with pytest.raises(InvalidWebAuthnData, match=r"options\.challenge is missing"):
        authenticator.create({k: v for k, v in options.items() if k != "challenge"}, origin=ORIGIN)


def test_exclude_credentials_refuses_a_second_registration() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator)
    _, options = registration_options(exclude_credentials=[PublicKeyCredentialDescriptor(id=registered.credential_id)])
    with pytest.raises(AuthenticatorError, match="InvalidStateError"):
        authenticator.create(options, origin=ORIGIN)
    # another authenticator does not hold it, so it registers
    register(SoftwareAuthenticator(), exclude_credentials=[PublicKeyCredentialDescriptor(id=registered.credential_id)])


@pytest.mark.parametrize(
    ("attachment", "resident_key", "discoverable"),
    [
        ("platform", None, True),
        ("cross-platform", None, False),
        ("cross-platform", ResidentKeyRequirement.DISCOURAGED, False),
        ("cross-platform", ResidentKeyRequirement.PREFERRED, True),
        ("cross-platform", ResidentKeyRequirement.REQUIRED, True),
    ],
)
def test_discoverable_credentials_and_cred_props(attachment: Any, resident_key: Any, discoverable: bool) -> None:
    selection = AuthenticatorSelectionCriteria(resident_key=resident_key) if resident_key else None
    _, options = registration_options(authenticator_selection=selection)
    options["extensions"] = {"credProps": True}
    authenticator = SoftwareAuthenticator(attachment=attachment)
    credential = authenticator.create(options, origin=ORIGIN)
    assert credential["clientExtensionResults"] == {"credProps": {"rk": discoverable}}
    assert authenticator.credentials[0].discoverable is discoverable


# ---------------------------------------------------------------------------------------------------------
# Authentication


def test_assertion_is_what_a_browser_sends_and_verifies() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator, user_id=b"user-7")
    challenge, options = authentication_options([b"unknown", registered.credential_id])
    assertion = authenticator.get(options, origin=ORIGIN)
    assert list(assertion) == ["id", "rawId", "response", "authenticatorAttachment", "clientExtensionResults", "type"]
    assert assertion["id"] == assertion["rawId"] == b64url_encode(registered.credential_id)
    assert list(assertion["response"]) == ["clientDataJSON", "authenticatorData", "signature", "userHandle"]
    assert b64url_decode(assertion["response"]["userHandle"]) == b"user-7"
    expected = (
        f'{{"type":"webauthn.get","challenge":"{b64url_encode(challenge)}",'
        '"origin":"https://example.com","crossOrigin":false}'
    )
    assert b64url_decode(assertion["response"]["clientDataJSON"]) == expected.encode()
    auth_data = b64url_decode(assertion["response"]["authenticatorData"])
    assert len(auth_data) == 37 and auth_data[32] == 0x05  # UP | UV, no attested data
    verified = verify_authentication_response(
        credential=assertion,
        expected_challenge=challenge,
        expected_rp_id=RP_ID,
        expected_origin=ORIGIN,
        credential_public_key=registered.credential_public_key,
        credential_current_sign_count=0,
        require_user_verification=True,
    )
    assert verified.new_sign_count == 1
    assert verified.user_verified is True


def test_counter_goes_up_on_each_assertion() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator)
    count = registered.sign_count
    for expected in (1, 2, 3):
        _, count = authenticate(authenticator, registered, count)
        assert count == expected
    assert authenticator.credentials[0].sign_count == 3


def test_replayed_or_cloned_counters_are_rejected() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator)
    _, count = authenticate(authenticator, registered, 0)
    with pytest.raises(InvalidAuthenticationResponse, match="was not greater than current count"):
        authenticate(authenticator, registered, count + 1)  # the server has seen a higher count
    authenticator.credentials[0].sign_count = 0  # a clone of the authenticator as it was at registration
    with pytest.raises(InvalidAuthenticationResponse, match="Response sign count of 1 was not greater"):
        authenticate(authenticator, registered, count)


def test_tampered_signature_is_rejected() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator)
    challenge, options = authentication_options([registered.credential_id])
    assertion = authenticator.get(options, origin=ORIGIN)
    signature = bytearray(b64url_decode(assertion["response"]["signature"]))
    signature[-2] ^= 0xFF
    assertion["response"]["signature"] = b64url_encode(bytes(signature))
    with pytest.raises(InvalidAuthenticationResponse):
        verify_authentication_response(
            credential=assertion,
            expected_challenge=challenge,
            expected_rp_id=RP_ID,
            expected_origin=ORIGIN,
            credential_public_key=registered.credential_public_key,
            credential_current_sign_count=0,
        )


def test_wrong_challenge_origin_and_rp_id_are_rejected() -> None:
    authenticator = SoftwareAuthenticator()
    registered = register(authenticator)
    challenge, options = authentication_options([registered.credential_id])
    assertion = authenticator.get(options, origin=ORIGIN)
    good: dict[str, Any] = {
        "credential": assertion,
        "expected_challenge": challenge,
        "expected_rp_id": RP_ID,
        "expected_origin": ORIGIN,
        "credential_public_key": registered.credential_public_key,
        "credential_current_sign_count": 0,
    }
    changes: list[tuple[dict[str, Any], str]] = [
        ({"expected_challenge": b"x" * 64}, "challenge was not expected challenge"),
        ({"expected_origin": "https://evil.example.com"}, "Unexpected client data origin"),
        ({"expected_rp_id": "evil.com"}, "Unexpected RP ID hash"),
    ]
    for change, message in changes:
        with pytest.raises(InvalidAuthenticationResponse, match=message):
            verify_authentication_response(**{**good, **change})
    verify_authentication_response(**good)


def test_user_handle_only_for_discoverable_credentials() -> None:
    authenticator = SoftwareAuthenticator(attachment="cross-platform")
    registered = register(authenticator)  # py_webauthn's default: residentKey not asked for
    assertion, _ = authenticate(authenticator, registered, 0)
    assert "userHandle" not in assertion["response"]


def test_discoverable_credentials_answer_empty_allow_lists() -> None:
    authenticator = SoftwareAuthenticator()
    first = register(authenticator, user_id=b"first")
    register(authenticator, user_id=b"second")
    _, options = authentication_options([])
    assertion = authenticator.get(options, origin=ORIGIN)
    assert b64url_decode(assertion["id"]) == first.credential_id
    assert b64url_decode(assertion["response"]["userHandle"]) == b"first"


def test_get_refusals_match_the_browser() -> None:
    authenticator = SoftwareAuthenticator(user_verified=False)
    registered = register(authenticator)
    _, options = authentication_options([b"someone else"])
    with pytest.raises(AuthenticatorError, match=r"NotAllowedError: no credential here for RP ID 'example\.com'"):
        authenticator.get(options, origin=ORIGIN)
    _, options = authentication_options([registered.credential_id])
    with pytest.raises(AuthenticatorError, match="SecurityError"):
        authenticator.get(options, origin="https://evil.com")
    del options["rpId"]
    with pytest.raises(AuthenticatorError, match="NotAllowedError"):  # the RP ID is now evil.com
        authenticator.get(options, origin="https://evil.com")
    _, options = authentication_options(
        [registered.credential_id], user_verification=UserVerificationRequirement.REQUIRED
    )
    with pytest.raises(AuthenticatorError, match="NotAllowedError: user verification is required"):
        authenticator.get(options, origin=ORIGIN)
    with pytest.raises(InvalidWebAuthnData, match="options must be an object"):
        authenticator.get("{}", origin=ORIGIN)  # type: ignore[arg-type]
    with pytest.raises(InvalidWebAuthnData, match=r"pass creation_options_json\(answer\)"):
        authenticator.get({"webauthnToken": "t", "options": options}, origin=ORIGIN)


# ---------------------------------------------------------------------------------------------------------
# Construction and repr


def test_private_keys_never_appear_in_repr() -> None:
    authenticator = SoftwareAuthenticator(attestation="packed", aaguid=AAGUID)
    register(authenticator)
    credential = authenticator.credentials[0]
    private_value = credential.private_key.private_numbers().private_value
    pem = credential.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    for text in (repr(authenticator), repr(credential), str(authenticator), repr(authenticator.credentials)):
        assert "private" not in text.lower()
        assert str(private_value) not in text and hex(private_value)[2:] not in text
        assert pem.splitlines()[1] not in text
    assert repr(authenticator) == (
        f"SoftwareAuthenticator(attachment='platform', attestation='packed', aaguid='{AAGUID}', credentials=1)"
    )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"attachment": "usb"}, "attachment must be"),
        ({"attestation": "tpm"}, "attestation must be"),
        ({"aaguid": b"short"}, "aaguid must be 16 bytes, got 5"),
        ({"aaguid": str(AAGUID)}, "aaguid must be 16 bytes or a uuid.UUID, got str"),
    ],
)
def test_constructor_checks_its_arguments(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises((ValueError, TypeError), match=message):
        SoftwareAuthenticator(**kwargs)
