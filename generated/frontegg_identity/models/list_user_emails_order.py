from typing import Literal

ListUserEmailsOrder = Literal["ASC", "DESC"]

LIST_USER_EMAILS_ORDER_VALUES: set[ListUserEmailsOrder] = {
    "ASC",
    "DESC",
}


def check_list_user_emails_order(value: str) -> ListUserEmailsOrder:
    if value in LIST_USER_EMAILS_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_USER_EMAILS_ORDER_VALUES!r}")
