from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UnpublishedSignUpUserPhoneNumber")

_JSON_KEYS = frozenset(
    {
        "phoneNumber",
        "companyName",
        "email",
        "name",
        "password",
        "metadata",
        "roleIds",
        "recaptchaToken",
        "invitationToken",
        "username",
    }
)
"""The property names of UnpublishedSignUpUserPhoneNumber in JSON; any other key goes to additional_properties."""


@_attrs_define
class UnpublishedSignUpUserPhoneNumber:
    phone_number: str
    """ The sign-in phone number, in international format (+ and digits). """
    company_name: str
    email: str | Unset = UNSET
    name: str | Unset = UNSET
    password: str | Unset = UNSET
    metadata: str | Unset = UNSET
    """ JSON-encoded metadata of the user. """
    role_ids: list[str] | Unset = UNSET
    recaptcha_token: str | Unset = UNSET
    invitation_token: str | Unset = UNSET
    username: str | Unset = UNSET
    """ An optional username to sign in with besides the phone number. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number

        company_name = self.company_name

        email = self.email

        name = self.name

        password = self.password

        metadata = self.metadata

        role_ids: list[str] | Unset = UNSET
        if not isinstance(self.role_ids, Unset):
            role_ids = self.role_ids

        recaptcha_token = self.recaptcha_token

        invitation_token = self.invitation_token

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "companyName": company_name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if role_ids is not UNSET:
            field_dict["roleIds"] = role_ids
        if recaptcha_token is not UNSET:
            field_dict["recaptchaToken"] = recaptcha_token
        if invitation_token is not UNSET:
            field_dict["invitationToken"] = invitation_token
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        phone_number = d["phoneNumber"]

        company_name = d["companyName"]

        email = d.get("email", UNSET)

        name = d.get("name", UNSET)

        password = d.get("password", UNSET)

        metadata = d.get("metadata", UNSET)

        role_ids: list[str] | Unset = d.get("roleIds", UNSET)

        recaptcha_token = d.get("recaptchaToken", UNSET)

        invitation_token = d.get("invitationToken", UNSET)

        username = d.get("username", UNSET)

        unpublished_sign_up_user_phone_number = cls(
            phone_number,
            company_name,
            email,
            name,
            password,
            metadata,
            role_ids,
            recaptcha_token,
            invitation_token,
            username,
        )

        if len(d) > 2 and not d.keys() <= _JSON_KEYS:
            unpublished_sign_up_user_phone_number.additional_properties = {
                k: v for k, v in d.items() if k not in _JSON_KEYS
            }
        return unpublished_sign_up_user_phone_number

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
