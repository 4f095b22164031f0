from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CustomSsoProviders")

_JSON_KEYS = frozenset(
    {
        "providers",
    }
)
"""The property names of CustomSsoProviders in JSON; any other key goes to additional_properties."""


@_attrs_define
class CustomSsoProviders:
    """The custom OAuth/OIDC providers of the environment; the client secret is never answered."""

    providers: list[CustomSsoProvider]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        providers = []
        for providers_item_data in self.providers:
            providers_item = providers_item_data.to_dict()
            providers.append(providers_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "providers": providers,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        providers = [CustomSsoProvider.from_dict(providers_item_data) for providers_item_data in d["providers"]]

        custom_sso_providers = cls(
            providers,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            custom_sso_providers.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return custom_sso_providers

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


# Imported after CustomSsoProviders is defined so that models referring to each other import in any order.
from ..models.custom_sso_provider import CustomSsoProvider  # noqa: E402
