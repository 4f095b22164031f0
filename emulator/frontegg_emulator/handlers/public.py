"""Routes Frontegg serves that its published spec leaves out: the public configuration the browser SDKs
and the login box read at boot, before anyone signs in, and the vendor document (``/vendors``) its
Terraform provider edits.

Every answer comes from the environment's stored configuration (the same documents the documented
operations write), in the shapes Frontegg's browser client types them. Evidence per route below:
``@frontegg/rest-api`` 7.119.0 (the function that calls it and its return type) and
``@frontegg/redux-store`` 7.119.0 (what the store reads), and frontegg/terraform-provider-frontegg.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..domain import origins, policies
from ..domain.model import Environment
from ..errors import BadRequest, MethodNotAllowed, NotFound
from . import auth
from .policies import CAPTCHA_DEFAULTS

PublicRoute = Callable[[Environment, dict[str, str]], Any]


def _vendor(env: Environment) -> dict[str, Any]:
    return {**auth.VENDOR_DEFAULTS, **env.policies.get("vendor", {})}


def vendor_public_config(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api auth/index.js getVendorConfig -> GET /identity/resources/configurations/v1/public, typed
    # IVendorConfig {allowSignups, allowNotVerifiedUsersLogin, apiTokensEnabled, forcePermissions,
    # authStrategy, machineToMachineAuthStrategy} (auth/interfaces.d.ts); redux-store SignUpState reads
    # allowSignups from it. Nothing secret: no key material, unlike getVendorConfig with a token.
    vendor = _vendor(env)
    keys = (
        "allowSignups",
        "allowNotVerifiedUsersLogin",
        "apiTokensEnabled",
        "forcePermissions",
        "authStrategy",
        "machineToMachineAuthStrategy",
    )
    return {k: vendor[k] for k in keys}


def auth_strategies_public(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api getVendorPublicAuthStrategiesConfig, typed IAuthStrategiesConfig {secondaryAuthStrategies:
    # {strategy, isActive}[], mainAuthStrategies: {strategy}[]}; redux-store SecurityPolicyState reads
    # mainAuthStrategies[0].strategy as the login page's strategy. The emulator has one main strategy
    # (the vendor's authStrategy) and no secondary ones to offer.
    return {"mainAuthStrategies": [{"strategy": _vendor(env)["authStrategy"]}], "secondaryAuthStrategies": []}


def sign_up_strategies(env: Environment, query: dict[str, str]) -> list[dict[str, Any]]:
    # rest-api getSignUpStrategies, typed TSignupStrategyResponse = {strategy: "email" | "phoneNumber" |
    # "username", isActive, isRequired}[] (auth/interfaces.d.ts, auth/enums.d.ts SignUpStrategyEnum).
    # The emulator's sign-up takes an email; usernames and phone numbers are added afterwards.
    return [
        {"strategy": "email", "isActive": True, "isRequired": True},
        {"strategy": "phoneNumber", "isActive": False, "isRequired": False},
        {"strategy": "username", "isActive": False, "isRequired": False},
    ]


def social_login_providers(env: Environment, query: dict[str, str]) -> list[dict[str, Any]]:
    # rest-api getSocialLoginProvidersV2 -> GET /identity/resources/sso/v2, typed
    # ISocialLoginProviderConfigurationV2[]; redux-store SocialLoginState maps over it. The built-in
    # providers (Google, GitHub ...) need Frontegg's OAuth apps, which the emulator has none of; custom
    # providers come from GET /identity/resources/sso/custom/v1.
    return []


def captcha_policy_public(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api auth/secutiry-poilicy getCaptchaPolicy -> GET .../configurations/v1/captcha-policy/public.
    # What a page needs to render the captcha: never the secret key.
    doc = policies.vendor_doc(env, "captcha", CAPTCHA_DEFAULTS)
    return {k: doc.get(k, CAPTCHA_DEFAULTS[k]) for k in ("enabled", "siteKey", "minScore", "ignoredEmails")}


def sso_public_configuration(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api getSSOPublicConfiguration -> GET /team/resources/sso/v2/configurations/public, typed
    # ISSOPublicConfiguration {isActive}; redux-store LoginState sets isSSOAuth from it. The emulator
    # implements no SAML or OIDC sign-in, so the login box must not offer it.
    return {"isActive": False}


def metadata(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api metadata/index.js getMetadata -> GET /metadata?entityName=..., reads data.rows[0] and
    # throws "metadata not found" itself when there is none; the Terraform provider reads the same route
    # (resource_frontegg_workspace.go fronteggSSOSAMLURL "/metadata?entityName=saml"). The emulator
    # stores no vendor metadata: no rows, which the store handles (LoginState __refreshMetadata).
    entity = query.get("entityName")
    if not entity:
        raise BadRequest("query parameter entityName is required")
    return {"rows": []}


def vendor_public_info(env: Environment, query: dict[str, str]) -> dict[str, Any]:
    # rest-api vendor/index.js getVendorPublicInfo -> GET /vendors/public, typed IVendorPublicInfoResponse
    # {name, logo, icon, whiteLabelMode}; redux-store vendor/actions.js loads it at boot.
    workspace = env.policies.get(origins.WORKSPACE, {})
    return {
        "name": workspace.get("name", DEFAULT_WORKSPACE_NAME),
        "logo": workspace.get("logo", ""),
        "icon": workspace.get("icon", ""),
        "whiteLabelMode": False,
    }


DEFAULT_WORKSPACE_NAME = "Frontegg emulator"
# Paths under /identity (after the /identity or /frontegg/identity prefix).
IDENTITY_ROUTES: dict[str, PublicRoute] = {
    "/resources/configurations/v1/public": vendor_public_config,
    "/resources/configurations/v1/auth/strategies/public": auth_strategies_public,
    "/resources/configurations/v1/sign-up/strategies": sign_up_strategies,
    "/resources/configurations/v1/captcha-policy/public": captcha_policy_public,
    "/resources/sso/v2": social_login_providers,
    # The same answers under the paths @frontegg/rest-api 7.119.0 calls for them besides (auth/index.js):
    # getSocialLoginProviders -> GET .../sso/v1, typed ISocialLoginProviderConfiguration[] (type, clientId,
    # redirectUrl, active: a subset of V2's fields, auth/interfaces.d.ts); and the "Authenticated route"
    # twins (auth/index.d.ts) getSocialLoginProvidersV2ForAuthenticatedUser -> GET .../sso/v2/authenticated
    # and getPublicAuthStrategiesConfigForAuthenticatedUser -> GET .../configurations/v1/auth/strategies,
    # typed as their public twins (ISocialLoginProviderConfigurationV2[], IAuthStrategiesConfig).
    "/resources/sso/v1": social_login_providers,
    "/resources/sso/v2/authenticated": social_login_providers,
    "/resources/configurations/v1/auth/strategies": auth_strategies_public,
}
# The routes above that rest-api documents as authenticated: they answer a signed-in caller only, for
# the environment its token belongs to.
SIGNED_IN_ROUTES = frozenset({"/resources/sso/v2/authenticated", "/resources/configurations/v1/auth/strategies"})
# Paths at the gateway's root (after an optional /frontegg prefix, the browser client's).
GATEWAY_ROUTES: dict[str, PublicRoute] = {
    "/team/resources/sso/v2/configurations/public": sso_public_configuration,
    "/metadata": metadata,
    "/vendors/public": vendor_public_info,
}


def get(routes: dict[str, PublicRoute], env: Environment, method: str, path: str, query: dict[str, str]) -> Any:
    route = routes.get(path)
    if route is None:
        raise NotFound(f"No route for {method} {path}")
    if method != "GET":
        raise MethodNotAllowed(f"{method} is not allowed on {path}", allow=["GET"])
    return route(env, query)


# ------------------------------------------------------------------ /vendors (environment token)
# The vendor document as frontegg/terraform-provider-frontegg reads and writes it
# (resource_frontegg_workspace.go fronteggVendor: id, name, country, backendStack, frontendStack,
# openSaaSInstalled, host, allowedOrigins; resource_frontegg_allowed_origin.go PUTs only allowedOrigins).
WORKSPACE_STRINGS = ("name", "country", "backendStack", "frontendStack", "logo", "icon")


def vendor_document(env: Environment, default_origins: Sequence[str]) -> dict[str, Any]:
    workspace = env.policies.get(origins.WORKSPACE, {})
    return {
        "id": env.id,
        "name": workspace.get("name", DEFAULT_WORKSPACE_NAME),
        "country": workspace.get("country", ""),
        "backendStack": workspace.get("backendStack", ""),
        "frontendStack": workspace.get("frontendStack", ""),
        "openSaaSInstalled": bool(workspace.get("openSaaSInstalled", False)),
        "host": env.vendor_host,
        "allowedOrigins": origins.allowed_origins(env, default_origins),
    }


def update_vendor(env: Environment, body: Any, default_origins: Sequence[str]) -> dict[str, Any]:
    """A partial update: the fields sent replace the stored ones; ``host`` is the environment's own."""
    if not isinstance(body, dict):
        raise BadRequest("The request body must be a JSON object")
    changes: dict[str, Any] = {}
    for key in WORKSPACE_STRINGS:
        if key in body:
            if not isinstance(body[key], str):
                raise BadRequest(f"{key} must be a string")
            changes[key] = body[key]
    if "openSaaSInstalled" in body:
        if not isinstance(body["openSaaSInstalled"], bool):
            raise BadRequest("openSaaSInstalled must be a boolean")
        changes["openSaaSInstalled"] = body["openSaaSInstalled"]
    if "allowedOrigins" in body:
        given = body["allowedOrigins"]
        if not isinstance(given, list) or not all(isinstance(o, str) for o in given):
            raise BadRequest("allowedOrigins must be a list of strings")
        try:
            checked = [origins.check_pattern(o) for o in given]
        except origins.OriginPatternError as err:
            raise BadRequest(str(err)) from None
        changes["allowedOrigins"] = list(dict.fromkeys(checked))
    env.policies[origins.WORKSPACE] = {**env.policies.get(origins.WORKSPACE, {}), **changes}
    return vendor_document(env, default_origins)
