from typing import Literal

GetJwtTemplatesOrder = Literal["ASC", "DESC"]

GET_JWT_TEMPLATES_ORDER_VALUES: set[GetJwtTemplatesOrder] = {
    "ASC",
    "DESC",
}


def check_get_jwt_templates_order(value: str) -> GetJwtTemplatesOrder:
    if value in GET_JWT_TEMPLATES_ORDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JWT_TEMPLATES_ORDER_VALUES!r}")
