"""Data migration: single users with foreign password hashes, bulk migrations and their progress."""

from __future__ import annotations

import base64
import hashlib
import json
from typing import Any

import bcrypt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_emulator.domain import migrations
from frontegg_emulator.errors import BadRequest
from frontegg_identity.api.data_migration import (
    bulk_migrate_users,
    bulk_migrate_users_v2,
    get_bulk_migration_status,
    migrate_user,
    migrate_user_from_auth_0,
)
from frontegg_identity.api.users import get_user_by_email
from frontegg_identity.models import (
    Auth0Configuration,
    MigrateUserRequestV1,
    MigrateUsersRequestV1,
    MigrateUsersRequestV2,
)

PASSWORD = "Migrated-pass-7"
# The published example of Firebase's modified scrypt (firebase/scrypt and its ports).
FIREBASE = {
    "hash": "lSrfV15cpx95/sZS2W9c9Kp6i/LVgQNDNC/qzrCnh1SAyZvqmZqAjTdn3aoItz+VHjoZilo78198JAdRuid5lQ==",
    "password": "user1password",
    "config": {
        "salt": "42xEC+ixf3L2lw==",
        "saltSeparator": "Bw==",
        "signerKey": "jxspr8Ki0RYycVU8zykbdLGjFQ3McFUH0uiiTvC8pVMXAn210wjLNmdZJzxUECKbm0QsEmYUSDzZvpjeJ9WmXA==",
        "rounds": 8,
        "memCost": 14,
    },
}


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


def _migrate(env: Any, **body: Any) -> Any:
    return migrate_user.sync_detailed(client=env, body=MigrateUserRequestV1.from_dict(body))


def test_migrated_argon2_user_logs_in_with_the_old_password(api: Api, env: Any) -> None:
    from argon2 import PasswordHasher

    email = api.new_email("argon")
    r = _migrate(
        env,
        tenantId="migrated-co",
        email=email,
        name="Ada",
        passwordHash=PasswordHasher().hash(PASSWORD),
        passwordHashType="argon2",
        verifyUser=True,
        externalId="legacy-42",
        metadata='{"plan": "pro"}',
    )
    assert r.status_code == 201, r.content
    user = body_of(r)
    check("migrateUser", 201, user)
    assert user["email"] == email and user["tenantId"] == "migrated-co" and user["verified"] is True
    assert user["externalId"] == "legacy-42" and user["metadata"] == '{"plan": "pro"}'
    assert "passwordHash" not in json.dumps(user)
    assert api.login(email, PASSWORD).status_code == 200
    assert api.login(email, "wrong-password-1").status_code == 401


def test_duplicates_and_bad_hashes_are_refused(api: Api, env: Any) -> None:
    email = api.new_email("dup")
    assert _migrate(env, tenantId="t-dup", email=email).status_code == 201
    assert _migrate(env, tenantId="t-dup", email=email).status_code == 409
    bad = _migrate(env, tenantId="t-dup", email=api.new_email("bad"), passwordHash="plain", passwordHashType="bcrypt")
    assert bad.status_code == 400
    assert "plain" not in bad.content.decode()
    no_hash = _migrate(env, tenantId="t-dup", email=api.new_email("nohash"), passwordHashType="sha256")
    assert no_hash.status_code == 400
    assert _migrate(env, tenantId="t-dup", email=api.new_email("role"), roleIds=["no-such-role"]).status_code == 404


def test_migrated_user_with_totp_and_mfa_phone(api: Api, env: Any) -> None:
    email = api.new_email("mfa")
    r = _migrate(
        env,
        tenantId="t-mfa",
        email=email,
        authenticatorAppMfaSecret="JBSWY3DPEHPK3PXP",
        phoneNumber="+15555550100",
        phoneNumberType="mfa",
    )
    assert r.status_code == 201, r.content
    assert body_of(r)["mfaEnrolled"] is True
    assert (
        _migrate(env, tenantId="t-mfa", email=api.new_email("m2"), authenticatorAppMfaSecret="not base32!").status_code
        == 400
    )


@pytest.mark.parametrize(
    ("kind", "hashed", "config"),
    [
        ("sha256", hashlib.sha256(b"pepper" + PASSWORD.encode()).hexdigest(), {"salt": "pepper"}),
        (
            "sha1",
            base64.b64encode(hashlib.sha1(PASSWORD.encode() + b"x", usedforsecurity=False).digest()).decode(),
            {"salt": "x", "saltPosition": "suffix"},
        ),
        (
            "pbkdf2",
            "pbkdf2_sha256$1000$s4lt$"
            + base64.b64encode(hashlib.pbkdf2_hmac("sha256", PASSWORD.encode(), b"s4lt", 1000)).decode(),
            None,
        ),
        (
            "scrypt",
            hashlib.scrypt(PASSWORD.encode(), salt=b"na", n=1024, r=8, p=1, dklen=32).hex(),
            {"salt": "na", "N": 1024},
        ),
        ("firebase-scrypt", FIREBASE["hash"], FIREBASE["config"]),
        ("bcrypt", bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode(), None),
        # PHP's $2y$ prefix, as Laravel exports it.
        ("bcrypt", "$2y$" + bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()[4:], None),
    ],
)
def test_foreign_hashes_verify(kind: str, hashed: str, config: dict[str, Any] | None) -> None:
    record = migrations.check_hash(kind, hashed, json.dumps(config) if config else None)
    password = FIREBASE["password"] if kind == "firebase-scrypt" else PASSWORD
    assert migrations.verify_hash(record, str(password))
    assert not migrations.verify_hash(record, "not-the-password")


def test_bcrypt_reads_a_published_test_vector() -> None:
    # From the OpenBSD / John the Ripper bcrypt test vectors, made by other implementations.
    record = migrations.check_hash("bcrypt", "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW", None)
    assert migrations.verify_hash(record, "U*U")
    assert not migrations.verify_hash(record, "U*V")


def test_bcrypt_counts_the_first_72_bytes_as_every_implementation_does() -> None:
    long = "x" * 72
    record = migrations.check_hash("bcrypt", bcrypt.hashpw(long.encode(), bcrypt.gensalt(rounds=4)).decode(), None)
    assert migrations.verify_hash(record, long + "anything after byte 72")
    assert not migrations.verify_hash(record, "x" * 71)


@pytest.mark.parametrize("cost", ["03", "17", "31"])
def test_bcrypt_costs_outside_what_a_login_can_afford_are_refused(cost: str) -> None:
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    with pytest.raises(BadRequest, match="cost"):
        migrations.check_hash("bcrypt", hashed[:4] + cost + hashed[6:], None)


def test_migrated_bcrypt_user_logs_in_with_the_old_password(api: Api, env: Any) -> None:
    email = api.new_email("bcrypt")
    hashed = bcrypt.hashpw(PASSWORD.encode(), bcrypt.gensalt(rounds=4)).decode()
    r = _migrate(env, tenantId="t-bcrypt", email=email, passwordHash=hashed, passwordHashType="bcrypt", verifyUser=True)
    assert r.status_code == 201, r.content
    assert api.login(email, "not-the-password").status_code == 401
    assert api.login(email, PASSWORD).status_code == 200


def test_migrated_sha256_user_is_upgraded_on_first_login(api: Api, env: Any) -> None:
    email = api.new_email("sha")
    r = _migrate(
        env,
        tenantId="t-sha",
        email=email,
        verifyUser=True,
        passwordHash=hashlib.sha256(PASSWORD.encode()).hexdigest(),
        passwordHashType="sha256",
    )
    assert r.status_code == 201, r.content
    assert api.login(email, PASSWORD).status_code == 200  # the foreign hash
    assert api.login(email, PASSWORD).status_code == 200  # now with the emulator's own argon2 hash


def _status(env: Any, migration_id: str) -> dict[str, Any]:
    r = get_bulk_migration_status.sync_detailed(migration_id, client=env)
    assert r.status_code == 200, r.content
    return dict(body_of(r))


def test_bulk_migration_progresses_over_reads(api: Api, env: Any) -> None:
    emails = [api.new_email(f"bulk{i}") for i in range(migrations.BATCH + 5)]
    users = [{"tenantId": "bulk-co", "email": e, "name": f"User {i}"} for i, e in enumerate(emails)]
    users.append({"tenantId": "bulk-co", "email": emails[0]})  # a duplicate: fails alone
    r = bulk_migrate_users.sync_detailed(client=env, body=MigrateUsersRequestV1.from_dict({"users": users}))
    assert r.status_code == 202, r.content
    check("bulkMigrateUsers", 202, body_of(r))
    migration_id = body_of(r)["migrationId"]

    first = _status(env, migration_id)
    assert first["state"] == "PENDING" and first["processedUsers"] == 0 and first["totalUsers"] == len(users)
    second = _status(env, migration_id)
    assert second["state"] == "IN_PROGRESS" and second["processedUsers"] == migrations.BATCH
    third = _status(env, migration_id)
    assert third["state"] == "COMPLETED" and third["migratedUsers"] == len(emails) and third["failedUsers"] == 1
    assert third["failures"][0]["email"] == emails[0]
    found = get_user_by_email.sync_detailed(client=env, email=emails[-1])
    assert found.status_code == 200 and body_of(found)["tenantId"] == "bulk-co"
    assert get_bulk_migration_status.sync_detailed("no-such-migration", client=env).status_code == 404


def test_bulk_migration_v2_progresses_with_the_clock(api: Api, env: Any) -> None:
    email = api.new_email("v2")
    users = [{"tenantId": "v2-co", "emails": [{"email": email, "primary": True, "verified": True}]}]
    r = bulk_migrate_users_v2.sync_detailed(client=env, body=MigrateUsersRequestV2.from_dict({"users": users}))
    assert r.status_code == 202, r.content
    api.advance(5)
    status = _status(env, body_of(r)["migrationId"])
    assert status["state"] == "COMPLETED" and status["migratedUsers"] == 1


def test_auth0_migration_is_recorded_without_its_secret(env: Any) -> None:
    r = migrate_user_from_auth_0.sync_detailed(
        client=env,
        body=Auth0Configuration.from_dict(
            {
                "domain": "legacy.eu.auth0.com",
                "clientId": "abc",
                "secret": "auth0-secret-value",
                "tenantIdFieldName": "org",
            }
        ),
    )
    assert r.status_code == 201, r.content
    status = _status(env, body_of(r)["migrationId"])
    assert status["state"] == "COMPLETED" and status["source"] == "auth0"
    assert "auth0-secret-value" not in json.dumps(status)


@pytest.mark.parametrize(
    "hashed",
    [
        "$argon2id$v=19$m=999999999,t=3,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",  # ~1 TB of memory per login
        "$argon2id$v=19$m=65536,t=1000,p=4$c2FsdHNhbHQ$aGFzaGhhc2g",
        "$argon2id$not-an-encoded-hash",
    ],
    ids=["memory", "time", "garbled"],
)
def test_argon2_hashes_a_login_cannot_afford_are_refused(hashed: str) -> None:
    with pytest.raises(BadRequest, match="argon2"):
        migrations.check_hash("argon2", hashed, None)
