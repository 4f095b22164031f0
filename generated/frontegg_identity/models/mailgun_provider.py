from typing import Literal

MailgunProvider = Literal["mailgun"]

MAILGUN_PROVIDER_VALUES: set[MailgunProvider] = {
    "mailgun",
}


def check_mailgun_provider(value: str) -> MailgunProvider:
    if value in MAILGUN_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MAILGUN_PROVIDER_VALUES!r}")
