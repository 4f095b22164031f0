from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reset_password_v1_identifier_type import (
    ResetPasswordV1IdentifierType,
    check_reset_password_v1_identifier_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="ResetPasswordV1")

_JSON_KEYS = frozenset(
    {
        "email",
        "identifier",
        "identifierType",
        "emailMetadata",
    }
)
"""The property names of ResetPasswordV1 in JSON; any other key goes to additional_properties."""


@_attrs_define
class ResetPasswordV1:
    """The user to send the reset email to, named by `email` or by `identifier` and `identifierType`; one of the two is
    required (400 otherwise). `{email}` is what @frontegg/rest-api 7.119.0 sends here (auth/interfaces.d.ts,
    IForgotPassword; forgotPassword in auth/index.js posts it to this path); the identifier form is the one of the v2
    operations.

    """

    email: str | Unset = UNSET
    identifier: str | Unset = UNSET
    identifier_type: ResetPasswordV1IdentifierType | Unset = UNSET
    email_metadata: ResetPasswordV1EmailMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        identifier = self.identifier

        identifier_type: str | Unset = UNSET
        if not isinstance(self.identifier_type, Unset):
            identifier_type = self.identifier_type

        email_metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_metadata, Unset):
            email_metadata = self.email_metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if identifier_type is not UNSET:
            field_dict["identifierType"] = identifier_type
        if email_metadata is not UNSET:
            field_dict["emailMetadata"] = email_metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        email = d.get("email", UNSET)

        identifier = d.get("identifier", UNSET)

        _identifier_type = d.get("identifierType", UNSET)
        identifier_type: ResetPasswordV1IdentifierType | Unset
        if isinstance(_identifier_type, Unset):
            identifier_type = UNSET
        else:
            identifier_type = check_reset_password_v1_identifier_type(_identifier_type)

        _email_metadata = d.get("emailMetadata", UNSET)
        email_metadata: ResetPasswordV1EmailMetadata | Unset
        if isinstance(_email_metadata, Unset):
            email_metadata = UNSET
        else:
            email_metadata = ResetPasswordV1EmailMetadata.from_dict(_email_metadata)

        reset_password_v1 = cls(
            email,
            identifier,
            identifier_type,
            email_metadata,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            reset_password_v1.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return reset_password_v1

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


# Imported after ResetPasswordV1 is defined so that models referring to each other import in any order.
from ..models.reset_password_v1_email_metadata import ResetPasswordV1EmailMetadata  # noqa: E402
