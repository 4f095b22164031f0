from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reset_password_identifier_type import ResetPasswordIdentifierType, check_reset_password_identifier_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetPassword")

_JSON_KEYS = frozenset(
    {
        "identifier",
        "identifierType",
        "emailMetadata",
    }
)
"""The property names of ResetPassword in JSON; any other key goes to additional_properties."""


@_attrs_define
class ResetPassword:
    identifier: str
    identifier_type: ResetPasswordIdentifierType
    email_metadata: ResetPasswordEmailMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        identifier_type: str = self.identifier_type

        email_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_metadata, Unset):
            email_metadata = self.email_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "identifierType": identifier_type,
            }
        )
        if email_metadata is not UNSET:
            field_dict["emailMetadata"] = email_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        identifier = d["identifier"]

        identifier_type = check_reset_password_identifier_type(d["identifierType"])

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: ResetPasswordEmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = ResetPasswordEmailMetadata.from_dict(_email_metadata)

        reset_password = cls(
            identifier,
            identifier_type,
            email_metadata,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            reset_password.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return reset_password

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


# Imported after ResetPassword is defined so that models referring to each other import in any order.
from ..models.reset_password_email_metadata import ResetPasswordEmailMetadata  # noqa: E402
