from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_template_type import CreateTemplateType, check_create_template_type
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateTemplate")

_JSON_KEYS = frozenset(
    {
        "type",
        "senderEmail",
        "subject",
        "fromName",
        "redirectURL",
        "htmlTemplate",
        "successRedirectUrl",
        "active",
    }
)
"""The property names of CreateTemplate in JSON; any other key goes to additional_properties."""


@_attrs_define
class CreateTemplate:
    type_: CreateTemplateType
    sender_email: str | Unset = UNSET
    subject: str | Unset = UNSET
    from_name: str | Unset = UNSET
    redirect_url: str | Unset = UNSET
    html_template: str | Unset = UNSET
    success_redirect_url: str | Unset = UNSET
    active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        sender_email = self.sender_email

        subject = self.subject

        from_name = self.from_name

        redirect_url = self.redirect_url

        html_template = self.html_template

        success_redirect_url = self.success_redirect_url

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if sender_email is not UNSET:
            field_dict["senderEmail"] = sender_email
        if subject is not UNSET:
            field_dict["subject"] = subject
        if from_name is not UNSET:
            field_dict["fromName"] = from_name
        if redirect_url is not UNSET:
            field_dict["redirectURL"] = redirect_url
        if html_template is not UNSET:
            field_dict["htmlTemplate"] = html_template
        if success_redirect_url is not UNSET:
            field_dict["successRedirectUrl"] = success_redirect_url
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        type_ = check_create_template_type(d["type"])

        sender_email = d.get("senderEmail", UNSET)

        subject = d.get("subject", UNSET)

        from_name = d.get("fromName", UNSET)

        redirect_url = d.get("redirectURL", UNSET)

        html_template = d.get("htmlTemplate", UNSET)

        success_redirect_url = d.get("successRedirectUrl", UNSET)

        active = d.get("active", UNSET)

        create_template = cls(
            type_,
            sender_email,
            subject,
            from_name,
            redirect_url,
            html_template,
            success_redirect_url,
            active,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            create_template.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return create_template

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
