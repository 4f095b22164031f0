from typing import Literal

PasswordHashingType = Literal["argon2", "bcrypt", "firebase-scrypt", "pbkdf2", "scrypt", "sha1", "sha256"]

PASSWORD_HASHING_TYPE_VALUES: set[PasswordHashingType] = {
    "argon2",
    "bcrypt",
    "firebase-scrypt",
    "pbkdf2",
    "scrypt",
    "sha1",
    "sha256",
}


def check_password_hashing_type(value: str) -> PasswordHashingType:
    if value in PASSWORD_HASHING_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PASSWORD_HASHING_TYPE_VALUES!r}")
