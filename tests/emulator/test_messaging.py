"""Email and SMS delivery: provider configuration (credentials never shown) and templates with defaults."""

from __future__ import annotations

from typing import Any

import pytest
from emulator_api import Api, body_of
from response_schema import check

from frontegg_identity.api.custom_social_o_auth_provider import (
    create_sso_provider,
    delete_custom_sso_config,
    get_sso_providers,
    update_sso_provider,
)
from frontegg_identity.api.email_configuration import (
    create_or_update_mail_config,
    create_or_update_mail_config_v2,
    delete_mail_config,
    get_mail_config,
)
from frontegg_identity.api.email_templates import (
    add_or_update_template,
    delete_template,
    get_default_template_configuration,
    get_template_configuration,
)
from frontegg_identity.api.sms_configuration import (
    create_sms_vendor_config,
    delete_sms_vendor_config,
    get_sms_vendor_config,
)
from frontegg_identity.api.sms_templates import (
    create_sms_template,
    delete_sms_template,
    get_sms_default_template,
    get_sms_template,
    list_sms_default_templates,
    list_sms_templates,
)
from frontegg_identity.models import (
    CreateCustomSsoRequest,
    CreateOrUpdateMailConfigRequest,
    CreateOrUpdateMailConfigV2Body,
    CreateSmsTemplateRequest,
    CreateSmsVendorConfigRequest,
    CreateTemplate,
    UpdateCustomSsoRequest,
)

MAIL_SECRET = "SG.mail-provider-secret-0123456789"
SMS_TOKEN = "twilio-auth-token-abcdef"
OAUTH_SECRET = "oauth-client-secret-xyz"


@pytest.fixture(scope="module")
def env(api: Api) -> Any:
    return api.client(api.env_token())


@pytest.fixture(autouse=True)
def clean(api: Api) -> None:
    api.http.post("/_emulator/reset").raise_for_status()


# ------------------------------------------------------------------ mail configuration
def test_mail_config_v1_masks_the_secret(env: Any) -> None:
    default = get_mail_config.sync_detailed(client=env)
    check("getMailConfig", 200, body_of(default))
    assert body_of(default)["secret"] == ""

    r = create_or_update_mail_config.sync_detailed(
        client=env, body=CreateOrUpdateMailConfigRequest.from_dict({"secret": MAIL_SECRET})
    )
    assert r.status_code == 201, r.content
    again = create_or_update_mail_config.sync_detailed(
        client=env, body=CreateOrUpdateMailConfigRequest.from_dict({"secret": MAIL_SECRET})
    )
    assert again.status_code == 200
    got = get_mail_config.sync_detailed(client=env)
    check("getMailConfig", 200, body_of(got))
    assert body_of(got)["provider"] == "sendgrid"
    assert body_of(got)["secret"].endswith(MAIL_SECRET[-4:]) and MAIL_SECRET not in got.content.decode()

    assert delete_mail_config.sync_detailed(client=env).status_code == 200
    assert body_of(get_mail_config.sync_detailed(client=env))["secret"] == ""


@pytest.mark.parametrize(
    ("payload", "extension"),
    [
        ({"provider": "sendgrid", "secret": MAIL_SECRET}, []),
        (
            {"provider": "ses", "secret": MAIL_SECRET, "id": "AKIAEXAMPLE", "region": "eu-west-1"},
            [{"id": "AKIAEXAMPLE", "region": "eu-west-1"}],
        ),
        (
            {"provider": "mailgun", "secret": MAIL_SECRET, "domain": "mg.example", "region": "eu"},
            [{"region": "eu", "domain": "mg.example"}],
        ),
        ({"provider": "ses-role", "secret": MAIL_SECRET, "region": "us-east-1"}, [{"region": "us-east-1"}]),
    ],
)
def test_mail_config_v2_providers(env: Any, payload: dict[str, Any], extension: list[dict[str, Any]]) -> None:
    r = create_or_update_mail_config_v2.sync_detailed(
        client=env, body=CreateOrUpdateMailConfigV2Body.from_dict({"payload": payload})
    )
    assert r.status_code == 201, r.content
    got = body_of(get_mail_config.sync_detailed(client=env))
    assert got["provider"] == payload["provider"] and got["extension"] == extension
    assert MAIL_SECRET not in str(got)


# ------------------------------------------------------------------ mail templates
def test_mail_templates_default_override_and_delete(env: Any) -> None:
    default = get_default_template_configuration.sync_detailed("ResetPassword", client=env)
    assert default.status_code == 200, default.content
    check("getDefaultTemplateConfiguration", 200, body_of(default))
    assert body_of(default)["subject"] == "Reset Password"
    assert body_of(default)["redirectURL"].endswith("/account/reset-password")

    r = add_or_update_template.sync_detailed(
        client=env,
        body=CreateTemplate.from_dict({"type": "ResetPassword", "subject": "Forgot it?", "fromName": "Acme"}),
    )
    # No body: the Terraform provider posts with a nil output and reads the templates back.
    assert r.status_code == 201 and r.content == b"", r.content
    saved = body_of(get_template_configuration.sync_detailed(client=env, type_="ResetPassword"))
    template_id = saved[0]["id"]
    updated = add_or_update_template.sync_detailed(
        client=env, body=CreateTemplate.from_dict({"type": "ResetPassword", "active": False})
    )
    assert updated.status_code == 201 and updated.content == b"", updated.content

    one = get_template_configuration.sync_detailed(client=env, type_="ResetPassword")
    check("getTemplateConfiguration", 200, body_of(one))
    assert [(t["id"], t["subject"], t["active"]) for t in body_of(one)] == [(template_id, "Forgot it?", False)]
    everything = body_of(get_template_configuration.sync_detailed(client=env))
    assert len(everything) == 29

    assert delete_template.sync_detailed(template_id, client=env).status_code == 200
    assert delete_template.sync_detailed(template_id, client=env).status_code == 404
    back = body_of(get_template_configuration.sync_detailed(client=env, type_="ResetPassword"))
    assert back[0]["subject"] == "Reset Password"


# ------------------------------------------------------------------ SMS
def test_sms_vendor_config_hides_the_token(env: Any) -> None:
    assert body_of(get_sms_vendor_config.sync_detailed(client=env)) == {}
    body = {"provider": "twilio", "accountId": "AC123", "token": SMS_TOKEN, "senderName": "Acme", "channel": "sms"}
    r = create_sms_vendor_config.sync_detailed(client=env, body=CreateSmsVendorConfigRequest.from_dict(body))
    assert r.status_code == 201, r.content
    assert SMS_TOKEN not in r.content.decode()
    again = create_sms_vendor_config.sync_detailed(
        client=env, body=CreateSmsVendorConfigRequest.from_dict({"senderName": "Acme Inc"})
    )
    assert again.status_code == 200
    got = body_of(get_sms_vendor_config.sync_detailed(client=env))
    assert got["provider"] == "twilio" and got["senderName"] == "Acme Inc" and SMS_TOKEN not in str(got)
    assert delete_sms_vendor_config.sync_detailed(client=env).status_code == 200
    assert body_of(get_sms_vendor_config.sync_detailed(client=env)) == {}


def test_sms_templates(env: Any) -> None:
    defaults = body_of(list_sms_default_templates.sync_detailed(client=env))["items"]
    assert {t["type"] for t in defaults} == {"ResetPassword", "OTC", "MFAOTC", "VerifyPhoneNumber"}
    assert get_sms_default_template.sync_detailed("OTC", client=env).status_code == 200
    assert get_sms_template.sync_detailed("NoSuchType", client=env).status_code == 404

    r = create_sms_template.sync_detailed(
        "OTC", client=env, body=CreateSmsTemplateRequest.from_dict({"body": "Code: {{code}}", "active": True})
    )
    assert r.status_code == 201, r.content
    assert body_of(get_sms_template.sync_detailed("OTC", client=env))["body"] == "Code: {{code}}"
    listed = {t["type"]: t for t in body_of(list_sms_templates.sync_detailed(client=env))["items"]}
    assert listed["OTC"]["isDefault"] is False and listed["MFAOTC"]["isDefault"] is True
    assert body_of(get_sms_default_template.sync_detailed("OTC", client=env))["body"] != "Code: {{code}}"

    assert delete_sms_template.sync_detailed("OTC", client=env).status_code == 200
    assert delete_sms_template.sync_detailed("OTC", client=env).status_code == 404
    assert body_of(get_sms_template.sync_detailed("OTC", client=env))["isDefault"] is True


# ------------------------------------------------------------------ custom social providers
def test_custom_social_providers(env: Any) -> None:
    body = {
        "type": "acme-oauth",
        "clientId": "client-1",
        "secret": OAUTH_SECRET,
        "redirectUrl": "https://app.example/oauth/callback",
        "authorizationUrl": "https://idp.example/authorize",
        "tokenUrl": "https://idp.example/token",
        "userInfoUrl": "https://idp.example/userinfo",
        "scopes": "openid email",
        "ssoLogoUrl": "https://idp.example/logo.png",
        "displayName": "Acme",
        "active": True,
    }
    r = create_sso_provider.sync_detailed(client=env, body=CreateCustomSsoRequest.from_dict(body))
    assert r.status_code == 200, r.content
    provider = body_of(r)
    assert OAUTH_SECRET not in r.content.decode()
    assert create_sso_provider.sync_detailed(client=env, body=CreateCustomSsoRequest.from_dict(body)).status_code == 409

    updated = update_sso_provider.sync_detailed(
        provider["id"], client=env, body=UpdateCustomSsoRequest.from_dict({"displayName": "Acme SSO", "active": False})
    )
    assert updated.status_code == 200 and body_of(updated)["displayName"] == "Acme SSO"
    listed = body_of(get_sso_providers.sync_detailed(client=env))["providers"]
    assert [(p["type"], p["active"]) for p in listed] == [("acme-oauth", False)]
    assert OAUTH_SECRET not in str(listed)

    assert delete_custom_sso_config.sync_detailed(provider["id"], client=env).status_code == 200
    assert delete_custom_sso_config.sync_detailed(provider["id"], client=env).status_code == 404
    missing = update_sso_provider.sync_detailed(provider["id"], client=env, body=UpdateCustomSsoRequest.from_dict({}))
    assert missing.status_code == 404
