from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")

_JSON_KEYS = frozenset(
    {
        "errors",
        "errorCode",
        "errorCodes",
        "context",
    }
)
"""The property names of ErrorResponse in JSON; any other key goes to additional_properties."""


@_attrs_define
class ErrorResponse:
    """Error body in the shape Frontegg's clients parse."""

    errors: list[str]
    """ Human-readable messages. """
    error_code: str | Unset = UNSET
    """ Machine-readable code, when one applies. """
    error_codes: list[str] | Unset = UNSET
    """ Machine-readable codes when several failures are reported. """
    context: ErrorResponseContext | Unset = UNSET
    """ Extra structured detail. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        errors = self.errors

        error_code = self.error_code

        error_codes: list[str] | Unset = UNSET
        if not isinstance(self.error_codes, Unset):
            error_codes = self.error_codes

        context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.context, Unset):
            context = self.context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errors": errors,
            }
        )
        if error_code is not UNSET:
            field_dict["errorCode"] = error_code
        if error_codes is not UNSET:
            field_dict["errorCodes"] = error_codes
        if context is not UNSET:
            field_dict["context"] = context

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        errors: list[str] = d["errors"]

        error_code = d.get("errorCode", UNSET)

        error_codes: list[str] | Unset = d.get("errorCodes", UNSET)

        _context = d.get("context", UNSET)
        context: ErrorResponseContext | Unset
        if isinstance(_context, Unset):
            context = UNSET
        else:
            context = ErrorResponseContext.from_dict(_context)

        error_response = cls(
            errors,
            error_code,
            error_codes,
            context,
        )

        if len(d) > 1 and not d.keys() <= _JSON_KEYS:
            error_response.additional_properties = {k: v for k, v in d.items() if k not in _JSON_KEYS}
        return error_response

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


# Imported after ErrorResponse is defined so that models referring to each other import in any order.
from ..models.error_response_context import ErrorResponseContext  # noqa: E402
