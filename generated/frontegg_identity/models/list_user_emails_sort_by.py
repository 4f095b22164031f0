from typing import Literal

ListUserEmailsSortBy = Literal["email", "userId"]

LIST_USER_EMAILS_SORT_BY_VALUES: set[ListUserEmailsSortBy] = {
    "email",
    "userId",
}


def check_list_user_emails_sort_by(value: str) -> ListUserEmailsSortBy:
    if value in LIST_USER_EMAILS_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_USER_EMAILS_SORT_BY_VALUES!r}")
