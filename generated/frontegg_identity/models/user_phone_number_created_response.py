from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserPhoneNumberCreatedResponse")

_JSON_KEYS = frozenset(
    {
        "id",
        "otcToken",
    }
)
"""The property names of UserPhoneNumberCreatedResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class UserPhoneNumberCreatedResponse:
    id: str | Unset = UNSET
    otc_token: str | Unset = UNSET
    """ Token to send back with the code when verification was requested. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        otc_token = self.otc_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if otc_token is not UNSET:
            field_dict["otcToken"] = otc_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d.get("id", UNSET)

        otc_token = d.get("otcToken", UNSET)

        user_phone_number_created_response = cls(
            id,
            otc_token,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            user_phone_number_created_response.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return user_phone_number_created_response

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
