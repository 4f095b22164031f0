"""The package's shared types, re-exported for the Tenants API's generated modules: one ``UNSET``
sentinel and one ``Response`` class, so a value made for one API is understood by the other."""

from ..types import UNSET, File, FileContent, FileTypes, RequestFiles, Response, Unset, json_body, parse_datetime

__all__ = [
    "UNSET",
    "File",
    "FileContent",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "json_body",
    "parse_datetime",
]
