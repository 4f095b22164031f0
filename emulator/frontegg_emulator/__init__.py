"""A local emulator of Frontegg's identity gateway, routed from the curated OpenAPI spec.

Libraries: Starlette + uvicorn serve HTTP; argon2-cffi hashes passwords; PyJWT and cryptography sign
RS256 tokens; pyotp checks TOTP codes; py_webauthn verifies WebAuthn attestations and assertions;
jsonschema validates requests against the spec.
"""

from .server import Credentials, EmulatorServer

__all__ = ["Credentials", "EmulatorServer"]
