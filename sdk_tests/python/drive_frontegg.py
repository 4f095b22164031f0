"""Drive Frontegg's Python SDK (PyPI `frontegg`) unchanged against whatever gateway the environment names.

Run under sdk_tests/.venv-frontegg/bin/python by tests/sdk/test_python_sdk.py. The SDK is configured
only the way its users configure it: FRONTEGG_API_GATEWAY_URL, FRONTEGG_CLIENT_ID, FRONTEGG_API_KEY.

stdin: {"token": <a user JWT the gateway issued>}. argv[1]: where to write the outcome of every check,
{name: {"result": ...} | {"error": {"type", "status", "message"}}}. The driver asserts nothing: the
pytest side holds the expectations, so a failure names the check and shows what the SDK did.
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import sys
from collections.abc import Awaitable, Callable
from typing import Any

# FronteggUrls reads FRONTEGG_API_GATEWAY_URL when frontegg is first imported: the environment must be
# complete before the first import, as in any service that uses the SDK.
for name in ("FRONTEGG_API_GATEWAY_URL", "FRONTEGG_CLIENT_ID", "FRONTEGG_API_KEY"):
    if not os.environ.get(name):
        sys.exit(f"{name} is not set")

import jwt  # noqa: E402  (PyJWT, a dependency of frontegg)
from cryptography.hazmat.primitives.asymmetric import rsa  # noqa: E402
from frontegg.common import (  # noqa: E402
    FronteggAsyncAuthenticator,
    FronteggAuthenticator,
    IdentityAsyncClientMixin,
    IdentityClientMixin,
)

CLIENT_ID = os.environ["FRONTEGG_CLIENT_ID"]
API_KEY = os.environ["FRONTEGG_API_KEY"]


def outcome(call: Callable[[], Any]) -> dict[str, Any]:
    try:
        return {"result": call()}
    except Exception as err:  # report what the SDK raised, whatever it is
        return {"error": describe(err)}


async def outcome_async(call: Callable[[], Awaitable[Any]]) -> dict[str, Any]:
    try:
        return {"result": await call()}
    except Exception as err:
        return {"error": describe(err)}


def describe(err: Exception) -> dict[str, Any]:
    status = getattr(err, "status_code", None)
    response = getattr(err, "response", None)
    if status is None and response is not None:
        status = getattr(response, "status_code", None)
    return {"type": type(err).__name__, "status": status, "message": str(err)[:300]}


def tampered(token: str) -> str:
    """The same claims with one bit of the signature flipped."""
    head, body, sig = token.split(".")
    raw = bytearray(base64.urlsafe_b64decode(sig + "=" * (-len(sig) % 4)))
    raw[0] ^= 1
    return ".".join([head, body, base64.urlsafe_b64encode(bytes(raw)).rstrip(b"=").decode()])


def forged(token: str) -> str:
    """The same claims signed by a key the gateway never published."""
    claims = jwt.decode(token, options={"verify_signature": False})
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jwt.encode(claims, key, algorithm="RS256")


def run_sync(token: str) -> dict[str, Any]:
    checks: dict[str, Any] = {}

    holder: dict[str, FronteggAuthenticator] = {}

    def authenticate() -> dict[str, Any]:
        holder["auth"] = FronteggAuthenticator(CLIENT_ID, API_KEY)
        auth = holder["auth"]
        is_jwt = isinstance(auth.access_token, str) and auth.access_token.count(".") == 2
        return {"access_token_is_jwt": is_jwt, "should_refresh": auth.should_refresh_vendor_token}

    checks["environment_auth"] = outcome(authenticate)
    checks["environment_auth_wrong_key"] = outcome(
        lambda: FronteggAuthenticator(CLIENT_ID, "not-the-api-key").access_token is not None
    )
    if "auth" not in holder:
        return checks
    identity = IdentityClientMixin(holder["auth"])
    checks["fetch_public_key"] = outcome(identity.fetch_public_key)
    validate = identity.validate_identity_on_token
    checks["validate_token"] = outcome(lambda: validate(token))
    checks["validate_bearer_header"] = outcome(lambda: validate("Bearer " + token))
    checks["role_granted"] = outcome(lambda: validate(token, {"roles": ["Admin"]}))
    checks["role_granted_any_of"] = outcome(lambda: validate(token, {"roles": ["Auditor", "Admin"]}))
    checks["role_denied"] = outcome(lambda: validate(token, {"roles": ["Auditor"]}))
    checks["permission_granted"] = outcome(lambda: validate(token, {"permissions": ["fe.secure.read.users"]}))
    checks["permission_denied"] = outcome(lambda: validate(token, {"permissions": ["billing.invoices.write"]}))
    checks["role_granted_permission_denied"] = outcome(
        lambda: validate(token, {"roles": ["Admin"], "permissions": ["billing.invoices.write"]})
    )
    checks["tampered_token"] = outcome(lambda: validate(tampered(token)))
    checks["forged_token"] = outcome(lambda: validate(forged(token)))
    checks["decode_jwt"] = outcome(lambda: identity.decode_jwt("Bearer " + token))
    return checks


async def run_async(token: str) -> dict[str, Any]:
    """The async flavour (httpx), which the SDK's FastAPI integration uses."""
    checks: dict[str, Any] = {}
    auth = FronteggAsyncAuthenticator(CLIENT_ID, API_KEY)
    checks["async_environment_auth"] = await outcome_async(auth.refresh_vendor_token)
    identity = IdentityAsyncClientMixin(auth)
    validate = identity.validate_identity_on_token
    checks["async_validate_token"] = await outcome_async(lambda: validate(token))
    checks["async_role_granted"] = await outcome_async(lambda: validate(token, {"roles": ["Admin"]}))
    checks["async_permission_denied"] = await outcome_async(
        lambda: validate(token, {"permissions": ["billing.invoices.write"]})
    )
    return checks


async def run_fastapi(token: str) -> dict[str, Any]:
    """The FastAPI integration: routes behind FronteggSecurity, called in-process over ASGI."""
    import httpx
    from fastapi import Depends, FastAPI
    from frontegg.fastapi import frontegg
    from frontegg.fastapi.secure_access import FronteggSecurity, User

    app = FastAPI()

    def view(user: User) -> dict[str, Any]:
        return {"id": user.id, "tenant_id": user.tenant_id, "email": user.email, "roles": user.roles}

    @app.get("/me")
    def me(user: User = Depends(FronteggSecurity())) -> dict[str, Any]:  # noqa: B008  (FastAPI's idiom)
        return view(user)

    @app.get("/admin")
    def admin(user: User = Depends(FronteggSecurity(roles=["Admin"]))) -> dict[str, Any]:  # noqa: B008
        return view(user)

    @app.get("/billing")
    def billing(user: User = Depends(FronteggSecurity(permissions=["billing.invoices.write"]))) -> dict[str, Any]:  # noqa: B008
        return view(user)

    checks: dict[str, Any] = {}
    checks["fastapi_init"] = await outcome_async(lambda: frontegg.init_app(CLIENT_ID, API_KEY))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
        for name, path, authorization in [
            ("fastapi_authenticated", "/me", f"Bearer {token}"),
            ("fastapi_role_granted", "/admin", f"Bearer {token}"),
            ("fastapi_permission_denied", "/billing", f"Bearer {token}"),
            ("fastapi_no_token", "/me", None),
            ("fastapi_tampered_token", "/me", f"Bearer {tampered(token)}"),
        ]:
            headers = {"Authorization": authorization} if authorization else {}
            response = await http.get(path, headers=headers)
            checks[name] = {"result": {"status": response.status_code, "body": response.json()}}
    return checks


async def run_in_one_loop(token: str) -> dict[str, Any]:
    # The async authenticator's httpx client is one class attribute, shared by every instance and
    # bound to the event loop that first used it: one loop for all async checks, closed at the end.
    checks = await run_async(token)
    checks.update(await run_fastapi(token))
    await FronteggAsyncAuthenticator.vendor_session_request.aclose()
    return checks


def main() -> None:
    token = json.load(sys.stdin)["token"]
    checks = run_sync(token)
    checks.update(asyncio.run(run_in_one_loop(token)))
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        json.dump(checks, out, default=str)


if __name__ == "__main__":
    main()
