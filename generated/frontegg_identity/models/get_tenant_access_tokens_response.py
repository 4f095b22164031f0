from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="GetTenantAccessTokensResponse")

_JSON_KEYS = frozenset(
    {
        "accessTokens",
    }
)
"""The property names of GetTenantAccessTokensResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetTenantAccessTokensResponse:
    access_tokens: list[TenantAccessTokenResponse]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        access_tokens = []
        for access_tokens_item_data in self.access_tokens:
            access_tokens_item = access_tokens_item_data.to_dict()
            access_tokens.append(access_tokens_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "accessTokens": access_tokens,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        access_tokens = [
            TenantAccessTokenResponse.from_dict(access_tokens_item_data)
            for access_tokens_item_data in d["accessTokens"]
        ]

        get_tenant_access_tokens_response = cls(
            access_tokens,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            get_tenant_access_tokens_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return get_tenant_access_tokens_response

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


# Imported after GetTenantAccessTokensResponse is defined so that models referring to each other import in any order.
from ..models.tenant_access_token_response import TenantAccessTokenResponse  # noqa: E402
