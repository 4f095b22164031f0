"""A local emulator of Frontegg's identity gateway, routed from the curated OpenAPI spec.

Libraries: Starlette + uvicorn serve HTTP; argon2-cffi hashes passwords; PyJWT and cryptography sign
RS256 tokens; pyotp checks TOTP codes; py_webauthn verifies WebAuthn attestations and assertions;
jsonschema validates requests against the spec.

``EmulatorServer`` and ``Credentials`` are imported on first use, so that the ``frontegg-emulator``
command (installed with the base package too) can tell a user without the ``emulator`` extra what to
install instead of failing inside this import.
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .server import Credentials, EmulatorServer

try:
    __version__: str = version("frontegg-identity")
except PackageNotFoundError:  # a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["Credentials", "EmulatorServer", "__version__"]


def __getattr__(name: str) -> Any:
    if name not in ("Credentials", "EmulatorServer"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(".server", __name__), name)
    globals()[name] = value
    return value
