"""Policies and configuration documents: defaults, writes, per-account overrides, and their effect."""

from __future__ import annotations

from typing import Any

import jwt
import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.account_invitations_settings import (
    create_or_update_invitation_strategy,
    get_activation_strategies,
    get_invitation_strategy,
    upsert_activation_strategy,
)
from frontegg_identity.api.core_settings import (
    add_or_update_config,
    create_captcha_policy,
    get_captcha_policy,
    get_vendor_config,
    get_vendor_config_basic,
    update_captcha_policy,
)
from frontegg_identity.api.delegation import create_or_update_delegation_configuration, get_delegation_configuration
from frontegg_identity.api.lockout_policy import create_lockout_policy, get_lockout_policy, update_lockout_policy
from frontegg_identity.api.mfa_configuration import get_mfa_config, upsert_mfa_config
from frontegg_identity.api.mfa_settings import (
    create_mfa_policy,
    create_or_update_mfa_strategy,
    get_mfa_strategies,
    get_security_policy,
    update_security_policy,
    upsert_security_policy,
)
from frontegg_identity.api.password_settings import (
    get_password_rotation_configuration,
    get_vendor_password_rotation_configuration,
    upsert_password_rotation_configuration,
)
from frontegg_identity.api.sessions_configuration import get_vendor_session_configuration
from frontegg_identity.api.sessions_management import create_session_configuration, get_session_configuration
from frontegg_identity.api.user_emails_policy import create_or_update_user_emails_policy, get_user_emails_policy
from frontegg_identity.api.user_management import get_configuration
from frontegg_identity.api.users import update_configuration
from frontegg_identity.models.captcha_policy_request import CaptchaPolicyRequest
from frontegg_identity.models.create_delegation_configuration_request import CreateDelegationConfigurationRequest
from frontegg_identity.models.create_or_update_activation_strategy_request import (
    CreateOrUpdateActivationStrategyRequest,
)
from frontegg_identity.models.create_or_update_invitation_strategy_request import (
    CreateOrUpdateInvitationStrategyRequest,
)
from frontegg_identity.models.create_or_update_mfa_strategy_request import CreateOrUpdateMfaStrategyRequest
from frontegg_identity.models.create_or_update_password_rotation import CreateOrUpdatePasswordRotation
from frontegg_identity.models.create_session_configuration_request import CreateSessionConfigurationRequest
from frontegg_identity.models.create_user_emails_policy_request import CreateUserEmailsPolicyRequest
from frontegg_identity.models.lockout_policy_request import LockoutPolicyRequest
from frontegg_identity.models.mfa_config_request import MfaConfigRequest
from frontegg_identity.models.mfa_policy_request import MfaPolicyRequest
from frontegg_identity.models.temporary_users_configuration import TemporaryUsersConfiguration
from frontegg_identity.models.vendor_config_request import VendorConfigRequest


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(scope="module")
def admin(api: Api) -> dict[str, Any]:
    email = api.new_email("policy-admin")
    api.sign_up(email)
    token = api.access_token(email)
    claims = jwt.decode(token, options={"verify_signature": False})
    return {"email": email, "client": api.client(token), "tenant": claims["tenantId"]}


# ------------------------------------------------------------------ lockout
def test_lockout_policy_defaults_and_writes(env: Any) -> None:
    r = get_lockout_policy.sync_detailed(client=env)
    assert r.status_code == 200
    check("getLockoutPolicy", 200, body_of(r))
    assert body_of(r)["enabled"] is False and body_of(r)["maxAttempts"] == 5

    r = update_lockout_policy.sync_detailed(
        client=env, body=LockoutPolicyRequest.from_dict({"enabled": False, "maxAttempts": 7})
    )
    assert r.status_code == 200, r.content
    check("updateLockoutPolicy", 200, body_of(r))
    assert body_of(r)["maxAttempts"] == 7
    assert body_of(get_lockout_policy.sync_detailed(client=env))["maxAttempts"] == 7

    bad = create_lockout_policy.sync_detailed(
        client=env, body=LockoutPolicyRequest.from_dict({"enabled": True, "maxAttempts": 0})
    )
    assert bad.status_code == 400


def test_lockout_locks_the_user_after_failed_logins(api: Api, env: Any) -> None:
    email = api.new_email("locked")
    api.sign_up(email)
    r = create_lockout_policy.sync_detailed(
        client=env, body=LockoutPolicyRequest.from_dict({"enabled": True, "maxAttempts": 3})
    )
    assert r.status_code == 201, r.content
    check("createLockoutPolicy", 201, body_of(r))
    try:
        for _ in range(3):
            assert api.login(email, "Wrong-password-1").status_code == 401
        r = api.login(email)  # the right password no longer helps
        assert r.status_code == 401
        assert "locked" in body_of(r)["errors"][0].lower()
    finally:
        update_lockout_policy.sync_detailed(
            client=env, body=LockoutPolicyRequest.from_dict({"enabled": False, "maxAttempts": 5})
        )


def test_account_lockout_policy_overrides_for_that_account_only(env: Any, admin: dict[str, Any]) -> None:
    r = update_lockout_policy.sync_detailed(
        client=admin["client"], body=LockoutPolicyRequest.from_dict({"enabled": True, "maxAttempts": 9})
    )
    assert r.status_code == 200, r.content
    assert body_of(get_lockout_policy.sync_detailed(client=admin["client"]))["maxAttempts"] == 9
    as_env = get_lockout_policy.sync_detailed(client=env, frontegg_tenant_id=admin["tenant"])
    assert body_of(as_env)["maxAttempts"] == 9
    assert body_of(get_lockout_policy.sync_detailed(client=env))["enabled"] is False


# ------------------------------------------------------------------ MFA
def test_mfa_policy(env: Any) -> None:
    r = get_security_policy.sync_detailed(client=env)
    check("getSecurityPolicy", 200, body_of(r))
    assert body_of(r)["enforceMFAType"] == "DontForce"

    r = upsert_security_policy.sync_detailed(
        client=env, body=MfaPolicyRequest.from_dict({"enforceMFAType": "DontForce", "allowRememberMyDevice": True})
    )
    assert r.status_code == 200, r.content
    check("upsertSecurityPolicy", 200, body_of(r))
    assert body_of(r)["allowRememberMyDevice"] is True

    r = update_security_policy.sync_detailed(client=env, body=MfaPolicyRequest.from_dict({"mfaDeviceExpiration": 600}))
    assert body_of(r)["mfaDeviceExpiration"] == 600 and body_of(r)["allowRememberMyDevice"] is True
    check("updateSecurityPolicy", 200, body_of(r))

    r = create_mfa_policy.sync_detailed(
        client=env, body=MfaPolicyRequest.from_dict({"enforceMFAType": "DontForce", "mfaDeviceExpiration": 1209600})
    )
    assert r.status_code == 201
    check("createMfaPolicy", 201, body_of(r))
    assert body_of(r)["allowRememberMyDevice"] is False  # the request's documented default


def test_forced_mfa_reaches_login(api: Api, env: Any) -> None:
    email = api.new_email("forced")
    api.sign_up(email)
    upsert_security_policy.sync_detailed(client=env, body=MfaPolicyRequest.from_dict({"enforceMFAType": "Force"}))
    try:
        body = body_of(api.login(email))
        assert body["mfaRequired"] is True and "accessToken" not in body
    finally:
        upsert_security_policy.sync_detailed(
            client=env, body=MfaPolicyRequest.from_dict({"enforceMFAType": "DontForce"})
        )
    assert body_of(api.login(email))["mfaRequired"] is False


def test_mfa_config_and_strategies(env: Any) -> None:
    r = get_mfa_config.sync_detailed(client=env)
    check("getMfaConfig", 200, body_of(r))
    r = upsert_mfa_config.sync_detailed(
        client=env,
        body=MfaConfigRequest.from_dict({"sms": {"active": False, "tokenLifetimeSeconds": 600}}),
    )
    assert r.status_code == 201, r.content
    check("upsertMfaConfig", 201, body_of(r))
    assert body_of(r)["sms"] == {"active": False, "tokenLifetimeSeconds": 600}
    assert body_of(r)["authenticationApp"]["active"] is True

    r = get_mfa_strategies.sync_detailed(client=env)
    check("getMFAStrategies", 200, body_of(r))
    assert all(s["isActive"] for s in body_of(r)["strategies"])
    r = create_or_update_mfa_strategy.sync_detailed(
        client=env, body=CreateOrUpdateMfaStrategyRequest.from_dict({"strategy": "SMS", "isActive": False})
    )
    assert r.status_code == 201
    active = {s["strategy"]: s["isActive"] for s in body_of(get_mfa_strategies.sync_detailed(client=env))["strategies"]}
    assert active["SMS"] is False and active["AuthenticatorApp"] is True


# ------------------------------------------------------------------ sessions, captcha, core configuration
def test_session_configuration(env: Any, admin: dict[str, Any]) -> None:
    vendor = body_of(get_vendor_session_configuration.sync_detailed(client=env))
    assert vendor["sessionConcurrentConfiguration"]["isActive"] is False
    body = {"sessionIdleTimeoutConfiguration": {"isActive": True, "timeout": 900}}
    r = create_session_configuration.sync_detailed(
        client=admin["client"], body=CreateSessionConfigurationRequest.from_dict(body)
    )
    assert r.status_code == 201, r.content
    own = body_of(get_session_configuration.sync_detailed(client=admin["client"]))
    assert own["sessionIdleTimeoutConfiguration"] == {"isActive": True, "timeout": 900}
    vendor = body_of(get_vendor_session_configuration.sync_detailed(client=env))
    assert vendor["sessionIdleTimeoutConfiguration"]["isActive"] is False
    bad = {"sessionIdleTimeoutConfiguration": {"isActive": True, "timeout": 5}}
    assert (
        create_session_configuration.sync_detailed(
            client=env, body=CreateSessionConfigurationRequest.from_dict(bad)
        ).status_code
        == 400
    )


def test_captcha_policy(env: Any) -> None:
    r = get_captcha_policy.sync_detailed(client=env)
    check("getCaptchaPolicy", 200, body_of(r))
    assert body_of(r)["enabled"] is False
    body = {"enabled": True, "siteKey": "site", "secretKey": "secret", "minScore": 0.7, "ignoredEmails": ["a@b.io"]}
    r = create_captcha_policy.sync_detailed(client=env, body=CaptchaPolicyRequest.from_dict(body))
    assert r.status_code == 201
    check("createCaptchaPolicy", 201, body_of(r))
    r = update_captcha_policy.sync_detailed(client=env, body=CaptchaPolicyRequest.from_dict({**body, "minScore": "x"}))
    assert r.status_code == 400
    r = update_captcha_policy.sync_detailed(client=env, body=CaptchaPolicyRequest.from_dict({**body, "enabled": False}))
    assert r.status_code == 200 and body_of(r)["enabled"] is False
    check("updateCaptchaPolicy", 200, body_of(r))


def test_core_configuration(api: Api, env: Any) -> None:
    r = add_or_update_config.sync_detailed(
        client=env,
        body=VendorConfigRequest.from_dict(
            {"allowSignups": False, "defaultTokenExpiration": 1200, "machineToMachineAuthStrategy": "AccessToken"}
        ),
    )
    assert r.status_code == 201, r.content
    check("addOrUpdateConfig", 201, body_of(r))
    try:
        config = body_of(get_vendor_config.sync_detailed(client=env))
        assert config["allowSignups"] is False and config["defaultTokenExpiration"] == 1200
        basic = body_of(get_vendor_config_basic.sync_detailed(client=env))
        check("getVendorConfigBasic", 200, basic)
        assert basic["machineToMachineAuthStrategy"] == "AccessToken"
        r = api.http.post(
            "/identity/resources/users/v1/signUp",
            json={
                "provider": "local",
                "email": api.new_email("late"),
                "password": "Correct-horse-9",
                "companyName": "L",
            },
        )
        assert r.status_code == 403
    finally:
        add_or_update_config.sync_detailed(
            client=env,
            body=VendorConfigRequest.from_dict(
                {
                    "allowSignups": True,
                    "defaultTokenExpiration": 86400,
                    "machineToMachineAuthStrategy": "ClientCredentials",
                }
            ),
        )
    assert body_of(get_vendor_config.sync_detailed(client=env))["allowSignups"] is True
    bad = add_or_update_config.sync_detailed(
        client=env, body=VendorConfigRequest.from_dict({"defaultTokenExpiration": 0})
    )
    assert bad.status_code == 400


# ------------------------------------------------------------------ small switches and strategies
def test_small_environment_documents(env: Any) -> None:
    r = get_user_emails_policy.sync_detailed(client=env)
    check("getUserEmailsPolicy", 200, body_of(r))
    create_or_update_user_emails_policy.sync_detailed(
        client=env, body=CreateUserEmailsPolicyRequest.from_dict({"allowEmailChange": True})
    )
    assert body_of(get_user_emails_policy.sync_detailed(client=env)) == {"allowEmailChange": True}

    assert body_of(get_delegation_configuration.sync_detailed(client=env)) == {"enabled": False}
    r = create_or_update_delegation_configuration.sync_detailed(
        client=env, body=CreateDelegationConfigurationRequest.from_dict({"enabled": True})
    )
    assert r.status_code == 200
    assert body_of(get_delegation_configuration.sync_detailed(client=env)) == {"enabled": True}

    r = get_configuration.sync_detailed(client=env)
    check("getConfiguration", 200, body_of(r))
    r = update_configuration.sync_detailed(client=env, body=TemporaryUsersConfiguration.from_dict({"enabled": True}))
    assert r.status_code == 200 and body_of(r) == {"enabled": True}
    assert body_of(get_configuration.sync_detailed(client=env)) == {"enabled": True}


def test_activation_and_invitation_strategies(env: Any) -> None:
    r = get_activation_strategies.sync_detailed(client=env)
    check("getActivationStrategies", 200, body_of(r))
    assert body_of(r)["strategy"] == "link"
    r = upsert_activation_strategy.sync_detailed(
        client=env, body=CreateOrUpdateActivationStrategyRequest.from_dict({"strategy": "code", "codeExpiration": 600})
    )
    assert r.status_code == 200
    assert body_of(get_activation_strategies.sync_detailed(client=env)) == {"strategy": "code", "codeExpiration": 600}
    bad = upsert_activation_strategy.sync_detailed(
        client=env, body=CreateOrUpdateActivationStrategyRequest.from_dict({"strategy": "code", "codeExpiration": 1})
    )
    assert bad.status_code == 400

    r = get_invitation_strategy.sync_detailed(client=env)
    check("getInvitationStrategy", 200, body_of(r))
    create_or_update_invitation_strategy.sync_detailed(
        client=env, body=CreateOrUpdateInvitationStrategyRequest.from_dict({"codeExpiration": 3600})
    )
    assert body_of(get_invitation_strategy.sync_detailed(client=env))["codeExpiration"] == 3600


def test_password_rotation(env: Any, admin: dict[str, Any]) -> None:
    r = get_vendor_password_rotation_configuration.sync_detailed(client=env)
    check("getVendorPasswordRotationConfiguration", 200, body_of(r))
    assert body_of(r)["isActive"] is False
    r = upsert_password_rotation_configuration.sync_detailed(
        client=admin["client"],
        body=CreateOrUpdatePasswordRotation.from_dict({"isActive": True, "rotationPeriod": 1440}),
    )
    assert r.status_code == 200, r.content
    own = body_of(get_password_rotation_configuration.sync_detailed(client=admin["client"]))
    check("getPasswordRotationConfiguration", 200, own)
    assert own["isActive"] is True and own["rotationPeriod"] == 1440 and own["tenantId"] == admin["tenant"]
    assert body_of(get_vendor_password_rotation_configuration.sync_detailed(client=env))["isActive"] is False
    bad = upsert_password_rotation_configuration.sync_detailed(
        client=env, body=CreateOrUpdatePasswordRotation.from_dict({"rotationPeriod": 0})
    )
    assert bad.status_code == 400


def test_policies_need_tokens_and_permissions(api: Api, env: Any, admin: dict[str, Any]) -> None:
    assert get_lockout_policy.sync_detailed(client=api.client()).status_code == 401
    # Environment-only configuration refuses user tokens.
    assert get_captcha_policy.sync_detailed(client=admin["client"]).status_code == 403
    assert get_mfa_config.sync_detailed(client=admin["client"]).status_code == 403
    # A read-only member of the account can read its security policies but not change them.
    from frontegg_identity.api.user_management import create_user
    from frontegg_identity.models.create_user import CreateUser

    email = api.new_email("reader")
    r = create_user.sync_detailed(
        client=env,
        body=CreateUser.from_dict({"email": email, "password": "Correct-horse-9"}),
        frontegg_tenant_id=admin["tenant"],
    )
    assert r.status_code == 201
    reader = api.client(api.access_token(email))
    assert get_lockout_policy.sync_detailed(client=reader).status_code == 200
    r = update_lockout_policy.sync_detailed(
        client=reader, body=LockoutPolicyRequest.from_dict({"enabled": True, "maxAttempts": 1})
    )
    assert r.status_code == 403
