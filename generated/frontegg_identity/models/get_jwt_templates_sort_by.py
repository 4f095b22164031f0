from typing import Literal

GetJwtTemplatesSortBy = Literal["createdAt", "id", "key", "name", "updatedAt"]

GET_JWT_TEMPLATES_SORT_BY_VALUES: set[GetJwtTemplatesSortBy] = {
    "createdAt",
    "id",
    "key",
    "name",
    "updatedAt",
}


def check_get_jwt_templates_sort_by(value: str) -> GetJwtTemplatesSortBy:
    if value in GET_JWT_TEMPLATES_SORT_BY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {GET_JWT_TEMPLATES_SORT_BY_VALUES!r}")
