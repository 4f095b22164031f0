"""Email and SMS delivery: the provider configuration and the message templates (with defaults).

Credentials are never answered in full (see domain/messaging.mask). Nothing is really sent: the
emails and texts of other operations go to the emulator's outbox whatever is configured here.
"""

from __future__ import annotations

from typing import Any

from ..domain import messaging
from ..domain.users import iso
from .base import Context, Reply, operation

MAIL_EXTENSION_KEYS = ("id", "region", "domain")


# ------------------------------------------------------------------ mail configuration
def _mail_config_view(ctx: Context, config: dict[str, Any] | None) -> dict[str, Any]:
    if config is None:
        # Nothing configured: mail goes out through Frontegg's own SendGrid account.
        at = iso(ctx.env.created_at)
        return {"provider": "sendgrid", "secret": "", "extension": [], "createdAt": at, "updatedAt": at}
    return {
        "provider": config["provider"],
        "secret": messaging.mask(config["secret"]),
        "extension": [dict(config["extension"])] if config["extension"] else [],
        "createdAt": iso(config["createdAt"]),
        "updatedAt": iso(config["updatedAt"]),
    }


@operation("createOrUpdateMailConfig")
def create_or_update_mail_config(ctx: Context) -> Reply:
    # No body, as the spec says: frontegg/terraform-provider-frontegg (provider/
    # resource_frontegg_email_providers.go) posts the provider with a nil output and reads it back with
    # GET mail/v1/configurations; nothing decodes an answer here.
    new = messaging.mail_config(ctx.env) is None
    messaging.save_mail_config(ctx.env, "sendgrid", ctx.body["secret"], {})
    return Reply(None, status=201 if new else 200)


@operation("createOrUpdateMailConfigV2")
def create_or_update_mail_config_v2(ctx: Context) -> None:
    # No body (the spec's 201 declares none): the Terraform provider (resource_frontegg_email_providers.go)
    # posts here with a nil output and reads the configuration back with GET mail/v1/configurations.
    payload = ctx.body.get("payload")
    if payload is None:  # nothing to change (the spec does not require the payload)
        return
    extension = {k: payload[k] for k in MAIL_EXTENSION_KEYS if k in payload}
    if payload["provider"] == "mailgun":
        extension.setdefault("region", "us")
    messaging.save_mail_config(ctx.env, payload["provider"], payload["secret"], extension)


@operation("getMailConfig")
def get_mail_config(ctx: Context) -> dict[str, Any]:
    return _mail_config_view(ctx, messaging.mail_config(ctx.env))


@operation("deleteMailConfig")
def delete_mail_config(ctx: Context) -> None:
    messaging.delete_mail_config(ctx.env)


# ------------------------------------------------------------------ mail templates
def _template_type(kind: str) -> str:
    return kind


def _mail_template_view(template: dict[str, Any]) -> dict[str, Any]:
    view = {k: template[k] for k in messaging.MAIL_FIELDS}
    view["type"] = _template_type(template["type"])
    if "id" in template:
        view["id"] = template["id"]
    view.update(createdAt=iso(template["createdAt"]), updatedAt=iso(template["updatedAt"]))
    return view


@operation("addOrUpdateTemplate")
def add_or_update_template(ctx: Context) -> None:
    # No body (the spec's 201 declares none): the Terraform provider (resource_frontegg_email_template.go)
    # posts the template with a nil output, then lists GET mail/v1/configs/templates to read it back.
    messaging.save_mail_template(ctx.env, ctx.body, ctx.app_url)


@operation("getTemplateConfiguration")
def get_template_configuration(ctx: Context) -> list[dict[str, Any]]:
    kinds = [ctx.query["type"]] if ctx.query.get("type") else messaging.MAIL_TEMPLATE_TYPES
    return [_mail_template_view(messaging.mail_template(ctx.env, k, ctx.app_url)) for k in kinds]


@operation("deleteTemplate")
def delete_template(ctx: Context) -> None:
    messaging.delete_mail_template(ctx.env, ctx.path["templateId"])


@operation("getDefaultTemplateConfiguration")
def get_default_template_configuration(ctx: Context) -> dict[str, Any]:
    return _mail_template_view(messaging.default_mail_template(ctx.env, ctx.path["type"], ctx.app_url))


# ------------------------------------------------------------------ SMS configuration
SMS_CONFIG_FIELDS = ("senderName", "accountId", "serviceId", "provider", "channel")


def _sms_config_view(config: dict[str, Any] | None) -> dict[str, Any]:
    if config is None:
        return {}
    view = {k: config[k] for k in SMS_CONFIG_FIELDS if k in config}
    view["token"] = messaging.mask(config.get("token", ""))
    view.update(createdAt=iso(config["createdAt"]), updatedAt=iso(config["updatedAt"]))
    return view


@operation("createSmsVendorConfig")
def create_sms_vendor_config(ctx: Context) -> Reply:
    values = {k: ctx.body[k] for k in (*SMS_CONFIG_FIELDS, "token") if k in ctx.body}
    config, new = messaging.save_sms_config(ctx.env, values)
    return Reply(_sms_config_view(config), status=201 if new else 200)


@operation("getSmsVendorConfig")
def get_sms_vendor_config(ctx: Context) -> dict[str, Any]:
    return _sms_config_view(messaging.sms_config(ctx.env))


@operation("deleteSmsVendorConfig")
def delete_sms_vendor_config(ctx: Context) -> None:
    messaging.delete_sms_config(ctx.env)


# ------------------------------------------------------------------ SMS templates
def _sms_template_view(template: dict[str, Any]) -> dict[str, Any]:
    return {**template, "createdAt": iso(template["createdAt"]), "updatedAt": iso(template["updatedAt"])}


@operation("listSmsTemplates")
def list_sms_templates(ctx: Context) -> dict[str, Any]:
    items = [_sms_template_view(messaging.sms_template(ctx.env, k)) for k in messaging.SMS_TEMPLATE_TYPES]
    return {"items": items}


@operation("listSmsDefaultTemplates")
def list_sms_default_templates(ctx: Context) -> dict[str, Any]:
    items = [_sms_template_view(messaging.default_sms_template(ctx.env, k)) for k in messaging.SMS_TEMPLATE_TYPES]
    return {"items": items}


@operation("getSmsTemplate")
def get_sms_template(ctx: Context) -> dict[str, Any]:
    return _sms_template_view(messaging.sms_template(ctx.env, ctx.path["type"]))


@operation("getSmsDefaultTemplate")
def get_sms_default_template(ctx: Context) -> dict[str, Any]:
    return _sms_template_view(messaging.default_sms_template(ctx.env, ctx.path["type"]))


@operation("createSmsTemplate")
def create_sms_template(ctx: Context) -> Reply:
    body = ctx.body if isinstance(ctx.body, dict) else {}
    template, new = messaging.save_sms_template(ctx.env, ctx.path["type"], body)
    return Reply(_sms_template_view(template), status=201 if new else 200)


@operation("deleteSmsTemplate")
def delete_sms_template(ctx: Context) -> None:
    messaging.delete_sms_template(ctx.env, ctx.path["type"])
