from typing import Literal

SearchUsersIdentifierType = Literal["email", "phoneNumber", "username"]

SEARCH_USERS_IDENTIFIER_TYPE_VALUES: set[SearchUsersIdentifierType] = {
    "email",
    "phoneNumber",
    "username",
}


def check_search_users_identifier_type(value: str) -> SearchUsersIdentifierType:
    if value in SEARCH_USERS_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SEARCH_USERS_IDENTIFIER_TYPE_VALUES!r}")
