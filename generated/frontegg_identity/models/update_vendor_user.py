from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateVendorUser")

_JSON_KEYS = frozenset(
    {
        "phoneNumber",
        "profilePictureUrl",
        "metadata",
        "vendorMetadata",
        "mfaBypass",
        "externalId",
        "name",
    }
)
"""The property names of UpdateVendorUser in JSON; any other key goes to additional_properties."""


@_attrs_define
class UpdateVendorUser:
    phone_number: str | Unset = UNSET
    profile_picture_url: None | str | Unset = UNSET
    metadata: str | Unset = UNSET
    vendor_metadata: str | Unset = UNSET
    mfa_bypass: bool | Unset = UNSET
    external_id: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        profile_picture_url: None | str | Unset
        if isinstance(self.profile_picture_url, Unset):
            profile_picture_url = UNSET
        else:
            profile_picture_url = self.profile_picture_url

        metadata = self.metadata

        vendor_metadata = self.vendor_metadata

        mfa_bypass = self.mfa_bypass

        external_id = self.external_id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if profile_picture_url is not UNSET:
            field_dict["profilePictureUrl"] = profile_picture_url
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if vendor_metadata is not UNSET:
            field_dict["vendorMetadata"] = vendor_metadata
        if mfa_bypass is not UNSET:
            field_dict["mfaBypass"] = mfa_bypass
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d.get("phoneNumber", UNSET)

        profile_picture_url: None | str | Unset = d.get("profilePictureUrl", UNSET)

        metadata = d.get("metadata", UNSET)

        vendor_metadata = d.get("vendorMetadata", UNSET)

        mfa_bypass = d.get("mfaBypass", UNSET)

        external_id = d.get("externalId", UNSET)

        name = d.get("name", UNSET)

        update_vendor_user = cls(
            phone_number,
            profile_picture_url,
            metadata,
            vendor_metadata,
            mfa_bypass,
            external_id,
            name,
        )

        if len(d) > 0 and not d.keys() <= _JSON_KEYS:
            update_vendor_user.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return update_vendor_user

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
