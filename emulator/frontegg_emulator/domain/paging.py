"""Frontegg's list conventions, shared by every paged resource.

``_limit`` (default 50), ``_offset`` (a page number, from 0), ``_sortBy`` (a field of the item),
``_order`` (ASC or DESC), and a response of ``items`` plus ``_metadata`` totals and ``_links``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlencode


def page(
    items: Sequence[dict[str, Any]],
    query: Mapping[str, Any],
    *,
    default_sort: str | None = None,
    base: str = "",
    default_limit: int = 50,
) -> dict[str, Any]:
    limit = max(1, int(query.get("_limit") or default_limit))
    number = max(0, int(query.get("_offset") or 0))
    sort_by = query.get("_sortBy") or default_sort
    ordered = list(items)
    if sort_by:
        ordered.sort(key=lambda item: _sort_key(item.get(sort_by)))
    if str(query.get("_order", "ASC")).upper() == "DESC":
        ordered.reverse()
    total_pages = max(1, math.ceil(len(ordered) / limit))
    chunk = ordered[number * limit : (number + 1) * limit]

    def link(n: int) -> str:
        return f"{base}?{urlencode({'_limit': limit, '_offset': n})}" if 0 <= n < total_pages else ""

    return {
        "items": chunk,
        "_metadata": {"totalItems": len(ordered), "totalPages": total_pages},
        "_links": {"next": link(number + 1), "prev": link(number - 1), "first": link(0), "last": link(total_pages - 1)},
    }


def _sort_key(value: Any) -> tuple[int, float, str]:
    """Missing values last, numbers by value, lists by length, everything else by its text."""
    if value is None:
        return (2, 0.0, "")
    if isinstance(value, int | float):
        return (0, float(value), "")
    if isinstance(value, list | dict):
        return (0, float(len(value)), "")
    return (1, 0.0, str(value))
