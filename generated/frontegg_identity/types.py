"""Contains some shared types for properties"""

import datetime
import re
import sys
from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, TYPE_CHECKING, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

try:
    import orjson
except ImportError:  # a dependency on CPython only; elsewhere the standard library decodes
    orjson = None  # type: ignore[assignment]

if TYPE_CHECKING:
    import httpx

if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:
    _ISO_DATETIME = re.compile(
        r"(?P<head>\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)(?:[.,](?P<fraction>\d+))?"
        r"(?P<zone>[Zz]|[+-]\d\d(?::?\d\d)?)?"
    )

    def parse_datetime(value: str) -> datetime.datetime:
        """Parse an ISO 8601 date-time such as ``2024-03-11T09:21:44.512Z``.

        Python 3.10's ``datetime.fromisoformat`` rejects a ``Z`` suffix, fractions of other than 3 or 6
        digits and ``+hhmm`` offsets, which servers send; those are rewritten to the form it reads.
        """
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            match = _ISO_DATETIME.fullmatch(value)
            if match is None:
                raise
        head, fraction, zone = match.group("head", "fraction", "zone")
        if fraction:
            head += "." + fraction[:6].ljust(6, "0")
        if zone in ("Z", "z"):
            head += "+00:00"
        elif zone:
            head += zone[:3] + ":" + (zone[-2:] if len(zone) > 3 else "00")
        return datetime.datetime.fromisoformat(head)


def json_body(response: "httpx.Response") -> Any:
    """Decode a JSON response body.

    orjson reads a 3-4 KB UTF-8 body two to three times faster than the standard library, which is most
    of what a generated call costs over raw httpx (``make bench``). Whatever orjson refuses (a body in
    another encoding, NaN, integers beyond 64 bits, invalid JSON) goes to httpx's ``Response.json()``,
    so the values accepted and the errors raised are httpx's own.
    """
    if orjson is not None:
        try:
            return orjson.loads(response.content)
        except orjson.JSONDecodeError:
            pass
    return response.json()


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset"]
