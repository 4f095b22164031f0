from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateFederationUserSourceRequest")

_JSON_KEYS = frozenset(
    {
        "name",
        "configuration",
        "index",
        "appIds",
        "description",
    }
)
"""The property names of CreateFederationUserSourceRequest in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateFederationUserSourceRequest:
    name: str
    configuration: FederationUserSourceConfig
    index: float
    app_ids: list[str] | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        configuration = self.configuration.to_dict()

        index = self.index

        app_ids: list[str] | Unset = UNSET
        if not isinstance(self.app_ids, Unset):
            app_ids = self.app_ids

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "configuration": configuration,
                "index": index,
            }
        )
        if app_ids is not UNSET:
            field_dict["appIds"] = app_ids
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        configuration = FederationUserSourceConfig.from_dict(d["configuration"])

        index = d["index"]

        app_ids: list[str] | Unset = d.get("appIds", UNSET)

        description = d.get("description", UNSET)

        create_federation_user_source_request = cls(
            name,
            configuration,
            index,
            app_ids,
            description,
        )

        if len(d) > 3 and not d.keys() <= _JSON_KEYS:
            create_federation_user_source_request.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return create_federation_user_source_request

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


# Imported after CreateFederationUserSourceRequest is defined so that models referring to each other import in any order.
from ..models.federation_user_source_config import FederationUserSourceConfig  # noqa: E402
