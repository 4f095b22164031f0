from typing import Literal

GetUsersIdentifierType = Literal["email", "phoneNumber", "username"]

GET_USERS_IDENTIFIER_TYPE_VALUES: set[GetUsersIdentifierType] = {
    "email",
    "phoneNumber",
    "username",
}


def check_get_users_identifier_type(value: str) -> GetUsersIdentifierType:
    if value in GET_USERS_IDENTIFIER_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_USERS_IDENTIFIER_TYPE_VALUES!r}")
