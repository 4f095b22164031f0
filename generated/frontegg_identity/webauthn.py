"""WebAuthn helpers for Frontegg's MFA ceremonies: base64url, browser options JSON and request bodies.

Frontegg hands out WebAuthn options with every binary field as a base64url string and expects the
browser's credential back the same way. These functions sit at that edge, in the style of py_webauthn:

- :func:`creation_options_json` / :func:`request_options_json` turn a ``preEnrollWebauthnMfa`` /
  ``preVerifyWebauthnMfa`` answer into the W3C ``PublicKeyCredentialCreationOptionsJSON`` /
  ``PublicKeyCredentialRequestOptionsJSON`` that ``PublicKeyCredential.parseCreationOptionsFromJSON()``
  and ``parseRequestOptionsFromJSON()`` accept;
- :func:`registration_to_enroll_request` / :func:`authentication_to_verify_request` turn the browser's
  ``credential.toJSON()`` into the body of ``enrollWebauthnMfa`` / ``verifyWebauthnMfa``.

Everything is checked on the way through; problems raise :class:`InvalidWebAuthnData` (a ``ValueError``)
naming the field, and never echo a token, challenge or key.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Mapping
from typing import Any, Literal

from .models.authenticate_user_web_authn import AuthenticateUserWebAuthn
from .models.authenticate_user_web_authn_client_extension_results import (
    AuthenticateUserWebAuthnClientExtensionResults,
)
from .models.request_enroll_mfa_web_authn_response import RequestEnrollMfaWebAuthnResponse
from .models.request_verify_mfa_web_authn_response import RequestVerifyMfaWebAuthnResponse
from .models.verify_enroll_mfa_web_authn_request import VerifyEnrollMfaWebAuthnRequest
from .models.verify_mfa_web_authn_request import VerifyMfaWebAuthnRequest
from .models.verify_new_web_authn_device_request import VerifyNewWebAuthnDeviceRequest
from .models.verify_new_web_authn_device_request_client_extension_results import (
    VerifyNewWebAuthnDeviceRequestClientExtensionResults,
)
from .models.web_authn_client_response import WebAuthnClientResponse
from .models.web_authn_response import WebAuthnResponse
from .types import UNSET, Unset

__all__ = [
    "InvalidBase64url",
    "InvalidWebAuthnData",
    "authentication_to_verify_request",
    "b64url_decode",
    "b64url_encode",
    "creation_options_json",
    "registration_to_enroll_request",
    "request_options_json",
]

_NOT_B64URL = re.compile(r"[^A-Za-z0-9_-]")


class InvalidWebAuthnData(ValueError):
    """WebAuthn options, a credential or one of their fields is missing or malformed."""


class InvalidBase64url(InvalidWebAuthnData):
    """A value is not base64url (RFC 4648 section 5, padding optional)."""


# ---------------------------------------------------------------------------------------------------------
# base64url


def b64url_encode(data: bytes | bytearray | memoryview) -> str:
    """Encode bytes as base64url without padding, the form WebAuthn's JSON uses."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError(f"b64url_encode() takes bytes, got {type(data).__name__}")
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(value: str) -> bytes:
    """Decode base64url, with or without ``=`` padding.

    Raises :class:`InvalidBase64url` for anything else: a non-string, characters outside the base64url
    alphabet (including standard base64's ``+`` and ``/``), misplaced or wrong padding, an impossible
    length, or non-zero trailing bits (so every byte string has exactly one unpadded spelling).
    """
    return _decode(value, "value")


def _decode(value: object, what: str) -> bytes:
    if not isinstance(value, str):
        raise InvalidBase64url(f"{what}: expected a base64url string, got {_kind(value)}")
    problem = _b64url_problem(value)
    if problem is not None:
        raise InvalidBase64url(f"{what}: not valid base64url: {problem} ({_preview(value)})")
    body = value.rstrip("=")
    data = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    if b64url_encode(data) != body:
        raise InvalidBase64url(
            f"{what}: not valid base64url: the last character has non-zero unused bits ({_preview(value)})"
        )
    return data


def _b64url_problem(value: str) -> str | None:
    body = value.rstrip("=")
    padding = len(value) - len(body)
    bad = _NOT_B64URL.search(body)
    if bad is not None:
        char, at = bad.group(), bad.start()
        if char in "+/":
            return f"{char!r} at position {at} is standard base64; base64url uses '-' and '_'"
        if char == "=":
            return f"padding '=' at position {at} is not at the end"
        if char.isspace():
            return f"whitespace at position {at}"
        shown = repr(char) if char.isprintable() else f"U+{ord(char):04X}"
        return f"character {shown} at position {at} is outside the base64url alphabet"
    if len(body) % 4 == 1:
        return f"{len(body)} characters cannot encode whole bytes (truncated?)"
    if padding and (padding > 2 or len(value) % 4 != 0):
        return f"{padding} padding '=' do not fit {len(body)} characters"
    return None


def _preview(value: str) -> str:
    # Values may be secrets (tokens, challenges, keys): show at most four characters, and only of long ones.
    if len(value) >= 16:
        return f"{len(value)} chars, starting {value[:4]!r}"
    return f"{len(value)} chars"


# ---------------------------------------------------------------------------------------------------------
# Reading JSON values with errors that name the field


def _kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return type(value).__name__


def _object(value: object, path: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise InvalidWebAuthnData(f"{path} must be an object, got {_kind(value)}")
    return value


def _required(obj: Mapping[str, Any], key: str, path: str) -> Any:
    value = obj.get(key)
    if value is None:
        raise InvalidWebAuthnData(f"{path}.{key} is {'null' if key in obj else 'missing'}")
    return value


def _string(value: object, path: str) -> str:
    if not isinstance(value, str):
        raise InvalidWebAuthnData(f"{path} must be a string, got {_kind(value)}")
    return value


def _integer(value: object, path: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidWebAuthnData(f"{path} must be an integer, got {_kind(value)}")
    return value


def _boolean(value: object, path: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidWebAuthnData(f"{path} must be a boolean, got {_kind(value)}")
    return value


def _array(value: object, path: str) -> list[Any]:
    if not isinstance(value, (list, tuple)):
        raise InvalidWebAuthnData(f"{path} must be an array, got {_kind(value)}")
    return list(value)


def _strings(value: object, path: str) -> list[str]:
    return [_string(item, f"{path}[{i}]") for i, item in enumerate(_array(value, path))]


def _b64url(value: object, path: str) -> str:
    """Check a base64url field and return it in canonical (unpadded) form."""
    return b64url_encode(_decode(value, path))


def _token(value: object, name: str) -> str:
    if not isinstance(value, str) or not value:
        raise InvalidWebAuthnData(f"{name} must be a non-empty string, got {_kind(value)}")
    return value


# ---------------------------------------------------------------------------------------------------------
# Options: Frontegg's pre-enroll / pre-verify answers -> W3C options JSON


def _descriptor(value: object, path: str) -> dict[str, Any]:
    item = _object(value, path)
    out: dict[str, Any] = {
        "type": _string(_required(item, "type", path), f"{path}.type"),
        "id": _b64url(_required(item, "id", path), f"{path}.id"),
    }
    if item.get("transports") is not None:
        out["transports"] = _strings(item["transports"], f"{path}.transports")
    return out


def _descriptors(value: object, path: str) -> list[dict[str, Any]]:
    return [_descriptor(item, f"{path}[{i}]") for i, item in enumerate(_array(value, path))]


def _creation_options_json(options: Mapping[str, Any], path: str) -> dict[str, Any]:
    """Validate PublicKeyCredentialCreationOptions(JSON) and return its W3C JSON form."""
    rp = _object(_required(options, "rp", path), f"{path}.rp")
    out_rp: dict[str, Any] = {}
    if rp.get("id") is not None:
        out_rp["id"] = _string(rp["id"], f"{path}.rp.id")
    out_rp["name"] = _string(_required(rp, "name", f"{path}.rp"), f"{path}.rp.name")

    user = _object(_required(options, "user", path), f"{path}.user")
    upath = f"{path}.user"
    out: dict[str, Any] = {
        "rp": out_rp,
        "user": {
            "id": _b64url(_required(user, "id", upath), f"{upath}.id"),
            "name": _string(_required(user, "name", upath), f"{upath}.name"),
            "displayName": _string(_required(user, "displayName", upath), f"{upath}.displayName"),
        },
        "challenge": _b64url(_required(options, "challenge", path), f"{path}.challenge"),
    }
    params = []
    for i, item in enumerate(_array(_required(options, "pubKeyCredParams", path), f"{path}.pubKeyCredParams")):
        ppath = f"{path}.pubKeyCredParams[{i}]"
        param = _object(item, ppath)
        params.append(
            {
                "type": _string(_required(param, "type", ppath), f"{ppath}.type"),
                "alg": _integer(_required(param, "alg", ppath), f"{ppath}.alg"),
            }
        )
    out["pubKeyCredParams"] = params
    _common_options(options, path, out, ("timeout",))
    if options.get("excludeCredentials") is not None:
        out["excludeCredentials"] = _descriptors(options["excludeCredentials"], f"{path}.excludeCredentials")
    if options.get("authenticatorSelection") is not None:
        spath = f"{path}.authenticatorSelection"
        selection = _object(options["authenticatorSelection"], spath)
        out_selection: dict[str, Any] = {}
        for key in ("authenticatorAttachment", "residentKey"):
            if selection.get(key) is not None:
                out_selection[key] = _string(selection[key], f"{spath}.{key}")
        if selection.get("requireResidentKey") is not None:
            out_selection["requireResidentKey"] = _boolean(
                selection["requireResidentKey"], f"{spath}.requireResidentKey"
            )
        if selection.get("userVerification") is not None:
            out_selection["userVerification"] = _string(selection["userVerification"], f"{spath}.userVerification")
        out["authenticatorSelection"] = out_selection
    _common_options(options, path, out, ("hints", "attestation", "attestationFormats", "extensions"))
    return out


def _request_options_json(options: Mapping[str, Any], path: str) -> dict[str, Any]:
    """Validate PublicKeyCredentialRequestOptions(JSON) and return its W3C JSON form."""
    out: dict[str, Any] = {"challenge": _b64url(_required(options, "challenge", path), f"{path}.challenge")}
    _common_options(options, path, out, ("timeout", "rpId"))
    if options.get("allowCredentials") is not None:
        out["allowCredentials"] = _descriptors(options["allowCredentials"], f"{path}.allowCredentials")
    _common_options(options, path, out, ("userVerification", "hints", "extensions"))
    return out


def _common_options(options: Mapping[str, Any], path: str, out: dict[str, Any], keys: tuple[str, ...]) -> None:
    for key in keys:
        value = options.get(key)
        if value is None:
            continue
        where = f"{path}.{key}"
        if key == "timeout":
            timeout = _integer(value, where)
            if timeout < 0:
                raise InvalidWebAuthnData(f"{where} must not be negative")
            out[key] = timeout
        elif key in ("hints", "attestationFormats"):
            out[key] = _strings(value, where)
        elif key == "extensions":
            out[key] = dict(_object(value, where))
        else:  # rpId, attestation, userVerification
            out[key] = _string(value, where)


def _answer_options(answer: object, model: type[Any], operation: str) -> Mapping[str, Any]:
    data = answer.to_dict() if isinstance(answer, model) else answer
    if not isinstance(data, Mapping):
        raise InvalidWebAuthnData(f"expected the {operation} answer ({model.__name__} or a mapping), got {_kind(data)}")
    if data.get("options") is None:
        raise InvalidWebAuthnData(f"{operation} answer has no 'options' (pass the whole answer, not its options)")
    return _object(data["options"], "options")


def creation_options_json(pre_enroll: RequestEnrollMfaWebAuthnResponse | Mapping[str, Any]) -> dict[str, Any]:
    """``PublicKeyCredentialCreationOptionsJSON`` from a ``preEnrollWebauthnMfa`` answer.

    Accepts the parsed model or the raw JSON answer (``{"webauthnToken": ..., "options": {...}}``).
    Base64url fields are checked and returned unpadded; fields the answer leaves out are left out.
    In a browser: ``navigator.credentials.create({publicKey:
    PublicKeyCredential.parseCreationOptionsFromJSON(result)})``.
    """
    return _creation_options_json(
        _answer_options(pre_enroll, RequestEnrollMfaWebAuthnResponse, "preEnrollWebauthnMfa"), "options"
    )


def request_options_json(pre_verify: RequestVerifyMfaWebAuthnResponse | Mapping[str, Any]) -> dict[str, Any]:
    """``PublicKeyCredentialRequestOptionsJSON`` from a ``preVerifyWebauthnMfa`` answer (model or JSON)."""
    return _request_options_json(
        _answer_options(pre_verify, RequestVerifyMfaWebAuthnResponse, "preVerifyWebauthnMfa"), "options"
    )


# ---------------------------------------------------------------------------------------------------------
# Credentials: the browser's credential.toJSON() -> Frontegg request bodies

_Attachment = Literal["cross-platform", "platform"]


def _credential_common(
    credential: object, expected_ceremony: str
) -> tuple[str, Mapping[str, Any], _Attachment | Unset, dict[str, Any] | Unset]:
    cred = _object(credential, "credential")
    credential_id = _b64url(_required(cred, "id", "credential"), "credential.id")
    raw_id = _b64url(_required(cred, "rawId", "credential"), "credential.rawId")
    if raw_id != credential_id:
        raise InvalidWebAuthnData("credential.id and credential.rawId name different credentials")
    kind = _string(_required(cred, "type", "credential"), "credential.type")
    if kind != "public-key":
        raise InvalidWebAuthnData(f"credential.type must be 'public-key', got {kind[:20]!r}")

    attachment: _Attachment | Unset = UNSET
    value = cred.get("authenticatorAttachment")
    if value is not None:
        if value == "platform":
            attachment = "platform"
        elif value == "cross-platform":
            attachment = "cross-platform"
        else:
            raise InvalidWebAuthnData("credential.authenticatorAttachment must be 'platform' or 'cross-platform'")

    extensions: dict[str, Any] | Unset = UNSET
    if cred.get("clientExtensionResults") is not None:
        extensions = dict(_object(cred["clientExtensionResults"], "credential.clientExtensionResults"))

    response = _object(_required(cred, "response", "credential"), "credential.response")
    _check_client_data(_required(response, "clientDataJSON", "credential.response"), expected_ceremony)
    return credential_id, response, attachment, extensions


def _check_client_data(value: object, expected: str) -> None:
    path = "credential.response.clientDataJSON"
    raw = _decode(value, path)
    try:
        client_data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise InvalidWebAuthnData(f"{path} does not decode to JSON") from None
    if not isinstance(client_data, dict):
        raise InvalidWebAuthnData(f"{path} does not decode to a JSON object")
    ceremony = client_data.get("type")
    if ceremony != expected:
        other = {"webauthn.create": "registration", "webauthn.get": "authentication"}.get(str(ceremony))
        hint = f" (this is a {other} response)" if other else ""
        raise InvalidWebAuthnData(f"{path} has type {str(ceremony)[:20]!r}, expected {expected!r}{hint}")


def _non_empty(value: object, path: str, minimum: int = 1) -> str:
    encoded = _b64url(value, path)
    if len(b64url_decode(encoded)) < minimum:
        raise InvalidWebAuthnData(f"{path} is too short ({len(b64url_decode(encoded))} bytes)")
    return encoded


def _remember(value: bool | None) -> bool | Unset:
    if value is None:
        return UNSET
    return _boolean(value, "remember_device")


def registration_to_enroll_request(
    credential: Mapping[str, Any],
    *,
    webauthn_token: str,
    mfa_token: str,
    remember_device: bool | None = None,
) -> VerifyEnrollMfaWebAuthnRequest:
    """The ``enrollWebauthnMfa`` body for a new credential.

    ``credential`` is the browser's ``RegistrationResponseJSON`` (``credential.toJSON()``, or the dict
    :meth:`SoftwareAuthenticator.create` returns); ``webauthn_token`` comes from the
    ``preEnrollWebauthnMfa`` answer and ``mfa_token`` from the login that asked for MFA. ``deviceType``
    is ``Platform`` for a platform authenticator, else ``CrossPlatform``, as Frontegg's own SDK sends it.
    """
    credential_id, response, attachment, extensions = _credential_common(credential, "webauthn.create")
    rpath = "credential.response"
    client_response = WebAuthnClientResponse(
        client_data_json=_b64url(response["clientDataJSON"], f"{rpath}.clientDataJSON"),
        attestation_object=_non_empty(_required(response, "attestationObject", rpath), f"{rpath}.attestationObject"),
    )
    if response.get("transports") is not None:
        client_response.transports = _strings(response["transports"], f"{rpath}.transports")
    options = VerifyNewWebAuthnDeviceRequest(
        id=credential_id,
        response=client_response,
        raw_id=credential_id,
        type_="public-key",
        authenticator_attachment=attachment,
    )
    if not isinstance(extensions, Unset):
        options.client_extension_results = VerifyNewWebAuthnDeviceRequestClientExtensionResults.from_dict(extensions)
    return VerifyEnrollMfaWebAuthnRequest(
        device_type="Platform" if attachment == "platform" else "CrossPlatform",
        webauthn_token=_token(webauthn_token, "webauthn_token"),
        options=options,
        mfa_token=_token(mfa_token, "mfa_token"),
        remember_device=_remember(remember_device),
    )


def authentication_to_verify_request(
    credential: Mapping[str, Any],
    *,
    webauthn_token: str,
    mfa_token: str,
    remember_device: bool | None = None,
) -> VerifyMfaWebAuthnRequest:
    """The ``verifyWebauthnMfa`` body for an assertion.

    ``credential`` is the browser's ``AuthenticationResponseJSON`` (``credential.toJSON()``, or the dict
    :meth:`SoftwareAuthenticator.get` returns); ``webauthn_token`` comes from the ``preVerifyWebauthnMfa``
    answer. A missing or null ``userHandle`` is left out of the body.
    """
    credential_id, response, attachment, extensions = _credential_common(credential, "webauthn.get")
    rpath = "credential.response"
    assertion = WebAuthnResponse(
        client_data_json=_b64url(response["clientDataJSON"], f"{rpath}.clientDataJSON"),
        # rpIdHash (32 bytes), flags (1) and signCount (4) at least
        authenticator_data=_non_empty(
            _required(response, "authenticatorData", rpath), f"{rpath}.authenticatorData", minimum=37
        ),
        signature=_non_empty(_required(response, "signature", rpath), f"{rpath}.signature"),
    )
    if response.get("userHandle") is not None:
        assertion.user_handle = _b64url(response["userHandle"], f"{rpath}.userHandle")
    options = AuthenticateUserWebAuthn(
        id=credential_id,
        response=assertion,
        raw_id=credential_id,
        type_="public-key",
        authenticator_attachment=attachment,
    )
    if not isinstance(extensions, Unset):
        options.client_extension_results = AuthenticateUserWebAuthnClientExtensionResults.from_dict(extensions)
    return VerifyMfaWebAuthnRequest(
        webauthn_token=_token(webauthn_token, "webauthn_token"),
        options=options,
        mfa_token=_token(mfa_token, "mfa_token"),
        remember_device=_remember(remember_device),
    )
