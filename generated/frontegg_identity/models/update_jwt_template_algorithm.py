from typing import Literal

UpdateJwtTemplateAlgorithm = Literal["HS256", "RS256"]

UPDATE_JWT_TEMPLATE_ALGORITHM_VALUES: set[UpdateJwtTemplateAlgorithm] = {
    "HS256",
    "RS256",
}


def check_update_jwt_template_algorithm(value: str) -> UpdateJwtTemplateAlgorithm:
    if value in UPDATE_JWT_TEMPLATE_ALGORITHM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_JWT_TEMPLATE_ALGORITHM_VALUES!r}")
