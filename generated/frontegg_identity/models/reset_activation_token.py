from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetActivationToken")

_JSON_KEYS = frozenset(
    {
        "email",
        "emailMetadata",
    }
)
"""The property names of ResetActivationToken in JSON; any other key goes to additional_properties."""


@_attrs_define
class ResetActivationToken:
    email: str
    email_metadata: ResetActivationTokenEmailMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        email_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_metadata, Unset):
            email_metadata = self.email_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if email_metadata is not UNSET:
            field_dict["emailMetadata"] = email_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d["email"]

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: ResetActivationTokenEmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = ResetActivationTokenEmailMetadata.from_dict(_email_metadata)

        reset_activation_token = cls(
            email,
            email_metadata,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            reset_activation_token.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return reset_activation_token

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


# Imported after ResetActivationToken is defined so that models referring to each other import in any order.
from ..models.reset_activation_token_email_metadata import ResetActivationTokenEmailMetadata  # noqa: E402
