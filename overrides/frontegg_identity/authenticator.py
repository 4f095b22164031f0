"""A software WebAuthn authenticator, with the browser's part of the ceremony, for tests and automation.

:class:`SoftwareAuthenticator` plays both the browser (``navigator.credentials.create()``/``get()``:
origin and RP ID checks, ``clientDataJSON``, attestation conveyance, ``toJSON()``) and an ES256
authenticator (keys, authenticator data, counters, ``none`` or ``packed`` self attestation). It takes
the options JSON that :func:`frontegg_identity.webauthn.creation_options_json` and
:func:`~frontegg_identity.webauthn.request_options_json` produce and returns what a browser's
``credential.toJSON()`` returns, ready for the ``*_to_*_request`` helpers.

Needs the ``authenticator`` extra (``cryptography`` and ``cbor2``). Keys live in memory only.
"""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urlsplit

try:
    import cbor2
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
except ModuleNotFoundError as _missing:  # the base install has neither
    raise ModuleNotFoundError(
        f"frontegg_identity.authenticator needs {_missing.name}: pip install 'frontegg-identity[authenticator]'",
        name=_missing.name,
    ) from _missing

from .webauthn import (
    InvalidWebAuthnData,
    _creation_options_json,
    _request_options_json,
    b64url_decode,
    b64url_encode,
)

__all__ = ["AuthenticatorError", "SoftwareAuthenticator", "SoftwareCredential"]

Attachment = Literal["platform", "cross-platform"]
AttestationFormat = Literal["none", "packed"]
DOMExceptionName = Literal["NotAllowedError", "InvalidStateError", "NotSupportedError", "SecurityError"]

_ES256 = -7
_FLAG_UP = 0x01
_FLAG_UV = 0x04
_FLAG_AT = 0x40
_ZERO_AAGUID = bytes(16)
_DEFAULT_PORTS = {"https": 443, "http": 80}


class AuthenticatorError(Exception):
    """The ceremony failed where a browser rejects the promise with a ``DOMException`` called ``name``."""

    def __init__(self, name: DOMExceptionName, message: str) -> None:
        super().__init__(f"{name}: {message}")
        self.name: DOMExceptionName = name


@dataclass(eq=False)
class SoftwareCredential:
    """One credential held by a :class:`SoftwareAuthenticator`.

    ``sign_count`` is the last counter value the authenticator reported; set it lower to play a cloned
    authenticator. The private key is kept out of ``repr``.
    """

    credential_id: bytes
    rp_id: str
    user_handle: bytes
    discoverable: bool
    sign_count: int
    private_key: ec.EllipticCurvePrivateKey = field(repr=False)

    @property
    def public_key_spki(self) -> bytes:
        """The public key as DER SubjectPublicKeyInfo (what ``response.getPublicKey()`` returns)."""
        return self.private_key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )

    @property
    def public_key_cose(self) -> bytes:
        """The public key as a CBOR-encoded COSE_Key (EC2, P-256, ES256), as in the authenticator data."""
        numbers = self.private_key.public_key().public_numbers()
        cose = {1: 2, 3: _ES256, -1: 1, -2: numbers.x.to_bytes(32, "big"), -3: numbers.y.to_bytes(32, "big")}
        return cbor2.dumps(cose, canonical=True)


class SoftwareAuthenticator:
    """An in-memory ES256 authenticator behind a browser's WebAuthn API.

    - ``attachment``: ``"platform"`` (always creates discoverable credentials, like passkey providers)
      or ``"cross-platform"`` (a security key: discoverable only when ``residentKey`` is ``required``
      or ``preferred``). Options whose ``authenticatorSelection.authenticatorAttachment`` asks for the
      other kind are refused, as a browser finds no such authenticator.
    - ``attestation``: ``"none"`` or ``"packed"`` self attestation. As browsers do (WebAuthn L3
      section 5.1.3), the statement is replaced by ``none`` when the options ask for
      ``attestation: "none"`` (the default) unless it is packed self attestation with an all-zero AAGUID.
    - ``aaguid``: 16 bytes (default all zero).
    - ``user_present`` / ``user_verified``: the UP and UV flags; set either to ``False`` to produce
      responses a relying party must reject. Without UV, ``userVerification: "required"`` is refused.
    - ``transports``: reported by ``getTransports()``; ``["internal"]`` for platform, ``["usb"]`` else.

    The signature counter starts at 0 and goes up by one with every assertion.
    """

    def __init__(
        self,
        *,
        attachment: Attachment = "platform",
        attestation: AttestationFormat = "none",
        aaguid: bytes | uuid.UUID = _ZERO_AAGUID,
        user_present: bool = True,
        user_verified: bool = True,
        transports: Sequence[str] | None = None,
    ) -> None:
        if attachment not in ("platform", "cross-platform"):
            raise ValueError("attachment must be 'platform' or 'cross-platform'")
        if attestation not in ("none", "packed"):
            raise ValueError("attestation must be 'none' or 'packed'")
        if not isinstance(aaguid, (bytes, uuid.UUID)):
            raise TypeError(f"aaguid must be 16 bytes or a uuid.UUID, got {type(aaguid).__name__}")
        aaguid_bytes = aaguid.bytes if isinstance(aaguid, uuid.UUID) else aaguid
        if len(aaguid_bytes) != 16:
            raise ValueError(f"aaguid must be 16 bytes, got {len(aaguid_bytes)}")
        self.attachment: Attachment = attachment
        self.attestation: AttestationFormat = attestation
        self.aaguid = aaguid_bytes
        self.user_present = user_present
        self.user_verified = user_verified
        default = ["internal"] if attachment == "platform" else ["usb"]
        self.transports: list[str] = sorted(set(default if transports is None else transports))
        self._credentials: list[SoftwareCredential] = []

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(attachment={self.attachment!r}, attestation={self.attestation!r}, "
            f"aaguid={str(uuid.UUID(bytes=self.aaguid))!r}, credentials={len(self._credentials)})"
        )

    @property
    def credentials(self) -> tuple[SoftwareCredential, ...]:
        """The credentials created so far, oldest first."""
        return tuple(self._credentials)

    # ----------------------------------------------------------------------------------------------------

    def create(self, options_json: Mapping[str, Any], *, origin: str) -> dict[str, Any]:
        """``navigator.credentials.create()`` then ``credential.toJSON()``: a ``RegistrationResponseJSON``.

        ``options_json`` is a ``PublicKeyCredentialCreationOptionsJSON``; ``origin`` is the page's origin
        (``https://host[:port]``, or ``http://localhost``). The RP ID is ``rp.id`` or the origin's host.
        """
        options = _creation_options_json(_object_arg(options_json), "options")
        web_origin, host = _parse_origin(origin)
        rp_id = _rp_id(options["rp"].get("id"), host)
        user_id = b64url_decode(options["user"]["id"])
        if not 1 <= len(user_id) <= 64:
            raise InvalidWebAuthnData(f"options.user.id must be 1 to 64 bytes, got {len(user_id)}")

        params = options["pubKeyCredParams"]
        if params and not any(p["type"] == "public-key" and p["alg"] == _ES256 for p in params):
            raise AuthenticatorError("NotSupportedError", "pubKeyCredParams has no ES256 (-7), the only algorithm here")
        selection = options.get("authenticatorSelection", {})
        wanted = selection.get("authenticatorAttachment")
        if wanted in ("platform", "cross-platform") and wanted != self.attachment:
            raise AuthenticatorError("NotAllowedError", f"options ask for a {wanted} authenticator")
        self._check_user_verification(selection.get("userVerification"))
        resident_key = selection.get("residentKey")
        if resident_key not in ("discouraged", "preferred", "required"):
            resident_key = "required" if selection.get("requireResidentKey") else "discouraged"
        discoverable = self.attachment == "platform" or resident_key != "discouraged"

        for descriptor in options.get("excludeCredentials", []):
            if descriptor["type"] == "public-key" and self._find(b64url_decode(descriptor["id"]), rp_id):
                raise AuthenticatorError("InvalidStateError", "the authenticator holds an excluded credential")

        client_data = _client_data_json("webauthn.create", options["challenge"], web_origin)
        credential = SoftwareCredential(
            credential_id=secrets.token_bytes(16),
            rp_id=rp_id,
            user_handle=user_id,
            discoverable=discoverable,
            sign_count=0,
            private_key=ec.generate_private_key(ec.SECP256R1()),
        )
        cred_id = credential.credential_id
        authenticator_data = (
            self._auth_data_head(rp_id, _FLAG_AT, credential.sign_count)
            + self.aaguid
            + len(cred_id).to_bytes(2, "big")
            + cred_id
            + credential.public_key_cose
        )
        fmt = "none"
        statement: dict[str, Any] = {}
        if self.attestation == "packed":
            signed = authenticator_data + hashlib.sha256(client_data).digest()
            signature = credential.private_key.sign(signed, ec.ECDSA(hashes.SHA256()))
            fmt, statement = "packed", {"alg": _ES256, "sig": signature}
        conveyance = options.get("attestation", "none")
        if conveyance not in ("indirect", "direct", "enterprise") and not (
            fmt == "packed" and self.aaguid == _ZERO_AAGUID
        ):
            fmt, statement = "none", {}
        attestation_object = cbor2.dumps(
            {"fmt": fmt, "attStmt": statement, "authData": authenticator_data}, canonical=True
        )
        self._credentials.append(credential)

        extension_results: dict[str, Any] = {}
        if options.get("extensions", {}).get("credProps") is True:
            extension_results["credProps"] = {"rk": discoverable}
        return {
            "id": b64url_encode(cred_id),
            "rawId": b64url_encode(cred_id),
            "response": {
                "clientDataJSON": b64url_encode(client_data),
                "authenticatorData": b64url_encode(authenticator_data),
                "transports": list(self.transports),
                "publicKey": b64url_encode(credential.public_key_spki),
                "publicKeyAlgorithm": _ES256,
                "attestationObject": b64url_encode(attestation_object),
            },
            "authenticatorAttachment": self.attachment,
            "clientExtensionResults": extension_results,
            "type": "public-key",
        }

    def get(self, options_json: Mapping[str, Any], *, origin: str) -> dict[str, Any]:
        """``navigator.credentials.get()`` then ``credential.toJSON()``: an ``AuthenticationResponseJSON``.

        Uses the first credential of ``allowCredentials`` this authenticator holds for the RP ID, or,
        when the list is empty, its oldest discoverable credential for the RP ID. ``userHandle`` is
        returned for discoverable credentials only, as security keys do.
        """
        options = _request_options_json(_object_arg(options_json), "options")
        web_origin, host = _parse_origin(origin)
        rp_id = _rp_id(options.get("rpId"), host)
        self._check_user_verification(options.get("userVerification"))

        allowed = [d for d in options.get("allowCredentials", []) if d["type"] == "public-key"]
        if allowed:
            found = (self._find(b64url_decode(d["id"]), rp_id) for d in allowed)
            candidates = [c for c in found if c is not None]
        else:
            candidates = [c for c in self._credentials if c.rp_id == rp_id and c.discoverable]
        if not candidates:
            raise AuthenticatorError("NotAllowedError", f"no credential here for RP ID {rp_id!r}")
        credential = candidates[0]
        credential.sign_count = (credential.sign_count + 1) % 2**32

        client_data = _client_data_json("webauthn.get", options["challenge"], web_origin)
        authenticator_data = self._auth_data_head(rp_id, 0, credential.sign_count)
        signature = credential.private_key.sign(
            authenticator_data + hashlib.sha256(client_data).digest(), ec.ECDSA(hashes.SHA256())
        )
        response = {
            "clientDataJSON": b64url_encode(client_data),
            "authenticatorData": b64url_encode(authenticator_data),
            "signature": b64url_encode(signature),
        }
        if credential.discoverable:
            response["userHandle"] = b64url_encode(credential.user_handle)
        return {
            "id": b64url_encode(credential.credential_id),
            "rawId": b64url_encode(credential.credential_id),
            "response": response,
            "authenticatorAttachment": self.attachment,
            "clientExtensionResults": {},
            "type": "public-key",
        }

    # ----------------------------------------------------------------------------------------------------

    def _find(self, credential_id: bytes, rp_id: str) -> SoftwareCredential | None:
        for credential in self._credentials:
            if credential.credential_id == credential_id and credential.rp_id == rp_id:
                return credential
        return None

    def _check_user_verification(self, requirement: object) -> None:
        if requirement == "required" and not self.user_verified:
            raise AuthenticatorError("NotAllowedError", "user verification is required but this authenticator skips it")

    def _auth_data_head(self, rp_id: str, flags: int, sign_count: int) -> bytes:
        if self.user_present:
            flags |= _FLAG_UP
        if self.user_verified:
            flags |= _FLAG_UV
        return hashlib.sha256(rp_id.encode("utf-8")).digest() + bytes([flags]) + sign_count.to_bytes(4, "big")


def _object_arg(options_json: object) -> Mapping[str, Any]:
    if not isinstance(options_json, Mapping):
        raise InvalidWebAuthnData(f"options must be an object (options JSON), got {type(options_json).__name__}")
    if "webauthnToken" in options_json and "options" in options_json:
        raise InvalidWebAuthnData(
            "options is a whole Frontegg answer: pass creation_options_json(answer) or request_options_json(answer)"
        )
    return options_json


def _parse_origin(origin: str) -> tuple[str, str]:
    """Serialize ``origin`` as a browser does, with its host; refuse what is not a secure origin."""
    if not isinstance(origin, str):
        raise TypeError(f"origin must be a string, got {type(origin).__name__}")
    try:
        parts = urlsplit(origin)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"origin is not a URL origin: {exc}") from None
    host = parts.hostname
    if (
        parts.scheme not in _DEFAULT_PORTS
        or not host
        or parts.path
        or parts.query
        or parts.fragment
        or parts.username is not None
        or "#" in origin
        or "?" in origin
    ):
        raise ValueError("origin must be scheme://host[:port] with nothing after it, e.g. 'https://app.example.com'")
    localhost = host == "localhost" or host.endswith(".localhost")
    if parts.scheme != "https" and not localhost:
        raise AuthenticatorError("SecurityError", "WebAuthn needs a secure context: https, or http://localhost")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        raise AuthenticatorError("SecurityError", "an IP address cannot be an RP ID")
    serialized = f"{parts.scheme}://{host}"
    if port is not None and port != _DEFAULT_PORTS[parts.scheme]:
        serialized += f":{port}"
    return serialized, host


def _rp_id(rp_id: str | None, host: str) -> str:
    if rp_id is None:
        return host
    wanted = rp_id.lower()
    if not (host == wanted or host.endswith("." + wanted)) or ("." not in wanted and wanted != "localhost"):
        raise AuthenticatorError("SecurityError", f"RP ID {rp_id!r} is not {host!r} or a registrable parent of it")
    return rp_id


def _client_data_json(ceremony: str, challenge: str, origin: str) -> bytes:
    """CollectedClientData in the spec's JSON-compatible serialization (WebAuthn L3 section 5.8.1.1)."""
    fields = [("type", ceremony), ("challenge", challenge), ("origin", origin)]
    text = ",".join(f"{_ccd_string(k)}:{_ccd_string(v)}" for k, v in fields)
    return ("{" + text + ',"crossOrigin":false}').encode("utf-8")


def _ccd_string(value: str) -> str:
    out = ['"']
    for char in value:
        code = ord(char)
        if char == '"':
            out.append('\\"')
        elif char == "\\":
            out.append("\\\\")
        elif code < 0x20:
            out.append(f"\\u{code:04x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)
