"""Typed client for the Frontegg Identity API.

``Client`` and ``AuthenticatedClient`` come from the generated code (``frontegg_identity.api.<tag>``
holds one module per operation, ``frontegg_identity.models`` the attrs models; the Tenants API, served
at ``{gateway}/tenants``, is the subpackage ``frontegg_identity.tenants`` with its own ``api``,
``models`` and ``connect()``). The rest of the public
surface is hand-written (``overrides/``) and imported on first use so that ``import frontegg_identity``
stays cheap:

- ``connect`` / ``from_env``: a ready client for a region, sub-domain or gateway URL, authenticated with
  environment credentials or a user token (``connection.py``);
- ``EnvironmentAuth`` / ``UserAuth``: the ``httpx.Auth`` flows behind it (``auth.py``);
- ``FronteggError`` and friends, ``raise_for_error``: typed errors (``exceptions.py``);
- ``RetryTransport`` / ``AsyncRetryTransport``: opt-in retries (``retries.py``);
- WebAuthn helpers (``webauthn.py``) and a software authenticator for tests (``authenticator.py``).
"""

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from .client import AuthenticatedClient, Client

try:
    __version__: str = version("frontegg-identity")
except PackageNotFoundError:  # imported from a source tree that was never installed
    __version__ = "0+unknown"

if TYPE_CHECKING:
    from .auth import EnvironmentAuth, UserAuth
    from .authenticator import AuthenticatorError, SoftwareAuthenticator, SoftwareCredential
    from .connection import ConnectedClient, connect, from_env
    from .exceptions import (
        AuthenticationError,
        BadRequestError,
        ConfigurationError,
        ConflictError,
        ForbiddenError,
        FronteggError,
        NotFoundError,
        RateLimitError,
        ServerError,
        UnauthorizedError,
        async_raise_on_error,
        raise_for_error,
        raise_on_error,
    )
    from .regions import Region, gateway_url, identity_url, tenants_url
    from .retries import AsyncRetryTransport, RetryTransport
    from .webauthn import (
        InvalidBase64url,
        InvalidWebAuthnData,
        authentication_to_verify_request,
        b64url_decode,
        b64url_encode,
        creation_options_json,
        registration_to_enroll_request,
        request_options_json,
    )

_MODULE_OF: dict[str, str] = {
    **dict.fromkeys(("EnvironmentAuth", "UserAuth"), ".auth"),
    **dict.fromkeys(("AuthenticatorError", "SoftwareAuthenticator", "SoftwareCredential"), ".authenticator"),
    **dict.fromkeys(("ConnectedClient", "connect", "from_env"), ".connection"),
    **dict.fromkeys(
        (
            "AuthenticationError",
            "BadRequestError",
            "ConfigurationError",
            "ConflictError",
            "ForbiddenError",
            "FronteggError",
            "NotFoundError",
            "RateLimitError",
            "ServerError",
            "UnauthorizedError",
            "async_raise_on_error",
            "raise_for_error",
            "raise_on_error",
        ),
        ".exceptions",
    ),
    **dict.fromkeys(("Region", "gateway_url", "identity_url", "tenants_url"), ".regions"),
    **dict.fromkeys(("AsyncRetryTransport", "RetryTransport"), ".retries"),
    **dict.fromkeys(
        (
            "InvalidBase64url",
            "InvalidWebAuthnData",
            "authentication_to_verify_request",
            "b64url_decode",
            "b64url_encode",
            "creation_options_json",
            "registration_to_enroll_request",
            "request_options_json",
        ),
        ".webauthn",
    ),
}

__all__ = (
    "AsyncRetryTransport",
    "AuthenticatedClient",
    "AuthenticationError",
    "AuthenticatorError",
    "BadRequestError",
    "Client",
    "ConfigurationError",
    "ConflictError",
    "ConnectedClient",
    "EnvironmentAuth",
    "ForbiddenError",
    "FronteggError",
    "InvalidBase64url",
    "InvalidWebAuthnData",
    "NotFoundError",
    "RateLimitError",
    "Region",
    "RetryTransport",
    "ServerError",
    "SoftwareAuthenticator",
    "SoftwareCredential",
    "UnauthorizedError",
    "UserAuth",
    "__version__",
    "async_raise_on_error",
    "authentication_to_verify_request",
    "b64url_decode",
    "b64url_encode",
    "connect",
    "creation_options_json",
    "from_env",
    "gateway_url",
    "identity_url",
    "raise_for_error",
    "raise_on_error",
    "registration_to_enroll_request",
    "request_options_json",
    "tenants_url",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
