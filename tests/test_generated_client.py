"""Tests of the generated client as a whole: byte-stable regeneration, the lazy models package, the
per-call code the templates in openapi/templates/ produce, and a round trip through httpx.MockTransport."""

from __future__ import annotations

import ast
import asyncio
import datetime as dt
import filecmp
import json
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

import frontegg_identity.models as models
from frontegg_identity import AuthenticatedClient, Client
from frontegg_identity import types as generated_types
from frontegg_identity.api.users import get_user_by_id
from frontegg_identity.models import ErrorResponse, RoleResponse, User, UserTenant
from frontegg_identity.types import UNSET, Response, json_body, parse_datetime

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = Path(models.__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "openapi" / "tools"))  # the tools are scripts
import generate  # noqa: E402

BASE_URL = "https://api.frontegg.test/identity"
USER_ID = "4bd4b2c1-8f0e-4bb5-9f5d-6c1f3a0b7e21"
TENANT_ID = "9c2f7b0e-3a41-4f7e-bd2a-0d5e8c6a1f34"


# Fixtures -----------------------------------------------------------------------------------------


def role(n: int) -> dict[str, Any]:
    return {
        "id": f"role-{n}",
        "vendorId": "vendor-1",
        "tenantId": TENANT_ID,
        "key": f"key-{n}",
        "name": f"Role {n}",
        "description": "Account member access",
        "isDefault": n == 0,
        "firstUserRole": False,
        "level": n,
        "createdAt": "2024-03-11T09:21:44.512Z",
        "updatedAt": "2025-01-27T16:02:09.004+01:00",
        "permissions": ["perm-1"],
    }


def user_body() -> dict[str, Any]:
    return {
        "id": USER_ID,
        "email": "ada@example.com",
        "name": "Ada Lovelace",
        "profilePictureUrl": "https://cdn.example.com/ada.png",
        "sub": USER_ID,
        "verified": True,
        "mfaEnrolled": False,
        "roles": [role(0), role(1)],
        "permissions": [
            {
                "id": "perm-1",
                "key": "fe.secure.read.users",
                "name": "Read users",
                "description": "Read users in the account",
                "createdAt": "2023-11-02T12:00:00Z",
                "updatedAt": "2024-06-18T08:30:15.250Z",
                "roleIds": ["role-0"],
                "categoryId": "category-1",
                "fePermission": True,
            }
        ],
        "provider": "local",
        "tenantId": TENANT_ID,
        "tenantIds": [TENANT_ID],
        "tenants": [{"tenantId": TENANT_ID, "roles": [role(0)], "temporaryExpirationDate": "2025-12-31T23:59:59Z"}],
        "metadata": '{"department": "Research"}',
        "vendorMetadata": "{}",
        "createdAt": "2024-03-11T09:21:44.512Z",
        "lastLogin": "2025-02-03T07:45:12.118Z",
        "subAccountAccessAllowed": False,
        "managedBy": "frontegg",
        "groups": [{"id": "group-1"}],
        "somethingNew": {"the spec": "does not name this key"},
    }


def mock_client(handler: Any) -> AuthenticatedClient:
    # The client builds its own httpx clients (with the Authorization header) around the mock transport.
    return AuthenticatedClient(
        base_url=BASE_URL, token="test-token", httpx_args={"transport": httpx.MockTransport(handler)}
    )


def run_python(code: str) -> str:
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    return result.stdout.strip()


# Regeneration -------------------------------------------------------------------------------------


def _tree_differences(a: Path, b: Path) -> list[str]:
    files_a = {p.relative_to(a) for p in a.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    files_b = {p.relative_to(b) for p in b.rglob("*") if p.is_file() and "__pycache__" not in p.parts}
    diffs = [f"only in one build: {p}" for p in sorted(files_a ^ files_b)]
    diffs += [str(p) for p in sorted(files_a & files_b) if not filecmp.cmp(a / p, b / p, shallow=False)]
    return diffs


@pytest.mark.slow
def test_regeneration_is_deterministic() -> None:
    # Two builds side by side (each is mostly subprocess time), so the test stays well under 20 s.
    with tempfile.TemporaryDirectory() as one, tempfile.TemporaryDirectory() as two:
        with ThreadPoolExecutor(max_workers=2) as pool:
            first, second = pool.map(generate.build, [Path(one), Path(two)])
        assert first.name == second.name == "frontegg_identity"
        assert len(list(first.rglob("*.py"))) > 700
        assert _tree_differences(first, second) == []


# The lazy models package --------------------------------------------------------------------------


def test_importing_one_operation_imports_few_models() -> None:
    out = run_python(
        "import sys\n"
        "import frontegg_identity.api.users.get_user_by_id\n"
        "names = sorted(m for m in sys.modules if m.startswith('frontegg_identity.models.'))\n"
        "print(len(names))\n"
    )
    assert 0 < int(out) <= 30, f"{out} model modules imported"


def test_importing_the_models_package_imports_no_model() -> None:
    out = run_python(
        "import sys\n"
        "import frontegg_identity.models\n"
        "print(sum(m.startswith('frontegg_identity.models.') for m in sys.modules))\n"
    )
    assert out == "0"


def test_models_import_on_first_use() -> None:
    from frontegg_identity.models import UserV3Page

    assert UserV3Page.__name__ == "UserV3Page"
    assert UserV3Page.__module__ == "frontegg_identity.models.user_v3_page"
    assert models.UserV3Page is UserV3Page


def test_dir_of_models_lists_every_model() -> None:
    names = dir(models)
    assert names == sorted(models.__all__)
    assert len(names) == len(set(names))
    # Every module of the package contributes its public name(s).
    modules = {p.stem for p in (PACKAGE / "models").glob("*.py") if p.stem != "__init__"}
    exported_from = {getattr(models, name).__module__.rsplit(".", 1)[-1] for name in names if _is_class(name)}
    literal_modules = {m for m in modules if m not in exported_from}
    for module in sorted(literal_modules):
        source = (PACKAGE / "models" / f"{module}.py").read_text()
        assert "Literal[" in source, f"models/{module}.py exports nothing from frontegg_identity.models"


def _is_class(name: str) -> bool:
    return isinstance(getattr(models, name), type)


def test_models_import_other_models_only_after_their_own_class() -> None:
    """Models refer to each other in cycles; importing another model class before defining one's own
    would fail for some import orders (the models template imports them at the end of the module)."""
    folder = PACKAGE / "models"
    trees = {p.stem: ast.parse(p.read_text()) for p in folder.glob("*.py") if p.stem != "__init__"}
    defines_class = {name: any(isinstance(n, ast.ClassDef) for n in tree.body) for name, tree in trees.items()}
    early = []
    for name, tree in trees.items():
        for node in tree.body:
            if isinstance(node, ast.ClassDef):
                break
            module = (node.module or "") if isinstance(node, ast.ImportFrom) else ""
            if module.startswith("models.") and defines_class[module.split(".", 1)[1]]:
                early.append(f"{name} imports {module}")
    assert early == []


def test_unknown_model_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="NoSuchModel"):
        _ = models.NoSuchModel
    assert not hasattr(models, "NoSuchModel")
    with pytest.raises(ImportError):
        exec("from frontegg_identity.models import NoSuchModel")  # noqa: S102 - a fixed statement


# Generated per-call code --------------------------------------------------------------------------


def _model_classes() -> list[type]:
    return [obj for name in models.__all__ if isinstance(obj := getattr(models, name), type)]


def test_from_dict_passes_arguments_in_declaration_order() -> None:
    """The models template calls cls(...) positionally; the order must be the attrs field order."""
    checked = 0
    for cls in _model_classes():
        tree = ast.parse(Path(sys.modules[cls.__module__].__file__ or "").read_text())
        [class_def] = [n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == cls.__name__]
        [from_dict] = [n for n in class_def.body if isinstance(n, ast.FunctionDef) and n.name == "from_dict"]
        calls = [
            n
            for n in ast.walk(from_dict)
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "cls"
        ]
        assert len(calls) == 1, cls
        [call] = calls
        expected = [a.alias for a in attrs.fields(cls) if a.init]
        if call.args:
            assert not call.keywords, cls
            assert [a.id for a in call.args if isinstance(a, ast.Name)] == expected, cls
            checked += 1
        else:
            assert sorted(k.arg or "" for k in call.keywords) == sorted(expected), cls
    assert checked > 100


def test_from_dict_reads_nested_models_and_keeps_unknown_keys() -> None:
    body = user_body()
    snapshot = json.loads(json.dumps(body))
    user = User.from_dict(body)
    assert body == snapshot, "from_dict must not change its input"
    assert user.id == USER_ID
    assert user.created_at == dt.datetime(2024, 3, 11, 9, 21, 44, 512000, tzinfo=dt.timezone.utc)
    assert [r.key for r in user.roles] == ["key-0", "key-1"]
    assert isinstance(user.roles[0], RoleResponse)
    assert user.roles[0].updated_at.utcoffset() == dt.timedelta(hours=1)
    assert isinstance(user.tenants[0], UserTenant)
    assert user.tenants[0].is_disabled is UNSET
    assert user.managed_by == "frontegg"
    assert user.phone_number is UNSET
    assert user.additional_properties == {"somethingNew": {"the spec": "does not name this key"}}
    assert user["somethingNew"] == {"the spec": "does not name this key"}
    assert user.roles[0].additional_properties == {}
    assert isinstance(user.groups, list)
    # A group's id is a named field since the spec shapes groups (rest-api 7.119.0 User.groups, issue 15).
    assert user.groups[0].id == "group-1" and user.groups[0].additional_properties == {}


def test_to_dict_and_from_dict_round_trip() -> None:
    user = User.from_dict(user_body())
    again = User.from_dict(user.to_dict())
    assert again == user
    assert again.to_dict() == user.to_dict()
    assert user.to_dict()["somethingNew"] == {"the spec": "does not name this key"}


def test_missing_required_property_raises_key_error() -> None:
    body = role(0)
    del body["key"]
    with pytest.raises(KeyError, match="key"):
        RoleResponse.from_dict(body)


def test_from_dict_accepts_any_mapping() -> None:
    from types import MappingProxyType

    parsed = RoleResponse.from_dict(MappingProxyType({**role(3), "extra": 1}))
    assert parsed.level == 3
    assert parsed.additional_properties == {"extra": 1}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-03-11T09:21:44.512Z", dt.datetime(2024, 3, 11, 9, 21, 44, 512000, tzinfo=dt.timezone.utc)),
        ("2024-03-11T09:21:44Z", dt.datetime(2024, 3, 11, 9, 21, 44, tzinfo=dt.timezone.utc)),
        ("2024-03-11T09:21:44+01:00", dt.datetime(2024, 3, 11, 8, 21, 44, tzinfo=dt.timezone.utc)),
        ("2024-03-11T09:21:44.5+00:00", dt.datetime(2024, 3, 11, 9, 21, 44, 500000, tzinfo=dt.timezone.utc)),
        ("2024-03-11T09:21:44", dt.datetime(2024, 3, 11, 9, 21, 44)),
    ],
)
def test_parse_datetime_reads_what_servers_send(text: str, expected: dt.datetime) -> None:
    assert parse_datetime(text) == expected


def test_parse_datetime_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="isoformat"):
        parse_datetime("yesterday")


# Calls through httpx.MockTransport ----------------------------------------------------------------


def test_get_parses_into_the_model() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=user_body())

    client = mock_client(handler)
    response = get_user_by_id.sync_detailed(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
    assert isinstance(response, Response)
    assert response.status_code == 200
    assert response.status_code.phrase == "OK"
    assert json.loads(response.content)["id"] == USER_ID
    assert response.headers["content-type"] == "application/json"
    assert isinstance(response.parsed, User)
    assert response.parsed.email == "ada@example.com"

    [request] = seen
    assert request.method == "GET"
    assert request.url.path == f"/identity/resources/users/v1/{USER_ID}"
    assert request.headers["frontegg-tenant-id"] == TENANT_ID
    assert request.headers["authorization"] == "Bearer test-token"

    parsed = get_user_by_id.sync(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
    assert parsed == response.parsed


def test_path_parameters_are_quoted() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.raw_path.decode())
        return httpx.Response(200, json=user_body())

    get_user_by_id.sync("a/b c", client=mock_client(handler), frontegg_tenant_id=TENANT_ID)
    assert paths == ["/identity/resources/users/v1/a%2Fb%20c"]


def test_asyncio_variants_parse_too() -> None:
    client = mock_client(lambda request: httpx.Response(200, json=user_body()))

    async def main() -> tuple[Any, Any]:
        detailed = await get_user_by_id.asyncio_detailed(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
        parsed = await get_user_by_id.asyncio(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
        return detailed, parsed

    detailed, parsed = asyncio.run(main())
    assert isinstance(detailed.parsed, User)
    assert parsed == detailed.parsed


def test_error_status_parses_into_error_response() -> None:
    body = {"errors": ["User not found"], "errorCode": "ER-01001", "context": {"userId": USER_ID}}
    client = mock_client(lambda request: httpx.Response(404, json=body))
    response = get_user_by_id.sync_detailed(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.errors == ["User not found"]
    assert response.parsed.error_code == "ER-01001"
    assert response.parsed.error_codes is UNSET
    assert response.parsed.to_dict() == body


def test_undocumented_status_is_none_or_raises() -> None:
    from frontegg_identity import errors

    client = mock_client(lambda request: httpx.Response(418, content=b"teapot"))
    assert get_user_by_id.sync(USER_ID, client=client, frontegg_tenant_id=TENANT_ID) is None
    strict = AuthenticatedClient(base_url=BASE_URL, token="t", raise_on_unexpected_status=True)
    strict.set_httpx_client(client.get_httpx_client())
    with pytest.raises(errors.UnexpectedStatus) as caught:
        get_user_by_id.sync(USER_ID, client=strict, frontegg_tenant_id=TENANT_ID)
    assert caught.value.status_code == 418


# types.json_body (orjson first, httpx's Response.json() for the rest) --------------------------------


@pytest.fixture(params=["orjson", "stdlib"])
def decoder(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Run a test with orjson (as installed) and again as on an interpreter without it."""
    if request.param == "stdlib":
        monkeypatch.setattr(generated_types, "orjson", None)
    else:
        assert generated_types.orjson is not None, "orjson is a dependency on CPython"
    return str(request.param)


@pytest.mark.parametrize(
    ("content", "headers", "expected"),
    [
        (b'{"a": [1, 2.5, "\\u00e9", null, true]}', {}, {"a": [1, 2.5, "\u00e9", None, True]}),
        # orjson reads UTF-8 only; httpx's Response.json() detects UTF-16 from the bytes.
        ('{"name": "Zo\u00eb"}'.encode("utf-16"), {}, {"name": "Zo\u00eb"}),
        # Beyond orjson's 64-bit integers: the standard library keeps them exact.
        (b'{"n": 1180591620717411303424}', {}, {"n": 2**70}),
    ],
    ids=["utf-8", "utf-16", "big-integer"],
)
def test_json_body_decodes_what_httpx_decodes(
    decoder: str, content: bytes, headers: dict[str, str], expected: Any
) -> None:
    response = httpx.Response(200, content=content, headers=headers)
    assert json_body(response) == expected == response.json()


def test_json_body_reads_nan_like_httpx(decoder: str) -> None:
    response = httpx.Response(200, content=b'{"x": NaN}')
    value = json_body(response)["x"]
    assert value != value  # NaN, as json.loads (and so Response.json()) reads it


@pytest.mark.parametrize("content", [b"", b"{", b"<html>Bad gateway</html>"])
def test_json_body_raises_the_json_error_httpx_raises(decoder: str, content: bytes) -> None:
    response = httpx.Response(200, content=content)
    with pytest.raises(json.JSONDecodeError) as caught:
        json_body(response)
    with pytest.raises(json.JSONDecodeError) as expected:
        response.json()
    assert str(caught.value) == str(expected.value)


def test_operations_decode_with_json_body(decoder: str) -> None:
    body = json.dumps(user_body()).encode("utf-16")
    client = mock_client(
        lambda request: httpx.Response(200, content=body, headers={"content-type": "application/json"})
    )
    user = get_user_by_id.sync(USER_ID, client=client, frontegg_tenant_id=TENANT_ID)
    assert isinstance(user, User)
    assert user.to_dict() == User.from_dict(user_body()).to_dict()


# client.py (Python 3.10: no typing.Self) ----------------------------------------------------------


def test_client_methods_return_the_instance_they_are_called_on() -> None:
    class MyClient(Client):
        pass

    client = MyClient(base_url=BASE_URL)
    http = httpx.Client(base_url=BASE_URL)
    assert client.set_httpx_client(http) is client
    assert client.set_async_httpx_client(httpx.AsyncClient(base_url=BASE_URL)) is client
    with client as entered:
        assert entered is client
    assert isinstance(client.with_headers({"x": "1"}), MyClient)


def test_client_module_has_no_python_311_only_imports() -> None:
    tree = ast.parse((PACKAGE / "client.py").read_text(), feature_version=(3, 10))
    from_typing = {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module in ("typing", "typing_extensions")
        for alias in node.names
    }
    assert "Self" not in from_typing
