from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTemplateResponse")

_JSON_KEYS = frozenset(
    {
        "htmlTemplate",
        "senderEmail",
        "redirectURL",
        "successRedirectUrl",
        "subject",
        "fromName",
        "active",
        "type",
        "redirectURLPattern",
        "successRedirectUrlPattern",
    }
)
"""The property names of GetTemplateResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class GetTemplateResponse:
    html_template: str
    sender_email: str
    redirect_url: str
    success_redirect_url: str
    subject: str
    from_name: str
    active: bool
    type_: str
    """ Template type. """
    redirect_url_pattern: str | Unset = UNSET
    success_redirect_url_pattern: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        html_template = self.html_template

        sender_email = self.sender_email

        redirect_url = self.redirect_url

        success_redirect_url = self.success_redirect_url

        subject = self.subject

        from_name = self.from_name

        active = self.active

        type_ = self.type_

        redirect_url_pattern = self.redirect_url_pattern

        success_redirect_url_pattern = self.success_redirect_url_pattern

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "htmlTemplate": html_template,
                "senderEmail": sender_email,
                "redirectURL": redirect_url,
                "successRedirectUrl": success_redirect_url,
                "subject": subject,
                "fromName": from_name,
                "active": active,
                "type": type_,
            }
        )
        if redirect_url_pattern is not UNSET:
            field_dict["redirectURLPattern"] = redirect_url_pattern
        if success_redirect_url_pattern is not UNSET:
            field_dict["successRedirectUrlPattern"] = success_redirect_url_pattern

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        html_template = d["htmlTemplate"]

        sender_email = d["senderEmail"]

        redirect_url = d["redirectURL"]

        success_redirect_url = d["successRedirectUrl"]

        subject = d["subject"]

        from_name = d["fromName"]

        active = d["active"]

        type_ = d["type"]

        redirect_url_pattern = d.get("redirectURLPattern", UNSET)

        success_redirect_url_pattern = d.get("successRedirectUrlPattern", UNSET)

        get_template_response = cls(
            html_template,
            sender_email,
            redirect_url,
            success_redirect_url,
            subject,
            from_name,
            active,
            type_,
            redirect_url_pattern,
            success_redirect_url_pattern,
        )

        if len(d) > 8 and not d.keys() <= _JSON_KEYS:
            get_template_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return get_template_response

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
