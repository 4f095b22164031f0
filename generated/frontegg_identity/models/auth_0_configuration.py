from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="Auth0Configuration")

_JSON_KEYS = frozenset(
    {
        "domain",
        "clientId",
        "secret",
        "tenantIdFieldName",
        "isTenantIdOnUserMetadata",
    }
)
"""The property names of Auth0Configuration in JSON; any other key goes to additional_properties."""


@_attrs_define
class Auth0Configuration:
    domain: str
    client_id: str
    secret: str
    tenant_id_field_name: str
    is_tenant_id_on_user_metadata: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        domain = self.domain

        client_id = self.client_id

        secret = self.secret

        tenant_id_field_name = self.tenant_id_field_name

        is_tenant_id_on_user_metadata = self.is_tenant_id_on_user_metadata

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "domain": domain,
                "clientId": client_id,
                "secret": secret,
                "tenantIdFieldName": tenant_id_field_name,
            }
        )
        if is_tenant_id_on_user_metadata is not UNSET:
            field_dict["isTenantIdOnUserMetadata"] = is_tenant_id_on_user_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        domain = d["domain"]

        client_id = d["clientId"]

        secret = d["secret"]

        tenant_id_field_name = d["tenantIdFieldName"]

        is_tenant_id_on_user_metadata = d.get("isTenantIdOnUserMetadata", UNSET)

        auth_0_configuration = cls(
            domain,
            client_id,
            secret,
            tenant_id_field_name,
            is_tenant_id_on_user_metadata,
        )

        if len(d) > 4 and not d.keys() <= _JSON_KEYS:
            auth_0_configuration.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return auth_0_configuration

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
