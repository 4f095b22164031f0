"""Every identity path Frontegg's browser client (``@frontegg/rest-api``, pinned in sdk_tests/node) calls is
served by the emulator, or written down below with the reason it is not.

The inventory is read from the installed package, not typed in: its route constants (``constants.js``,
evaluated by node) and every ``this.get/post/put/patch/delete/postDownload(...)`` call of its modules,
with each template's ``${...}`` filled in. Each identity call is then sent, as the client sends it
(``/frontegg/identity/...``, no token, an empty JSON body), to a fresh emulator: a path is served unless
the gateway answers that it has no route for it (404 "No route for ..." or 405). A new rest-api release
that calls an identity path the emulator does not serve fails here until it is served or listed.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from functools import cache

import httpx
import pytest
from sdk_harness import NODE_DIR, needs_node_package

from frontegg_emulator import EmulatorServer

PACKAGE = NODE_DIR / "node_modules" / "@frontegg" / "rest-api"
pytestmark = needs_node_package("@frontegg/rest-api")

IDENTITY = "/identity/"
# Frontegg's other services, which rest-api also calls: outside this project's Identity API (a few of
# their reads the browser needs at boot are served anyway, see handlers/public.py GATEWAY_ROUTES, and the
# Tenants API is a companion with its own spec; neither is inventoried here). Velo is Frontegg's AI
# assistant, which 7.119.0 points at a developer's http://localhost:3037 (constants.js urls.velo).
OTHER_SERVICES = (
    "/applications/",
    "/audits",
    "/directory/",
    "/entitlements/",
    "/event/",
    "/flags",
    "/integrations/",
    "/metadata",
    "/notification",
    "/oauth/",
    "/reports/",
    "/security-center/",
    "/security-engines/",
    "/subscriptions/",
    "/team/",
    "/tenants/",
    "/vendors",
    "/webhook",
    "http://localhost:3037/",
)
# Template parameters whose values are a closed set, each value its own route: the passwordless type is
# an AuthStrategyEnum value lowercased, the username strategies mapped onto these three (auth/index.js
# preLoginV2 / passwordlessPostLogin, auth/enums.d.ts).
CLOSED_SETS = {
    "/identity/resources/auth/v1/passwordless/{mappedType}/prelogin": ("magiclink", "code", "smscode"),
    "/identity/resources/auth/v1/passwordless/{type}/postlogin": ("magiclink", "code", "smscode"),
}
ANY_ID = "3f2c8a4e-1b7d-4c9e-9a6f-0d5e2b8c7a11"
# Calls whose URL is a variable, and where that variable comes from.
INDIRECT = {"signUpUrl"}  # auth/index.js signUp(signUpUrl, body): every caller is inventoried as this.signUp

SSO_LOGIN = "SAML/OIDC/social sign-in through an identity provider: the emulator has no IdP to redirect to"
# Identity calls of rest-api 7.119.0 the emulator does not serve, each with why (the function named is
# rest-api's). Remove an entry when its path becomes served: the table must stay true (see the last test).
OUT_OF_SCOPE: dict[tuple[str, str], str] = {
    # auth/index.js: sign-in through an external identity provider
    ("POST", "/identity/resources/auth/v1/user/saml/prelogin"): SSO_LOGIN,
    ("POST", "/identity/resources/auth/v1/user/saml/postlogin"): SSO_LOGIN,
    ("POST", "/identity/resources/auth/v1/user/oidc/postlogin"): SSO_LOGIN,
    ("POST", "/identity/resources/auth/v2/user/oidc/postlogin"): SSO_LOGIN,
    ("POST", "/identity/resources/auth/v2/user/sso/prelogin"): SSO_LOGIN,
    ("POST", "/identity/resources/auth/v1/user/sso/{params}/postlogin"): SSO_LOGIN,
}

CALL = re.compile(r"this\.(get|post|put|patch|delete|postDownload|signUp)\(\s*(`[^`]*`|urls(?:\.\w+)+|\w+)")


@cache
def route_constants() -> dict[str, object]:
    script = f"import {{ urls }} from {json.dumps(str(PACKAGE / 'constants.js'))}; console.log(JSON.stringify(urls));"
    node = shutil.which("node")
    assert node is not None  # needs_node_package skipped this module otherwise
    done = subprocess.run(
        [node, "--input-type=module", "-e", script], capture_output=True, text=True, timeout=60, check=True
    )
    urls: dict[str, object] = json.loads(done.stdout)
    return urls


def _constant(dotted: str) -> str:
    value: object = route_constants()
    for key in dotted.split(".")[1:]:
        assert isinstance(value, dict), dotted
        value = value[key]
    assert isinstance(value, str), dotted
    return value


def _fill(template: str) -> str:
    def one(match: re.Match[str]) -> str:
        inner = match.group(1)
        if re.fullmatch(r"urls(\.\w+)+", inner):
            return _constant(inner)
        return "{" + re.sub(r"\W", "", inner.split(".")[0]) + "}"  # ${params.provider} -> {params}

    return re.sub(r"\$\{([^}]*)\}", one, template)


@cache
def rest_api_calls() -> frozenset[tuple[str, str]]:
    """(method, path template) of every request the package's modules make."""
    calls: set[tuple[str, str]] = set()
    for source in sorted(PACKAGE.rglob("*.js")):
        parts = source.relative_to(PACKAGE).parts
        if parts[0] in ("node", "node_modules"):  # the CommonJS build of the same code; dependencies
            continue
        for match in CALL.finditer(source.read_text()):
            verb, expr = match.groups()
            method = {"postDownload": "POST", "signUp": "POST"}.get(verb, verb.upper())
            if expr.startswith("urls."):
                calls.add((method, _constant(expr)))
            elif expr.startswith("`"):
                calls.add((method, _fill(expr[1:-1])))
            else:
                assert expr in INDIRECT, f"{source.name}: {verb}({expr}) is a URL this inventory cannot read"
    return frozenset(calls)


def identity_calls() -> list[tuple[str, str]]:
    return sorted((method, path) for method, path in rest_api_calls() if path.startswith(IDENTITY))


def _concrete(path: str) -> list[str]:
    values = CLOSED_SETS.get(path)
    if values is not None:
        return [re.sub(r"\{[^}]*\}", value, path) for value in values]
    return [re.sub(r"\{[^}]*\}", ANY_ID, path)]


@pytest.fixture(scope="module")
def emulator() -> Iterator[EmulatorServer]:
    with EmulatorServer() as emu:
        yield emu


def _served(http: httpx.Client, method: str, path: str) -> bool:
    body = None if method == "GET" else b"{}"
    r = http.request(method, "/frontegg" + path, content=body, headers={"content-type": "application/json"})
    if r.status_code == 405:
        return False
    return not (r.status_code == 404 and "No route for" in r.text)


@pytest.fixture(scope="module")
def unserved(emulator: EmulatorServer) -> set[tuple[str, str]]:
    with httpx.Client(base_url=emulator.url, timeout=10) as http:
        return {
            (method, path)
            for method, path in identity_calls()
            if not all(_served(http, method, concrete) for concrete in _concrete(path))
        }


def test_the_inventory_reads_the_client() -> None:
    calls = rest_api_calls()
    # Sanity: a reading that found nothing would pass everything below.
    assert len(identity_calls()) > 150
    assert ("GET", "/identity/resources/users/v3/me/tenants") in calls  # users/index.js getCurrentUserTenantsV3
    assert ("POST", "/identity/resources/users/v1/signUp") in calls  # auth/index.js signUpUser, via signUp()
    assert ("GET", "/identity/resources/configurations/v1/lockout-policy/vendor") in calls  # auth/secutiry-poilicy


def test_every_call_is_identity_or_another_named_service() -> None:
    unknown = sorted(
        (method, path)
        for method, path in rest_api_calls()
        if not path.startswith(IDENTITY) and not path.startswith(OTHER_SERVICES)
    )
    assert not unknown, f"rest-api calls a service this inventory does not name: {unknown}"


def test_every_identity_call_is_served_or_listed(unserved: set[tuple[str, str]]) -> None:
    missing = sorted(unserved - OUT_OF_SCOPE.keys())
    assert not missing, f"@frontegg/rest-api calls identity paths the emulator does not serve: {missing}"


def test_the_out_of_scope_table_is_true(unserved: set[tuple[str, str]]) -> None:
    called = set(identity_calls())
    assert not sorted(OUT_OF_SCOPE.keys() - called), "listed, but rest-api no longer calls them"
    assert not sorted(OUT_OF_SCOPE.keys() - unserved), "listed, but the emulator serves them now"
