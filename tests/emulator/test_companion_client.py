"""The companions in the generated client: every operation of identity-unpublished.yaml is a module of
``frontegg_identity.api`` (same base URL as identity.yaml), every operation of tenants.yaml one of
``frontegg_identity.tenants.api`` (base URL ``{gateway}/tenants``), and both work against the emulator."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import httpx
import pytest
import yaml
from emulator_api import Api
from openapi_python_client.strings import PythonIdentifier, snake_case

import frontegg_identity
from frontegg_emulator import EmulatorServer
from frontegg_identity import ConfigurationError, NotFoundError, connection, tenants
from frontegg_identity import types as identity_types
from frontegg_identity.api.user_sessions import get_current_user_session
from frontegg_identity.models import GetActiveSessionsResponse
from frontegg_identity.tenants import types as tenants_types
from frontegg_identity.tenants.api.tenants import (
    add_tenant_metadata,
    create_tenant,
    delete_tenant,
    delete_tenant_metadata,
    get_tenant,
    get_tenant_v2,
    list_tenants_v2,
    update_tenant,
    update_tenant_v2,
)
from frontegg_identity.tenants.models import (
    CreateTenant,
    ErrorResponse,
    Tenant,
    TenantMetadataChange,
    TenantMetadataChangeMetadata,
    TenantPage,
    TenantProfile,
)

OPENAPI = Path(__file__).resolve().parents[2] / "openapi"


def _operations(document: str) -> list[tuple[str, str]]:
    """(tag, operationId) of every operation of an openapi/ document, read when the test runs."""
    spec = yaml.safe_load((OPENAPI / document).read_text(encoding="utf-8"))
    return [
        (op["tags"][0], op["operationId"])
        for item in spec["paths"].values()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def _module_name(package: str, tag: str, operation_id: str) -> str:
    # openapi-python-client's own rule (the pinned version that writes generated/): tag folder, then
    # the operationId in snake_case.
    return f"{package}.api.{PythonIdentifier(tag, prefix='field_')}.{snake_case(operation_id)}"


@pytest.mark.parametrize(
    ("package", "document"),
    [("frontegg_identity", "identity-unpublished.yaml"), ("frontegg_identity.tenants", "tenants.yaml")],
)
def test_every_companion_operation_has_a_generated_module(package: str, document: str) -> None:
    operations = _operations(document)
    assert operations, document
    for tag, operation_id in operations:
        module = importlib.import_module(_module_name(package, tag, operation_id))
        for function in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, function)), (operation_id, function)


def test_tenants_share_the_packages_types() -> None:
    # One UNSET and one Response across both APIs: a value made for one is understood by the other.
    assert tenants_types.UNSET is identity_types.UNSET
    assert tenants_types.Response is identity_types.Response
    # the literal default of tenants.connect (kept literal so importing it imports no httpx)
    assert (tenants.connect.__kwdefaults__ or {})["timeout"] == connection.DEFAULT_TIMEOUT


def test_tenants_connect_uses_the_gateway_and_credentials_of_connect() -> None:
    env = {"FRONTEGG_REGION": "us", "FRONTEGG_CLIENT_ID": "cid", "FRONTEGG_API_KEY": "key"}
    client = tenants.connect(environ=env)
    assert str(client.get_httpx_client().base_url) == "https://api.us.frontegg.com/tenants/"
    identity = frontegg_identity.connect(environ=env)
    assert str(identity.get_httpx_client().base_url) == "https://api.us.frontegg.com/identity/"
    assert frontegg_identity.tenants_url("https://acme.frontegg.com/") == "https://acme.frontegg.com/tenants"
    with pytest.raises(ConfigurationError, match="FRONTEGG_API_KEY"):
        tenants.connect(environ={"FRONTEGG_CLIENT_ID": "cid"})
    with pytest.raises(ConfigurationError, match="retries"):
        tenants.connect(environ=env, retries=-1)


def test_the_tenants_client_against_the_emulator(emu: EmulatorServer) -> None:
    creds = emu.credentials
    client = tenants.connect(gateway_url=creds.gateway_url, client_id=creds.client_id, api_key=creds.api_key)
    # rust-frontegg and the Terraform provider send metadata as a JSON value and read it back as JSON
    # text; frontegg-go sends creatorName/creatorEmail (openapi/tenants.yaml names each source).
    body = CreateTenant(
        name="Initech",
        creator_name="Bill",
        creator_email="bill@initech.example",
        metadata={"tier": "gold", "seats": 5},
    )
    created = create_tenant.sync(client=client, body=body)
    assert isinstance(created, Tenant), created
    assert created.name == "Initech" and created.creator_email == "bill@initech.example"
    assert isinstance(created.metadata, str) and json.loads(created.metadata) == {"tier": "gold", "seats": 5}
    tenant_id = created.tenant_id

    listed = get_tenant.sync(tenant_id, client=client)  # v1 answers an array of one
    assert isinstance(listed, list) and [t.tenant_id for t in listed] == [tenant_id]

    page = list_tenants_v2.sync(client=client, field_filter_="initech", field_limit=10)
    assert isinstance(page, TenantPage)
    assert [t.tenant_id for t in page.items] == [tenant_id] and page.field_metadata.total_items == 1

    renamed = update_tenant.sync(tenant_id, client=client, body=TenantProfile(name="Initrode"))
    assert isinstance(renamed, Tenant) and renamed.name == "Initrode"
    moved = update_tenant_v2.sync(tenant_id, client=client, body=TenantProfile(website="https://initrode.example"))
    assert isinstance(moved, Tenant) and moved.website == "https://initrode.example" and moved.name == "Initrode"

    change = TenantMetadataChangeMetadata.from_dict({"tier": "platinum", "region": "eu"})
    merged = add_tenant_metadata.sync(tenant_id, client=client, body=TenantMetadataChange(metadata=change))
    assert isinstance(merged, Tenant) and merged.metadata is not None
    assert json.loads(merged.metadata) == {"tier": "platinum", "seats": 5, "region": "eu"}
    pruned = delete_tenant_metadata.sync(tenant_id, "seats", client=client)
    assert isinstance(pruned, Tenant) and pruned.metadata is not None
    assert json.loads(pruned.metadata) == {"tier": "platinum", "region": "eu"}

    read = get_tenant_v2.sync(tenant_id, client=client)
    assert isinstance(read, Tenant) and read.name == "Initrode"

    assert delete_tenant.sync_detailed(tenant_id, client=client).status_code == 200
    gone = get_tenant_v2.sync(tenant_id, client=client)
    assert isinstance(gone, ErrorResponse) and gone.errors
    with pytest.raises(NotFoundError):
        get_tenant_v2.sync(
            tenant_id,
            client=tenants.connect(
                gateway_url=creds.gateway_url,
                client_id=creds.client_id,
                api_key=creds.api_key,
                raise_on_error=True,
            ),
        )


def test_an_unpublished_identity_operation_through_the_generated_client(api: Api) -> None:
    email = api.new_email("companion-client")
    api.sign_up(email)
    token = api.access_token(email)
    client = frontegg_identity.connect(gateway_url=api.emu.url, user_token=token)
    session = get_current_user_session.sync(client=client)
    assert isinstance(session, GetActiveSessionsResponse), session
    assert session.current is True


def test_the_tenants_client_sends_what_its_spec_says() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/vendor":
            return httpx.Response(200, json={"token": "env-token", "expiresIn": 3600})
        seen.append(request)
        return httpx.Response(200, json=[])

    client = tenants.connect(
        gateway_url="https://api.frontegg.test",
        client_id="cid",
        api_key="key",
        transport=httpx.MockTransport(handler),
    )
    assert get_tenant.sync("a/b", client=client) == []
    (request,) = seen
    assert str(request.url) == "https://api.frontegg.test/tenants/resources/tenants/v1/a%2Fb"
    assert request.headers["authorization"] == "Bearer env-token"
