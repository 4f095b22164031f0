from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, parse_datetime

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
        "id",
        "createdAt",
        "updatedAt",
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
    id: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
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

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

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
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at

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

        id = d.get("id", UNSET)

        _created_at = d.get("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = d.get("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

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
            id,
            created_at,
            updated_at,
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
