"""Failures the emulator reports, each mapped by the HTTP layer to one status and Frontegg's error body.

Domain code raises these with plain messages; it never builds a response itself.
"""

from __future__ import annotations

from collections.abc import Sequence


class EmulatorError(Exception):
    status = 500
    default_code = "ER-EMU-00000"

    def __init__(self, errors: str | Sequence[str], *, code: str | None = None) -> None:
        self.errors = [errors] if isinstance(errors, str) else list(errors)
        self.error_code = code or self.default_code
        super().__init__("; ".join(self.errors))

    def body(self) -> dict[str, object]:
        return {"errors": self.errors, "errorCode": self.error_code}

    def headers(self) -> dict[str, str]:
        return {}


class BadRequest(EmulatorError):
    status = 400
    default_code = "ER-EMU-00400"


class Unauthorized(EmulatorError):
    status = 401
    default_code = "ER-EMU-00401"


class Forbidden(EmulatorError):
    status = 403
    default_code = "ER-EMU-00403"


class NotFound(EmulatorError):
    status = 404
    default_code = "ER-EMU-00404"


class MethodNotAllowed(EmulatorError):
    """A known path asked with another method; ``allow`` names the methods it takes.

    RFC 9110 section 15.5.6: a 405 MUST carry ``Allow``. Schemathesis' coverage phase sends every
    undeclared method and fails the answer without it (228 operations did, issue 18).
    """

    status = 405
    default_code = "ER-EMU-00405"

    def __init__(self, errors: str | Sequence[str], *, allow: Sequence[str], code: str | None = None) -> None:
        super().__init__(errors, code=code)
        self.allow = sorted({m.upper() for m in allow})

    def headers(self) -> dict[str, str]:
        return {"Allow": ", ".join(self.allow)}


class Conflict(EmulatorError):
    status = 409
    default_code = "ER-EMU-00409"


class Gone(EmulatorError):
    """A one-time token that no longer works (expired, used, or never issued for this user)."""

    status = 410
    default_code = "ER-EMU-00410"


class TooManyRequests(EmulatorError):
    status = 429
    default_code = "ER-EMU-00429"

    def __init__(self, errors: str | Sequence[str], *, retry_after: int, code: str | None = None) -> None:
        super().__init__(errors, code=code)
        self.retry_after = max(1, retry_after)

    def headers(self) -> dict[str, str]:
        return {"Retry-After": str(self.retry_after)}


class NotImplementedYet(EmulatorError):
    status = 501
    default_code = "ER-EMU-00501"
